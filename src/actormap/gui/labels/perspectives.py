"""The Perspectives dock: the map "as seen by" a party, and where two views disagree.

A perspective is a named change set over the shared map (:mod:`actormap.core.perspective`),
edited like a scenario in its own tab (banner "AS SEEN BY ...", its own undo; the strategy
workbench's :class:`~actormap.gui.strategy.editing.ScenarioEditing` with
``coll="perspectives"``). New, Open (double-click), Rename, Delete, who sees it and the
description are undoable edits of the map (:mod:`actormap.gui.strategy.commands`).

"Disagreements" lists, pair of actors by pair, the ties the chosen perspective draws
differently from the shared map or from another perspective
(:func:`actormap.core.perspective.disagreements`); choosing a row lights the pair and its
ties on the canvas. The analysis dock follows the active tab, so opening a perspective
analyses the map as that party sees it.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ActorMapError
from ...core.model import Perspective, new_id
from ...core.perspective import Disagreement, disagreements
from ..i18n import error_text, translate
from ..panels.fields import CommitTextEdit, push_button
from ..panels.item_list import ID_ROLE
from ..strategy.patch_list import PatchListPanel

COLL = "perspectives"
SHARED = ""
"""The "compare with" choice meaning the shared map."""


class PerspectivesPanel(PatchListPanel):
    COLL = COLL
    SELECT_FIRST = True
    highlightRequested = Signal(object, object)  # actor ids, tie ids

    def __init__(self, qdoc, editing, parent: QWidget | None = None):
        super().__init__(editing, "perspectivesList", translate("Perspectives", "Perspectives"),
                         [translate("Perspectives", "Perspective"), translate("Perspectives", "Seen by")], parent)
        self.setObjectName("perspectivesPanel")
        self.found: list[Disagreement] = []

        button = partial(push_button, self)
        self.new_button = button(translate("Perspectives", "New"),
                                 translate("Perspectives", "A new perspective over this map, opened in its own tab"),
                                 self.new_perspective)
        self.open_button = button(translate("Perspectives", "Open"),
                                  translate("Perspectives", "Draw this perspective on the canvas, in its own tab"),
                                  self.open_current)
        self.delete_button = button(translate("Perspectives", "Delete"),
                                    translate("Perspectives", "Delete this perspective"), self.delete_current)
        self.seen_by = QComboBox(self)
        self.seen_by.setObjectName("perspectiveSeenBy")
        self.seen_by.activated.connect(lambda _i: self._set_field(
            "seen_by", self.seen_by.currentData(), translate("Perspectives", "Change who sees the perspective")))
        self.description = CommitTextEdit(self, rows=2)
        self.description.setObjectName("perspectiveDescription")
        self.description.editingFinished.connect(
            lambda: self._set_field("description", self.description.toPlainText(),
                                    translate("Perspectives", "Edit perspective description")))
        self.other = QComboBox(self)
        self.other.setObjectName("perspectiveCompareWith")
        self.other.activated.connect(lambda _i: self.show_disagreements())
        self.table = QTreeWidget(self)
        self.table.setObjectName("perspectiveDisagreements")
        self.table.setHeaderLabels([translate("Perspectives", "Actors"), translate("Perspectives", "This perspective"),
                                    translate("Perspectives", "Compared with")])
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.currentItemChanged.connect(lambda *_: self._light_current())

        grid = QGridLayout()
        for i, b in enumerate((self.new_button, self.open_button, self.delete_button)):
            grid.addWidget(b, 0, i)
        form = QFormLayout()
        form.addRow(translate("Perspectives", "Seen &by"), self.seen_by)
        form.addRow(translate("Perspectives", "&Description"), self.description)
        form.addRow(translate("Perspectives", "Disagreements &with"), self.other)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addLayout(grid)
        lay.addLayout(form)
        lay.addWidget(self.table, 2)
        self.set_document(qdoc)

    # ---- mirror ---------------------------------------------------------------------------
    def _changed(self, cs) -> None:
        if cs.touches(COLL, "actors", "ties"):
            self.refresh()

    def _row(self, p: Perspective) -> QTreeWidgetItem:
        who = self.qdoc.doc.actors.get(p.seen_by) if p.seen_by else None
        item = QTreeWidgetItem([p.name, who.name if who else "—"])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setToolTip(0, p.description)
        return item

    def _filled(self) -> None:
        self.seen_by.blockSignals(True)
        self.seen_by.clear()
        self.seen_by.addItem(translate("Perspectives", "— nobody on the map —"), None)
        for a in sorted(self.qdoc.doc.actors.values(), key=lambda a: a.name.casefold()):
            self.seen_by.addItem(a.name, a.id)
        self.seen_by.blockSignals(False)

    def _show_current(self) -> None:
        p = self.current()
        for w in (self.open_button, self.delete_button, self.seen_by, self.description, self.other):
            w.setEnabled(p is not None)
        self.seen_by.blockSignals(True)
        self.seen_by.setCurrentIndex(max(0, self.seen_by.findData(p.seen_by)) if p else 0)
        self.seen_by.blockSignals(False)
        self.description.set_text(p.description if p else "")
        chosen = self.other.currentData()
        self.other.blockSignals(True)
        self.other.clear()
        self.other.addItem(translate("Perspectives", "the shared map"), SHARED)
        for q in self.listed():
            if p is not None and q.id != p.id:
                self.other.addItem(q.name, q.id)
        self.other.setCurrentIndex(max(0, self.other.findData(chosen)))
        self.other.blockSignals(False)
        self.show_disagreements()

    # ---- disagreements ------------------------------------------------------------------------
    def compare_with(self, other_id: str | None) -> None:
        """Show the disagreements with another perspective (None or "": the shared map)."""
        self.other.setCurrentIndex(max(0, self.other.findData(other_id or SHARED)))
        self.show_disagreements()

    def show_disagreements(self) -> list[Disagreement]:
        self.table.clear()
        self.found = []
        p = self.current()
        if p is None:
            return []
        amap = self.qdoc.doc.snapshot()
        other = self.qdoc.doc.items(COLL).get(self.other.currentData() or "")
        try:
            self.found = disagreements(amap, other, p)
        except ActorMapError as err:
            self.message.emit(translate("Perspectives", "Cannot compare: {error}").format(error=error_text(err)))
            return []
        self.table.setHeaderLabels([translate("Perspectives", "Actors"), p.name,
                                    other.name if other else translate("Perspectives", "Shared map")])

        def side(ties) -> str:
            return "\n".join(t.text() for t in ties) or translate("Perspectives", "no tie")

        for i, d in enumerate(self.found):
            item = QTreeWidgetItem([f"{d.names[0]} / {d.names[1]}", side(d.b), side(d.a)])
            item.setData(0, ID_ROLE, i)
            if d.sign_flip:
                item.setToolTip(0, translate("Perspectives", "One view draws a positive tie where the other draws a "
                                                             "hostile one"))
                f = item.font(0)
                f.setBold(True)
                item.setFont(0, f)
            self.table.addTopLevelItem(item)
        if not self.found:
            self.table.addTopLevelItem(QTreeWidgetItem([translate("Perspectives", "No disagreement: both draw every "
                                                                                  "tie alike"), "", ""]))
        return self.found

    def _light_current(self) -> None:
        item = self.table.currentItem()
        i = item.data(0, ID_ROLE) if item is not None else None
        if i is None or i >= len(self.found):
            return
        d = self.found[i]
        self.highlightRequested.emit(set(d.actors), {t.id for t in (*d.a, *d.b)})

    # ---- edits -------------------------------------------------------------------------------
    def new_perspective(self, name: str | None = None, seen_by: str | None = None,
                        open_it: bool = True) -> str | None:
        names = {p.name for p in self.listed()}
        if name is None:
            who = self.qdoc.doc.actors.get(seen_by) if seen_by else None
            name = (translate("Perspectives", "As seen by {name}").format(name=who.name) if who
                    else translate("Perspectives", "Perspective"))
            base, i = name, 2
            while name in names:
                name, i = f"{base} ({i})", i + 1
        p = Perspective(id=new_id(), name=name, seen_by=seen_by)
        if not self._add(translate("Perspectives", "New perspective"), p):
            return None
        self.select(p.id)
        if open_it:
            self.open_current()
        return p.id

    def open_current(self):
        return self._open(translate("Perspectives", "Open perspective"))

    def delete_current(self) -> None:
        self._delete(translate("Perspectives", "Delete perspective"))

    def rename(self, name: str, perspective_id: str | None = None) -> bool:
        return self._rename(name, perspective_id, translate("Perspectives", "Rename perspective"))
