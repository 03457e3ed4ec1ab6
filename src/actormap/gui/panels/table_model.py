"""A Qt table model over the actors or the ties of the open map (model/view).

Rows follow the document (ids in insertion order); cells are described by
:class:`Column`. Edits go through core edits (one undo step per cell); a refused
value emits ``message`` and leaves the map alone. ``SORT_ROLE`` gives Python sort
keys compared by :class:`SortFilterProxy`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate, QWidget

from ...core.edits import UpdateActor, UpdateTie
from ...core.errors import EditError
from ..undo import QtDocument

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class Column:
    title: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any]
    field: str | None = None  # the model field a cell edits (None = read-only)
    editor: str = "text"  # text | int | choice | bool
    choices: Callable[[], list[tuple[str, Any]]] | None = None
    parse: Callable[[Any], Any] | None = None  # editor value -> model value (ValueError = refused)
    edit_value: Callable[[Any], Any] | None = None  # model item -> editor value
    range: tuple[int, int] = (1, 5)
    tooltip: str = ""


class ItemTableModel(QAbstractTableModel):
    """Rows are the items ``items()`` returns; ``update_edit(id, changes, label)`` builds the edit."""

    message = Signal(str)

    def __init__(self, qdoc: QtDocument, columns: list[Column], kind: str, parent=None):
        super().__init__(parent)
        self.qdoc = qdoc
        self.columns = columns
        self.kind = kind  # "actor" | "tie"
        self.ids: list[str] = []
        self.row_of: dict[str, int] = {}
        added, removed, changed = (
            (qdoc.actorAdded, qdoc.actorRemoved, qdoc.actorChanged) if kind == "actor"
            else (qdoc.tieAdded, qdoc.tieRemoved, qdoc.tieChanged)
        )
        added.connect(self._added)
        removed.connect(self._removed)
        changed.connect(self._changed)
        qdoc.reset.connect(self._reset)
        if kind == "tie":  # actor names appear in the tie table
            qdoc.actorChanged.connect(self._all_changed)
        self._reset()

    # ---- the document -----------------------------------------------------------------
    def _items(self) -> dict:
        return self.qdoc.doc.actors if self.kind == "actor" else self.qdoc.doc.ties

    def item(self, row: int):
        return self._items()[self.ids[row]]

    def _reset(self) -> None:
        self.beginResetModel()
        self.ids = list(self._items())
        self.row_of = {k: i for i, k in enumerate(self.ids)}
        self.endResetModel()

    def _added(self, item_id: str) -> None:
        n = len(self.ids)
        self.beginInsertRows(QModelIndex(), n, n)
        self.ids.append(item_id)
        self.row_of[item_id] = n
        self.endInsertRows()

    def _removed(self, item_id: str) -> None:
        row = self.row_of.get(item_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.ids[row]
        self.row_of = {k: i for i, k in enumerate(self.ids)}
        self.endRemoveRows()

    def _changed(self, item_id: str) -> None:
        row = self.row_of.get(item_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _all_changed(self, _id: str = "") -> None:
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(self.columns) - 1))

    # ---- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            col = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return col.title
            if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
                return col.tooltip
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.ids):
            return None
        item = self.item(index.row())
        col = self.columns[index.column()]
        if role == ID_ROLE:
            return item.id
        if role == SORT_ROLE:
            return col.sort(item)
        if col.editor == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if col.sort(item) else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(item)
        if role == Qt.ItemDataRole.EditRole:
            return col.edit_value(item) if col.edit_value else col.display(item)
        if role == Qt.ItemDataRole.ToolTipRole and col.field in ("notes", "name"):
            return col.display(item)
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base
        col = self.columns[index.column()]
        if col.field is None:
            return base
        if col.editor == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        col = self.columns[index.column()]
        if col.field is None:
            return False
        item = self.item(index.row())
        if col.editor == "bool":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            try:
                new = col.parse(value) if col.parse else value
            except ValueError as err:
                self.message.emit(f"Not changed: {err}")
                return False
        else:
            return False
        if getattr(item, col.field) == new:
            return True
        cls = UpdateActor if self.kind == "actor" else UpdateTie
        who = f"{item.name!r}" if self.kind == "actor" else "tie"
        try:
            self.qdoc.push(cls(item.id, {col.field: new}, label=f"Edit {who}: {col.field}"))
        except EditError as err:
            self.message.emit(f"Not changed: {err}")
            return False
        return True

    def index_of(self, item_id: str, column: int = 0) -> QModelIndex:
        row = self.row_of.get(item_id)
        return QModelIndex() if row is None else self.index(row, column)


class SortFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` (Python comparison); filters by text in any column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left, right) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


class ColumnDelegate(QStyledItemDelegate):
    """Combo boxes for choice columns, spin boxes for number columns, line edits otherwise."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns

    def _col(self, index) -> Column:
        return self.columns[index.column()]

    def createEditor(self, parent: QWidget, option, index):
        col = self._col(index)
        if col.editor == "choice":
            combo = QComboBox(parent)
            for label, value in col.choices():
                combo.addItem(label, value)
            return combo
        if col.editor == "int":
            spin = QSpinBox(parent)
            spin.setRange(*col.range)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


__all__ = ["ID_ROLE", "SORT_ROLE", "Column", "ColumnDelegate", "ItemTableModel", "SortFilterProxy"]
