"""Per-language rules the messages use: plural categories, list joining, numbers.

Plural categories follow the CLDR plural rules (Unicode CLDR, *Language Plural
Rules*, https://cldr.unicode.org/index/cldr-spec/plural-rules; operands ``i`` =
integer digits, ``v`` = number of visible fraction digits):

- en: ``one`` when i = 1 and v = 0; else ``other``.
- es: ``one`` when n = 1; ``many`` when i != 0, i % 1000000 = 0 and v = 0
  ("1 millón de"); else ``other``.
- fr: ``one`` when i = 0 or 1 (so 0, 1 and 1.5 take the singular); ``many`` as
  in Spanish ("1 million de"); else ``other``.

A message that gives no form for a category falls back to ``other``.

Lists are joined with the CLDR "standard" list pattern of each language (for
English the en-GB form without a serial comma, as the program always wrote it):
en "a, b and c", es "a, b y c", fr "a, b et c". Spanish writes "e" for "y" before
a word that starts with the sound /i/ ("i", "hi" but not "hia", "hie"...), as
ICU's list formatter does ("MS-13 e Iglesia"). Long lists are cut after a limit
and end with the language's "N more".

Numbers: Spanish follows CLDR ``es-419`` (Latin America: decimal point, "0.75",
as in Mexico and Central America), French ``fr`` (decimal comma, "0,75").
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Number = int | float


def _operands(n: Number) -> tuple[int, int]:
    """CLDR operands (i, v) of a number as it would be shown (v = 0 for whole numbers)."""
    if isinstance(n, float) and not n.is_integer():
        text = repr(abs(n))
        frac = text.split(".", 1)[1] if "." in text and "e" not in text else "1"
        return int(math.floor(abs(n))), len(frac)
    return abs(int(n)), 0


def plural_en(n: Number) -> str:
    i, v = _operands(n)
    return "one" if i == 1 and v == 0 else "other"


def _millions(i: int, v: int) -> bool:
    return i != 0 and i % 1_000_000 == 0 and v == 0


def plural_es(n: Number) -> str:
    i, v = _operands(n)
    if abs(n) == 1:
        return "one"
    return "many" if _millions(i, v) else "other"


def plural_fr(n: Number) -> str:
    i, v = _operands(n)
    if i in (0, 1):
        return "one"
    return "many" if _millions(i, v) else "other"


@dataclass(frozen=True)
class Language:
    """How one language counts, joins lists and writes numbers.

    ``and_word`` joins the last two items of a list, ``more`` writes the tail
    of a cut list ("3 more"), ``decimal`` is the decimal separator.
    """

    code: str
    plural_rule: Callable[[Number], str]
    and_word: str
    more: Callable[[int], str]
    decimal: str = "."
    and_before: Callable[[str], str] | None = None
    direction: str = "ltr"

    def plural(self, n: Number, *, other: str, one: str | None = None, many: str | None = None) -> str:
        """The form of ``n``'s CLDR category (``other`` when that form is not given)."""
        form = {"one": one, "many": many}.get(self.plural_rule(n))
        return form if form is not None else other

    def join(self, items: Sequence[object]) -> str:
        """"a, b and c" (the language's conjunction); "" for no items."""
        items = [str(x) for x in items]
        if len(items) <= 1:
            return items[0] if items else ""
        word = self.and_before(items[-1]) if self.and_before else self.and_word
        return ", ".join(items[:-1]) + f" {word} " + items[-1]

    def names(self, items: Sequence[object], limit: int = 6) -> str:
        """:meth:`join` of at most ``limit`` items, ending with "and N more" when cut."""
        items = list(items)
        if len(items) > limit:
            return self.join([*items[:limit], self.more(len(items) - limit)])
        return self.join(items)

    def num(self, x: Number, digits: int = 2, trim: bool = False) -> str:
        """``x`` with ``digits`` decimals (``trim``: without trailing zeros)."""
        text = f"{x:.{digits}f}"
        if trim and "." in text:
            text = text.rstrip("0").rstrip(".")
        return text.replace(".", self.decimal)


def _y_or_e(word: str) -> str:
    """Spanish "y", or "e" before the sound /i/: "i..." or "hi..." not followed by a vowel."""
    w = word.strip().lower()
    if w[:1] in ("i", "í") or (w[:2] in ("hi", "hí") and w[2:3] not in ("a", "e", "o", "u", "á", "é", "ó", "ú")):
        return "e"
    return "y"


EN = Language("en", plural_en, "and", lambda n: f"{n} more")
ES = Language("es", plural_es, "y", lambda n: f"{n} más", and_before=_y_or_e)
FR = Language("fr", plural_fr, "et", lambda n: f"{n} autre{'s' if plural_fr(n) != 'one' else ''}",
              decimal=",")

RULES: dict[str, Language] = {lang.code: lang for lang in (EN, ES, FR)}
"""Language rules known to the program (messages exist for the languages in ``CATALOGUES``)."""
