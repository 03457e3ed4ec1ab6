"""Labels and perspectives: the label lens (View ▸ Labels as seen by), the Labels and Perspectives docks.

:func:`install` adds them to a main window: the lens (:mod:`.lens`) draws what a source calls
each actor under its name, through the canvas's one hook (``MapView.set_actor_tags``); the
Labels dock (:mod:`.panel`) holds the actors x sources matrix, editable with undo, with
designations, highlight by source and label, and CSV/XLSX export; the Perspectives dock
(:mod:`.perspectives`, needs the strategy workbench installed first: perspectives open in tabs
like scenarios) lists the map as seen by each party and where the views disagree. All follow
the active document.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ..i18n import translate
from ..window_layout import scrolled
from .lens import ALL, LabelLens
from .panel import LabelsPanel
from .perspectives import PerspectivesPanel

__all__ = ["ALL", "LabelLens", "Labels", "LabelsPanel", "PerspectivesPanel", "install"]


@dataclass
class Labels:
    lens: LabelLens
    panel: LabelsPanel
    menu: QMenu
    perspectives: PerspectivesPanel | None = None


def install(window) -> Labels:
    """Add the label lens (View menu) and the Labels dock to ``window`` (a MainWindow)."""
    lens = LabelLens(window.canvas, window.qdoc, window)
    panel = LabelsPanel(window.qdoc, window.files.store)
    window.follow(lens)
    window.follow(panel)
    window.add_dock(scrolled(panel), translate("Labels", "Labels"), "labelsDock", Qt.DockWidgetArea.BottomDockWidgetArea,
                    "tieTableDock")
    menu = QMenu(translate("Labels", "&Labels as seen by"), window)
    menu.setObjectName("labelsLensMenu")
    menu.aboutToShow.connect(lambda: lens.fill_menu(menu))
    lens.fill_menu(menu)
    view = window.menus["view"]
    view.insertMenu(window.menus["panels"].menuAction(), menu)
    window.menus["labels_lens"] = menu
    panel.message.connect(window.show_message)
    panel.highlightRequested.connect(
        lambda ids: window.canvas.clear_highlight() if ids is None else window.canvas.highlight(ids))
    panel.sourceChosen.connect(lambda s: lens.set_choice(s) if lens.choice not in (None, ALL) else None)
    labels = Labels(lens, panel, menu)
    strategy = getattr(window, "strategy", None)
    if strategy is not None:
        pp = PerspectivesPanel(window.qdoc, strategy.editing)
        window.follow(pp)
        window.add_dock(pp, translate("Labels", "Perspectives"), "perspectivesDock",
                        Qt.DockWidgetArea.RightDockWidgetArea, "scenariosDock")
        pp.message.connect(window.show_message)
        pp.highlightRequested.connect(lambda actors, ties: window.canvas.highlight(actors, ties))
        labels.perspectives = pp

        def show_perspectives() -> None:
            dock = window.docks["perspectivesDock"]
            dock.show()
            dock.raise_()
            pp.table.setFocus()

        act = QAction(translate("Labels", "Compare &perspectives…"), window)
        act.setStatusTip(translate("Labels", "Where the map as seen by each party disagrees with the shared map, tie "
                                             "by tie"))
        act.triggered.connect(lambda _c=False: show_perspectives())
        window.actions_["compare_perspectives"] = act
        after = strategy.menu.actions().index(window.actions_["compare_strategies"]) + 1
        strategy.menu.insertAction(strategy.menu.actions()[after], act)  # right after "Compare strategies…"
    window.labels = labels
    return labels
