"""Saved views: stored in the file in the user's order, edited only by undoable edits."""

from __future__ import annotations

import json

import pytest

from actormap.core.document import MapDocument
from actormap.core.edits import (
    AddView,
    Compound,
    MoveView,
    RemoveItems,
    RemoveView,
    UpdateView,
    make_actor,
)
from actormap.core.errors import EditError
from actormap.core.io import MapFileError, dumps_map, load_map, loads_map, save_map
from actormap.core.model import ActorMap, SavedView, Tie, TieKind, ViewFocus


def _map() -> ActorMap:
    a = make_actor(id="a", name="MS-13", kind="gang", faction="MS")
    b = make_actor(id="b", name="Barrio 18", kind="gang", faction="18")
    c = make_actor(id="c", name="Church", kind="religious")
    ties = [Tie(id="t1", source="a", target="c", kind="dialogue"), Tie(id="t2", source="a", target="b", kind="conflict")]
    views = [
        # deliberately not sorted by id nor by name: the file must keep this order
        SavedView(id="z-view", name="Overview", center_x=10.5, center_y=-3.25, width=1700.0, height=1100.0),
        SavedView(
            id="a-view",
            name="Gangs only",
            width=640.0,
            height=400.0,
            focus=ViewFocus(actor_ids=["a", "b"], factions=["MS"], tie_kinds=[TieKind.CONFLICT], hide_others=True),
            notes="step 2 — the rivalry",
        ),
        SavedView(id="m-view", name="Church channel", focus=ViewFocus(actor_ids=["c"])),
    ]
    return ActorMap(title="t", actors=[a, b, c], ties=ties, views=views)


def _names(doc: MapDocument) -> list[str]:
    return [v.name for v in doc.views]


# ---- file round trip --------------------------------------------------------

def test_views_round_trip_through_the_file_in_order(tmp_path):
    amap = _map()
    path = tmp_path / "m.actormap"
    save_map(amap, path)
    back = load_map(path)
    assert back.views == amap.views
    assert [v.id for v in back.views] == ["z-view", "a-view", "m-view"]
    assert back.views[1].focus.tie_kinds == [TieKind.CONFLICT]
    assert back.views[1].focus.hide_others is True
    assert back.views[1].notes == "step 2 — the rivalry"
    # canonical: saving what was loaded gives the same bytes
    assert dumps_map(back) == path.read_text(encoding="utf-8")


def test_views_in_json_are_plain_data():
    data = json.loads(dumps_map(_map()))
    v = data["views"][1]
    assert v["name"] == "Gangs only"
    assert v["focus"] == {"actor_ids": ["a", "b"], "factions": ["MS"], "tie_kinds": ["conflict"], "hide_others": True}
    v0 = data["views"][0]
    assert (v0["center_x"], v0["center_y"], v0["width"], v0["height"]) == (10.5, -3.25, 1700.0, 1100.0)


def test_file_without_views_loads_with_none():
    data = json.loads(dumps_map(_map()))
    del data["views"]
    assert loads_map(json.dumps(data)).views == []


def test_document_snapshot_keeps_views():
    doc = MapDocument(_map())
    assert doc.snapshot().views == _map().views
    assert loads_map(dumps_map(doc.snapshot())).views == _map().views


@pytest.mark.parametrize(
    "mutate, fragment",
    [
        (lambda d: d["views"][2]["focus"].update(actor_ids=["ghost"]), "missing actor"),
        (lambda d: d["views"][1].update(id="z-view"), "share the id"),
        (lambda d: d["views"][0].update(width=0), "width"),
        (lambda d: d["views"][0].update(height=float("nan")), ""),
        (lambda d: d["views"][0].update(zoom=2.0), "zoom"),
        (lambda d: d["views"][0].update(name="  "), "name"),
        (lambda d: d["views"][0]["focus"].update(tie_kinds=["hugs"]), "tie_kinds"),
        (lambda d: d["views"][0].update(camera="x"), "camera"),
    ],
)
def test_bad_views_in_a_file_give_one_clear_error(mutate, fragment):
    data = json.loads(dumps_map(_map()))
    mutate(data)
    with pytest.raises(MapFileError) as err:
        loads_map(json.dumps(data), "m.actormap")
    assert "m.actormap" in str(err.value)
    assert fragment in str(err.value)


