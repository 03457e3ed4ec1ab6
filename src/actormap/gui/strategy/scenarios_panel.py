"""The Scenarios dock: the strategies saved in a map, tagged confrontation / accommodation /
transformation / other.

New, Open for editing (double-click, or Enter), Rename (F2), Duplicate, Delete, Up/Down, the
strategy and the description are undoable edits of the *map* document (:mod:`.commands`);
what a scenario changes is edited in its own tab (:mod:`.editing`). In a scenario's tab the
dock still lists the scenarios of its map. "Compare…" opens the comparison.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Scenario, Strategy, new_id
from ..i18n import COUNT, translate
from ..panels.fields import CommitTextEdit, EnumCombo, enum_label, push_button
from ..panels.item_list import unused_name
from ..undo import QtDocument
from . import commands
from .editing import STRATEGY_COLOURS, ScenarioEditing
from .patch_list import PatchListPanel


def _swatch(colour: str) -> QIcon:
    pm = QPixmap(12, 12)
    pm.fill(QColor(colour))
    return QIcon(pm)


def count_of(coll: str, n: int) -> str:
    """``n`` items of a collection ("3 actors", "1 agreement")."""
    texts = {"actors": translate("Scenarios", "%n actor(s)", "", COUNT, n),
             "ties": translate("Scenarios", "%n tie(s)", "", COUNT, n),
             "views": translate("Scenarios", "%n view(s)", "", COUNT, n),
             "agreements": translate("Scenarios", "%n agreement(s)", "", COUNT, n),
             "events": translate("Scenarios", "%n event(s)", "", COUNT, n)}
    return texts.get(coll, f"{n} {coll}")


def describe_changes(sc: Scenario) -> str:
    """"removes 3 actors, changes 2 ties, adds 1 agreement" from a scenario's patch."""
    parts = []
    verbs = (translate("Scenarios", "removes {items}"), translate("Scenarios", "adds {items}"),
             translate("Scenarios", "changes {items}"))
    for coll, cp in sorted(sc.changes.collections.items()):
        for verb, n in zip(verbs, (len(cp.remove), len(cp.add), len(cp.update)), strict=True):
            if n:
                parts.append(verb.format(items=count_of(coll, n)))
    return ", ".join(parts) or translate("Scenarios", "no changes yet")


