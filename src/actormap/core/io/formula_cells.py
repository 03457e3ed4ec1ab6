"""Spreadsheet cells that cannot run as formulas, and back, losslessly.

A spreadsheet (Excel, LibreOffice, Google Sheets) runs a cell that starts with
``=``, ``+``, ``-`` or ``@`` as a formula, and some treat a leading tab or
carriage return the same way: a map's text (a name, a note, a source) could then
run commands on the reader's computer ("CSV injection", OWASP). On export a
text cell starting with one of :data:`TRIGGERS` gets a leading apostrophe, which
spreadsheets read as "this is text". So that the apostrophe can be told from a
real one, a text that itself starts with an apostrophe gets one more.

On import one leading apostrophe is dropped only when the next character is a
trigger or another apostrophe, i.e. only where export put it; a hand-written
cell such as ``'s-Hertogenbosch`` keeps its apostrophe. Numbers are never
escaped (a plain number is not a formula). ``restore(neutralise(s)) == s`` for
every text ``s``.
"""

from __future__ import annotations

MARK = "'"
TRIGGERS = frozenset("=+-@\t\r")
"""Leading characters that make a spreadsheet read a cell as a formula."""
_ESCAPED = TRIGGERS | {MARK}


def neutralise(text: str) -> str:
    """The cell text to export: apostrophe-prefixed if it starts with a trigger or an apostrophe."""
    return MARK + text if text[:1] in _ESCAPED else text


def restore(cell: str) -> str:
    """The original text of an exported cell (drops the apostrophe :func:`neutralise` added)."""
    return cell[1:] if cell[:1] == MARK and cell[1:2] in _ESCAPED else cell
