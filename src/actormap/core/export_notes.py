"""What an export to another program's format leaves out, said before anyone relies on it.

GraphML and CSV carry the base map's actors and ties as nodes, edges and rows. Scenarios,
agreements, events and perspectives travel along only as JSON text (a GraphML graph
attribute, the CSV set's ``X.map.json``), so actormap reads them back but Gephi, yEd or a
spreadsheet shows neither a scenario applied nor an agreement drawn. :func:`left_out`
gives the sentence to show (from the message catalogue), or ``None`` when nothing is left out.
"""

from __future__ import annotations

from pathlib import Path

from .messages import DEFAULT_LANG, phrase
from .model import ActorMap

FORMATS = {".graphml": "graphml", ".csv": "csv"}
COLLECTIONS = ("scenarios", "agreements", "events", "perspectives")


def left_out_counts(amap: ActorMap) -> dict[str, int]:
    """How many items of each collection other programs will not see."""
    return {c: len(getattr(amap, c)) for c in COLLECTIONS}


def left_out(amap: ActorMap, path: str | Path, lang: str = DEFAULT_LANG) -> str | None:
    """The note for exporting ``amap`` to ``path`` (by extension), or ``None``."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    counts = left_out_counts(amap)
    if fmt is None or not any(counts.values()):
        return None
    return phrase("export.left_out", lang, format=fmt, **counts)
