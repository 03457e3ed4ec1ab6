"""``convert``: read and write maps in any supported format, chosen by extension.

========== ==================================================================
extension  format
========== ==================================================================
.actormap  the native file (:mod:`.actormap_file`)
.graphml   GraphML (:mod:`.graphml`)
.csv       ``X.actors.csv`` + ``X.ties.csv`` + ``X.map.json`` (:mod:`.csv_io`)
========== ==================================================================
"""

from __future__ import annotations

from pathlib import Path

from ..model import ActorMap, TieKind
from .actormap_file import atomic_write_many, dumps_map, load_map
from .csv_io import csv_payloads, load_csv
from .errors import MapFileError, MapWriteError
from .graphml import dumps_graphml, load_graphml

FORMATS = {".actormap": "actormap", ".graphml": "graphml", ".csv": "csv"}


def format_of(path: str | Path, reading: bool = True) -> str:
    """The format named by a file's extension, or a clear error."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(FORMATS)
        err = MapFileError if reading else MapWriteError
        raise err(path, f"unknown file type {suffix or '(no extension)'!r}; use one of {known}")
    return FORMATS[suffix]


def read_any(path: str | Path, default_kind: TieKind = TieKind.SYMBIOTIC) -> ActorMap:
    """Load a map from ``.actormap``, ``.graphml`` or ``.csv``."""
    fmt = format_of(path)
    if fmt == "graphml":
        return load_graphml(path, default_kind)
    if fmt == "csv":
        return load_csv(path, default_kind)
    return load_map(path)


def payloads(amap: ActorMap, path: str | Path) -> dict[Path, bytes]:
    """The file(s) that writing ``amap`` to ``path`` produces, as bytes."""
    fmt = format_of(path, reading=False)
    p = Path(path)
    if fmt == "graphml":
        return {p: dumps_graphml(amap, p).encode("utf-8")}
    if fmt == "csv":
        return csv_payloads(amap, p)
    return {p: dumps_map(amap).encode("utf-8")}


def write_any(amap: ActorMap, path: str | Path) -> list[Path]:
    """Write ``amap`` atomically; return the paths written. Errors: :class:`MapWriteError`."""
    files = payloads(amap, path)
    try:
        atomic_write_many(files)
    except OSError as err:
        raise MapWriteError(path, err.strerror or str(err)) from None
    return list(files)


def convert(src: str | Path, dst: str | Path, default_kind: TieKind = TieKind.SYMBIOTIC) -> list[Path]:
    """Read ``src`` and write it to ``dst``; nothing is written if reading fails."""
    format_of(dst, reading=False)
    return write_any(read_any(src, default_kind), dst)
