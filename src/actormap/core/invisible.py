"""Invisible control characters: bidirectional overrides, zero-width characters, BOMs.

A name holding U+202E RIGHT-TO-LEFT OVERRIDE shows its letters reversed; one holding
U+200B ZERO WIDTH SPACE looks like another actor's name but is not (Boucher & Anderson,
"Trojan Source", 2021, for the same tricks in source code). The model refuses them in
names and other one-line texts (:func:`check_no_invisible`); in free texts (notes,
sources) they are allowed but the inspector shows them (:func:`invisible_chars`).

ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER are needed inside words of Persian,
Arabic and Indic scripts and in emoji sequences: they are refused only at the ends of
a text or next to a space or another invisible character.
"""

from __future__ import annotations

import unicodedata

ALWAYS = frozenset({
    0x061C,  # ARABIC LETTER MARK
    0x180E,  # MONGOLIAN VOWEL SEPARATOR
    0x200B, 0x200E, 0x200F,  # ZERO WIDTH SPACE, LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK
    *range(0x202A, 0x202F),  # LRE, RLE, PDF, LRO, RLO
    *range(0x2060, 0x2065),  # WORD JOINER, invisible operators
    *range(0x2066, 0x206A),  # LRI, RLI, FSI, PDI
    0xFEFF,  # ZERO WIDTH NO-BREAK SPACE (byte order mark)
})
JOINERS = frozenset({0x200C, 0x200D})  # ZWNJ, ZWJ


def _visible(c: str) -> bool:
    return not c.isspace() and ord(c) not in ALWAYS and ord(c) not in JOINERS


def invisible_chars(text: str) -> list[tuple[int, str]]:
    """(position, character) of every invisible control character in ``text`` that is not
    a joiner inside a word."""
    out = []
    for i, c in enumerate(text):
        o = ord(c)
        if o in ALWAYS:
            out.append((i, c))
        elif o in JOINERS and not (0 < i < len(text) - 1 and _visible(text[i - 1]) and _visible(text[i + 1])):
            out.append((i, c))
    return out


def describe(c: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``."""
    return f"U+{ord(c):04X} {unicodedata.name(c, 'control character')}"


def check_no_invisible(value: str) -> str:
    """Pydantic validator for names: refuse invisible control characters with a clear message."""
    found = invisible_chars(value)
    if found:
        i, c = found[0]
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise ValueError(f"holds the invisible character {describe(c)} at position {i + 1}{more}, which "
                         "can disguise a name; remove it")
    return value
