"""The tag over the mapper's own position ("SELF"): its word and its box.

Conflict mapping puts the mapping organisation on its own map (Fisher et al., *Working with
Conflict*, 2000). The tag says so in the interface's language ("SELF", "NOSOTROS",
"NOUS"); its box widens to the word, so the drawing, the labels that keep off it and the
painter agree on where it lies.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontMetricsF

from ..i18n import translate

WIDTH, HEIGHT = 44.0, 18.0
"""The least box (scene units); its top-left corner sits at (x + 0.3 r, y - r - 22)."""


def self_tag() -> str:
    """The word in the tag, in the interface's language."""
    return translate("Notation", "SELF")


def tag_font() -> QFont:
    f = QFont()
    f.setPixelSize(11)
    f.setBold(True)
    return f


@lru_cache(maxsize=16)
def _width(word: str, family: str) -> float:
    return max(WIDTH, QFontMetricsF(tag_font()).horizontalAdvance(word) + 14.0)


def tag_size() -> tuple[float, float]:
    """Width and height of the tag's box for the word of the interface's language."""
    return _width(self_tag(), QFont().family()), HEIGHT
