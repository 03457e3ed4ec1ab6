""""Why this candidate" follows the current result and selection; a new result (after an
edit or an undo) never starts a fade on the map; another document clears it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_analysis_panel_tabs import click_row, row_of

from actormap.core.edits import UpdateActor


def test_details_follow_the_selection_from_anywhere(dock, canvas, selection, qtbot):
    tab = dock.mediators
    assert tab.details.text() == "Select a candidate to see why it is on the list."
    click_row(tab.table, row_of(tab.table, "bishop"))
    assert "Bishop" in tab.details.text() or "bishop" in tab.details.text().lower()
    # selecting on the canvas moves the table, and the details with it
    item = canvas.map_scene.actor_items["ms1"]
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     canvas.mapFromScene(item.pos()))
    qtbot.waitUntil(lambda: tab.table.selected_ids() == ["ms1"])
    ms1 = next(m for m in tab.ranked if m.id == "ms1")
    assert ms1.name in tab.details.text() and "2." in tab.details.text()
    # an actor that is no candidate: the old text does not linger
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     canvas.mapFromScene(canvas.map_scene.actor_items["b1"].pos()))
    qtbot.waitUntil(lambda: tab.table.selected_ids() == [])
    assert tab.details.text() == "Select a candidate to see why it is on the list."


def test_a_new_result_refreshes_the_text_and_starts_no_fade(dock, canvas, qdoc, qtbot):
    tab = dock.mediators
    click_row(tab.table, row_of(tab.table, "bishop"))
    assert canvas.map_scene.highlighted is not None  # the user's choice lights the bridges
    QTest.mouseClick(dock.clear_button, Qt.MouseButton.LeftButton)
    assert canvas.map_scene.highlighted is None
    with qtbot.waitSignal(dock.resultShown, timeout=10000):
        qdoc.push(UpdateActor("bishop", {"name": "Monsignor Colindres"}))
    assert "Monsignor Colindres" in tab.details.text()  # the current result, not the old one
    assert canvas.map_scene.highlighted is None  # a fresh result did not fade the map
    with qtbot.waitSignal(dock.resultShown, timeout=10000):
        qdoc.undo_stack.undo()
    assert "Monsignor Colindres" not in tab.details.text()
    assert canvas.map_scene.highlighted is None  # nor did the undo


def test_another_document_clears_the_details_until_its_result(dock, qtbot, amap):
    from actormap.gui.undo import QtDocument

    tab = dock.mediators
    click_row(tab.table, row_of(tab.table, "bishop"))
    assert tab.details.text() != "Select a candidate to see why it is on the list."
    other = QtDocument(amap.model_copy(update={"actors": [a for a in amap.actors if a.id != "bishop"],
                                                "ties": [t for t in amap.ties
                                                         if "bishop" not in (t.source, t.target)]}))
    dock.set_document(other)
    assert tab.details.text() == "No analysis of this map yet." and tab.model.rowCount() == 0


def test_after_esc_on_the_canvas_the_same_row_lights_again(dock, canvas, qtbot):
    tab = dock.mediators
    click_row(tab.table, row_of(tab.table, "bishop"))
    assert canvas.map_scene.highlighted is not None
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.map_scene.highlighted is None
    click_row(tab.table, row_of(tab.table, "ms1"))
    click_row(tab.table, row_of(tab.table, "bishop"))
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    tab.table.clearSelection()
    click_row(tab.table, row_of(tab.table, "bishop"))
    assert canvas.map_scene.highlighted is not None
