"""Panels driven with real key and mouse events: inspector, actor and tie tables, map
properties, the Add-tie dialog, and selection kept in step with the canvas both ways."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication
from shell_maps import small_map

from actormap.core.model import ActorKind, Sensitivity, TieKind
from actormap.gui.panels.add_tie import AddTieDialog
from actormap.gui.panels.table_model import ID_ROLE

K = Qt.Key


@pytest.fixture
def win(window):
    window.qdoc.load(small_map())
    return window


def retype(qtbot, edit, text):
    """Select all in a line edit, type ``text`` and press Return, as a user would."""
    edit.setFocus()
    edit.selectAll()
    if text:
        qtbot.keyClicks(edit, text)
    else:
        qtbot.keyClick(edit, K.Key_Delete)
    qtbot.keyClick(edit, K.Key_Return)


def stack_labels(win):
    s = win.qdoc.undo_stack
    return [s.text(i) for i in range(s.count())]


# ---- inspector ------------------------------------------------------------------------------
def test_inspector_shows_the_selected_actor_or_tie(win):
    insp = win.inspector
    assert insp.stack.currentWidget() is insp.empty
    win.selection.set(["a-ms13"], [], None)
    assert insp.stack.currentWidget() is insp.actor_page
    assert insp.a_name.text() == "MS-13" and insp.a_power.value() == 4
    assert insp.a_kind.value() == ActorKind.GANG.value
    win.selection.set([], ["t-conflict"], None)
    assert insp.stack.currentWidget() is insp.tie_page
    assert insp.t_kind.value() == "conflict" and insp.t_strength.value() == 3
    assert insp.t_source.currentText() == "MS-13" and insp.t_target.currentText() == "Barrio 18"
    win.selection.set(["a-ms13", "b-b18"], [], None)
    assert insp.stack.currentWidget() is insp.summary and "2 actors" in insp.summary.text()


def test_typing_a_name_is_one_undoable_edit_committed_on_return(win, qtbot):
    win.selection.set(["a-ms13"], [], None)
    edit = win.inspector.a_name
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Mara Salvatrucha")
    assert win.qdoc.doc.actor("a-ms13").name == "MS-13"  # not per keystroke
    assert win.qdoc.undo_stack.count() == 0
    qtbot.keyClick(edit, K.Key_Return)
    assert win.qdoc.doc.actor("a-ms13").name == "Mara Salvatrucha"
    assert win.qdoc.undo_stack.count() == 1
    assert "name" in win.actions_["undo"].text()
    win.actions_["undo"].trigger()
    assert win.qdoc.doc.actor("a-ms13").name == "MS-13"
    qtbot.waitUntil(lambda: edit.text() == "MS-13")


def test_an_empty_name_is_refused_with_a_message(win, qtbot):
    win.selection.set(["a-ms13"], [], None)
    before = win.qdoc.doc.snapshot()
    retype(qtbot, win.inspector.a_name, "")
    assert win.inspector.error.isVisible()
    assert "name" in win.inspector.error.text() and "cannot be empty" in win.inspector.error.text()
    assert "String should" not in win.inspector.error.text()  # no validation jargon
    assert win.qdoc.doc.snapshot() == before and win.qdoc.undo_stack.count() == 0
    assert win.inspector.a_name.text() == ""  # what was typed stays, so it can be fixed
    retype(qtbot, win.inspector.a_name, "Mara Salvatrucha")  # fixed: taken, the message goes
    assert win.qdoc.doc.actor("a-ms13").name == "Mara Salvatrucha" and not win.inspector.error.isVisible()


@pytest.mark.parametrize("text, expected", [("0.7", 0.7), ("70%", 0.7), ("", None), ("0", 0.0)])
def test_legitimacy_accepts_numbers_percent_and_not_assessed(win, qtbot, text, expected):
    win.selection.set(["b-b18"], [], None)
    win.inspector.a_legitimacy.setText("0.3")
    retype(qtbot, win.inspector.a_legitimacy, "0.3")
    retype(qtbot, win.inspector.a_legitimacy, text)
    assert win.qdoc.doc.actor("b-b18").legitimacy == pytest.approx(expected) if expected is not None \
        else win.qdoc.doc.actor("b-b18").legitimacy is None
    assert not win.inspector.error.isVisible()


@pytest.mark.parametrize("text, words", [("1.5", "between 0 and 1"), ("high", "not a number")])
def test_bad_legitimacy_is_refused_with_a_message(win, qtbot, text, words):
    win.selection.set(["b-b18"], [], None)
    before = win.qdoc.doc.snapshot()
    retype(qtbot, win.inspector.a_legitimacy, text)
    assert words in win.inspector.error.text()
    assert win.qdoc.doc.snapshot() == before and win.qdoc.undo_stack.count() == 0
    assert win.inspector.a_legitimacy.text() == text  # kept as typed, with the reason shown
    win.selection.set(["a-ms13"], [], None)  # another actor: its own values
    win.selection.set(["b-b18"], [], None)
    assert win.inspector.a_legitimacy.text() == ""  # back to the map's "not assessed"


def test_power_kind_agenda_faction_and_flags_from_the_keyboard_and_mouse(win, qtbot):
    win.selection.set(["c-church"], [], None)
    insp = win.inspector
    qtbot.keyClick(insp.a_power, K.Key_Up)
    assert win.qdoc.doc.actor("c-church").power == 4
    insp.a_kind.setFocus()
    qtbot.keyClick(insp.a_kind, K.Key_Down)  # religious -> business
    assert win.qdoc.doc.actor("c-church").kind == ActorKind.BUSINESS
    qtbot.keyClick(insp.a_agenda, K.Key_Down)  # none -> criminal
    assert win.qdoc.doc.actor("c-church").agenda == "criminal"
    retype(qtbot, insp.a_faction.lineEdit(), "Churches")
    assert win.qdoc.doc.actor("c-church").faction == "Churches"
    qtbot.mouseClick(insp.a_external, Qt.MouseButton.LeftButton, pos=QPoint(8, insp.a_external.height() // 2))
    assert win.qdoc.doc.actor("c-church").external is True
    assert win.qdoc.undo_stack.count() == 5  # one edit per committed change
    for _ in range(5):
        win.actions_["undo"].trigger()
    assert win.qdoc.doc.actor("c-church") == small_map().actor("c-church")


def test_notes_and_sources_commit_when_focus_leaves(win, qtbot):
    win.selection.set(["a-ms13"], [], None)
    insp = win.inspector
    insp.a_sources.setFocus()
    qtbot.keyClicks(insp.a_sources, "El Faro, 14 March 2012")
    qtbot.keyClick(insp.a_sources, K.Key_Return)
    qtbot.keyClicks(insp.a_sources, "Whitfield 2013")
    assert win.qdoc.undo_stack.count() == 0
    insp.a_name.setFocus()  # focus leaves the field
    qtbot.waitUntil(lambda: win.qdoc.undo_stack.count() == 1)
    assert win.qdoc.doc.actor("a-ms13").sources == ["El Faro, 14 March 2012", "Whitfield 2013"]


def test_labels_by_source_need_both_parts(win, qtbot):
    win.selection.set(["a-ms13"], [], None)
    insp = win.inspector
    table = insp.labels_table
    insp._add_label_row()
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "US Treasury")
    qtbot.keyClick(editor, K.Key_Tab)  # next cell: the label part is still empty
    assert "both a source and a label" in insp.error.text()
    assert win.qdoc.doc.actor("a-ms13").labels == []
    table.item(0, 1).setText("transnational criminal organisation")
    labels = win.qdoc.doc.actor("a-ms13").labels
    assert [(lab.source, lab.label) for lab in labels] == [("US Treasury", "transnational criminal organisation")]


def test_tie_dates_are_validated(win, qtbot):
    win.selection.set([], ["t-conflict"], None)
    insp = win.inspector
    retype(qtbot, insp.t_start, "2012-03-09")
    assert win.qdoc.doc.tie("t-conflict").start == date(2012, 3, 9)
    retype(qtbot, insp.t_end, "2011-01-01")
    assert "before it starts" in insp.error.text()
    assert win.qdoc.doc.tie("t-conflict").end is None
    retype(qtbot, insp.t_end, "2012-03-09")  # the end day is not included: this tie would be on no day
    assert "ends on the day it starts (2012-03-09)" in insp.error.text()
    assert win.qdoc.doc.tie("t-conflict").end is None
    retype(qtbot, insp.t_end, "2012-13-40")
    assert "YYYY-MM-DD" in insp.error.text()
    retype(qtbot, insp.t_end, "2014-01-01")
    assert win.qdoc.doc.tie("t-conflict").end == date(2014, 1, 1)
    assert not insp.error.isVisible()
    assert win.qdoc.undo_stack.count() == 2


def test_tie_kind_strength_and_ends_from_the_inspector(win, qtbot):
    win.selection.set([], ["t-dialogue"], None)
    insp = win.inspector
    qtbot.keyClick(insp.t_strength, K.Key_Up)
    assert win.qdoc.doc.tie("t-dialogue").strength == 3
    qtbot.keyClick(insp.t_kind, K.Key_Up)  # dialogue -> conflict
    assert win.qdoc.doc.tie("t-dialogue").kind == TieKind.CONFLICT
    target = insp.t_target
    target.setCurrentIndex(target.findData("b-b18"))
    target.activated.emit(target.currentIndex())
    assert win.qdoc.doc.tie("t-dialogue").target == "b-b18"
    source = insp.t_source
    source.setCurrentIndex(source.findData("b-b18"))
    source.activated.emit(source.currentIndex())  # a tie from an actor to itself: refused
    assert "itself" in insp.error.text()
    assert win.qdoc.doc.tie("t-dialogue").source == "c-church"


# ---- tables -----------------------------------------------------------------------------------
def row_of(panel, item_id):
    model = panel.proxy
    for r in range(model.rowCount()):
        if model.index(r, 0).data(ID_ROLE) == item_id:
            return r
    raise KeyError(item_id)


def click_row(qtbot, panel, item_id, modifier=Qt.KeyboardModifier.NoModifier):
    idx = panel.proxy.index(row_of(panel, item_id), 0)
    rect = panel.view.visualRect(idx)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_editing_a_table_cell_is_one_undoable_edit(win, qtbot):
    table = win.actor_table
    win.docks["actorTableDock"].raise_()
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.proxy.index(row_of(table, "b-b18"), 0))
    qtbot.keyClick(view, K.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Barrio 18 (both factions)")
    qtbot.keyClick(editor, K.Key_Return)  # the delegate commits on the next event-loop turn
    qtbot.waitUntil(lambda: win.qdoc.doc.actor("b-b18").name == "Barrio 18 (both factions)")
    assert win.qdoc.undo_stack.count() == 1
    win.actions_["undo"].trigger()
    assert win.qdoc.doc.actor("b-b18").name == "Barrio 18"
    idx = table.proxy.index(row_of(table, "b-b18"), 0)
    assert idx.data() == "Barrio 18"


def test_choice_and_checkbox_cells_from_the_keyboard(win, qtbot):
    table = win.actor_table
    view = table.view
    view.setFocus()
    row = row_of(table, "c-church")
    view.setCurrentIndex(table.proxy.index(row, 1))  # Kind
    qtbot.keyClick(view, K.Key_F2)
    combo = QApplication.focusWidget()
    qtbot.keyClick(combo, K.Key_Down)
    qtbot.keyClick(combo, K.Key_Return)
    qtbot.waitUntil(lambda: win.qdoc.doc.actor("c-church").kind == ActorKind.BUSINESS)
    view.setCurrentIndex(table.proxy.index(row, 6))  # External
    qtbot.keyClick(view, K.Key_Space)
    assert win.qdoc.doc.actor("c-church").external is True
    assert win.qdoc.undo_stack.count() == 2


def test_a_bad_cell_value_is_refused_with_a_message(win, qtbot):
    table = win.actor_table
    messages = []
    table.message.connect(messages.append)
    idx = table.proxy.index(row_of(table, "a-ms13"), 4)  # Legitimacy
    assert not table.proxy.setData(idx, "2.5")
    assert "between 0 and 1" in messages[-1]
    idx = table.proxy.index(row_of(table, "a-ms13"), 0)
    assert not table.proxy.setData(idx, "   ")
    assert "name" in messages[-1]
    assert win.qdoc.undo_stack.count() == 0
    assert "Not changed" in win.statusBar().currentMessage()


def test_tables_filter_by_text_and_sort_by_column(win, qtbot):
    table = win.actor_table
    qtbot.keyClicks(table.filter, "barrio")
    assert table.proxy.rowCount() == 1
    table.filter.clear()
    assert table.proxy.rowCount() == 3
    header = table.view.horizontalHeader()
    x = header.sectionViewportPosition(3) + header.sectionSize(3) // 2  # Power
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPointF(x, 5).toPoint())
    powers = [table.proxy.index(r, 3).data() for r in range(3)]
    assert powers == sorted(powers)
    ties = win.tie_table
    qtbot.keyClicks(ties.filter, "dialogue")
    assert ties.proxy.rowCount() == 1
    assert ties.proxy.index(0, 0).data(ID_ROLE) == "t-dialogue"


def test_tie_table_shows_names_and_follows_renames(win):
    ties = win.tie_table
    r = row_of(ties, "t-conflict")
    assert [ties.proxy.index(r, c).data() for c in range(3)] == ["MS-13", "↔ Conflict", "Barrio 18"]
    win.selection.set(["a-ms13"], [], None)
    from actormap.core.edits import UpdateActor

    win.qdoc.push(UpdateActor("a-ms13", {"name": "Mara"}))
    r = row_of(ties, "t-conflict")
    assert ties.proxy.index(r, 0).data() == "Mara"


# ---- selection both ways ------------------------------------------------------------------------
def test_clicking_a_table_row_selects_on_the_canvas(win, qtbot):
    click_row(qtbot, win.actor_table, "c-church")
    assert win.selection.actor_ids == ["c-church"]
    assert win.canvas.selected_ids() == (["c-church"], [])
    assert win.inspector.a_name.text() == "Catholic Church"
    click_row(qtbot, win.actor_table, "a-ms13", Qt.KeyboardModifier.ControlModifier)
    assert set(win.canvas.selected_ids()[0]) == {"a-ms13", "c-church"}
    win.docks["tieTableDock"].raise_()
    click_row(qtbot, win.tie_table, "t-dialogue")
    assert win.canvas.selected_ids() == ([], ["t-dialogue"])


def test_clicking_an_actor_on_the_canvas_selects_its_row(win, qtbot):
    canvas = win.canvas
    canvas.fit_to_map()
    actor = win.qdoc.doc.actor("b-b18")
    pos = canvas.mapFromScene(QPointF(actor.x, actor.y))
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: win.selection.actor_ids == ["b-b18"])
    assert win.actor_table.selected_ids() == ["b-b18"]
    assert win.inspector.a_name.text() == "Barrio 18"
    canvas.map_scene.tie_items["t-conflict"].setSelected(True)
    assert win.tie_table.selected_ids() == ["t-conflict"]
    # clicking empty space clears everything
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.viewport().rect().topLeft() + QPointF(3, 3).toPoint())
    qtbot.waitUntil(lambda: win.selection.actor_ids == [] and win.selection.tie_ids == [])
    assert win.actor_table.selected_ids() == [] and win.tie_table.selected_ids() == []


# ---- keyboard only ------------------------------------------------------------------------------
def test_keyboard_only_add_actor_from_the_table(win, qtbot):
    view = win.actor_table.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, K.Key_Insert)
    assert len(win.qdoc.doc.actors) == 4
    (new_id,) = win.selection.actor_ids
    name = win.inspector.a_name
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClicks(name, "National Civil Police")
    qtbot.keyClick(name, K.Key_Return)
    assert win.qdoc.doc.actor(new_id).name == "National Civil Police"
    assert win.actor_table.selected_ids() == [new_id]
    assert win.canvas.selected_ids() == ([new_id], [])
    assert stack_labels(win) == ["Add actor 'New actor'", "Rename New actor to National Civil Police"]


def test_keyboard_only_add_tie_between_two_chosen_actors(win, qtbot):
    view = win.actor_table.view
    view.setFocus()
    # rows sorted by name: Barrio 18, Catholic Church, MS-13
    view.setCurrentIndex(win.actor_table.proxy.index(row_of(win.actor_table, "c-church"), 0))
    qtbot.keyClick(view, K.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert set(win.selection.actor_ids) == {"a-ms13", "c-church"}
    qtbot.keyClick(view, K.Key_T, Qt.KeyboardModifier.ControlModifier)
    dlg = win.findChild(AddTieDialog)
    qtbot.waitUntil(lambda: dlg is not None and dlg.isVisible())
    assert (dlg.source.currentData(), dlg.target.currentData()) == ("c-church", "a-ms13")
    qtbot.keyClick(dlg.kind, K.Key_Down)  # trust -> symbiotic
    qtbot.keyClick(dlg.kind, K.Key_Down)  # -> protective
    qtbot.keyClick(dlg.kind, K.Key_Down)  # -> parasitic
    qtbot.keyClick(dlg.kind, K.Key_Return)
    qtbot.waitUntil(lambda: len(win.qdoc.doc.ties) == 3)
    (tie_id,) = win.selection.tie_ids
    tie = win.qdoc.doc.tie(tie_id)
    assert tie.kind == TieKind.PARASITIC and (tie.source, tie.target) == ("c-church", "a-ms13")
    assert win.canvas.selected_ids() == ([], [tie_id])
    win.actions_["undo"].trigger()
    assert tie_id not in win.qdoc.doc.ties


def test_add_tie_dialog_refuses_a_tie_to_itself(win, qtbot):
    dlg = win.add_tie()
    qtbot.waitUntil(dlg.isVisible)
    dlg.target.setCurrentIndex(dlg.target.findData(dlg.source.currentData()))
    qtbot.keyClick(dlg.kind, K.Key_Return)
    assert dlg.isVisible() and "two different actors" in dlg.error.text()
    assert len(win.qdoc.doc.ties) == 2
    qtbot.keyClick(dlg.kind, K.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert win.qdoc.undo_stack.count() == 0


def test_keyboard_only_delete_from_the_table_removes_the_actor_and_its_ties(win, qtbot):
    click_row(qtbot, win.actor_table, "a-ms13")
    qtbot.keyClick(win.actor_table.view, K.Key_Delete)
    assert "a-ms13" not in win.qdoc.doc.actors
    assert set(win.qdoc.doc.ties) == set()  # both ties touched MS-13
    qtbot.waitUntil(lambda: win.selection.actor_ids == [])  # pruned once the edit is done
    win.actions_["undo"].trigger()
    assert win.qdoc.doc.snapshot() == small_map()


# ---- map properties and history ----------------------------------------------------------------------
def test_map_properties_are_undoable_set_meta_edits(win, qtbot):
    props = win.map_properties
    retype(qtbot, props.title, "El Salvador 2012")
    retype(qtbot, props.authors, "A. Analyst; B. Mediator")
    retype(qtbot, props.as_of, "2013-04-30")
    qtbot.keyClick(props.sensitivity, K.Key_Down)
    meta = win.qdoc.doc.meta
    assert meta.title == "El Salvador 2012" and meta.authors == ["A. Analyst", "B. Mediator"]
    assert meta.as_of == date(2013, 4, 30) and meta.sensitivity == Sensitivity.CONFIDENTIAL
    assert win.qdoc.undo_stack.count() == 4
    retype(qtbot, props.as_of, "30/04/2013")
    assert "YYYY-MM-DD" in props.error.text() and win.qdoc.undo_stack.count() == 4
    retype(qtbot, props.title, "")
    assert props.title.text() == "" or win.qdoc.doc.meta.title == ""  # an empty title is allowed
    win.qdoc.undo_stack.setIndex(0)
    assert win.qdoc.doc.meta == small_map().meta
    assert props.title.text() == "Small test map"


def test_undo_history_lists_each_step(win, qtbot):
    retype(qtbot, win.map_properties.title, "One")
    retype(qtbot, win.map_properties.title, "Two")
    assert win.undo_view.model().rowCount() == 3  # "<map opened>" + 2 steps


# ---- filter ------------------------------------------------------------------------------------------
def test_filter_panel_fades_unchecked_kinds_on_the_canvas(win, qtbot):
    panel = win.filters
    calls = []
    panel.filterChanged.connect(lambda *args: calls.append(args))
    kinds = panel.lists["kinds"]
    gang = next(kinds.item(i) for i in range(kinds.count()) if kinds.item(i).text() == "Gang")
    rect = kinds.visualItemRect(gang)
    win.docks["filterDock"].raise_()
    qtbot.mouseClick(kinds.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 8, rect.center().y()))
    assert gang.checkState() == Qt.CheckState.Unchecked
    kinds_shown, factions, tie_kinds, confidences, mode = calls[-1]
    assert "gang" not in kinds_shown and "religious" in kinds_shown
    assert factions is None and tie_kinds is None and confidences is None and mode == "fade"
    scene = win.canvas.map_scene
    assert not scene.actor_passes("a-ms13") and scene.actor_passes("c-church")
    assert win.qdoc.undo_stack.count() == 0  # filtering never edits the map
    panel.show_all()
    assert scene.actor_passes("a-ms13")


def test_filter_panel_lists_the_factions_of_the_map(win, qtbot):
    from actormap.core.edits import UpdateActor

    lst = win.filters.lists["factions"]
    qtbot.waitUntil(lambda: lst.count() == 3)
    assert [lst.item(i).text() for i in range(lst.count())] == ["(no faction)", "Barrio 18", "MS-13"]
    win.qdoc.push(UpdateActor("c-church", {"faction": "Churches"}))
    qtbot.waitUntil(lambda: "Churches" in [lst.item(i).text() for i in range(lst.count())])


def test_inspector_flags_self_and_pinned(win, qtbot):
    win.selection.set(["c-church"], [], None)
    insp = win.inspector
    for box, field in ((insp.a_self, "is_self"), (insp.a_pinned, "pinned")):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert getattr(win.qdoc.doc.actor("c-church"), field) is True
    assert win.qdoc.undo_stack.count() == 2


def test_reverse_direction_is_one_undoable_edit_and_keeps_the_tie_selected(win, qtbot):
    win.selection.set([], ["t-dialogue"], None)
    insp = win.inspector
    qtbot.mouseClick(insp.t_reverse, Qt.MouseButton.LeftButton)
    tie = win.qdoc.doc.tie("t-dialogue")
    assert (tie.source, tie.target) == ("a-ms13", "c-church")
    qtbot.waitUntil(lambda: win.tie_table.selected_ids() == ["t-dialogue"])
    assert win.selection.tie_ids == ["t-dialogue"] and win.canvas.selected_ids() == ([], ["t-dialogue"])
    assert insp.t_source.currentText() == "MS-13"
    win.actions_["undo"].trigger()
    assert (win.qdoc.doc.tie("t-dialogue").source, win.qdoc.doc.tie("t-dialogue").target) == ("c-church", "a-ms13")


# ---- invisible characters --------------------------------------------------------------------
def paste(qtbot, edit, text):
    """Paste ``text`` with Ctrl+V, the way such characters arrive (QTest cannot type them)."""
    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, K.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_name_with_a_bidi_override_is_refused_in_the_inspector(win, qtbot):
    win.selection.set(["a-ms13"], [], None)
    before = win.qdoc.doc.snapshot()
    edit = win.inspector.a_name
    edit.setFocus()
    edit.selectAll()
    paste(qtbot, edit, "MS\u202e31")
    assert edit.text() == "MS\u202e31"
    qtbot.keyClick(edit, K.Key_Return)
    assert win.inspector.error.isVisible()
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in win.inspector.error.text()
    assert win.qdoc.doc.snapshot() == before and win.inspector.a_name.text() == "MS\u202e31"  # kept to fix


def test_invisible_characters_in_notes_are_shown_visibly(win, qtbot):
    insp = win.inspector
    win.selection.set(["a-ms13"], [], None)
    assert not insp.invisible.isVisible()
    paste(qtbot, insp.a_notes, "paid \u202eeno")
    insp.a_sources.setFocus()  # leaving the field commits it
    qtbot.waitUntil(lambda: "\u202e" in win.qdoc.doc.actor("a-ms13").notes)
    assert insp.invisible.isVisible()
    assert insp.invisible.text() == "Invisible characters: Notes holds U+202E RIGHT-TO-LEFT OVERRIDE at position 6."
    win.selection.set(["b-b18"], [], None)
    assert not insp.invisible.isVisible()
