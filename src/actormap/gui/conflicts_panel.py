"""The Merge conflicts panel: what two teammates changed differently, settled one by one.

A merge (``actormap merge``, the git driver) keeps each conflict in the map. The panel
lists them by name -- what it is about, our value and who set it, their value and who
set it -- and settles the selected one with *Use ours*, *Use theirs* or *Edit…* (a value
typed by the user). Each is one :class:`~actormap.core.conflicts.ResolveConflict` edit:
one undo step that sets the value and removes the conflict.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.conflicts import ResolveConflict, side_text
from ..core.diff_report import Names
from ..core.merge import CONFLICTS
from ..core.model import MergeConflict
from .binding import DocumentBinding, FollowsDocument
from .i18n import COUNT, translate
from .undo import QtDocument


def ask_conflict_value(parent: QWidget | None, subject: str, current: Any) -> tuple[bool, Any]:
    """Ask for the value to settle a conflict with: ``(ok, value)``. Text is taken as JSON when it
    parses (numbers, lists, true/false, null), else as plain text."""
    shown = current if isinstance(current, str) else json.dumps(current, ensure_ascii=False)
    text, ok = QInputDialog.getText(parent, translate("Conflicts", "Settle the conflict"),
                                    translate("Conflicts", "Value for {subject}:").format(subject=subject), text=shown)
    if not ok:
        return False, None
    return True, parse_value(text)


def parse_value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


class ConflictsPanel(FollowsDocument, QWidget):
    """Lists the active map's merge conflicts and settles them."""

    message = Signal(str)
    conflictsChanged = Signal(int)  # how many remain

    def __init__(self, qdoc: QtDocument | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictsPanel")
        self.binding = DocumentBinding(self._changed, self.refresh)
        self.ids: list[str] = []
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels([translate("Conflicts", "Conflict"), translate("Conflicts", "Ours"),
                                              translate("Conflicts", "Theirs")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.ours = QPushButton(translate("Conflicts", "Use &ours"))
        self.theirs = QPushButton(translate("Conflicts", "Use &theirs"))
        self.edit = QPushButton(translate("Conflicts", "&Edit…"))
        self.ours.clicked.connect(lambda: self.resolve("ours"))
        self.theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.edit.clicked.connect(self.edit_value)
        row = QHBoxLayout()
        for b in (self.ours, self.theirs, self.edit):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.header)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        self.set_document_or_new(qdoc)

    def _changed(self, _cs) -> None:
        self.refresh()  # names of the items a conflict is about may have changed too

    def conflicts(self) -> list[MergeConflict]:
        return [self.qdoc.doc.items(CONFLICTS)[i] for i in sorted(self.qdoc.doc.items(CONFLICTS))]

    def refresh(self) -> None:
        found = self.conflicts()
        if not found and not self.ids and self.table.rowCount() == 0 and self.header.text():
            return  # nothing to show before or after (the common case: no merge happened)
        names = Names(self.qdoc.doc.snapshot())
        chosen = self.current()
        self.ids = [c.id for c in found]
        self.table.setRowCount(len(found))
        for r, c in enumerate(found):
            cells = (names.conflict_subject(c), _side(c.ours, c.ours_by, c, names), _side(c.theirs, c.theirs_by, c, names))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, col, item)
        n = len(found)
        self.header.setText(translate("Conflicts", "%n merge conflict(s) to settle: choose ours, theirs, or type a "
                                                   "value.", "", COUNT, n)
                            if n else translate("Conflicts", "No merge conflicts in this map."))
        if chosen in self.ids:
            self.table.selectRow(self.ids.index(chosen))
        elif self.ids:
            self.table.selectRow(0)
        self._update_buttons()
        self.conflictsChanged.emit(n)

    def current(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if rows and rows[0].row() < len(self.ids):
            return self.ids[rows[0].row()]
        return None

    def _update_buttons(self) -> None:
        on = self.current() is not None
        for b in (self.ours, self.theirs, self.edit):
            b.setEnabled(on)

    def resolve(self, choice: str, value: Any = None) -> bool:
        cid = self.current()
        if cid is None:
            return False
        return self.qdoc.try_push(ResolveConflict(cid, choice, value), self.message.emit)

    def edit_value(self) -> bool:
        cid = self.current()
        if cid is None:
            return False
        c = self.qdoc.doc.get(CONFLICTS, cid)
        ok, value = ask_conflict_value(self, Names(self.qdoc.doc.snapshot()).conflict_subject(c), c.ours)
        return ok and self.resolve("value", value)


def _side(value: Any, by: str, c: MergeConflict, names: Names) -> str:
    return side_text(value, c.field, names, c.base) + (f" ({by})" if by else "")
