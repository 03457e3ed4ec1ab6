"""A dock listing one collection of the map above a form for the chosen item.

What the Scenarios, Perspectives and Agreements docks share: ``self.list`` is a one-level
:class:`QTreeWidget`, a row per item with the item's id in column 0 (:data:`ID_ROLE`);
:meth:`~ItemListPanel.refresh` refills it from :meth:`~ItemListPanel.listed` keeping the
current row, and :meth:`~ItemListPanel.current` is the item of that row. A subclass says
what a row shows (``_row``) and what the form shows (``_show_current``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ..binding import DocumentBinding, FollowsDocument

ID_ROLE = Qt.ItemDataRole.UserRole


def unused_name(numbered: str, taken: set[str]) -> str:
    """``numbered`` (a text with ``{number}``) with the first number from ``len(taken) + 1`` not taken."""
    i = len(taken) + 1
    while numbered.format(number=i) in taken:
        i += 1
    return numbered.format(number=i)


class ItemListPanel(FollowsDocument, QWidget):
    """The list of collection ``COLL`` of the current document, kept in step with it."""

    message = Signal(str)
    COLL = ""
    """The collection listed."""
    SELECT_FIRST = False
    """After a refresh that leaves no current row, make the first row current."""

    def __init__(self, name: str, title: str, headers: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.binding = DocumentBinding(self._changed, self.refresh)
        self._filling = False
        self.list = QTreeWidget(self)
        self.list.setObjectName(name)
        self.list.setAccessibleName(title)
        self.list.setHeaderLabels(headers)
        self.list.setRootIsDecorated(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)  # a double-click opens, F2 renames
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())

    # ---- what a subclass says ------------------------------------------------------------------
    def listed(self) -> list:
        """The items, in the order of the list."""
        return self.qdoc.doc.ordered(self.COLL)

    def _row(self, item) -> QTreeWidgetItem:
        """The row showing ``item`` (its id is added by the caller)."""
        raise NotImplementedError

    def _show_current(self) -> None:
        """Show the current item in the form (or empty it)."""
        raise NotImplementedError

    def _filled(self) -> None:
        """Called after the rows are made, still while refreshing (fill other choices here)."""

    def _changed(self, cs) -> None:
        if cs.touches(self.COLL):
            self.refresh()

    # ---- the list ------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_id()
        self._filling = True
        try:
            self.list.clear()
            for item in self.listed():
                row = self._row(item)
                row.setData(0, ID_ROLE, item.id)
                self.list.addTopLevelItem(row)
                if item.id == current:
                    self.list.setCurrentItem(row)
            self._filled()
            if self.SELECT_FIRST and self.list.currentItem() is None and self.list.topLevelItemCount():
                self.list.setCurrentItem(self.list.topLevelItem(0))
        finally:
            self._filling = False
        self._show_current()

    def current_id(self) -> str | None:
        row = self.list.currentItem()
        return row.data(0, ID_ROLE) if row is not None else None

    def current(self):
        """The item of the current row (None when no row is current)."""
        item_id = self.current_id()
        return self.qdoc.doc.items(self.COLL).get(item_id) if item_id else None

    def select(self, item_id: str) -> None:
        for i in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(i)
            if row.data(0, ID_ROLE) == item_id:
                self.list.setCurrentItem(row)
                return
