"""Editing on the canvas with real mouse and key events; every gesture is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from actormap.core.edits import MoveActors, UpdateActor
from actormap.core.model import TieKind

from .helpers import NOMOD, L, actor_vp, drag, vp


def test_items_mirror_document(view, qdoc):
    s = view.map_scene
    assert set(s.actor_items) == set(qdoc.doc.actors)
    assert set(s.tie_items) == set(qdoc.doc.ties)
    assert s.actor_items["ms13"].pos().x() == 0 and s.actor_items["b18"].pos().x() == 400
    assert s.actor_items["ms13"].label.text() == "MS-13"


def test_double_click_empty_space_adds_actor_and_names_it(view, qdoc):
    n = len(qdoc.doc.actors)
    pos = vp(view, 200, 120)
    QTest.mouseDClick(view.viewport(), L, NOMOD, pos)
    assert len(qdoc.doc.actors) == n + 1
    new_id = view.selected_ids()[0][0]
    a = qdoc.doc.actor(new_id)
    assert abs(a.x - 200) < 3 and abs(a.y - 120) < 3
    assert view.name_editor is not None
    QTest.keyClicks(view.name_editor, "Mothers of the disappeared")
    QTest.keyClick(view.name_editor, Qt.Key.Key_Return)
    assert qdoc.doc.actor(new_id).name == "Mothers of the disappeared"
    assert qdoc.undo_stack.undoText() == "Rename New actor to Mothers of the disappeared"
    qdoc.undo_stack.undo()
    qdoc.undo_stack.undo()
    assert new_id not in qdoc.doc.actors and new_id not in view.map_scene.actor_items


def test_add_actor_key(view, qdoc):
    n = len(qdoc.doc.actors)
    QTest.keyClick(view, Qt.Key.Key_Insert)
    assert len(qdoc.doc.actors) == n + 1
    QTest.keyClick(view.name_editor, Qt.Key.Key_Escape)  # keeps the default name
    assert view.name_editor is None
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_A)
    assert len(qdoc.doc.actors) == n + 2
    names = sorted(a.name for a in qdoc.doc.actors.values() if a.name.startswith("New actor"))
    assert names == ["New actor", "New actor 2"]


def test_draw_tie_by_shift_drag(view, qdoc, monkeypatch):
    asked = []

    def choose(pos):
        asked.append(pos)
        return TieKind.PROTECTIVE

    monkeypatch.setattr(view, "choose_tie_kind", choose)
    n = len(qdoc.doc.ties)
    drag(view, actor_vp(view, "gov"), actor_vp(view, "church"), mods=Qt.KeyboardModifier.ShiftModifier)
    assert len(asked) == 1
    assert len(qdoc.doc.ties) == n + 1
    new = [t for t in qdoc.doc.ties.values() if t.source == "gov" and t.target == "church"]
    assert len(new) == 1 and new[0].kind == TieKind.PROTECTIVE
    assert new[0].id in view.map_scene.tie_items
    assert qdoc.doc.actor("gov").x == 200  # the actor did not move
    qdoc.undo_stack.undo()
    assert len(qdoc.doc.ties) == n and new[0].id not in view.map_scene.tie_items


def test_draw_tie_from_rim_and_cancel(view, qdoc, monkeypatch):
    monkeypatch.setattr(view, "choose_tie_kind", lambda pos: None)  # menu dismissed
    item = view.map_scene.actor_items["b18"]
    rim = vp(view, 400 + item.radius() - 2, 0)
    n = len(qdoc.doc.ties)
    drag(view, rim, actor_vp(view, "oas"))
    assert len(qdoc.doc.ties) == n
    assert qdoc.doc.actor("b18").x == 400  # a rim drag never moves the actor
    monkeypatch.setattr(view, "choose_tie_kind", lambda pos: TieKind.SYMBIOTIC)
    drag(view, rim, actor_vp(view, "oas"))
    assert len(qdoc.doc.ties) == n + 1


def test_tie_dropped_on_empty_space_does_nothing(view, qdoc, monkeypatch):
    monkeypatch.setattr(view, "choose_tie_kind", lambda pos: pytest.fail("no menu for empty space"))
    n = len(qdoc.doc.ties)
    drag(view, actor_vp(view, "gov"), vp(view, 500, -250), mods=Qt.KeyboardModifier.ShiftModifier)
    assert len(qdoc.doc.ties) == n
    assert not [i for i in view.map_scene.items() if i.zValue() == 100]  # rubber line removed


def test_move_by_dragging_is_one_undo_step(view, qdoc):
    depth = qdoc.undo_stack.count()
    drag(view, actor_vp(view, "church"), vp(view, 260, 350), steps=10)
    a = qdoc.doc.actor("church")
    assert abs(a.x - 260) <= 2 and abs(a.y - 350) <= 2
    assert qdoc.undo_stack.count() == depth + 1
    # the ties at the actor follow it
    tie = view.map_scene.tie_items["t2"]
    assert tie.boundingRect().contains(tie.geometry().spine.pointAtPercent(0.5))
    qdoc.undo_stack.undo()
    a = qdoc.doc.actor("church")
    assert (a.x, a.y) == (200, 300)
    assert view.map_scene.actor_items["church"].pos().toTuple() == (200, 300)


def test_rubber_band_select_and_move_together(view, qdoc):
    got = []
    view.selectionChangedIds.connect(lambda a, t: got.append((a, t)))
    # a band around MS-13 and Barrio 18 only (y from -80 to 80)
    drag(view, vp(view, -80, -80), vp(view, 480, 80), steps=8)
    actors, _ties = view.selected_ids()
    assert set(actors) == {"ms13", "b18"}
    assert got and set(got[-1][0]) == {"ms13", "b18"}
    depth = qdoc.undo_stack.count()
    drag(view, actor_vp(view, "ms13"), vp(view, 50, 100), steps=8)
    assert qdoc.undo_stack.count() == depth + 1
    assert qdoc.undo_stack.undoText() == "Move 2 actors"
    a, b = qdoc.doc.actor("ms13"), qdoc.doc.actor("b18")
    assert abs(a.x - 50) <= 2 and abs(a.y - 100) <= 2
    assert abs(b.x - 450) <= 2 and abs(b.y - 100) <= 2
    qdoc.undo_stack.undo()
    assert (qdoc.doc.actor("b18").x, qdoc.doc.actor("b18").y) == (400, 0)


def test_delete_key_and_undo(view, qdoc):
    view.select_ids(["ms13"], [])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert "ms13" not in qdoc.doc.actors
    assert "ms13" not in view.map_scene.actor_items
    for tid in ("t1", "t2", "t4"):  # its ties went with it
        assert tid not in view.map_scene.tie_items
    qdoc.undo_stack.undo()
    assert "ms13" in view.map_scene.actor_items
    assert {"t1", "t2", "t4"} <= set(view.map_scene.tie_items)


def test_backspace_deletes_a_selected_tie(view, qdoc):
    view.select_ids([], ["t5"])
    QTest.keyClick(view, Qt.Key.Key_Backspace)
    assert "t5" not in qdoc.doc.ties and "oas" in qdoc.doc.actors


def test_rename_in_place_f2_enter_and_escape(view, qdoc):
    view.select_ids(["b18"], [])
    QTest.keyClick(view, Qt.Key.Key_F2)
    ed = view.name_editor
    assert ed is not None and ed.text() == "Barrio 18"
    QTest.keyClicks(ed, "Barrio 18 Revolucionarios")  # replaces the selected text
    QTest.keyClick(ed, Qt.Key.Key_Enter)
    assert qdoc.doc.actor("b18").name == "Barrio 18 Revolucionarios"
    assert view.map_scene.actor_items["b18"].label.text() == "Barrio 18 Revolucionarios"
    depth = qdoc.undo_stack.count()
    view.rename_actor("b18")
    QTest.keyClicks(view.name_editor, "junk")
    QTest.keyClick(view.name_editor, Qt.Key.Key_Escape)
    assert qdoc.doc.actor("b18").name == "Barrio 18 Revolucionarios"
    assert qdoc.undo_stack.count() == depth


def test_double_click_actor_renames_and_empty_name_is_refused(view, qdoc):
    msgs = []
    view.message.connect(msgs.append)
    QTest.mouseDClick(view.viewport(), L, NOMOD, actor_vp(view, "gov"))
    ed = view.name_editor
    assert ed is not None and ed.actor_id == "gov"
    ed.clear()
    QTest.keyClick(ed, Qt.Key.Key_Return)
    assert qdoc.doc.actor("gov").name == "Government"
    assert msgs and "name" in msgs[-1].lower()
    assert view.name_editor is ed  # still editing, nothing lost
    QTest.keyClick(ed, Qt.Key.Key_Escape)


def test_copy_paste_actors_with_their_ties(view, qdoc):
    view.select_ids(["ms13", "b18", "church"], [])
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    md = QGuiApplication.clipboard().mimeData()
    assert md.hasFormat("application/x-actormap-items+json")
    n_a, n_t = len(qdoc.doc.actors), len(qdoc.doc.ties)
    QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(qdoc.doc.actors) == n_a + 3
    assert len(qdoc.doc.ties) == n_t + 3  # t1, t2, t3 are among them; t4, t5 are not
    new_a, new_t = view.selected_ids()
    assert len(new_a) == 3 and len(new_t) == 3
    names = sorted(qdoc.doc.actor(a).name for a in new_a)
    assert names == ["Barrio 18", "Catholic Church", "MS-13"]
    assert qdoc.undo_stack.undoText() == "Paste 3 actors"
    qdoc.undo_stack.undo()
    assert len(qdoc.doc.actors) == n_a and len(qdoc.doc.ties) == n_t


def test_paste_of_foreign_text_is_a_message(view, qdoc):
    msgs = []
    view.message.connect(msgs.append)
    QGuiApplication.clipboard().setText('{"format": "actormap-clipboard", "actors": [{"name": ""}]}')
    n = len(qdoc.doc.actors)
    view.paste()
    assert len(qdoc.doc.actors) == n and msgs and "invalid" in msgs[-1]
    QGuiApplication.clipboard().setText("hello")
    view.paste()
    assert "no actors" in msgs[-1]


def test_select_all_and_arrow_nudge(view, qdoc):
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    a, t = view.selected_ids()
    assert set(a) == set(qdoc.doc.actors) and set(t) == set(qdoc.doc.ties)
    view.select_ids(["oas"], [])
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert qdoc.doc.actor("oas").x == 610
    qdoc.undo_stack.undo()
    assert qdoc.doc.actor("oas").x == 600


def test_outside_changes_update_items(view, qdoc):
    qdoc.push(MoveActors({"gov": (-100.0, -100.0)}))
    assert view.map_scene.actor_items["gov"].pos().toTuple() == (-100.0, -100.0)
    qdoc.push(UpdateActor("gov", {"power": 1, "name": "Ministry"}))
    item = view.map_scene.actor_items["gov"]
    assert item.radius() == 20.0 and item.label.text() == "Ministry"
    # the coercive tie gov -> ms13 ends at the new, smaller rim
    g = view.map_scene.tie_items["t4"].geometry()
    start = g.spine.pointAtPercent(0.0)
    assert abs(((start.x() + 100) ** 2 + (start.y() + 100) ** 2) ** 0.5 - 22.0) < 0.5
    qdoc.undo_stack.undo()
    assert view.map_scene.actor_items["gov"].radius() == 44.0
    from actormap.core.model import ActorMap

    qdoc.load(ActorMap(title="Empty"))
    assert not view.map_scene.actor_items and not view.map_scene.tie_items


def test_selection_round_trip_does_not_echo(view):
    got = []
    view.selectionChangedIds.connect(lambda a, t: got.append((a, t)))
    view.select_ids(["gov", "oas"], ["t1"])
    assert view.selected_ids() == (["gov", "oas"], ["t1"])
    assert got == []
    QTest.mouseClick(view.viewport(), L, NOMOD, actor_vp(view, "church"))
    assert got[-1] == (["church"], [])


def test_middle_drag_pans(view, qdoc):
    before = view.mapToScene(QPoint(100, 100))
    drag(view, QPoint(300, 300), QPoint(200, 250), button=Qt.MouseButton.MiddleButton)
    after = view.mapToScene(QPoint(100, 100))
    assert after.x() - before.x() == pytest.approx(100, abs=2)
    assert after.y() - before.y() == pytest.approx(50, abs=2)
    assert qdoc.undo_stack.count() == 0
