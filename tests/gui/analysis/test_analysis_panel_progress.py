"""The panel shows the stage and progress of a long run, cancels from its button, sorts by header."""

from __future__ import annotations

import analysis_fakes
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from actormap.gui.panels.analysis import AnalysisDock


@pytest.fixture(autouse=True)
def _closed_gate():
    analysis_fakes.GATE.clear()
    yield
    analysis_fakes.GATE.set()


def test_progress_then_cancel_button(qtbot, qdoc, selection, canvas, runners):
    dock = AnalysisDock(qdoc, selection, canvas, runner=runners(analysis_fakes.half_done_then_wait))
    qtbot.addWidget(dock)
    dock.show()
    qtbot.waitUntil(lambda: dock.progress.maximum() == 100 and dock.progress.value() == 50, timeout=10000)
    assert dock.progress.isVisible() and dock.cancel_button.isVisible()
    assert dock.status.text() == "Analysing: betweenness…"
    with qtbot.waitSignal(dock.runner.cancelled, timeout=5000):
        QTest.mouseClick(dock.cancel_button, Qt.MouseButton.LeftButton)
    assert not dock.progress.isVisible() and not dock.cancel_button.isVisible()
    assert dock.status.text() == "Analysis cancelled."
    assert dock.result is None
    analysis_fakes.GATE.set()  # the thread finishes; its stale answer is dropped
    qtbot.waitUntil(lambda: dock.runner._running is None, timeout=5000)
    assert dock.result is None and dock.mediators.model.rowCount() == 0


def test_header_click_sorts_the_brokerage_table(dock):
    dock.tabs.setCurrentWidget(dock.brokerage)
    table = dock.brokerage.table
    head = table.horizontalHeader()
    x = head.sectionViewportPosition(0) + 5  # "Actor"
    QTest.mouseClick(head.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, head.height() // 2))
    names = [r.name for r in dock.brokerage.model.rows]
    assert names == sorted(names, key=str.casefold) or names == sorted(names, key=str.casefold, reverse=True)
    # numeric columns sort numbers, with "not defined" (police: no trust ties) at the low end
    table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # constraint
    assert table.visual_ids()[-1] == "police"
