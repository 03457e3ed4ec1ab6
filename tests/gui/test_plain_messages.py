"""Plain messages: undo entries name the actors and say what changed; no id or validation
jargon reaches the status bar; "1 actor"; the Add-tie dialog starts at From and its
messages clear when fixed; the tie-kind menu names both actors."""

from __future__ import annotations

import pytest
from main_windows import new_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from actormap.core.document import MapDocument
from actormap.core.edits import AddItems, MoveActors, RemoveItems, UpdateActor, UpdateTie, make_tie
from actormap.core.model import Actor, ActorMap, Tie, TieKind
from actormap.gui.wording import edit_label, plain_message

TIE_ID = "80178ede-1c2d-4e5f-8a9b-0c1d2e3f4a5b"


def _doc() -> MapDocument:
    return MapDocument(ActorMap(actors=[Actor(id="g9", name="G9", kind="gang", x=0, y=0),
                                        Actor(id="res", name="Residents", kind="community", x=400, y=0),
                                        Actor(id="pol", name="Police", kind="state_agent", x=200, y=300)],
                                ties=[Tie(id=TIE_ID, source="g9", target="res", kind="coercive")]))


def test_undo_entries_say_what_changed_by_name():
    d = _doc()
    assert edit_label(d, AddItems(ties=[make_tie(source="g9", target="res", kind="parasitic")])) == \
        "Add tie: G9 → Residents (parasitic)"
    assert edit_label(d, RemoveItems(["g9"])) == "Delete G9 and its 1 tie"
    assert edit_label(d, RemoveItems(["pol"])) == "Delete Police"
    assert edit_label(d, RemoveItems([], [TIE_ID])) == "Delete tie: G9 → Residents (coercive)"
    assert edit_label(d, RemoveItems(["g9", "pol"], [TIE_ID])) == "Delete 2 actors and 1 tie"
    assert edit_label(d, UpdateActor("g9", {"name": "Gang of Nine"})) == "Rename G9 to Gang of Nine"
    assert edit_label(d, UpdateActor("g9", {"power": 4, "short_name": "9"})) == "Change power and short name of G9"
    assert edit_label(d, UpdateTie(TIE_ID, {"kind": "dialogue"})) == "Make G9 → Residents a dialogue tie"
    assert edit_label(d, MoveActors({"res": (1, 2)})) == "Move Residents"


def test_messages_name_things_instead_of_ids():
    d = _doc()
    text = f"cannot delete tie '{TIE_ID}': it is referred to; no actor 'pol'; tie {TIE_ID} is odd"
    got = plain_message(text, d)
    assert TIE_ID not in got and "'pol'" not in got
    assert "the tie G9 → Residents (coercive)" in got and "Police" in got
    assert plain_message("unknown 11111111-2222-3333-4444-555555555555", d) == "unknown an item"


@pytest.fixture
def win(qtbot, tmp_path):
    w = new_window(qtbot, tmp_path)
    w.qdoc.load(_doc().snapshot())
    w.resize(1100, 750)
    w.show()
    qtbot.waitExposed(w)
    w.canvas.fit_to_map()
    return w


def test_status_counts_and_a_refused_edit_in_plain_words(win):
    assert win.counts.text() == "3 actors · 1 tie"
    win.canvas.push(UpdateActor("g9", {"name": "   "}))  # refused
    msg = win.statusBar().currentMessage()
    assert "cannot be empty" in msg and "String should" not in msg and "g9" not in msg


def test_drawing_a_tie_names_both_actors_in_the_menu_and_the_undo_entry(win, qtbot, monkeypatch):
    from tests_helpers_drag import drag_between

    seen = {}

    def choose(pos):
        menu = win.canvas.tie_kind_menu(*win.canvas.pending_tie_ends)
        seen["texts"] = [a.text() for a in menu.actions()]
        return TieKind.PROTECTIVE

    monkeypatch.setattr(win.canvas, "choose_tie_kind", choose)
    drag_between(win.canvas, "pol", "res", Qt.KeyboardModifier.ShiftModifier)
    assert "Tie from Police to Residents" in seen["texts"]
    assert any(t.startswith("Protective — Police shields Residents") for t in seen["texts"])
    assert any(t.startswith("Coercive — Police forces Residents") for t in seen["texts"])
    assert win.qdoc.undo_stack.undoText() == "Add tie: Police → Residents (protective)"


def test_add_tie_dialog_starts_at_from_and_clears_its_message_when_fixed(win, qtbot):
    win.selection.set([], [], None)
    dlg = win.add_tie()
    qtbot.waitUntil(dlg.isVisible)
    qtbot.waitUntil(lambda: dlg.focusWidget() is dlg.source)
    dlg.target.setCurrentIndex(dlg.target.findData(dlg.source.currentData()))
    QTest.keyClick(dlg.source, Qt.Key.Key_Return)
    assert dlg.isVisible() and dlg.error.isVisible() and "two different actors" in dlg.error.text()
    other = next(i for i in range(dlg.target.count()) if dlg.target.itemData(i) != dlg.source.currentData())
    dlg.target.setCurrentIndex(other)
    assert not dlg.error.isVisible()  # fixed: the message goes at once
    assert dlg.source.currentText() in dlg.meaning.text() and dlg.target.currentText() in dlg.meaning.text()
    QTest.keyClick(dlg.source, Qt.Key.Key_Escape)
