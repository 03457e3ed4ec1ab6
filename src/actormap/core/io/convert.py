"""``convert``: read and write maps in any supported format, chosen by extension.

========== ==================================================================
extension  format
========== ==================================================================
.actormap  the native file (:mod:`.actormap_file`, any codec of the store)
.graphml   GraphML (:mod:`.graphml`): Gephi, yEd, SocNetV, networkx
.gexf      GEXF (:mod:`.gexf`): Gephi, with colours, sizes and positions
.xlsx      Excel in Kumu's layout (:mod:`.xlsx`): sheets Elements and Connections
.csv       ``X.actors.csv`` + ``X.ties.csv`` + ``X.map.json`` (:mod:`.csv_io`); on
           import also one table from Kumu, Gephi or a spreadsheet, or an edges-only list
========== ==================================================================

Imports read kinds through a :class:`~.kinds.KindMap` (unknown kinds stop the import unless
mapped) and return an :class:`~.kinds.ImportReport`; exports say what a format leaves out
(:func:`left_out`). Files are read and written by a :class:`~.store.MapStore` (size limits,
codecs, atomic and all-or-nothing writes, private modes).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..model import ActorMap
from .csv_io import csv_payloads, import_csv
from .errors import MapFileError, MapWriteError
from .gexf import GEXF_KEEPS, dumps_gexf, import_gexf
from .graphml import dumps_graphml, import_graphml
from .kinds import ImportReport, KindMap
from .store import MapStore
from .xlsx import import_xlsx, xlsx_bytes

FORMATS = {".actormap": "actormap", ".graphml": "graphml", ".gexf": "gexf", ".xlsx": "xlsx", ".csv": "csv"}
IMPORT_FILTER = "*.actormap *.graphml *.gexf *.xlsx *.csv"


@dataclass(frozen=True)
class ImportResult:
    """A map read from a file, and what the import did with the file's meaning."""

    map: ActorMap
    report: ImportReport


def format_of(path: str | Path, reading: bool = True) -> str:
    """The format named by a file's extension, or a clear error."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(FORMATS)
        err = MapFileError if reading else MapWriteError
        raise err(path, f"unknown file type {suffix or '(no extension)'!r}; use one of {known}")
    return FORMATS[suffix]


def import_map(path: str | Path, kinds: KindMap | None = None, store: MapStore | None = None) -> ImportResult:
    """Read a map from any supported format (see the module docstring)."""
    store = store or MapStore()
    fmt = format_of(path)
    if fmt == "graphml":
        return ImportResult(*import_graphml(store.read_bytes(path), path, kinds))
    if fmt == "gexf":
        return ImportResult(*import_gexf(store.read_bytes(path), path, kinds))
    if fmt == "xlsx":
        return ImportResult(*import_xlsx(store.read_bytes(path), path, kinds))
    if fmt == "csv":
        return ImportResult(*import_csv(path, kinds, store))
    return ImportResult(store.read(path), ImportReport())


def read_any(path: str | Path, kinds: KindMap | None = None, store: MapStore | None = None) -> ActorMap:
    """Load a map from any supported format (the import report is dropped; see :func:`import_map`)."""
    return import_map(path, kinds, store).map


def left_out(amap: ActorMap, path: str | Path) -> list[str]:
    """What writing ``amap`` to ``path`` cannot keep (empty when the format keeps everything)."""
    if format_of(path, reading=False) != "gexf":
        return []
    out = []
    for coll in amap.COLLECTIONS:
        if coll.name in GEXF_KEEPS:
            continue
        n = len(getattr(amap, coll.name))
        if n:
            out.append(f"{n} {coll.label}{'s' * (n != 1)}")
    meta = [f for f in ("viewpoint", "as_of", "authors", "sensitivity", "redacted") if getattr(amap, f)
            != type(amap).model_fields[f].get_default(call_default_factory=True)]
    if meta:
        out.append("the map properties " + ", ".join(meta))
    return out


def payloads(amap: ActorMap, path: str | Path, store: MapStore | None = None) -> dict[Path, bytes]:
    """The file(s) that writing ``amap`` to ``path`` produces, as bytes."""
    fmt = format_of(path, reading=False)
    p = Path(path)
    if fmt == "graphml":
        return {p: dumps_graphml(amap, p).encode("utf-8")}
    if fmt == "gexf":
        return {p: dumps_gexf(amap, p)}
    if fmt == "xlsx":
        return {p: xlsx_bytes(amap, p)}
    if fmt == "csv":
        return csv_payloads(amap, p)
    return {p: (store or MapStore()).dumps(amap)}


def write_any(amap: ActorMap, path: str | Path, store: MapStore | None = None) -> list[Path]:
    """Write ``amap`` all-or-nothing; return the paths written. Errors: :class:`MapWriteError`."""
    store = store or MapStore()
    return store.write_files(payloads(amap, path, store))


def convert(src: str | Path, dst: str | Path, kinds: KindMap | None = None,
            store: MapStore | None = None) -> list[Path]:
    """Read ``src`` and write it to ``dst``; nothing is written if reading fails."""
    format_of(dst, reading=False)
    return write_any(read_any(src, kinds, store), dst, store)