# ---- edits --------------------------------------------------------------------

def test_add_view_appends_or_inserts_and_reverts():
    doc = MapDocument(_map())
    before = doc.snapshot()
    e = AddView(SavedView(id="new", name="New"))
    e.apply(doc)
    assert _names(doc) == ["Overview", "Gangs only", "Church channel", "New"]
    e.revert(doc)
    assert doc.snapshot() == before
    e2 = AddView(SavedView(id="first", name="First"), index=0)
    e2.apply(doc)
    assert _names(doc)[0] == "First"
    e2.revert(doc)
    e2.apply(doc)  # redo
    assert _names(doc)[0] == "First"


def test_add_view_refuses_duplicates_and_missing_actors():
    doc = MapDocument(_map())
    before = doc.snapshot()
    with pytest.raises(EditError):
        AddView(SavedView(id="z-view", name="Again")).apply(doc)
    with pytest.raises(EditError, match="missing actor"):
        AddView(SavedView(name="Ghost", focus=ViewFocus(actor_ids=["ghost"]))).apply(doc)
    assert doc.snapshot() == before


def test_remove_view_restores_at_the_same_place():
    doc = MapDocument(_map())
    before = doc.snapshot()
    e = RemoveView("a-view")
    e.apply(doc)
    assert _names(doc) == ["Overview", "Church channel"]
    e.revert(doc)
    assert doc.snapshot() == before
    assert _names(doc) == ["Overview", "Gangs only", "Church channel"]
    with pytest.raises(EditError):
        RemoveView("nope").apply(doc)


def test_update_view_renames_and_changes_camera_and_focus():
    doc = MapDocument(_map())
    before = doc.snapshot()
    rename = UpdateView("m-view", {"name": "  Mediation channel  "})
    assert rename.label == "Rename view"
    rename.apply(doc)
    assert _names(doc) == ["Overview", "Gangs only", "Mediation channel"]
    cam = UpdateView("z-view", {"center_x": 1.0, "width": 300.0, "focus": ViewFocus(factions=["18"])})
    cam.apply(doc)
    v = doc.views[0]
    assert (v.center_x, v.center_y, v.width, v.height, v.focus.factions) == (1.0, -3.25, 300.0, 1100.0, ["18"])
    cam.revert(doc)
    rename.revert(doc)
    assert doc.snapshot() == before


@pytest.mark.parametrize(
    "changes",
    [{"name": ""}, {"width": -1}, {"height": 0}, {"zoom": 2}, {"id": "x"}, {"focus": {"actor_ids": ["ghost"]}},
     {"colour": 1}],
)
def test_bad_view_updates_change_nothing(changes):
    doc = MapDocument(_map())
    before = doc.snapshot()
    with pytest.raises(EditError):
        UpdateView("z-view", changes).apply(doc)
    assert doc.snapshot() == before


def test_update_of_missing_view_is_an_edit_error():
    with pytest.raises(EditError):
        UpdateView("nope", {"name": "x"}).apply(MapDocument(_map()))


@pytest.mark.parametrize("new_index", [0, 1, 2, 5, -3])
def test_move_view_reorders_and_reverts(new_index):
    doc = MapDocument(_map())
    before = doc.snapshot()
    e = MoveView("m-view", new_index)
    e.apply(doc)
    expected = ["Overview", "Gangs only"]
    expected.insert(max(0, min(new_index, 2)), "Church channel")
    assert _names(doc) == expected
    e.revert(doc)
    assert doc.snapshot() == before
    e.apply(doc)  # redo gives the same order again
    assert _names(doc) == expected


