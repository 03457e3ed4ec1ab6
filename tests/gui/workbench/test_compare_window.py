"""Strategies compared, driven with real events: the table and chart of deltas, the diff overlay
on the canvas, choosing scenarios, following edits of the map, a canvas that never edits."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from actormap.core.io import load_map
from actormap.gui.strategy.compare_window import CHARTS

from .conftest import NOMOD, SAMPLES, L, actor_vp, open_map

TIMEOUT = 60_000


def ids_by_name(path) -> dict[str, str]:
    return {a.name: a.id for a in load_map(path).actors}


def tie_id(path, source, kind, target) -> str:
    names = ids_by_name(path)
    (t,) = [t for t in load_map(path).ties if (t.source, t.kind, t.target) == (names[source], kind, names[target])]
    return t.id


@pytest.fixture
def compare(window, es_path, qtbot):
    open_map(window, es_path)
    win = window.strategy.open_compare(mode="thread")
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.comparison is not None, timeout=TIMEOUT)
    return win


def table(win) -> dict[str, list[str]]:
    t = win.table
    return {t.item(r, 0).text(): [t.item(r, c).text() for c in range(1, t.columnCount())]
            for r in range(t.rowCount())}


def test_table_and_chart_of_the_el_salvador_scenarios(compare):
    rows = table(compare)
    assert rows["Scenario"][1:] == ["Mano dura: the leaderships back in isolation\n(confrontation)",
                                    "The truce reaches the street cliques\n(accommodation)",
                                    "Peace zones with municipalities and churches\n(transformation)"]
    assert rows["Hostile ties (conflict, coercive, parasitic)"] == [
        "30", "26 (-4)\n4 of them went with the removed actors", "27 (-3)", "26 (-4)"]
    assert rows["Coercion & extortion of communities"] == ["7", "7 (+0)", "7 (+0)", "4 (-3)"]
    assert rows["Spoilers of “2012 gang truce”"][0].startswith("in force: ")
    assert rows["Spoilers of “2012 gang truce”"][2] == "in force: none"
    assert rows["Spoilers of “Street truce between the cliques”"][0] == "not signed"
    bars = {key: [i for i in compare.plots[key].items if isinstance(i, pg.BarGraphItem)][0] for key, *_ in CHARTS}
    # the hostile ties that vanish with the arrested leaders are not charted as made peaceful
    assert list(bars["hostile"].opts["height"]) == [0.0, -3.0, -4.0]
    assert list(bars["exposure"].opts["height"]) == [0.0, 0.0, -3.0]


def test_the_overlay_ghosts_and_highlights_what_each_scenario_changes(compare, es_path, qtbot):
    names = ids_by_name(es_path)
    scene = compare.view.map_scene
    assert compare.shown.currentIndex() == 1  # the first scenario is shown at once
    leaders = [names[n] for n in ("MS-13 imprisoned leadership (ranfla)", "Barrio 18 Sureños imprisoned leadership")]
    assert all(scene.is_faded(a) for a in leaders)  # ghosts of the isolated leaderships
    assert not scene.is_faded(names["MS-13 street cliques (clicas)"])
    assert compare.view.banner.text == "Mano dura: the leaderships back in isolation (confrontation)"
    # click the street truce's column: the clique wars are haloed, now dialogue
    t = compare.table
    rect = t.visualItemRect(t.item(2, 3))
    QTest.mouseClick(t.viewport(), L, NOMOD, rect.center())
    qtbot.waitUntil(lambda: compare.shown.currentIndex() == 2)
    war = tie_id(es_path, "MS-13 street cliques (clicas)", "conflict", "Barrio 18 Sureños street cliques")
    assert war in compare.overlay.halos
    assert compare.overlay.halos[war].toolTip() == "was conflict, now dialogue"
    assert scene.tie_items[war].tie.kind == "dialogue"
    assert not any(scene.is_faded(a) for a in scene.actor_items)
    assert any(i.agreement.name == "Street truce between the cliques" for i in scene.agreements.items.values())
    # back to the base map with the keyboard: nothing marked
    compare.shown.setFocus()
    QTest.keyClick(compare.shown, Qt.Key.Key_Home)
    assert compare.shown.currentIndex() == 0 and not compare.overlay.halos


def test_choosing_scenarios_and_following_the_map(compare, window, qtbot):
    lst = compare.choices
    lst.setFocus()
    lst.setCurrentRow(2)
    with qtbot.waitSignal(compare.compared, timeout=TIMEOUT):
        QTest.keyClick(lst.viewport(), Qt.Key.Key_Space)  # uncheck the third scenario
    assert [r.name for r in compare.comparison.scenarios] == [
        "Mano dura: the leaderships back in isolation", "The truce reaches the street cliques"]
    assert compare.table.columnCount() == 1 + 1 + 2
    panel = window.strategy.scenarios
    panel.select(compare.comparison.scenarios[0].id)
    with qtbot.waitSignal(compare.compared, timeout=TIMEOUT):
        assert panel.rename("Mano dura")
    assert compare.comparison.scenarios[0].name == "Mano dura"
    assert lst.item(0).text() == "Mano dura [confrontation]"
    assert lst.item(2).checkState() == Qt.CheckState.Unchecked  # the choice survives


def test_the_compare_canvas_never_edits(compare, es_path):
    view = compare.view
    doc = view.qdoc.doc
    before = doc.snapshot()
    aid = ids_by_name(es_path)["Residents of gang-controlled neighbourhoods"]
    start = actor_vp(view, aid)
    QTest.mousePress(view.viewport(), L, NOMOD, start)
    for i in range(1, 5):
        QTest.mouseMove(view.viewport(), start + QPoint(10 * i, 8 * i))
    QTest.mouseRelease(view.viewport(), L, NOMOD, start + QPoint(40, 32))
    QTest.mouseDClick(view.viewport(), L, NOMOD, start + QPoint(200, -150))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert doc.snapshot() == before


def test_mexico_comparison_shows_the_kingpin_splinters(window, qtbot, tmp_path):
    import shutil

    p = tmp_path / "mx.actormap"
    shutil.copyfile(SAMPLES / "mexico_kingpin_strategy.actormap", p)
    open_map(window, p)
    win = window.strategy.open_compare(mode="thread")
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.comparison is not None, timeout=TIMEOUT)
    cells = table(win)["Splinters of their camps (kingpin effect)"]
    assert cells[0] == "—"
    assert "Beltrán Leyva Organisation splinters into 4: Guerreros Unidos | Los Rojos |" in cells[1]
    assert "Sinaloa cartel splinters into 2:" in cells[1] and "Sinaloa" not in cells[2]
    assert table(win)["Camp splinters (extra groups)"] == ["0", "4 (+4)", "3 (+3)"]
