"""Fixtures for the Analysis panel tests: a small map, a canvas, a shared selection, a dock."""

from __future__ import annotations

import analysis_fakes
import pytest

from actormap.gui.selection import Selection


@pytest.fixture
def amap():
    return analysis_fakes.test_map()


@pytest.fixture
def qdoc(qtbot, amap):
    from actormap.gui.undo import QtDocument

    return QtDocument(amap)


@pytest.fixture
def canvas(qtbot, qdoc):
    from actormap.gui.canvas.view import MapView

    v = MapView(qdoc)
    qtbot.addWidget(v)
    v.resize(700, 500)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def selection(qtbot, canvas):
    """A shared selection wired to the canvas as the main window does."""
    sel = Selection()
    canvas.selectionChangedIds.connect(lambda a, t: sel.set(a, t, origin=canvas))
    sel.changed.connect(lambda a, t, origin: origin is not canvas and canvas.select_ids(a, t))
    return sel


def make_runner(func, mode="thread", debounce_ms=0):
    from actormap.gui.tasks import AnalysisRunner

    return AnalysisRunner(func, mode=mode, debounce_ms=debounce_ms)


@pytest.fixture
def runners():
    """Runners made by a test; every one is shut down afterwards (no leaked processes)."""
    made = []

    def make(func, mode="thread", debounce_ms=0):
        r = make_runner(func, mode, debounce_ms)
        made.append(r)
        return r

    yield make
    for r in made:
        r.shutdown()
    analysis_fakes.GATE.set()


@pytest.fixture
def dock(qtbot, qdoc, selection, canvas, runners):
    from actormap.gui.panels.analysis import AnalysisDock

    d = AnalysisDock(qdoc, selection, canvas, runner=runners(analysis_fakes.hand_result))
    qtbot.addWidget(d)
    d.resize(900, 800)
    with qtbot.waitSignal(d.resultShown, timeout=10000):
        d.show()
    return d
