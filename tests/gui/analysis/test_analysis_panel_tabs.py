"""The Analysis panel fills, follows edits, syncs selection both ways, re-ranks, charts click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from actormap.core.edits import RemoveItems, UpdateActor

L = Qt.MouseButton.LeftButton


def click_row(table, row: int, col: int = 0) -> None:
    table.scrollTo(table.model().index(row, col))
    rect = table.visualRect(table.model().index(row, col))
    QTest.mouseClick(table.viewport(), L, Qt.KeyboardModifier.NoModifier, rect.center())


def row_of(table, actor_id: str) -> int:
    return table.visual_ids().index(actor_id)


def test_panels_fill_on_load(dock):
    # the visible tab is filled at once, the others when opened (each costs UI time on big maps)
    assert dock.tabs.currentWidget() is dock.mediators
    assert dock.brokerage.model.rowCount() == 0
    for i in range(dock.tabs.count()):
        dock.tabs.setCurrentIndex(i)
    # mediators: ranked by the default weights (weighted mean of the parts): bishop 0.930, ms1 0.383
    assert dock.mediators.ranked_ids() == ["bishop", "ms1"]
    assert dock.mediators.model.rowCount() == 2
    assert dock.mediators.gated_model.rowCount() == 1
    # reasons are shown rendered from their codes by the catalogue
    assert dock.mediators.gated_table.model().index(0, 2).data() == (
        "no open channel (trust, dialogue, symbiotic or protective tie) outside its own camp (State)")
    assert dock.mediators.model.index(0, 5).data() == "the only channel between Barrio 18 and MS-13 on this map"
    # fragmentation: sorted by pairs cut off, the bishop first
    assert dock.fragmentation.table.visual_ids()[0] == "bishop"
    # brokerage: 6 actors, sorted by betweenness
    assert dock.brokerage.table.visual_ids()[:3] == ["bishop", "ms2", "ms1"]
    assert dock.brokerage.top_ids == ["bishop", "ms2", "ms1", "b1", "b2"]  # police has 0: no bar
    assert dock.brokerage.role_ids == ["bishop", "b1", "ms1"]
    # blocs
    assert [len(r.members) for r in dock.blocs.bloc_model.rows] == [3, 3]
    assert dock.blocs.tension_model.rowCount() == 1
    assert "exact" in dock.blocs.indices.text()
    # summary
    assert dock.summary.values["actors"].text() == "6"
    assert dock.summary.values["ties"].text() == "6"
    assert "Barrio 18" in dock.summary.values["declared"].text()
    assert dock.summary.values["detected"].text().startswith("3")
    # each tab has its help text with a reference
    for key in ("mediators", "fragmentation", "brokerage", "blocs", "summary"):
        lab = dock.findChild(type(dock.status), f"help_{key}")
        assert lab is not None and "Source:" in lab.text()
    dock.tabs.setCurrentWidget(dock.brokerage)
    toggle = dock.brokerage.findChild(QToolButton, "helpToggle_brokerage")
    help_label = dock.findChild(type(dock.status), "help_brokerage")
    assert not help_label.isVisible()
    QTest.mouseClick(toggle, L)
    assert help_label.isVisible() and "Gould" in help_label.text()


def test_panels_update_after_edit(dock, qdoc, qtbot):
    dock.tabs.setCurrentWidget(dock.brokerage)
    with qtbot.waitSignal(dock.resultShown, timeout=10000):
        qdoc.push(UpdateActor("bishop", {"name": "Monsignor Colindres"}))
    names = [dock.brokerage.model.rows[i].name for i in range(6)]
    assert "Monsignor Colindres" in names
    with qtbot.waitSignal(dock.resultShown, timeout=10000):
        qdoc.push(RemoveItems(["police"], ["t5"]))
    dock.tabs.setCurrentWidget(dock.summary)
    assert dock.summary.values["actors"].text() == "5"
    assert dock.brokerage.model.rowCount() == 5


def test_table_row_selects_on_canvas(dock, canvas, selection):
    dock.tabs.setCurrentWidget(dock.brokerage)
    table = dock.brokerage.table
    click_row(table, row_of(table, "ms2"))
    assert selection.actor_ids == ["ms2"]
    assert canvas.selected_ids()[0] == ["ms2"]


def test_canvas_selection_selects_table_rows(dock, canvas, selection, qtbot):
    for i in range(dock.tabs.count()):  # fill every tab
        dock.tabs.setCurrentIndex(i)
    item = canvas.map_scene.actor_items["b1"]
    p = canvas.mapFromScene(item.pos())
    QTest.mouseClick(canvas.viewport(), L, Qt.KeyboardModifier.NoModifier, p)
    qtbot.waitUntil(lambda: selection.actor_ids == ["b1"])
    for table in (dock.brokerage.table, dock.fragmentation.table):
        assert table.selected_ids() == ["b1"]
    assert dock.mediators.table.selected_ids() == []  # b1 is no candidate


def test_mediator_row_highlights_bridged_camps(dock, canvas):
    table = dock.mediators.table
    click_row(table, row_of(table, "bishop"))
    lit = canvas.map_scene.highlighted
    assert lit is not None
    actors, ties = lit
    assert actors == {"bishop", "ms1", "ms2", "b1", "b2"}  # the two gang camps it reaches by trust
    assert ties == {"t3", "t4"}  # its two trust ties across camps
    assert "MS-13" in dock.mediators.details.text() and "Barrio 18" in dock.mediators.details.text()


def test_weight_sliders_rerank_at_once(dock, qtbot):
    med = dock.mediators
    assert med.ranked_ids() == ["bishop", "ms1"]
    # only autonomy counts: ms1 (1.0) beats the bishop (0.9)
    for key, slider in med.sliders.items():
        slider.setFocus()
        QTest.keyClick(slider, Qt.Key.Key_End if key == "autonomy" else Qt.Key.Key_Home)
    assert med.weights == {"brokerage": 0.0, "reach": 0.0, "access": 0.0, "adversaries": 0.0,
                           "autonomy": 2.0, "trust_share": 0.0, "legitimacy": 0.0, "independence": 0.0,
                           "undesignated": 0.0}
    assert med.ranked_ids() == ["ms1", "bishop"]
    assert med.model.rows[0].candidate.score == pytest.approx(1.0)
    assert med.model.rows[1].candidate.score == pytest.approx(0.9)
    assert [r.rank for r in med.model.rows] == [1, 2]
    med.reset_button.click()
    assert med.ranked_ids() == ["bishop", "ms1"]
    # the weighted mean under the engine's defaults (brokerage, reach, adversaries, trust share,
    # legitimacy and independence 1; access and autonomy 0.5); ms1's unassessed legitimacy counts as 0.5
    assert med.ranked[1].score == pytest.approx((0.2 + 0.5 + 0.5 * 0.5 + 0 + 0.5 * 1.0 + 0.5 + 0.5 + 1) / 7)


def test_clicking_a_bar_selects_the_actor(dock, selection, qtbot):
    dock.tabs.setCurrentWidget(dock.brokerage)
    qtbot.waitUntil(lambda: dock.brokerage.top_plot.isVisible())
    tab = dock.brokerage
    for which, ids in (("top", tab.top_ids), ("roles", tab.role_ids)):
        plot = tab.top_plot if which == "top" else tab.roles_plot
        tab.show_chart(which)
        qtbot.waitUntil(plot.isVisible)
        pos = tab.bar_scene_pos(which, 1)
        QTest.mouseClick(plot.viewport(), L, Qt.KeyboardModifier.NoModifier, pos)
        qtbot.waitUntil(lambda ids=ids: selection.actor_ids == [ids[1]])
        assert tab.table.selected_ids() == [ids[1]]
    # a click beside the bars selects nothing new
    tab.show_chart("top")
    qtbot.waitUntil(tab.top_plot.isVisible)
    pos = tab.bar_scene_pos("top", 0)
    QTest.mouseClick(tab.top_plot.viewport(), L, Qt.KeyboardModifier.NoModifier, QPoint(pos.x(), 2))
    assert selection.actor_ids == [tab.role_ids[1]]


def test_splinter_and_contradicting_ties_highlight(dock, canvas):
    frag = dock.fragmentation
    dock.tabs.setCurrentWidget(frag)
    click_row(frag.table, row_of(frag.table, "bishop"))
    assert frag.splinters.count() == 2
    frag.splinters.setCurrentRow(0)  # the bigger group first: b1, b2, police
    actors, ties = canvas.map_scene.highlighted
    assert actors == {"b1", "b2", "police"} and ties == {"t2"}
    dock.tabs.setCurrentWidget(dock.blocs)
    dock.blocs.all_button.click()
    actors, ties = canvas.map_scene.highlighted
    assert ties == {"t4"} and actors == {"bishop", "b1"}
    assert "trust across the blocs" in dock.blocs.tension_text(0)
    dock.clear_button.click()
    assert canvas.map_scene.highlighted is None


def test_key_player_finder_runs_in_background(dock, qtbot):
    frag = dock.fragmentation
    dock.tabs.setCurrentWidget(frag)
    assert frag.k_spin.maximum() == 4  # 6 actors: K from 1 to n - 2
    frag.k_spin.setValue(2)
    with qtbot.waitSignal(dock.resultShown, timeout=10000):
        frag.find_button.click()
    assert dock.runner.options == {"key_players": 2}
    assert "Military bishop" in frag.kp_label.text() and "MS-13 cliques" in frag.kp_label.text()
    frag.kp_show.click()
    assert dock.selection.actor_ids == ["bishop", "ms2"]


def test_colour_map_by_measure_and_back(dock, canvas):
    scene = canvas.map_scene
    assert not scene.heat_active
    dock.heat.set_measure("betweenness")
    assert scene.heat_active
    assert scene.heat_of("bishop") == pytest.approx(1.0) and scene.heat_of("police") == pytest.approx(0.0)
    dock.heat.set_measure("mediator")
    assert scene.heat_of("bishop") == pytest.approx(1.0) and scene.heat_of("ms1") == pytest.approx(0.0)
    dock.heat.set_measure("notation")
    assert not scene.heat_active


def test_mediators_tab_reads_the_engines_own_result(qtbot):
    # the hand-made result above could drift from the engine's keys; this one is the engine's
    import analysis_fakes

    from actormap.analysis_worker import run_analysis
    from actormap.gui.panels.analysis.common import CanvasLink
    from actormap.gui.panels.analysis.mediators_tab import MediatorsTab

    result = run_analysis(analysis_fakes.test_map())
    tab = MediatorsTab(CanvasLink())
    qtbot.addWidget(tab)
    tab.set_result(result)
    # the engine's weights (not 1.0 for every part) reach the sliders, so re-ranking
    # them in the panel gives back the engine's own order and scores
    assert tab.weights == dict(result.mediator_weights)
    assert tab.ranked_ids() == [m.id for m in result.mediators]
    assert [m.score for m in tab.ranked] == pytest.approx([m.score for m in result.mediators])
    assert tab.gated_model.rowCount() == len(result.gated) > 0
    police = next(g for g in result.gated if g.id == "police")
    # the police coerce MS-13's cliques and have no open channel outside the State camp: two gates
    assert [r.code for r in police.reasons] == ["gate_no_channel_outside_camp", "gate_coercion_untrusted_camp"]
    row = tab.gated_model.row_of("police")
    assert tab.gated_model.index(row, 2).data() == (
        "no open channel (trust, dialogue, symbiotic or protective tie) outside its own camp (State); "
        "uses coercion against MS-13 (MS-13 cliques), which does not accept it")


def test_new_result_recolours_the_map_once_under_moved_weights(qtbot, qdoc, selection, runners):
    import analysis_fakes

    from actormap.gui.panels.analysis import AnalysisDock

    class Canvas:  # counts recolourings (each one repaints every actor on a big map)
        def __init__(self):
            self.calls = []

        def set_heat(self, values, label):
            self.calls.append(values)

    canvas = Canvas()
    dock = AnalysisDock(qdoc, selection, canvas, runner=runners(analysis_fakes.hand_result))
    qtbot.addWidget(dock)
    result = analysis_fakes.hand_result(qdoc.doc.snapshot())
    dock.set_result(result)
    dock.heat.set_measure("mediator")
    dock.mediators.set_weight("autonomy", 2.0)  # the user's weights differ from the engine's
    shown = canvas.calls[-1]
    canvas.calls.clear()
    dock.set_result(analysis_fakes.hand_result(qdoc.doc.snapshot()))
    assert canvas.calls == []  # same scores under the same weights: nothing to repaint
    dock.mediators.set_weight("autonomy", 1.0)
    canvas.calls.clear()
    dock.set_result(analysis_fakes.hand_result(qdoc.doc.snapshot()))
    assert canvas.calls == []
    assert shown != {m.id: m.score for m in result.mediators}


def test_every_tab_shows_the_engines_own_result(qtbot, qdoc, selection, canvas, runners):
    """The real engine on the test map, checked against networkx rather than against the engine."""
    import itertools

    import analysis_fakes
    import networkx as nx

    from actormap.analysis_worker import run_analysis
    from actormap.core.messages import render
    from actormap.gui.panels.analysis import AnalysisDock

    dock = AnalysisDock(qdoc, selection, canvas, runner=runners(run_analysis))
    qtbot.addWidget(dock)
    with qtbot.waitSignal(dock.resultShown, timeout=20000):
        dock.show()
    for i in range(dock.tabs.count()):
        dock.tabs.setCurrentIndex(i)
    result = dock.result
    amap = analysis_fakes.test_map()
    G = nx.Graph([(t.source, t.target) for t in amap.ties])
    G.add_nodes_from(a.id for a in amap.actors)
    bc = nx.betweenness_centrality(G)
    # brokerage: the table sorted by betweenness starts with networkx's most between actor
    assert dock.brokerage.table.visual_ids()[0] == max(sorted(bc), key=lambda v: bc[v])

    # fragmentation: the first row is the actor whose removal cuts the most pairs (naive recount)
    def cut(v):
        H = G.copy()
        H.remove_node(v)
        return sum(1 for x, y in itertools.combinations(H, 2) if nx.has_path(G, x, y) and not nx.has_path(H, x, y))

    worst = max(cut(v) for v in G)
    assert cut(dock.fragmentation.table.visual_ids()[0]) == worst
    # mediators: every candidate listed, its first reason rendered by the catalogue
    med = dock.mediators
    assert med.model.rowCount() == len(result.mediators) and med.gated_model.rowCount() == len(result.gated)
    for row in range(med.model.rowCount()):
        shown = med.model.rows[row].candidate
        assert med.model.index(row, 5).data() == render(shown.reasons[0])
    # summary and blocs read the same result
    assert dock.summary.values["actors"].text() == str(len(amap.actors))
    placed = sum(len(r.members) for r in dock.blocs.bloc_model.rows)
    assert placed == sum(len(b) for b in result.balance.blocs)


def test_component_help_covers_exactly_the_engines_components():
    from actormap.core.analysis.result import COMPONENTS
    from actormap.gui.panels.analysis.help_texts import COMPONENT_HELP, COMPONENT_LABELS

    assert set(COMPONENT_HELP) == set(COMPONENT_LABELS) == set(COMPONENTS)


def test_splinter_lists_cut_for_memory_show_their_true_sizes(dock, qdoc):
    result = dock.result
    # as analyze() gives them on a huge map: lists cut to their first ids, sizes exact
    actors = [a.model_copy(update={"removal": a.removal.model_copy(update={
        "splinters": [["b1", "b2"], ["ms1"]], "splinter_sizes": [3, 2]})}) if a.id == "bishop" else a
        for a in result.actors]
    result = result.model_copy(update={"actors": actors,
                                       "approximate": result.approximate.model_copy(update={"splinters": True})})
    frag = dock.fragmentation
    dock.tabs.setCurrentWidget(frag)
    dock.set_result(result)
    click_row(frag.table, row_of(frag.table, "bishop"))
    texts = [frag.splinters.item(i).text() for i in range(frag.splinters.count())]
    assert texts[0].startswith("Group 1: 3 actors — ") and texts[0].endswith("(first 2 shown)")
    assert texts[1].startswith("Group 2: 2 actors — ") and texts[1].endswith("(first 1 shown)")


def test_choosing_how_designations_count_reruns_the_analysis_with_that_mode(qtbot, qdoc, selection, canvas, runners):
    from actormap.analysis_worker import run_analysis
    from actormap.core.edits import UpdateActor
    from actormap.gui.panels.analysis import AnalysisDock

    qdoc.push(UpdateActor("bishop", {"labels": [{"source": "Ministry", "label": "banned sect",
                                                  "designation": True, "jurisdiction": "State"}]}))
    dock = AnalysisDock(qdoc, selection, canvas, runner=runners(run_analysis))
    qtbot.addWidget(dock)
    with qtbot.waitSignal(dock.resultShown, timeout=20000):
        dock.show()
    assert dock.result.mediator_designations == "annotate"
    assert "designated" in [r.code for m in dock.result.mediators if m.id == "bishop" for r in m.reasons]
    combo = dock.mediators.designations
    with qtbot.waitSignal(dock.resultShown, timeout=20000):
        combo.setCurrentIndex(combo.findData("gate"))
    assert dock.result.mediator_designations == "gate"
    assert "bishop" in {g.id for g in dock.result.gated}