def test_move_first_view_to_the_end():
    doc = MapDocument(_map())
    MoveView("z-view", 2).apply(doc)
    assert _names(doc) == ["Gangs only", "Church channel", "Overview"]


def test_deleting_an_actor_drops_it_from_view_focus_and_undo_restores_it():
    doc = MapDocument(_map())
    before = doc.snapshot()
    e = RemoveItems(actor_ids=["a"])
    e.apply(doc)
    assert doc.views[1].focus.actor_ids == ["b"]
    assert doc.views[2].focus.actor_ids == ["c"]
    # the map is still valid and savable
    assert loads_map(dumps_map(doc.snapshot())).views[1].focus.actor_ids == ["b"]
    e.revert(doc)
    assert doc.snapshot() == before
    e.apply(doc)  # redo
    assert doc.views[1].focus.actor_ids == ["b"]


def test_compound_of_view_edits_rolls_back_on_failure():
    doc = MapDocument(_map())
    before = doc.snapshot()
    bad = Compound([RemoveView("z-view"), MoveView("a-view", 0), RemoveView("nope")], "x")
    with pytest.raises(EditError):
        bad.apply(doc)
    assert doc.snapshot() == before


def test_view_edits_notify_listeners():
    doc = MapDocument(_map())
    seen = []
    doc.subscribe(lambda cs: seen.append((cs.collections(), cs.counts().get("views"))))
    AddView(SavedView(name="n")).apply(doc)
    UpdateView("z-view", {"name": "o"}).apply(doc)
    RemoveView("z-view").apply(doc)
    assert seen == [(["views"], {"added": 1, "removed": 0, "changed": 0}),
                    (["views"], {"added": 0, "removed": 0, "changed": 1}),
                    (["views"], {"added": 0, "removed": 1, "changed": 0})]


def test_qt_document_undo_stack_and_signal(qtbot):
    from actormap.gui.undo import QtDocument

    qdoc = QtDocument(_map())
    before = qdoc.doc.snapshot()
    with qtbot.waitSignal(qdoc.changed, check_params_cb=lambda cs: cs.touches("views")):
        qdoc.push(AddView(SavedView(id="n", name="New view")))
    qdoc.push(MoveView("n", 0))
    qdoc.push(UpdateView("n", {"name": "Renamed"}))
    qdoc.push(RemoveView("a-view"))
    after = qdoc.doc.snapshot()
    assert [v.name for v in after.views] == ["Renamed", "Overview", "Church channel"]
    assert qdoc.undo_stack.undoText() == "Delete view"
    for _ in range(4):
        qdoc.undo_stack.undo()
    assert qdoc.doc.snapshot() == before
    for _ in range(4):
        qdoc.undo_stack.redo()
    assert qdoc.doc.snapshot() == after


# ---- what a focus shows -------------------------------------------------------

def test_focus_items_follow_the_documented_rules():
    from actormap.core.view_focus import focus_items

    amap = _map()
    acts, ties = amap.actors, amap.ties
    assert focus_items(acts, ties, ViewFocus()) is None
    assert focus_items(acts, ties, ViewFocus(actor_ids=["a", "c"])) == ({"a", "c"}, {"t1"})
    assert focus_items(acts, ties, ViewFocus(factions=["MS", "18"])) == ({"a", "b"}, {"t2"})
    assert focus_items(acts, ties, ViewFocus(actor_ids=["c"], factions=["MS"])) == ({"a", "c"}, {"t1"})
    # tie kinds alone: those ties and the actors at their ends
    assert focus_items(acts, ties, ViewFocus(tie_kinds=["conflict"])) == ({"a", "b"}, {"t2"})
    # tie kinds restrict ties among the chosen actors
    assert focus_items(acts, ties, ViewFocus(factions=["MS", "18"], tie_kinds=["dialogue"])) == ({"a", "b"}, set())
    doc = MapDocument(amap)  # dicts work too
    assert focus_items(doc.actors, doc.ties, ViewFocus(actor_ids=["b"])) == ({"b"}, set())
