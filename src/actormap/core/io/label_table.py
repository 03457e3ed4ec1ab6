"""The labels of a map as a table: CSV and Excel export, and reading them back.

One row per label, so nothing is lost (dated labels, designations): ``actor_id``, ``actor``,
``source``, ``label``, ``designation`` (true/false), ``jurisdiction``, ``start``, ``end``
(ISO dates; empty: open). The Excel workbook has that table on the sheet ``Labels`` and,
for reading, the actors x sources matrix of the labels in force on the sheet ``Matrix``
(:func:`actormap.core.labels.label_matrix`). Cells go through the same writers and the same
formula-cell neutralisation as the map exports (:mod:`.csv_io`, :mod:`.xlsx`,
:mod:`.formula_cells`); files are written by the :class:`~.store.MapStore`.

:func:`read_labels_csv` / :func:`read_labels_xlsx` return ``{actor id: [Label, ...]}`` in
file order; a row that is not a valid label stops the read with one message naming the row.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..labels import label_matrix
from ..model import ActorMap, Label
from .csv_io import _table, read_table
from .errors import MapFileError, MapWriteError
from .formula_cells import neutralise
from .store import MapStore
from .tables import Table

COLUMNS = ["actor_id", "actor", "source", "label", "designation", "jurisdiction", "start", "end"]
LABELS_SHEET, MATRIX_SHEET = "Labels", "Matrix"
TRUE, FALSE = {"true", "yes", "1", "x"}, {"false", "no", "0", ""}


def label_rows(amap: ActorMap) -> list[dict[str, Any]]:
    """One record per label, actors by name then id, each actor's labels in their order."""
    rows = []
    for a in sorted(amap.actors, key=lambda a: (a.name.casefold(), a.id)):
        for lab in a.labels:
            rows.append({"actor_id": a.id, "actor": a.name, "source": lab.source, "label": lab.label,
                         "designation": lab.designation, "jurisdiction": lab.jurisdiction,
                         "start": lab.start.isoformat() if lab.start else "",
                         "end": lab.end.isoformat() if lab.end else ""})
    return rows


def labels_csv_bytes(amap: ActorMap) -> bytes:
    """The labels table as CSV (UTF-8 with BOM, formula cells neutralised)."""
    return _table(label_rows(amap), COLUMNS)


def labels_xlsx_bytes(amap: ActorMap, path: str | Path | None = None) -> bytes:
    """A workbook with the labels table (sheet ``Labels``) and the matrix in force (``Matrix``)."""
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    def cell(v: Any) -> Any:
        return v if isinstance(v, bool) or v is None else neutralise(str(v))

    wb = Workbook()
    try:
        ws = wb.active
        ws.title = LABELS_SHEET
        ws.append(COLUMNS)
        for row in label_rows(amap):
            ws.append([cell(row[c]) for c in COLUMNS])
        m = label_matrix(amap)
        ws = wb.create_sheet(MATRIX_SHEET)
        ws.append(["actor", *m.sources])
        for r in m.actors:
            ws.append([cell(r.name), *(cell(r.labels.get(s, "")) for s in m.sources)])
        buf = io.BytesIO()
        wb.save(buf)
    except IllegalCharacterError:
        raise MapWriteError(path, "a label holds a control character that Excel files cannot store") from None
    return buf.getvalue()


def _flag(value: Any, where: str, path: Path) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise MapFileError(path, f"{where}: designation should be true or false, not {value!r}")


def _day(value: Any) -> date | None:
    return value if isinstance(value, date) else (date.fromisoformat(str(value).strip()) if str(value).strip()
                                                  else None)


def labels_from_table(table: Table) -> dict[str, list[Label]]:
    """``{actor id: [Label, ...]}`` from the rows of a labels table."""
    keys = {h.strip().casefold(): h for h in table.header}
    missing = [c for c in ("actor_id", "source", "label") if c not in keys]
    if missing:
        raise MapFileError(table.path, f"it is not a labels table: no column {', '.join(missing)} "
                                       f"(the columns are {', '.join(COLUMNS)})")
    out: dict[str, list[Label]] = {}
    for number, raw in table.rows:
        row = {c: raw.get(keys[c], "") if c in keys else "" for c in COLUMNS}
        where = f"row {number}"
        aid = str(row["actor_id"]).strip()
        if not aid:
            raise MapFileError(table.path, f"{where}: no actor_id")
        try:
            lab = Label(source=str(row["source"]), label=str(row["label"]),
                        designation=_flag(row["designation"], where, table.path),
                        jurisdiction=str(row["jurisdiction"] or ""), start=_day(row["start"]), end=_day(row["end"]))
        except (ValidationError, ValueError) as err:
            detail = err.errors()[0]["msg"] if isinstance(err, ValidationError) else str(err)
            raise MapFileError(table.path, f"{where}: not a valid label ({detail})") from None
        out.setdefault(aid, []).append(lab)
    return out


def read_labels_csv(path: str | Path, store: MapStore | None = None) -> dict[str, list[Label]]:
    """The labels of a CSV labels table (see :func:`labels_csv_bytes`)."""
    return labels_from_table(read_table(Path(path), store or MapStore()))


def read_labels_xlsx(data: bytes, path: str | Path = "<xlsx>") -> dict[str, list[Label]]:
    """The labels on the sheet ``Labels`` of a workbook (see :func:`labels_xlsx_bytes`)."""
    from .xlsx import _table as sheet_table
    from .xlsx import open_workbook

    p = Path(path)
    with open_workbook(data, p) as wb:
        sheets = {ws.title.strip().casefold(): ws for ws in wb.worksheets}
        if LABELS_SHEET.casefold() not in sheets:
            raise MapFileError(p, f"the workbook has no sheet {LABELS_SHEET!r}")
        return labels_from_table(sheet_table(sheets[LABELS_SHEET.casefold()], p))


def unknown_actors(amap: ActorMap, labels: dict[str, Iterable[Label]]) -> list[str]:
    """Actor ids of a labels table that are not on ``amap``."""
    ids = {a.id for a in amap.actors}
    return sorted(a for a in labels if a not in ids)
