"""CSV import and export: ``X.actors.csv``, ``X.ties.csv`` and ``X.map.json``.

One row per actor and per tie, one column per field (the field names of
:class:`~actormap.core.model.Actor` and :class:`~actormap.core.model.Tie`);
lists are JSON text, dates ISO text, an empty cell means "not set". The map
properties (title, viewpoint, as-of date, authors, sensitivity) and the
saved views go to the ``X.map.json`` sidecar; without it an import takes the title from ``X``.
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

from ..model import Actor, ActorMap, MapMeta, Tie, TieKind
from . import fields
from .actormap_file import MAX_DEPTH, _too_deep
from .errors import MapFileError
from .formula_cells import neutralise, restore
from .store import MapStore

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


def _read_rows(path: Path, required: tuple[str, ...], store: MapStore) -> list[tuple[int, dict[str, str]]]:
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
        missing = [c for c in required if c not in header]
        if missing == ["name"] and "label" in header:
            missing = []
        if missing:
            raise MapFileError(
                path, f"missing column{'s' * (len(missing) > 1)} {', '.join(missing)} (the header row has: {', '.join(header)})"
            )
        rows = []
        for row in reader:
            if None in row:
                raise MapFileError(path, f"line {reader.line_num}: more cells than columns")
            if any(v not in (None, "") for v in row.values()):
                rows.append((reader.line_num, {k: restore(v or "") for k, v in row.items()}))
        return rows
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
    data = fields.meta_record(raw, "the map properties", path)
    fields.build(MapMeta, {k: v for k, v in data.items() if k not in fields.MAP_COLLECTIONS},
                 "the map properties", path)
    for name in fields.MAP_COLLECTIONS:
        coll = ActorMap.collection(name)
        data[name] = [fields.build(coll.model, v, f"{coll.label} {i + 1}", path)
                      for i, v in enumerate(data.get(name, []))]
    return data


def load_csv(path: str | Path, default_kind: TieKind = TieKind.SYMBIOTIC, store: MapStore | None = None) -> ActorMap:
    """Read ``X.actors.csv`` + ``X.ties.csv`` (+ optional ``X.map.json``)."""
    store = store or MapStore()
    actors_p, ties_p, meta_p = csv_paths(path)
    actors = []
    for line, raw in _read_rows(actors_p, ("id", "name"), store):
        what = f"line {line} (actor {raw.get('id')!r})"
        actors.append(fields.build(Actor, fields.actor_record(raw, what, actors_p), what, actors_p))
    records = []
    for line, raw in _read_rows(ties_p, ("source", "target"), store):
        what = f"line {line} (tie {raw.get('id') or 'without id'}: {raw['source']} -> {raw['target']})"
        data = fields.tie_record(raw, what, ties_p, default_kind)
        data.setdefault("id", fields.stable_tie_id(raw["source"], raw["target"], line))
        records.append((data, raw.get("weight"), what))
    fields.fill_strengths(records, ties_p)
    ties = [fields.build(Tie, data, what, ties_p) for data, _, what in records]
    meta = _read_meta(meta_p, store) if meta_p.exists() else {}
    meta.setdefault("title", actors_p.name.removesuffix(".actors.csv") or "Untitled map")
    return fields.assemble(meta, actors, ties, ties_p)
