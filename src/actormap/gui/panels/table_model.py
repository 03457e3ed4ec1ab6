"""A Qt table model over the actors or the ties of the open map (model/view).

Rows follow the document; cells are described by :class:`Column`. Edits go
through core edits (one undo step per cell); a refused value emits ``message``
and leaves the map alone. Sorting happens in the model with Python sort keys
(one ``sorted`` call, not a Python comparison per pair: a 2,000-row table sorts
in milliseconds), and rows do not jump while being edited; new rows go last
until the next sort. :class:`SortFilterProxy` filters by text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate, QWidget

from ...core.changeset import Changeset
from ...core.edits import UpdateActor, UpdateTie
from ...core.errors import EditError
from ..binding import DocumentBinding, FollowsDocument
from ..i18n import error_text, translate
from ..undo import QtDocument
from ..wording import edit_label, plain_message

RESET_ABOVE = 100
"""An edit adding more rows than this (or filling an empty table) resets the model, sorted."""
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


def notes_column() -> Column:
    """The free-text notes of an actor or a tie: one line shown, the whole text edited."""
    return Column(translate("ItemTable", "Notes"), lambda i: i.notes.replace("\n", " ")[:200],
                  lambda i: i.notes.lower(), "notes",
                  edit_value=lambda i: i.notes)


class ItemTableModel(FollowsDocument, QAbstractTableModel):
    """Rows are the items of one collection of the current document.

    ``columns`` may be a list, or a function of the model (so cells can read
    ``model.doc``, whichever document is current).
    """

    message = Signal(str)

    def __init__(self, qdoc: QtDocument | None, columns, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind  # "actor" | "tie"
        self.collection = "actors" if kind == "actor" else "ties"
        self.columns: list[Column] = columns(self) if callable(columns) else columns
        self.ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._rows_stale = False
        self.sort_column: int | None = None
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.binding = DocumentBinding(self._on_changeset, self._reset)
        self.set_document_or_new(qdoc)

    @property
    def doc(self):
        return self.binding.qdoc.doc

    def _on_changeset(self, cs: Changeset) -> None:
        """Rows added and removed one by one; changed rows announced once, as one range
        (a layout moving 2,000 actors is one dataChanged, not 2,000)."""
        coll = self.collection
        added = cs.added(coll)
        if added and (not self.ids or len(added) > RESET_ABOVE):
            self._reset()  # a whole map arrived (reload, paste of many): sorted rows
            return
        for item_id in cs.removed(coll):
            self._removed(item_id)
        for item_id in added:
            self._added(item_id)
        changed = cs.changed(coll)
        if self.kind == "tie" and cs.changed("actors"):  # actor names appear in the tie table
            self._announce(range(len(self.ids)))
        elif changed:
            self._announce([r for r in map(self.row, changed) if r is not None])

    # ---- the document -----------------------------------------------------------------
    def _items(self) -> dict:
        return self.doc.items(self.collection)

    def item(self, row: int):
        return self._items()[self.ids[row]]

    def _reset(self) -> None:
        self.beginResetModel()
        self.ids = list(self._items())
        self._sort_ids()
        self.endResetModel()

    def _sort_ids(self) -> None:
        if self.sort_column is not None:
            key, items = self.columns[self.sort_column].sort, self._items()
            self.ids.sort(key=lambda k: key(items[k]), reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self._row_of = {k: i for i, k in enumerate(self.ids)}
        self._rows_stale = False

    def row(self, item_id: str) -> int | None:
        """The row of an item (the id -> row index is rebuilt lazily after removals)."""
        if self._rows_stale:
            self._row_of = {k: i for i, k in enumerate(self.ids)}
            self._rows_stale = False
        return self._row_of.get(item_id)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self.ids[i.row()], i.column()) for i in persistent]
        self._sort_ids()
        self.changePersistentIndexList(persistent, [self.index(self._row_of[k], c) for k, c in held])
        self.layoutChanged.emit()

    def row_text(self, row: int) -> str:
        """Everything shown in a row, lower-cased, for the text filter."""
        item = self.item(row)
        return " ".join(c.display(item) for c in self.columns).lower()

    def _added(self, item_id: str) -> None:
        n = len(self.ids)
        self.beginInsertRows(QModelIndex(), n, n)
        self.ids.append(item_id)
        self._row_of[item_id] = n
        self.endInsertRows()

    def _removed(self, item_id: str) -> None:
        try:
            row = self.ids.index(item_id)  # C-speed scan; no O(n) Python rebuild per removal
        except ValueError:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.ids[row]
        self._rows_stale = True
        self.endRemoveRows()

    def _announce(self, rows) -> None:
        """Emit one ``dataChanged`` covering ``rows``."""
        if rows:
            last = len(self.columns) - 1
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))

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
                self.message.emit(translate("ItemTable", "Not changed: {error}").format(error=err))
                return False
        else:
            return False
        if getattr(item, col.field) == new:
            return True
        cls = UpdateActor if self.kind == "actor" else UpdateTie
        edit = cls(item.id, {col.field: new})
        edit.label = edit_label(self.qdoc.doc, edit)
        try:
            self.qdoc.push(edit)
        except EditError as err:
            self.message.emit(translate("ItemTable", "Not changed: {error}").format(
                error=plain_message(error_text(err), self.qdoc.doc)))
            return False
        return True

    def index_of(self, item_id: str, column: int = 0) -> QModelIndex:
        row = self.row(item_id)
        return QModelIndex() if row is None else self.index(row, column)


class SortFilterProxy(QSortFilterProxyModel):
    """Keeps the model's order (the model sorts itself) and filters rows by text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.needle = ""

    def set_text(self, text: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt < 6.9
            self.needle = text.strip().lower()
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self.needle = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        return not self.needle or self.needle in self.sourceModel().row_text(row)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


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


__all__ = ["ID_ROLE", "SORT_ROLE", "Column", "ColumnDelegate", "ItemTableModel", "SortFilterProxy", "notes_column"]