class ScenariosPanel(PatchListPanel):
    COLL = "scenarios"
    compareRequested = Signal()

    def __init__(self, qdoc: QtDocument, editing: ScenarioEditing, parent: QWidget | None = None):
        super().__init__(editing, "scenariosList", translate("Scenarios", "Scenarios"),
                         [translate("Scenarios", "Scenario"), translate("Scenarios", "Strategy")], parent)
        self.setObjectName("scenariosPanel")
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        button = partial(push_button, self)
        self.new_button = button(translate("Scenarios", "New"),
                                 translate("Scenarios", "A new scenario over this map, opened in its own tab"),
                                 self.new_scenario)
        self.open_button = button(translate("Scenarios", "Open"),
                                  translate("Scenarios", "Edit this scenario on the canvas, in its own tab"),
                                  self.open_current)
        self.rename_button = button(translate("Scenarios", "Rename"), translate("Scenarios", "Rename this scenario (F2)"),
                                    self.rename_current)
        self.duplicate_button = button(translate("Scenarios", "Duplicate"),
                                       translate("Scenarios", "Copy this scenario with its changes"),
                                       self.duplicate_current)
        self.delete_button = button(translate("Scenarios", "Delete"), translate("Scenarios", "Delete this scenario"),
                                    self.delete_current)
        self.up_button = button(translate("Scenarios", "Up"), translate("Scenarios", "Move earlier in comparisons"),
                                lambda: self.move(-1))
        self.down_button = button(translate("Scenarios", "Down"), translate("Scenarios", "Move later in comparisons"),
                                  lambda: self.move(1))
        self.compare_button = button(translate("Scenarios", "Compare…"),
                                     translate("Scenarios", "Compare the base map with its scenarios"),
                                     self.compareRequested.emit)
        self.strategy = EnumCombo(Strategy)
        self.strategy.setObjectName("scenarioStrategy")
        self.strategy.activated.connect(lambda _i: self._set_field("strategy", self.strategy.value(),
                                                                    translate("Scenarios", "Change scenario strategy")))
        self.description = CommitTextEdit(self, rows=3)
        self.description.setObjectName("scenarioDescription")
        self.description.editingFinished.connect(
            lambda: self._set_field("description", self.description.toPlainText(),
                                    translate("Scenarios", "Edit scenario description")))
        self.changes_label = QLabel(self)
        self.changes_label.setWordWrap(True)
        self.changes_label.setObjectName("scenarioChanges")
        self.changes_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        grid = QGridLayout()
        for i, b in enumerate((self.new_button, self.open_button, self.rename_button, self.duplicate_button,
                               self.delete_button, self.up_button, self.down_button, self.compare_button)):
            grid.addWidget(b, i // 4, i % 4)
        form = QFormLayout()
        form.addRow(translate("Scenarios", "&Strategy"), self.strategy)
        form.addRow(translate("Scenarios", "&Description"), self.description)
        form.addRow(translate("Scenarios", "Changes"), self.changes_label)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addLayout(grid)
        lay.addLayout(form)
        self.set_document(qdoc)

    # ---- mirror ---------------------------------------------------------------------------
    def _row(self, sc: Scenario) -> QTreeWidgetItem:
        item = QTreeWidgetItem([sc.name, enum_label(sc.strategy).lower()])
        item.setIcon(1, _swatch(STRATEGY_COLOURS[sc.strategy]))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        tip = (sc.description + "\n\n" if sc.description else "") + describe_changes(sc)
        item.setToolTip(0, tip)
        item.setToolTip(1, tip)
        return item

    def _show_current(self) -> None:
        sc = self.current()
        for w in (self.open_button, self.rename_button, self.duplicate_button, self.delete_button,
                  self.strategy, self.description):
            w.setEnabled(sc is not None)
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        n = self.list.topLevelItemCount()
        self.up_button.setEnabled(sc is not None and row > 0)
        self.down_button.setEnabled(sc is not None and row < n - 1)
        self.compare_button.setEnabled(n > 0)
        if sc is not None:
            self.strategy.set_value(sc.strategy)
            self.description.set_text(sc.description)
            self.changes_label.setText(describe_changes(sc))
        else:
            self.description.set_text("")
            self.changes_label.setText("")

    # ---- edits -------------------------------------------------------------------------------
    def new_scenario(self, name: str | None = None, strategy: Strategy = Strategy.OTHER,
                     open_it: bool = True) -> str | None:
        name = name or unused_name(translate("Scenarios", "Scenario {number}"), {s.name for s in self.listed()})
        sc = Scenario(id=new_id(), name=name, strategy=strategy)
        if not self._add(translate("Scenarios", "New scenario"), sc):
            return None
        self.select(sc.id)
        if open_it:
            self.open_current()
        return sc.id

    def open_current(self) -> QtDocument | None:
        return self._open(translate("Scenarios", "Open scenario"))

    def rename_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item, 0)

    def rename(self, name: str, scenario_id: str | None = None) -> bool:
        return self._rename(name, scenario_id, translate("Scenarios", "Rename scenario"))

    def duplicate_current(self) -> str | None:
        sc = self.current()
        if sc is None:
            return None
        names = {s.name for s in self.listed()}
        name, i = translate("Scenarios", "{name} (copy)").format(name=sc.name), 2
        while name in names:
            name, i = translate("Scenarios", "{name} (copy {number})").format(name=sc.name, number=i), i + 1
        copy = sc.model_copy(update={"id": new_id(), "name": name})
        index = [s.id for s in self.listed()].index(sc.id) + 1
        label = translate("Scenarios", "Duplicate scenario '{name}'").format(name=sc.name)
        if self._add(translate("Scenarios", "Duplicate scenario"), copy, index, label):
            self.select(copy.id)
            return copy.id
        return None

    def delete_current(self) -> None:
        self._delete(translate("Scenarios", "Delete scenario"))

    def move(self, delta: int) -> None:
        sid = self.current_id()
        if sid is None:
            return
        ids = [s.id for s in self.listed()]
        j = ids.index(sid) + delta
        if 0 <= j < len(ids):
            self._try(translate("Scenarios", "Reorder scenarios"), lambda: commands.move_scenario(self.qdoc, sid, j))
            self.select(sid)
