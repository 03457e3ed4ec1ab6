"""The strategy workbench: scenarios, agreements and their comparison, hooked into the main window.

:func:`install` adds the Scenarios and Agreements docks, a Strategy menu (new scenario, open
for editing, compare strategies, and the strategy edits for the selected actors and ties) and
the scenario tabs' banner (:mod:`.editing`). The strategy edits act on the scenario shown; on
the base map they first start a new scenario named for the edit, so the base map itself never
changes by a strategy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ...core.edits import Edit
from ...core.errors import ActorMapError
from ...core.model import Strategy
from ...core.strategy import TRUCE_KINDS, RemoveActors, ToDialogue, Truce
from ..i18n import COUNT, translate
from .agreements_panel import AgreementsPanel
from .compare_window import CompareWindow
from .editing import ScenarioEditing
from .scenarios_panel import ScenariosPanel

__all__ = ["StrategyWorkbench", "install"]


class StrategyWorkbench:
    def __init__(self, window):
        self.window = window
        self.editing = ScenarioEditing(window.workspace, window.canvas, window)
        self.scenarios = ScenariosPanel(window.qdoc, self.editing)
        self.agreements = AgreementsPanel(window.qdoc, window.selection)
        window.follow(self.scenarios)
        window.follow(self.agreements)
        R = Qt.DockWidgetArea.RightDockWidgetArea
        window.add_dock(self.scenarios, translate("Strategy", "Scenarios"), "scenariosDock", R, "inspectorDock")
        window.add_dock(self.agreements, translate("Strategy", "Agreements"), "agreementsDock", R, "scenariosDock")
        for src in (self.editing, self.scenarios, self.agreements):
            src.message.connect(window.show_message)
        self.scenarios.compareRequested.connect(self.open_compare)
        self.compare_windows: list[CompareWindow] = []
        self._build_menu()

    # ---- menu ----------------------------------------------------------------------------------
    def _action(self, key: str, text: str, slot, tip: str, shortcut: str | None = None) -> QAction:
        act = QAction(text, self.window)
        act.setStatusTip(tip)
        if shortcut:
            act.setShortcut(shortcut)
        act.triggered.connect(lambda _c=False: slot())
        self.window.addAction(act)
        self.window.actions_[key] = act
        self.menu.addAction(act)
        return act

    def _build_menu(self) -> None:
        w = self.window
        self.menu = QMenu(translate("Strategy", "S&trategy"), w)
        w.menuBar().insertMenu(w.menus["help"].menuAction(), self.menu)
        w.menus["strategy"] = self.menu
        self._action("new_scenario", translate("Strategy", "&New scenario"), lambda: self.scenarios.new_scenario(),
                     translate("Strategy", "A new scenario over this map, edited in its own tab"))
        self._action("compare_strategies", translate("Strategy", "&Compare strategies…"), self.open_compare,
                     translate("Strategy", "The base map and its scenarios side by side: deltas, chart and a diff "
                                           "overlay"))
        self.menu.addSeparator()
        self._action("strategy_remove", translate("Strategy", "&Remove selected actors (arrest)"), self.remove_selected,
                     translate("Strategy", "Confrontation: take the selected actors off the map in a scenario"))
        self._action("strategy_truce", translate("Strategy", "&Truce among selected actors"), self.truce_selected,
                     translate("Strategy", "Accommodation: the selected actors sign a truce; their conflict and "
                                           "coercive ties become dialogue"))
        self._action("strategy_dialogue", translate("Strategy", "Turn selected hostile ties into &dialogue"),
                     self.dialogue_selected,
                     translate("Strategy", "Accommodation: the selected conflict and coercive ties become dialogue "
                                           "ties"))
        self._action("strategy_agreement", translate("Strategy", "New &agreement from selected actors"),
                     lambda: self.agreements.add_from_selection(),
                     translate("Strategy", "An agreement (proposed) with the selected actors as its parties"))

    # ---- strategy edits --------------------------------------------------------------------------
    def _scenario_doc(self, strategy: Strategy, name: str):
        """The scenario shown, or a new one (named for the edit) opened over the base map."""
        qdoc = self.window.qdoc
        r = self.editing.record(qdoc)
        if r is not None and r.coll == "scenarios":
            return qdoc
        sid = self.scenarios.new_scenario(name=name, strategy=strategy, open_it=False)
        if sid is None:
            return None
        return self.editing.open(self.scenarios.qdoc, sid)

    def _apply(self, strategy: Strategy, name: str, edit: Edit) -> bool:
        try:
            qdoc = self._scenario_doc(strategy, name)
        except ActorMapError as err:
            self.window.show_message(str(err))
            return False
        return qdoc is not None and qdoc.try_push(edit, self.window.show_message)

    def _names(self, ids) -> str:
        actors = self.window.qdoc.doc.actors
        names = [actors[i].name for i in ids if i in actors]
        more = len(names) - 2
        return ", ".join(names[:2]) + (" " + translate("Strategy", "and %n more", "", COUNT, more) if more > 0 else "")

    def remove_selected(self) -> bool:
        ids = [a for a in self.window.selection.actor_ids if a in self.window.qdoc.doc.actors]
        if not ids:
            self.window.show_message(translate("Strategy", "Select the actors to remove first."))
            return False
        names = self._names(ids)
        return self._apply(Strategy.CONFRONTATION, translate("Strategy", "Remove {names}").format(names=names),
                           RemoveActors(ids, label=translate("Strategy", "Arrest {names}").format(names=names)))

    def truce_selected(self) -> bool:
        ids = [a for a in self.window.selection.actor_ids if a in self.window.qdoc.doc.actors]
        if len(ids) < 2:
            self.window.show_message(translate("Strategy", "Select at least two actors for a truce."))
            return False
        name = translate("Strategy", "Truce: {names}").format(names=self._names(ids))
        return self._apply(Strategy.ACCOMMODATION, name, Truce(ids, name=name))

    def dialogue_selected(self) -> bool:
        ties = self.window.qdoc.doc.ties
        ids = [t for t in self.window.selection.tie_ids if t in ties and ties[t].kind in TRUCE_KINDS]
        if not ids:
            self.window.show_message(translate("Strategy", "Select conflict or coercive ties first."))
            return False
        return self._apply(Strategy.ACCOMMODATION, translate("Strategy", "Dialogue instead of conflict"),
                           ToDialogue(ids))

    # ---- compare --------------------------------------------------------------------------------------
    def open_compare(self, mode: str | None = None) -> CompareWindow:
        base = self.editing.map_document(self.window.qdoc)
        win = CompareWindow(base, mode=mode)
        win.setWindowTitle(translate("Strategy", "Strategies compared — {title}").format(title=base.doc.meta.title))
        win.message.connect(self.window.show_message)
        win.destroyed.connect(lambda _o=None, w=win: self.compare_windows.remove(w)
                              if w in self.compare_windows else None)
        win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.compare_windows.append(win)
        win.show()
        return win


def install(window) -> StrategyWorkbench:
    """Add the strategy workbench to ``window`` (a MainWindow); returns its controller."""
    wb = StrategyWorkbench(window)
    window.strategy = wb
    return wb
