"""Large maps are analysed only on request: the panel shows a button with the estimated time.

The limit is lowered for the test (the map is the small hand-made one); the behaviour
is the one a 5,000-actor map gets with the real limit.
"""

from __future__ import annotations

import analysis_fakes
import pytest
from PySide6.QtCore import Qt

from actormap.core.edits import MoveActors, SetMeta, UpdateActor


class Counting:
    """The hand-made analysis, counting its runs (thread mode shares this object)."""

    def __init__(self):
        self.runs = 0

    def __call__(self, amap, **options):
        self.runs += 1
        return analysis_fakes.hand_result(amap, **options)


@pytest.fixture
def large(monkeypatch, amap):
    from actormap.gui.panels.analysis import dock as dock_module

    monkeypatch.setattr(dock_module, "AUTO_MAX_ACTORS", len(amap.actors) - 1)
    return dock_module


@pytest.fixture
def panel(qtbot, qdoc, selection, canvas, runners, large):
    from actormap.gui.panels.analysis import AnalysisDock

    fn = Counting()
    d = AnalysisDock(qdoc, selection, canvas, runner=runners(fn))
    d.count = fn
    qtbot.addWidget(d)
    d.resize(900, 800)
    d.show()
    qtbot.waitUntil(lambda: d._started)
    return d


def test_showing_the_panel_does_not_start_a_large_analysis(panel, qtbot, qdoc):
    qtbot.wait(50)  # give a (wrong) automatic run the chance to start
    assert panel.count.runs == 0 and not panel.runner.busy
    assert panel.request_button.isVisible()
    n, m = len(qdoc.doc.actors), len(qdoc.doc.ties)
    assert panel.request_button.text() == "Analyse (about 5 s)"
    assert panel.status.text() == (f"This map has {n:,} actors and {m:,} ties: it is analysed only on request "
                                   "(about 5 s).")


def test_the_button_runs_it_once_and_edits_do_not_rerun(panel, qtbot, qdoc):
    with qtbot.waitSignal(panel.resultShown, timeout=10000):
        qtbot.mouseClick(panel.request_button, Qt.MouseButton.LeftButton)
    assert panel.count.runs == 1 and not panel.request_button.isVisible()
    aid = next(iter(qdoc.doc.actors))
    qdoc.push(MoveActors({aid: (5.0, 5.0)}))  # layout only: the results still hold
    assert not panel.request_button.isVisible()
    qdoc.push(SetMeta({"title": "changed"}))
    qtbot.wait(50)
    assert panel.count.runs == 1  # not re-run automatically
    assert panel.request_button.isVisible() and panel.status.text().startswith("Map changed")
    with qtbot.waitSignal(panel.resultShown, timeout=10000):
        panel.analyse_now()  # Map > Analyse now (F9) does the same
    assert panel.count.runs == 2


def test_key_players_on_a_large_map_run_on_request_too(panel, qtbot):
    with qtbot.waitSignal(panel.resultShown, timeout=10000):
        panel.find_key_players(2)
    assert panel.count.runs == 1 and panel.runner.options["key_players"] == 2


def test_a_map_shrinking_below_the_limit_is_followed_again(panel, qtbot, qdoc, large):
    large.AUTO_MAX_ACTORS = len(qdoc.doc.actors)  # now the map is at the limit, not over it
    with qtbot.waitSignal(panel.resultShown, timeout=10000):
        qdoc.push(UpdateActor(next(iter(qdoc.doc.actors)), {"power": 5}))
    assert not panel.request_button.isVisible() and panel.count.runs >= 1


def test_estimates():
    from actormap.gui.panels.analysis.dock import describe_seconds, estimated_seconds

    assert estimated_seconds(20_000, 100_000) == pytest.approx(18.0)
    assert describe_seconds(18.0) == "about 20 s" and describe_seconds(1.0) == "about 5 s"
    assert describe_seconds(150.0) == "about 2 min"
