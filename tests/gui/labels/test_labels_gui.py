"""The label lens and the Labels dock in the editor: the right label per source under each actor,
cell edits with undo, designations that reach the mediator reasons, highlight and export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton

from actormap.core.analysis.mediators import insider_mediators
from actormap.core.edits import SetMeta
from actormap.core.io.label_table import read_labels_csv, read_labels_xlsx
from actormap.core.labels import labels_in_force
from actormap.gui.canvas.legend import spec_for_scene
from actormap.gui.labels import panel as panel_module

SANC = "UN Security Council sanctions committee (2018)"
L = Qt.MouseButton.LeftButton


def actor_named(qdoc, start: str):
    return next(a for a in qdoc.doc.actors.values() if a.name.startswith(start))


def tags(window) -> dict[str, str]:
    return {it.actor.name: it.label.tag() for it in window.canvas.map_scene.actor_items.values()}


def lens_action(window, text: str):
    menu = window.labels.menu
    menu.aboutToShow.emit()  # the menu lists the sources of the map shown
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_the_lens_shows_what_each_source_calls_each_actor(window, libya):
    assert set(tags(window).values()) == {""}
    lens_action(window, SANC.replace("&", "&&")).trigger()
    shown = {k: v for k, v in tags(window).items() if v}
    dabbashi = actor_named(libya, "Dabbashi").name
    assert shown[dabbashi] == "§ human trafficker and smuggler (Ahmad al-Dabbashi)"
    assert len(shown) == 3  # the three actors the committee listed; nobody else gets a tag
    # another source: other tags; the UN Security Council's label of the Islamic State
    lens_action(window, "UN Security Council").trigger()
    shown = {k: v for k, v in tags(window).items() if v}
    assert shown == {"Islamic State in Sirte": "§ terrorist group"}
    # the legend says whose labels the tags are
    window.canvas.set_legend_visible(True)
    assert spec_for_scene(window.canvas.map_scene).tags.splitlines() == [
        "label given by", "UN Security Council", "§ = legal designation"]
    # all sources: a count badge
    lens_action(window, "All sources (count)").trigger()
    assert tags(window)["Islamic State in Sirte"] == "2 labels · 2 designations"
    assert tags(window)["Tripoli authorities (NTC 2011-12, GNC 2012-16, GNA/Presidency Council from 2016)"] == \
        "2 labels"
    # the tag grows the name label: the tag line lies below the name (every placed label of a
    # tagged actor carries it; the canvas of this small window has room for few labels)
    from actormap.gui.render.labels import measure

    scene = window.canvas.map_scene
    scene.label_rects()  # labels placed again with their tags
    rec = scene.drawing.actors[actor_named(libya, "Islamic State").id]
    tagged = measure(rec.name, rec.faction, 9.0, "full", rec.tag)
    assert tagged.tag_rect[1] >= tagged.name_rect[1] + tagged.name_rect[3] + tagged.caption_rect[3]
    assert tagged.height > measure(rec.name, rec.faction, 9.0, "full").height
    for aid, pl in scene.drawing.labels.items():
        assert pl.box.tag == scene.drawing.actors[aid].tag
    lens_action(window, "Off").trigger()
    assert set(tags(window).values()) == {""}
    assert spec_for_scene(window.canvas.map_scene).tags == ""


def test_the_lens_follows_a_relabelling_and_the_maps_date(window, libya):
    lens_action(window, "House of Representatives (2014)").trigger()
    dawn = actor_named(libya, "Libya Dawn")
    assert tags(window)[dawn.name] == "terrorist groups"
    libya.push(SetMeta({"as_of": date(2014, 8, 1)}))  # before the House's declaration of 24 August 2014
    assert tags(window)[dawn.name] == ""
    libya.undo_stack.undo()
    assert tags(window)[dawn.name] == "terrorist groups"


def type_into_cell(qtbot, panel, actor_id: str, source: str, text: str) -> None:
    item = panel.cell(actor_id, source)
    table = panel.table
    table.setCurrentItem(item)
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table and table.state() == QAbstractItemView.State.EditingState
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # commits, as in the inspector's table


def test_typing_into_the_matrix_is_one_undoable_edit(window, libya, qtbot):
    panel = window.labels.panel
    window.docks["labelsDock"].raise_()
    misrata = actor_named(libya, "Misrata brigades")
    panel.add_source("Tawergha residents")
    assert "Tawergha residents" in panel.sources()
    before = libya.undo_stack.count()
    type_into_cell(qtbot, panel, misrata.id, "Tawergha residents", "the brigades that expelled us")
    assert libya.undo_stack.count() == before + 1
    labs = libya.doc.actor(misrata.id).labels
    assert [(x.source, x.label) for x in labs] == [("Tawergha residents", "the brigades that expelled us")]
    assert panel.cell(misrata.id, "Tawergha residents").text() == "the brigades that expelled us"
    window.actions_["undo"].trigger()
    assert libya.doc.actor(misrata.id).labels == []
    window.actions_["redo"].trigger()
    assert len(libya.doc.actor(misrata.id).labels) == 1


def test_sorting_by_a_source_column(window, libya):
    panel = window.labels.panel
    col = 1 + panel.sources().index(SANC)
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    QTest.mouseClick(header.viewport(), L, Qt.KeyboardModifier.NoModifier, QPoint(x, 5))
    texts = [panel.table.item(r, col).text() for r in range(panel.table.rowCount())]
    filled = [t for t in texts if t]
    assert len(filled) == 3 and (texts[:3] == filled or texts[-3:] == filled)  # the listed actors together


def test_a_designation_marked_in_the_dock_reaches_the_mediator_reasons(window, libya, qtbot):
    """End to end: the analyst marks a label as a designation, with its jurisdiction; the mediator
    judgment states it as the reason code 'designated' with source and jurisdiction."""
    panel = window.labels.panel
    elders = actor_named(libya, "Fezzan notables")
    panel.add_source("Test authority")
    type_into_cell(qtbot, panel, elders.id, "Test authority", "listed group")
    panel.select(elders.id, "Test authority")
    QTest.mouseClick(panel.designation, L)
    assert libya.doc.actor(elders.id).labels[0].designation is True
    panel.jurisdiction.setFocus()
    QTest.keyClicks(panel.jurisdiction, "Testland")
    QTest.keyClick(panel.jurisdiction, Qt.Key.Key_Return)
    lab = labels_in_force(libya.doc.actor(elders.id), "Test authority", libya.doc.meta.as_of)[0]
    assert (lab.designation, lab.jurisdiction) == (True, "Testland")
    assert panel.cell(elders.id, "Test authority").text() == "§ listed group"
    ranked = {c.id: c for c in insider_mediators(libya.doc.snapshot()).ranked}
    codes = {r.code: r.params for r in ranked[elders.id].reasons}
    assert codes["designated"] == {"designations": [["Test authority", "Testland", "listed group"]]}
    # the start date: typed, then undone
    panel.start.setFocus()
    QTest.keyClicks(panel.start, "2030-01-01")
    QTest.keyClick(panel.start, Qt.Key.Key_Return)
    assert libya.doc.actor(elders.id).labels[0].start.isoformat() == "2030-01-01"
    assert panel.cell(elders.id, "Test authority").text() == ""  # not yet in force on the map's date
    window.actions_["undo"].trigger()
    assert libya.doc.actor(elders.id).labels[0].start is None


def test_highlight_by_source_and_label(window, libya):
    panel = window.labels.panel
    panel.select(actor_named(libya, "Zawiya coast guard").id, SANC)
    panel.find.setText("al-Bija")
    QTest.mouseClick(next(b for b in panel.findChildren(QPushButton) if b.text() == "Highlight"), L)
    lit = window.canvas.map_scene.highlighted
    assert lit is not None and lit[0] == {actor_named(libya, "Zawiya coast guard").id}
    assert window.canvas.map_scene.is_faded(actor_named(libya, "Dabbashi").id)


def test_export_the_labels_as_csv_and_xlsx(window, libya, tmp_path, monkeypatch):
    panel = window.labels.panel
    expected = {a.id: a.labels for a in libya.doc.actors.values() if a.labels}
    out = tmp_path / "labels.csv"
    monkeypatch.setattr(panel_module, "ask_export_path", lambda *a: str(out))
    assert panel.export() == str(out)
    assert read_labels_csv(out) == expected
    out = tmp_path / "labels.xlsx"
    assert panel.export(str(out)) == str(out)
    assert read_labels_xlsx(out.read_bytes()) == expected
