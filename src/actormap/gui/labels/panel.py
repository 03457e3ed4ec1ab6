"""The Labels dock: the actors x sources matrix -- who calls whom what -- editable with undo.

Rows are actors, columns the sources that label someone (plus columns the analyst adds);
a cell holds the labels that source gives the actor on the map's as-of date
(:func:`actormap.core.labels.label_matrix`). Click a column header to sort. Typing into a cell
is one undoable edit of that actor's labels (``UpdateActor(labels=...)``, the rule of
:func:`actormap.core.labels.with_cell_text`); a designation is shown bold with ``§`` and is
set, with its jurisdiction and dates, in the fields under the table (one edit each,
:func:`~actormap.core.labels.with_cell_fields`). "Highlight" lights the actors the current
source labels (with the typed text, if any) on the canvas; the lens choice follows the
current column. Export writes the labels table as CSV or XLSX (:mod:`actormap.core.io.label_table`)
through the map store.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.edits import UpdateActor
from ...core.errors import ActorMapError
from ...core.io.label_table import labels_csv_bytes, labels_xlsx_bytes
from ...core.labels import (
    actors_labelled,
    label_matrix,
    label_sources,
    labels_in_force,
    with_cell_fields,
    with_cell_text,
)
from ..binding import DocumentBinding, FollowsDocument
from ..i18n import COUNT, error_text, translate
from ..panels.fields import date_name, format_date, parse_date, push_button

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_COLUMN = 220


def ask_export_path(parent, suggested: str) -> str:
    """The file to export the labels to ("" when cancelled); tests replace it."""
    path, _ = QFileDialog.getSaveFileName(parent, translate("LabelsPanel", "Export the labels"), suggested,
                                          translate("LabelsPanel", "Labels table, CSV (*.csv);;Labels workbook, "
                                                                   "Excel (*.xlsx)"))
    return path


class LabelsPanel(FollowsDocument, QWidget):
    message = Signal(str)
    highlightRequested = Signal(object)  # actor ids, or None to clear
    sourceChosen = Signal(str)  # the current column's source

    def __init__(self, qdoc, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("labelsPanel")
        self.store = store
        self.extra_sources: list[str] = []
        self._filling = False
        self.binding = DocumentBinding(lambda cs: self.refresh() if cs.touches("actors") or cs.meta else None,
                                       self._swapped)

        self.table = QTableWidget(self)
        self.table.setObjectName("labelsMatrix")
        self.table.setAccessibleName(translate("LabelsPanel", "Labels: actors by sources"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.itemChanged.connect(self._cell_edited)
        self.table.currentCellChanged.connect(lambda *_: self._show_cell())

        self.new_source = QLineEdit(self)
        self.new_source.setObjectName("newLabelSource")
        self.new_source.setPlaceholderText(translate("LabelsPanel", "New source (e.g. UN Security Council)"))
        self.new_source.returnPressed.connect(self.add_source)
        add = push_button(self, translate("LabelsPanel", "Add source"), "", self.add_source)

        self.cell_title = QLabel(self)
        self.cell_title.setWordWrap(True)
        self.designation = QCheckBox(translate("LabelsPanel", "§ Legal designation"), self)
        self.designation.setToolTip(translate(
            "LabelsPanel", "The label is a legal designation: a terrorist listing, sanctions, a criminal-organisation "
            "designation (engaging the actor may be a crime there)"))
        self.designation.setObjectName("labelDesignation")
        self.designation.toggled.connect(lambda on: self._set_fields(
            {"designation": on}, translate("LabelsPanel", "Mark label as designation") if on
            else translate("LabelsPanel", "Unmark designation")))
        self.jurisdiction = QLineEdit(self)
        self.jurisdiction.setObjectName("labelJurisdiction")
        self.jurisdiction.setPlaceholderText(translate("LabelsPanel", "where it has force, e.g. United States"))
        self.jurisdiction.editingFinished.connect(
            lambda: self._set_fields({"jurisdiction": self.jurisdiction.text().strip()},
                                     translate("LabelsPanel", "Set label jurisdiction")))
        self.start = QLineEdit(self)
        self.start.setObjectName("labelStart")
        self.start.setPlaceholderText(translate("LabelsPanel", "YYYY-MM-DD"))
        self.start.editingFinished.connect(lambda: self._set_date("start"))
        self.end = QLineEdit(self)
        self.end.setObjectName("labelEnd")
        self.end.setPlaceholderText(translate("LabelsPanel", "YYYY-MM-DD"))
        self.start.setToolTip(translate("LabelsPanel", "First day the label held (empty: always)"))
        self.end.setToolTip(translate("LabelsPanel", "First day the label no longer held (empty: still holds)"))
        self.end.editingFinished.connect(lambda: self._set_date("end"))

        self.find = QLineEdit(self)
        self.find.setObjectName("labelFind")
        self.find.setPlaceholderText(translate("LabelsPanel", "label contains… (empty: any)"))
        self.find.returnPressed.connect(self.highlight)
        hl = push_button(self, translate("LabelsPanel", "Highlight"), translate(
            "LabelsPanel", "Light the actors this column's source labels (with this text) on the map; fade the rest"),
            self.highlight)
        clear = push_button(self, translate("LabelsPanel", "Clear"), "", lambda: self.highlightRequested.emit(None))
        export = push_button(self, translate("LabelsPanel", "Export…"), translate(
            "LabelsPanel", "Write the labels table (one row per label) as CSV, or an Excel workbook with the matrix"),
            self.export)

        top = QHBoxLayout()
        top.addWidget(self.new_source, 1)
        top.addWidget(add)
        fields = QHBoxLayout()
        fields.addWidget(self.designation)
        for text, w, stretch in ((translate("LabelsPanel", "Jurisdiction"), self.jurisdiction, 2),
                                 (translate("LabelsPanel", "From"), self.start, 1),
                                 (translate("LabelsPanel", "Until"), self.end, 1)):
            fields.addWidget(QLabel(text))
            fields.addWidget(w, stretch)
        bottom = QHBoxLayout()
        bottom.addWidget(self.find, 1)
        bottom.addWidget(hl)
        bottom.addWidget(clear)
        bottom.addWidget(export)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.cell_title)
        lay.addLayout(fields)
        lay.addLayout(bottom)
        self.binding.set_document(qdoc)

    # ---- documents -------------------------------------------------------------------------
    def _swapped(self) -> None:
        self.extra_sources = []
        self.refresh()

    def sources(self) -> list[str]:
        known = label_sources(self.qdoc.doc.actors.values())
        return known + [s for s in self.extra_sources if s not in known]

    # ---- mirror -----------------------------------------------------------------------------
    def refresh(self) -> None:
        doc = self.qdoc.doc
        amap = doc.snapshot()
        matrix = label_matrix(amap)
        sources = self.sources()
        current = (self.current_actor(), self.current_source())
        self._filling = True
        self.table.setSortingEnabled(False)
        try:
            self.table.clearContents()
            self.table.setColumnCount(1 + len(sources))
            self.table.setHorizontalHeaderLabels([translate("LabelsPanel", "Actor"), *sources])
            self.table.setRowCount(len(matrix.actors))
            bold = QFont(self.table.font())
            bold.setBold(True)
            for r, row in enumerate(matrix.actors):
                name = QTableWidgetItem(row.name)
                name.setData(ID_ROLE, row.id)
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, 0, name)
                listed = {d.source for d in row.designations if d.in_force}
                for c, source in enumerate(sources, start=1):
                    item = QTableWidgetItem(row.labels.get(source, ""))
                    item.setData(ID_ROLE, row.id)
                    if source in listed:
                        item.setFont(bold)
                        item.setText("§ " + item.text())
                        unknown = translate("LabelsPanel", "jurisdiction not given")
                        item.setToolTip(translate("LabelsPanel", "A legal designation in force: {list}").format(
                            list="; ".join(f"{d.label} ({d.jurisdiction or unknown})"
                                           for d in row.designations if d.source == source and d.in_force)))
                    self.table.setItem(r, c, item)
            for c, source in enumerate(sources, start=1):
                self.table.horizontalHeaderItem(c).setToolTip(source)
            self.table.resizeColumnsToContents()
            for c in range(self.table.columnCount()):
                self.table.setColumnWidth(c, max(80, min(self.table.columnWidth(c), MAX_COLUMN)))
        finally:
            self.table.setSortingEnabled(True)
            self._filling = False
        self.select(*current)
        self._show_cell()

    def select(self, actor_id: str | None, source: str | None) -> None:
        col = 0 if source is None or source not in self.sources() else 1 + self.sources().index(source)
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(ID_ROLE) == actor_id:
                self.table.setCurrentCell(r, col)
                return

    def cell(self, actor_id: str, source: str) -> QTableWidgetItem | None:
        if source not in self.sources():
            return None
        col = 1 + self.sources().index(source)
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(ID_ROLE) == actor_id:
                return self.table.item(r, col)
        return None

    def current_actor(self) -> str | None:
        r = self.table.currentRow()
        item = self.table.item(r, 0) if r >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def current_source(self) -> str | None:
        c = self.table.currentColumn()
        sources = self.sources()
        return sources[c - 1] if 1 <= c <= len(sources) else None

    def _show_cell(self) -> None:
        aid, source = self.current_actor(), self.current_source()
        doc = self.qdoc.doc
        lab = None
        if aid in doc.actors and source is not None:
            found = labels_in_force(doc.actor(aid), source, doc.meta.as_of)
            lab = found[0] if found else None
        for w in (self.designation, self.jurisdiction, self.start, self.end):
            w.blockSignals(True)
            w.setEnabled(lab is not None)
        self.designation.setChecked(bool(lab and lab.designation))
        self.jurisdiction.setText(lab.jurisdiction if lab else "")
        self.start.setText(format_date(lab.start) if lab else "")
        self.end.setText(format_date(lab.end) if lab else "")
        for w in (self.designation, self.jurisdiction, self.start, self.end):
            w.blockSignals(False)
        if source is None or aid not in doc.actors:
            self.cell_title.setText(translate("LabelsPanel", "Choose a cell: an actor and a source."))
        elif lab is None:
            self.cell_title.setText(translate(
                "LabelsPanel", "{source} gives {actor} no label on the map's date; type one into the cell.").format(
                source=source, actor=doc.actor(aid).name))
        else:
            self.cell_title.setText(translate("LabelsPanel", "{source} calls {actor} “{label}”").format(
                source=source, actor=doc.actor(aid).name, label=lab.label))
        if source is not None:
            self.sourceChosen.emit(source)

    # ---- edits ---------------------------------------------------------------------------------
    def _push(self, aid: str, labels, label: str) -> bool:
        try:
            return bool(self.qdoc.push(UpdateActor(aid, {"labels": labels}, label)))
        except ActorMapError as err:
            self.message.emit(translate("LabelsPanel", "Not changed: {error}").format(error=error_text(err)))
            self.refresh()
            return False

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() == 0:
            return
        aid, source = item.data(ID_ROLE), self.sources()[item.column() - 1]
        self.edit_cell(aid, source, item.text())

    def edit_cell(self, actor_id: str, source: str, text: str) -> bool:
        """Type ``text`` into the cell (one undoable edit; a leading ``§`` is the mark, not text)."""
        doc = self.qdoc.doc
        if actor_id not in doc.actors:
            return False
        text = text.strip().removeprefix("§").strip()
        actor = doc.actor(actor_id)
        new = with_cell_text(actor, source, text, doc.meta.as_of)
        if new == actor.labels:
            self.refresh()  # put back the § mark
            return False
        what = (translate("LabelsPanel", "Remove label") if not text else
                translate("LabelsPanel", "Label {actor} as seen by {source}").format(actor=actor.name, source=source))
        return self._push(actor_id, new, what)

    def _set_fields(self, fields: dict, label: str) -> bool:
        aid, source = self.current_actor(), self.current_source()
        doc = self.qdoc.doc
        if aid not in doc.actors or source is None:
            return False
        try:
            new = with_cell_fields(doc.actor(aid), source, doc.meta.as_of, **fields)
        except ValueError as err:
            self.message.emit(translate("LabelsPanel", "Not changed: {error}").format(error=error_text(err)))
            self._show_cell()
            return False
        if new == doc.actor(aid).labels:
            return False
        return self._push(aid, new, label)

    def _set_date(self, field: str) -> bool:
        edit = self.start if field == "start" else self.end
        try:
            value = parse_date(edit.text(), date_name(field))
        except ValueError as err:
            self.message.emit(translate("LabelsPanel", "Not changed: {error}").format(error=err))
            self._show_cell()
            return False
        return self._set_fields({field: value}, translate("LabelsPanel", "Set label start date") if field == "start"
                                else translate("LabelsPanel", "Set label end date"))

    def add_source(self, name: str | None = None) -> str | None:
        """A new (empty) column for a source; its labels are typed into its cells."""
        name = (name if name is not None else self.new_source.text()).strip()
        if not name:
            return None
        if name not in self.sources():
            self.extra_sources.append(name)
        self.new_source.clear()
        self.refresh()
        self.table.setCurrentCell(max(0, self.table.currentRow()), 1 + self.sources().index(name))
        return name

    # ---- highlight and export -----------------------------------------------------------------
    def highlight(self) -> set[str]:
        ids = actors_labelled(self.qdoc.doc.snapshot(), self.current_source(), self.find.text())
        self.highlightRequested.emit(ids)
        count, source = len(ids), self.current_source()
        self.message.emit(translate("LabelsPanel", "%n actor(s) labelled by {source}", "", COUNT, count).format(
            source=source) if source else translate("LabelsPanel", "%n actor(s) labelled", "", COUNT, count))
        return ids

    def export(self, path: str | None = None) -> str | None:
        suggested = translate("LabelsPanel", "{name}-labels.csv").format(name=Path(self.qdoc.display_name()).stem)
        path = path if path is not None else ask_export_path(self, suggested)
        if not path:
            return None
        amap = self.qdoc.doc.snapshot()
        try:
            data = labels_xlsx_bytes(amap, path) if path.lower().endswith(".xlsx") else labels_csv_bytes(amap)
            self.store.write_bytes(path, data)
        except (ActorMapError, OSError) as err:
            self.message.emit(translate("LabelsPanel", "Labels not exported: {error}").format(error=err))
            return None
        self.message.emit(translate("LabelsPanel", "Exported the labels to {file}").format(file=path))
        return path
