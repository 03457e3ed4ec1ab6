"""``convert``: read and write maps in any supported format, chosen by extension.

========== ==================================================================
extension  format
========== ==================================================================
.actormap  the native file (:mod:`.actormap_file`, any codec of the store)
.graphml   GraphML (:mod:`.graphml`)
.csv       ``X.actors.csv`` + ``X.ties.csv`` + ``X.map.json`` (:mod:`.csv_io`)
========== ==================================================================

Files are read and written by a :class:`~.store.MapStore` (size limits, codecs,
atomic and all-or-nothing writes, private modes).
"""

from __future__ import annotations

from pathlib import Path

from ..model import ActorMap, TieKind
from .csv_io import csv_payloads, load_csv
from .errors import MapFileError, MapWriteError
from .graphml import dumps_graphml, load_graphml
from .store import MapStore

FORMATS = {".actormap": "actormap", ".graphml": "graphml", ".csv": "csv"}


def format_of(path: str | Path, reading: bool = True) -> str:
    """The format named by a file's extension, or a clear error."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(FORMATS)
        err = MapFileError if reading else MapWriteError
        raise err(path, f"unknown file type {suffix or '(no extension)'!r}; use one of {known}")
    return FORMATS[suffix]


def read_any(
    path: str | Path, default_kind: TieKind = TieKind.SYMBIOTIC, store: MapStore | None = None
) -> ActorMap:
    """Load a map from ``.actormap``, ``.graphml`` or ``.csv``."""
    store = store or MapStore()
    fmt = format_of(path)
    if fmt == "graphml":
        return load_graphml(path, default_kind, store)
    if fmt == "csv":
        return load_csv(path, default_kind, store)
    return store.read(path)


def payloads(amap: ActorMap, path: str | Path, store: MapStore | None = None) -> dict[Path, bytes]:
    """The file(s) that writing ``amap`` to ``path`` produces, as bytes."""
    fmt = format_of(path, reading=False)
    p = Path(path)
    if fmt == "graphml":
        return {p: dumps_graphml(amap, p).encode("utf-8")}
    if fmt == "csv":
        return csv_payloads(amap, p)
    return {p: (store or MapStore()).dumps(amap)}


def write_any(amap: ActorMap, path: str | Path, store: MapStore | None = None) -> list[Path]:
    """Write ``amap`` all-or-nothing; return the paths written. Errors: :class:`MapWriteError`."""
    store = store or MapStore()
    return store.write_files(payloads(amap, path, store))


def convert(
    src: str | Path, dst: str | Path, default_kind: TieKind = TieKind.SYMBIOTIC, store: MapStore | None = None
) -> list[Path]:
    """Read ``src`` and write it to ``dst``; nothing is written if reading fails."""
    format_of(dst, reading=False)
    return write_any(read_any(src, default_kind, store), dst, store)
