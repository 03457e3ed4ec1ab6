"""A dock panel holding one sortable, filterable, editable table (actors or ties).

The table's row selection and the shared :class:`~actormap.gui.selection.Selection`
follow each other both ways.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..selection import Selection
from .table_model import ID_ROLE, ColumnDelegate, ItemTableModel, SortFilterProxy


class ItemTablePanel(QWidget):
    message = Signal(str)

    def __init__(self, model: ItemTableModel, selection: Selection, placeholder: str,
                 widths: tuple[int, ...] = (), parent: QWidget | None = None):
        super().__init__(parent)
        model.setParent(self)
        self.model = model
        self.selection = selection
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ColumnDelegate(model.columns, self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header = self.view.horizontalHeader()
        for col, width in enumerate(widths):  # never narrower than its title (longer in es and fr)
            header.resizeSection(col, max(width, header.sectionSizeFromContents(col).width()))
        self.view.setTabKeyNavigation(False)
        model.message.connect(self.message)
        self._syncing = False
        self.view.selectionModel().selectionChanged.connect(self._table_selection_changed)
        selection.changed.connect(self._selection_changed)
        model.modelReset.connect(lambda: self._selection_changed(selection.actor_ids, selection.tie_ids, None))

        self.top = QHBoxLayout()
        self.top.setContentsMargins(0, 0, 0, 0)
        self.top.addWidget(self.filter, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(self.top)
        lay.addWidget(self.view)
        self.setFocusProxy(self.view)

    def set_document(self, qdoc) -> None:
        """Show the rows of another document."""
        self.model.set_document(qdoc)

    def add_actions(self, actions: list[QAction]) -> None:
        """Tool buttons beside the filter box."""
        for act in actions:
            btn = QToolButton()
            btn.setDefaultAction(act)
            btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.top.addWidget(btn)

    # ---- selection sync -----------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        return [r.data(ID_ROLE) for r in sorted(rows, key=lambda i: i.row())]

    def _table_selection_changed(self, *_args) -> None:
        if self._syncing:
            return
        items = self.model._items()
        shared = self.selection.actor_ids if self.model.kind == "actor" else self.selection.tie_ids
        if any(i not in items for i in shared):
            return  # rows vanish with their items (a delete; a tie re-added after its ends changed)
        ids = self.selected_ids()
        if self.model.kind == "actor":
            self.selection.set(ids, [], origin=self)
        else:
            self.selection.set([], ids, origin=self)

    def _selection_changed(self, actor_ids: list, tie_ids: list, origin: object) -> None:
        if origin is self:
            return
        ids = actor_ids if self.model.kind == "actor" else tie_ids
        sel = QItemSelection()
        last = self.proxy.columnCount() - 1
        first_index = None
        for item_id in ids:
            src = self.model.index_of(item_id)
            if not src.isValid():
                continue
            idx = self.proxy.mapFromSource(src)
            if not idx.isValid():
                continue  # hidden by the text filter
            sel.select(idx, idx.siblingAtColumn(last))
            first_index = first_index or idx
        self._syncing = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().select(sel, flags)
            if first_index is not None:
                self.view.selectionModel().setCurrentIndex(first_index, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.view.scrollTo(first_index)
        finally:
            self._syncing = False

    def edit_item(self, item_id: str, column: int = 0) -> None:
        """Start editing a cell of an item (e.g. the name of a new actor)."""
        idx = self.proxy.mapFromSource(self.model.index_of(item_id, column))
        if idx.isValid():
            self.view.setFocus()
            self.view.setCurrentIndex(idx)
            self.view.edit(idx)
