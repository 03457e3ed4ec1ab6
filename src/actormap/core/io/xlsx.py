"""Excel workbooks in Kumu's layout (openpyxl): sheets Elements, Connections and actormap.

Export writes Kumu's import layout so a map opens in Kumu as it is:

- **Elements**: ``Label`` (name), ``Type`` (kind), ``Description`` (notes), ``Tags``
  (faction), ``ID``, then every other actor field under its own name;
- **Connections**: ``From``, ``To`` (element labels, or IDs when two actors share a
  name), ``Type`` (tie kind), ``Direction`` (``directed`` or ``mutual``, from the kind),
  ``Description`` (notes), ``ID``, then every other tie field;
- **actormap**: the map properties, saved views, agreements, events, ... as key/value
  rows (JSON text), so export then import gives the same map back.

Text cells that a spreadsheet would run as formulas are neutralised losslessly
(:mod:`.formula_cells`, the same rule as CSV). Import reads these sheets (names and
headers in any case) or, in any workbook, the first sheet whose header looks like a
nodes or an edges table (:mod:`.tables`). The workbook is checked before it is opened:
a file that is not a zip, or that would unpack to more than :data:`MAX_UNPACKED` bytes
(a "zip bomb"), is refused; openpyxl parses its XML with defusedxml.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..model import ActorMap, TieKind
from ..semantics import SEMANTICS
from . import fields
from .errors import MapFileError, MapWriteError
from .formula_cells import neutralise, restore
from .kinds import ImportReport, KindMap
from .tables import Table, build_map, is_edges, is_nodes

MAX_UNPACKED = 200 * 1024 * 1024
MAX_MEMBERS = 10_000
ELEMENTS, CONNECTIONS, MAP_SHEET = "Elements", "Connections", "actormap"
ELEMENT_HEAD = ["Label", "Type", "Description", "Tags", "ID"]
CONNECTION_HEAD = ["From", "To", "Type", "Direction", "Description", "ID"]
_ELEMENT_SKIP = {"id", "name", "kind", "notes", "faction"}
_CONNECTION_SKIP = {"id", "source", "target", "kind", "notes"}


def _cell(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        return value
    return neutralise(str(value))


def xlsx_bytes(amap: ActorMap, path: str | Path | None = None) -> bytes:
    """The workbook of a map (Kumu's layout plus the actormap sheet), as bytes."""
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    wb = Workbook()
    names = [a.name for a in amap.actors]
    unique = len(set(names)) == len(names)
    by_id = {a.id: a for a in amap.actors}
    ref = (lambda aid: by_id[aid].name) if unique else (lambda aid: aid)
    actor_rest = [f for f in fields.ACTOR_FIELDS if f not in _ELEMENT_SKIP]
    tie_rest = [f for f in fields.TIE_FIELDS if f not in _CONNECTION_SKIP]
    try:
        ws = wb.active
        ws.title = ELEMENTS
        ws.append(ELEMENT_HEAD + actor_rest)
        for a in sorted(amap.actors, key=lambda a: a.id):
            rec = fields.flat_record(a)
            ws.append([_cell(v) for v in (a.name, a.kind.value, a.notes, a.faction, a.id,
                                          *(rec.get(f) for f in actor_rest))])
        ws = wb.create_sheet(CONNECTIONS)
        ws.append(CONNECTION_HEAD + tie_rest)
        for t in sorted(amap.ties, key=lambda t: t.id):
            rec = fields.flat_record(t)
            direction = "directed" if SEMANTICS[TieKind(t.kind)].directed else "mutual"
            ws.append([_cell(v) for v in (ref(t.source), ref(t.target), t.kind.value, direction, t.notes, t.id,
                                          *(rec.get(f) for f in tie_rest))])
        ws = wb.create_sheet(MAP_SHEET)
        ws.append(["key", "value"])
        for key, value in fields.map_record(amap).items():
            ws.append([key, _cell(value)])
        buf = io.BytesIO()
        wb.save(buf)
    except IllegalCharacterError:
        raise MapWriteError(path, "a text in the map holds a control character that Excel files cannot store") from None
    return buf.getvalue()


def _check_zip(data: bytes, path: Path) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise MapFileError(path, "it is not an Excel workbook (.xlsx is a zip file; this one is not)") from None
    if len(infos) > MAX_MEMBERS or sum(i.file_size for i in infos) > MAX_UNPACKED:
        raise MapFileError(path, f"the workbook would unpack to more than {MAX_UNPACKED // 2**20} MB; refused")


@contextmanager
def open_workbook(data: bytes, path: Path) -> Iterator[Any]:
    """The workbook in ``data``, read-only, closed on leaving; a damaged one is a :class:`MapFileError`."""
    from openpyxl import load_workbook

    _check_zip(data, path)
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many types for damaged workbooks
        raise MapFileError(path, f"it is not a readable Excel workbook ({type(err).__name__}: {err})") from None
    try:
        yield wb
    finally:
        wb.close()


def _value(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == datetime.min.time() else v.isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, str):
        return restore(v)
    return v


def _table(ws, path: Path) -> Table:
    rows = ws.iter_rows(values_only=True)
    header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
    out = []
    for number, row in enumerate(rows, start=2):
        cells = {h: _value(v) for h, v in zip(header, row, strict=False) if h}
        if any(v not in ("", None) for v in cells.values()):
            out.append((number, cells))
    return Table(Path(f"{path}[{ws.title}]"), header, out)


def import_xlsx(data: bytes, path: str | Path = "<xlsx>", kinds: KindMap | None = None) -> tuple[ActorMap, ImportReport]:
    """A map and the import report from workbook bytes."""
    p = Path(path)
    if not data:
        raise MapFileError(p, "the file is empty")
    with open_workbook(data, p) as wb:
        sheets = {ws.title.strip().lower(): ws for ws in wb.worksheets}
        nodes = _table(sheets[ELEMENTS.lower()], p) if ELEMENTS.lower() in sheets else None
        edges = _table(sheets[CONNECTIONS.lower()], p) if CONNECTIONS.lower() in sheets else None
        if nodes is None and edges is None:
            for ws in wb.worksheets:
                t = _table(ws, p)
                if is_edges(t.header) and edges is None:
                    edges = t
                elif is_nodes(t.header) and nodes is None:
                    nodes = t
        if nodes is None and edges is None:
            raise MapFileError(p, "no sheet holds actors (Label or Name, ID) or ties (From and To, or Source and "
                                  "Target); Kumu's layout has sheets Elements and Connections")
        meta: dict[str, Any] = {}
        if MAP_SHEET in sheets:
            raw = {str(r[0]).strip(): _value(r[1]) for r in sheets[MAP_SHEET].iter_rows(min_row=2, values_only=True)
                   if len(r) >= 2 and r[0] not in (None, "")}
            meta = fields.meta_from(raw, Path(f"{p}[{MAP_SHEET}]"))
    return build_map(nodes, edges, meta, p.stem, kinds, p)

