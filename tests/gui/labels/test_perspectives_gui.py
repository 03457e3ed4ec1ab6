"""Perspectives in the editor: a tab "as seen by" a party with its own undo, written back as a patch;
the dock lists the disagreements with the shared map tie by tie; the analysis follows the tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from actormap.core.edits import UpdateTie

L = Qt.MouseButton.LeftButton


def named(qdoc, start: str) -> str:
    return next(a.id for a in qdoc.doc.actors.values() if a.name.startswith(start))


def test_the_sample_perspective_opens_as_seen_by_its_party_and_lists_its_disagreements(window, libya):
    pp = window.labels.perspectives
    assert pp.list.topLevelItemCount() == 1
    assert pp.list.topLevelItem(0).text(1) == "Zawiya coast guard unit (al-Bija)"
    rows = [pp.table.topLevelItem(i) for i in range(pp.table.topLevelItemCount())]
    assert [(r.text(1), r.text(2)) for r in rows] == [
        ("Zawiya coast guard unit (al-Bija) — Migrant smuggling networks of Zuwara and Sabratha: conflict",
         "Zawiya coast guard unit (al-Bija) — Migrant smuggling networks of Zuwara and Sabratha: symbiotic"),
        ("Zawiya coast guard unit (al-Bija) → Migrants and refugees in transit and detention: protective",
         "Zawiya coast guard unit (al-Bija) → Migrants and refugees in transit and detention: coercive")]
    # choosing a row lights the pair on the canvas
    QTest.mouseClick(pp.table.viewport(), L, Qt.KeyboardModifier.NoModifier,
                     pp.table.visualItemRect(rows[1]).center())
    lit = window.canvas.map_scene.highlighted
    assert lit[0] == {named(libya, "Zawiya coast guard"), named(libya, "Migrants and refugees")}
    # Strategy ▸ Compare perspectives… shows the dock
    window.docks["perspectivesDock"].hide()
    window.actions_["compare_perspectives"].trigger()
    assert window.docks["perspectivesDock"].isVisible()
    texts = [a.text() for a in window.menus["strategy"].actions()]
    assert texts.index("Compare &perspectives…") == texts.index("&Compare strategies…") + 1
    # open it: its own tab, a banner, the tie drawn as the unit draws it
    pp.list.setFocus()
    QTest.keyClick(pp.list, Qt.Key.Key_Return)
    tab = window.qdoc
    assert tab is not libya and window.workspace.role(tab) == "perspective"
    assert window.canvas.banner.text == ("AS SEEN BY Zawiya coast guard unit (al-Bija): As seen by the Zawiya coast "
                                         "guard unit — not the shared map")
    kinds = {(t.source, t.target): t.kind for t in tab.doc.ties.values()}
    assert kinds[(named(libya, "Zawiya coast guard"), named(libya, "Migrants and refugees"))] == "protective"
    # the dock still lists the map's perspectives in the tab
    assert pp.qdoc is libya and pp.list.topLevelItemCount() == 1


def test_a_new_perspective_is_edited_in_its_tab_and_written_back_with_its_own_undo(window, libya, qtbot):
    pp = window.labels.perspectives
    QTest.mouseClick(pp.new_button, L)
    assert [p.name for p in libya.doc.ordered("perspectives")][-1] == "Perspective"
    tab = window.qdoc
    assert window.workspace.role(tab) == "perspective" and window.workspace.base_of(tab) is libya
    pid = libya.doc.ordered("perspectives")[-1].id
    # the Tawergha displaced see the Misratan brigades' expulsion as conflict, not only coercion
    tie = next(t for t in tab.doc.ties.values() if t.source == named(libya, "Misrata brigades")
               and t.target == named(libya, "Tawergha"))
    tab.push(UpdateTie(tie.id, {"kind": "conflict"}))
    patch = libya.doc.get("perspectives", pid).changes
    assert patch.collections["ties"].update[0].set == {"kind": "conflict"}
    assert libya.doc.tie(tie.id).kind == "coercive"  # the shared map is untouched
    window.workspace.activate(libya)
    pp.select(pid)
    found = pp.show_disagreements()
    assert [(d.names, [t.kind for t in d.b], d.sign_flip) for d in found] == [
        (("Misrata brigades (incl. Bunyan al-Marsous forces)", "Tawergha (displaced community and local council)"),
         ["conflict"], False)]
    # compared with the other perspective instead: its two disagreements and this one
    pp.compare_with(libya.doc.ordered("perspectives")[0].id)
    assert len(pp.found) == 3
    # undo in the tab takes the change out of the stored perspective
    window.workspace.activate(tab)
    window.actions_["undo"].trigger()
    assert libya.doc.get("perspectives", pid).changes.collections == {}
    # seen by: an undoable edit of the map
    window.workspace.activate(libya)
    pp.select(pid)
    pp.seen_by.setCurrentIndex(pp.seen_by.findData(named(libya, "Tawergha")))
    pp.seen_by.activated.emit(pp.seen_by.currentIndex())
    assert libya.doc.get("perspectives", pid).seen_by == named(libya, "Tawergha")
    assert libya.undo_stack.undoText() == "Change who sees the perspective"


def test_the_analysis_runs_on_the_perspective_shown(window, libya, qtbot, monkeypatch):
    from actormap.analysis_worker import run_analysis
    from actormap.gui.panels.analysis import dock as dock_module

    real = dock_module.AnalysisRunner
    monkeypatch.setattr(dock_module, "AnalysisRunner",
                        lambda **kw: real(run_analysis, mode="thread", debounce_ms=0))
    dock = dock_module.install(window)
    zcg = named(libya, "Zawiya coast guard")
    with qtbot.waitSignal(dock.resultShown, timeout=20_000):
        window.actions_["analyse"].trigger()
    assert zcg not in [m.id for m in dock.result.mediators][:5]
    with qtbot.waitSignal(dock.resultShown, timeout=20_000):
        window.labels.perspectives.open_current()
    assert window.workspace.role(window.qdoc) == "perspective"
    # the coast guard's own view puts it on the shortlist (as 'actormap compare --perspective' says)
    assert zcg in [m.id for m in dock.result.mediators][:5]
