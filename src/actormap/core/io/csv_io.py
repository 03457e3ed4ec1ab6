"""CSV import and export: ``X.actors.csv``, ``X.ties.csv`` and ``X.map.json``.

One row per actor and per tie, one column per field (the field names of
:class:`~actormap.core.model.Actor` and :class:`~actormap.core.model.Tie`);
lists are JSON text, dates ISO text, an empty cell means "not set". The map
properties (title, viewpoint, as-of date, authors, sensitivity) and the
saved views go to the ``X.map.json`` sidecar; without it an import takes the title from ``X``.
Import also reads one table from another tool (Kumu, Gephi's spreadsheet, an edges-only
list) with its companion table when there is one (:mod:`.tables`).
Tables are written as UTF-8 with a byte-order mark (so Excel reads them as
UTF-8), text cells that a spreadsheet would run as formulas are neutralised
losslessly (:mod:`.formula_cells`), and the three files are written
all-or-nothing by the :class:`~.store.MapStore`. On import a byte-order mark is
accepted and ``;`` and tab delimiters are recognised. Uses Python's :mod:`csv` module.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..model import ActorMap
from . import fields
from .actormap_file import MAX_DEPTH, _too_deep
from .errors import MapFileError
from .formula_cells import neutralise, restore
from .kinds import ImportReport, KindMap
from .store import MapStore
from .tables import Table, build_map, is_edges, is_nodes

SIDECAR_FORMAT = "actormap-csv-meta"
BOM = "\ufeff"


def csv_paths(path: str | Path) -> tuple[Path, Path, Path]:
    """``X.csv``, ``X.actors.csv`` or ``X.ties.csv`` -> (actors, ties, map sidecar)."""
    p = Path(path)
    name = p.name
    for suffix in (".actors.csv", ".ties.csv", ".csv"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    base = p.with_name(name or "map")
    return (
        base.with_name(base.name + ".actors.csv"),
        base.with_name(base.name + ".ties.csv"),
        base.with_name(base.name + ".map.json"),
    )


def _table(rows: list[dict], columns: list[str]) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return (BOM + buf.getvalue()).encode("utf-8")


def _cell(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return neutralise(str(value))


def csv_payloads(amap: ActorMap, path: str | Path) -> dict[Path, bytes]:
    """The three files of a CSV export, as ``{path: bytes}`` (nothing written)."""
    actors_p, ties_p, meta_p = csv_paths(path)
    actors = [fields.flat_record(a) for a in sorted(amap.actors, key=lambda a: a.id)]
    ties = [fields.flat_record(t) for t in sorted(amap.ties, key=lambda t: t.id)]
    meta = {
        "format": SIDECAR_FORMAT,
        "schema_version": amap.schema_version,
        **amap.model_dump(mode="json", exclude={"format", "schema_version", "actors", "ties"}),
    }
    return {
        actors_p: _table(actors, fields.ACTOR_FIELDS),
        ties_p: _table(ties, fields.TIE_FIELDS),
        meta_p: (json.dumps(meta, indent=2, ensure_ascii=False) + "\n").encode("utf-8"),
    }


def read_table(path: Path, store: MapStore) -> Table:
    """One CSV table (UTF-8, BOM accepted, ``,`` ``;`` or tab), formula-neutralised cells restored."""
    data = store.read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MapFileError(path, "it is not UTF-8 text; save the CSV as UTF-8") from None
    if not text.strip():
        raise MapFileError(path, "the file is empty")
    if "\x00" in text:
        raise MapFileError(path, "it contains binary data (NUL bytes); is it a CSV file?")
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        header = [h.strip() for h in (reader.fieldnames or [])]
        reader.fieldnames = header
        rows = []
        for row in reader:
            if None in row:
                raise MapFileError(path, f"line {reader.line_num}: more cells than columns")
            if any(v not in (None, "") for v in row.values()):
                rows.append((reader.line_num, {k: restore(v or "") for k, v in row.items()}))
        return Table(path, header, rows)
    except csv.Error as err:
        raise MapFileError(path, f"it is not valid CSV (line {reader.line_num}): {err}") from None


def _read_meta(path: Path, store: MapStore) -> dict:
    data = store.read_bytes(path)
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise MapFileError(path, "it is not valid JSON") from None
    except RecursionError:
        raise MapFileError(path, f"the JSON is nested more than {MAX_DEPTH} levels deep") from None
    if isinstance(raw, dict) and _too_deep(raw):
        raise MapFileError(path, f"the JSON is nested more than {MAX_DEPTH} levels deep")
    if not isinstance(raw, dict):
        raise MapFileError(path, "it should hold a JSON object of map properties")
    return fields.meta_from(raw, path)


COMPANIONS = (("edges", "nodes"), ("connections", "elements"), ("links", "nodes"), ("ties", "actors"))
"""File-name words of an edges table and its nodes table (Gephi, Kumu, generic, ours)."""


def companion(path: Path, edges: bool) -> Path | None:
    """The other table of a pair named like ``truce_edges.csv`` / ``truce_nodes.csv``, if it exists."""
    name = path.name
    for edge_word, node_word in COMPANIONS:
        old, new = (edge_word, node_word) if edges else (node_word, edge_word)
        hit = name.lower().rfind(old)
        if hit >= 0:
            other = path.with_name(name[:hit] + _same_case(name[hit:hit + len(old)], new) + name[hit + len(old):])
            if other != path and other.is_file():
                return other
    return None


def _same_case(model: str, word: str) -> str:
    if model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word.capitalize()
    return word


def import_csv(path: str | Path, kinds: KindMap | None = None,
               store: MapStore | None = None) -> tuple[ActorMap, ImportReport]:
    """Read a map from CSV: actormap's ``X.actors.csv`` + ``X.ties.csv`` (+ ``X.map.json``), or one
    table from another tool (Kumu, Gephi, a spreadsheet) with its companion if there is one, or an
    edges-only file. Returns the map and the import report."""
    store = store or MapStore()
    p = Path(path)
    actors_p, ties_p, meta_p = csv_paths(p)
    lower = p.name.lower()
    if lower.endswith((".actors.csv", ".ties.csv")) or (not p.exists() and actors_p.exists()):
        nodes, edges = read_table(actors_p, store), read_table(ties_p, store)
        meta = _read_meta(meta_p, store) if meta_p.exists() else {}
        title = actors_p.name.removesuffix(".actors.csv")
    else:
        table = read_table(p, store)
        meta, title = {}, p.stem
        if is_edges(table.header):
            other = companion(p, edges=True)
            nodes, edges = (read_table(other, store) if other else None), table
        elif is_nodes(table.header):
            other = companion(p, edges=False)
            nodes, edges = table, (read_table(other, store) if other else None)
        else:
            raise MapFileError(p, "it has neither actor columns (id, name or label) nor tie columns (source and "
                                  f"target, or from and to); the header row has: {', '.join(table.header)}")
    return build_map(nodes, edges, meta, title, kinds, edges.path if edges else nodes.path)


def load_csv(path: str | Path, kinds: KindMap | None = None, store: MapStore | None = None) -> ActorMap:
    """Read a map from CSV (see :func:`import_csv`)."""
    return import_csv(path, kinds, store)[0]
