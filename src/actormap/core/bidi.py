"""The base direction of a text, as the Unicode Bidirectional Algorithm finds it.

UAX #9 (https://www.unicode.org/reports/tr9/), rules P2-P3: the paragraph
direction is that of the first strong character (L; R or AL), skipping
characters between an isolate initiator and its matching PDI. A text with no
strong character (digits, punctuation) has no direction of its own. This is
what HTML's ``dir="auto"`` does; the GUI uses it to lay out names written in
Arabic or Hebrew right to left on the canvas and in exported pictures.
"""

from __future__ import annotations

import unicodedata

_ISOLATES = {"LRI", "RLI", "FSI"}


def base_direction(text: str) -> str | None:
    """``"rtl"``, ``"ltr"``, or ``None`` when the text has no strong character."""
    depth = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _ISOLATES:
            depth += 1
        elif kind == "PDI":
            depth = max(0, depth - 1)
        elif depth == 0 and kind == "L":
            return "ltr"
        elif depth == 0 and kind in ("R", "AL"):
            return "rtl"
    return None


def is_rtl(text: str) -> bool:
    """Whether the text's base direction is right to left."""
    return base_direction(text) == "rtl"
