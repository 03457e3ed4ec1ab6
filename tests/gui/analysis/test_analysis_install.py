"""The Analysis panel inside the editor's main window: dock, Map menu, worker stopped on close."""

from __future__ import annotations

import analysis_fakes
import pytest
from main_windows import new_window, no_questions
from PySide6.QtWidgets import QDockWidget


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    no_questions(monkeypatch)
    w = new_window(qtbot, tmp_path)
    yield w
    if getattr(w, "analysis", None) is not None:
        w.analysis.shutdown()


def test_install_adds_dock_and_menu_and_analyses_when_shown(qtbot, window, monkeypatch):
    from actormap.gui.panels.analysis import dock as dock_module

    # the panel's runner uses the hand-made analysis (thread) instead of the engine
    real = dock_module.AnalysisRunner
    monkeypatch.setattr(dock_module, "AnalysisRunner",
                        lambda **kw: real(analysis_fakes.hand_result, mode="thread", debounce_ms=0))
    panel = dock_module.install(window)
    assert window.analysis is panel
    qdock = window.docks["analysisDock"]
    assert isinstance(qdock, QDockWidget) and qdock.widget() is panel
    texts = [a.text() for a in window.menus["map"].actions()]
    assert "&Analyse now" in texts and "&Cancel analysis" in texts
    from PySide6.QtGui import QAction

    key = window.actions_["analyse"].shortcut()
    assert not key.isEmpty()
    same = {a for a in window.findChildren(QAction) if a.shortcut() == key}
    assert same == {window.actions_["analyse"]}  # no ambiguous shortcut
    window.qdoc.load(analysis_fakes.test_map())
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(panel.resultShown, timeout=10000):
        window.actions_["analyse"].trigger()  # F9: shows the panel and analyses
    assert qdock.isVisible()
    assert panel.mediators.ranked_ids()[0] == "bishop"
    # the shared selection reaches the panel's tables, and the tables reach the inspector's selection
    panel.tabs.setCurrentWidget(panel.brokerage)
    window.selection.set(["b1"], [], None)
    assert panel.brokerage.table.selected_ids() == ["b1"]
    panel.brokerage.table.select_ids(["ms2"])
    panel.brokerage.table.selectRow(panel.brokerage.table.visual_ids().index("ms1"))
    assert window.selection.actor_ids == ["ms1"]
    assert window.canvas.selected_ids()[0] == ["ms1"]


def test_closing_the_window_stops_the_worker_process(qtbot, window):
    from actormap.gui.panels.analysis import install

    panel = install(window)
    panel.runner.warm_up()
    assert panel.runner._backend.pid is not None
    window.show()
    qtbot.waitExposed(window)
    window.close()
    qtbot.waitUntil(lambda: panel.runner._backend._worker is None, timeout=10000)
