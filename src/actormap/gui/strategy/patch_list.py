"""The list of a map's saved change sets -- scenarios or perspectives -- shared by their docks.

Each item of collection ``COLL`` is edited as an undoable edit of the *map* document
(:mod:`.commands`: new, rename by F2, fields, delete) and opened in its own tab by
:class:`~.editing.ScenarioEditing` (double-click or Enter). In such a tab the dock still
lists the items of its base map. The subclass gives the translated labels.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from ...core.errors import ActorMapError
from ..i18n import error_text
from ..panels.item_list import ID_ROLE, ItemListPanel
from ..undo import QtDocument
from . import commands
from .editing import ScenarioEditing


class PatchListPanel(ItemListPanel):
    """A subclass defines ``rename(name, item_id=None)`` and ``open_current()`` with its labels."""

    def __init__(self, editing: ScenarioEditing, name: str, title: str, headers: list[str],
                 parent: QWidget | None = None):
        super().__init__(name, title, headers, parent)
        self.editing = editing
        self.list.itemChanged.connect(self._renamed)
        self.list.itemActivated.connect(lambda *_: self.open_current())

    def set_document(self, qdoc: QtDocument) -> None:
        """List the items of ``qdoc``'s map (a scenario's or perspective's tab: its base map)."""
        super().set_document(self.editing.map_document(qdoc))

    # ---- edits -------------------------------------------------------------------------------
    def _try(self, what: str, fn) -> bool:
        try:
            fn()
        except ActorMapError as err:
            self.message.emit(f"{what}: {error_text(err)}")
            return False
        return True

    def _add(self, what: str, item, index: int | None = None, label: str = "") -> bool:
        return self._try(what, lambda: commands.add_scenario(self.qdoc, item, index, label, coll=self.COLL))

    def _open(self, what: str) -> QtDocument | None:
        """Open the current item in its tab; that tab's document (None if none was opened)."""
        item_id = self.current_id()
        if item_id is None:
            return None
        out = []
        self._try(what, lambda: out.append(self.editing.open(self.qdoc, item_id, coll=self.COLL)))
        return out[0] if out else None

    def _delete(self, what: str) -> None:
        item_id = self.current_id()
        if item_id is not None:
            self._try(what, lambda: commands.delete_scenario(self.qdoc, item_id, coll=self.COLL))

    def _rename(self, name: str, item_id: str | None, label: str) -> bool:
        item_id = item_id or self.current_id()
        return item_id is not None and self._try(label, lambda: commands.update_scenario(
            self.qdoc, item_id, {"name": name}, label, coll=self.COLL))

    def _set_field(self, field: str, value, label: str) -> None:
        item_id = self.current_id()
        if item_id is not None:
            self._try(label, lambda: commands.update_scenario(self.qdoc, item_id, {field: value}, label,
                                                              coll=self.COLL))

    def _renamed(self, row: QTreeWidgetItem, column: int) -> None:
        """A name typed in the list (F2); another column's text is only shown, never typed."""
        if self._filling:
            return
        item_id = row.data(0, ID_ROLE)
        item = self.qdoc.doc.items(self.COLL).get(item_id)
        if column == 0 and item is not None and row.text(0) == item.name:
            return
        if column != 0 or item is None or not self.rename(row.text(0), item_id):
            self.refresh()
