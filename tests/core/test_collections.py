"""Collections declared once: a new collection needs no document, edit or encoder code.

``collection_fixture.SightedMap`` adds a ``sightings`` collection (one model class, one
field, one row in the table). Everything below uses only the generic machinery.
"""

from __future__ import annotations

import json

import pytest

from actormap.core.changeset import Changeset
from actormap.core.diff import diff
from actormap.core.document import MapDocument
from actormap.core.edits import AddItem, RemoveItems, UpdateItem, make_actor, make_tie
from actormap.core.errors import EditError
from actormap.core.io import MapStore, dumps_map
from collection_fixture import SightedMap, Sighting


def sighted() -> SightedMap:
    actors = [make_actor(id=i, name=n) for i, n in (("a", "MS-13"), ("b", "Barrio 18"), ("c", "Church"))]
    ties = [make_tie(id="t1", source="a", target="b", kind="conflict")]
    return SightedMap(actors=actors, ties=ties, sightings=[
        Sighting(id="s1", name="market", actor_id="a", with_ids=["b", "c"]),
        Sighting(id="s2", name="prison", actor_id="b", with_ids=["a"]),
    ])


def test_the_new_collection_is_saved_and_loaded_through_the_store(tmp_path):
    store = MapStore(model=SightedMap)
    path = tmp_path / "sighted.actormap"
    store.write(path, sighted())
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [s["id"] for s in data["sightings"]] == ["s1", "s2"]
    back = store.read(path)
    assert type(back) is SightedMap and back == sighted()
    assert store.dumps(back) == path.read_bytes()


def test_integrity_of_the_new_collection_is_checked_on_load():
    data = json.loads(dumps_map(sighted()))
    data["sightings"][0]["actor_id"] = "ghost"
    with pytest.raises(ValueError, match="sighting 'market' points at a missing actor 'ghost'"):
        SightedMap.model_validate(data)
    data = json.loads(dumps_map(sighted()))
    data["sightings"][1]["id"] = "a"  # ids are unique across collections
    with pytest.raises(ValueError, match="used twice"):
        SightedMap.model_validate(data)


def test_removing_an_actor_cascades_into_the_new_collection_and_undo_restores_it():
    doc = MapDocument(sighted())
    before = doc.snapshot()
    seen: list[Changeset] = []
    doc.subscribe(seen.append)
    edit = RemoveItems(actor_ids=["a"])
    edit.apply(doc)
    assert len(seen) == 1  # one changeset for the actor, its tie and the sightings
    cs = seen[0]
    assert cs.removed("actors") == ["a"] and cs.removed("ties") == ["t1"]
    assert cs.removed("sightings") == ["s1"]  # refers to "a" by actor_id: cascade
    assert cs.changed("sightings") == ["s2"]  # mentions "a" in with_ids: dropped from the list
    assert doc.items("sightings")["s2"].with_ids == []
    SightedMap.model_validate(doc.snapshot().model_dump())  # still a valid map
    edit.revert(doc)
    assert doc.snapshot() == before and type(doc.snapshot()) is SightedMap
    edit.apply(doc)  # redo
    assert set(doc.items("sightings")) == {"s2"}


def test_generic_edits_add_change_and_refuse_bad_references():
    doc = MapDocument(sighted())
    AddItem("sightings", Sighting(id="s3", name="church door", actor_id="c")).apply(doc)
    UpdateItem("sightings", "s3", {"with_ids": ["a", "b"]}).apply(doc)
    assert doc.items("sightings")["s3"].with_ids == ["a", "b"]
    before = doc.snapshot()
    with pytest.raises(EditError, match="missing actor ghost"):
        UpdateItem("sightings", "s3", {"actor_id": "ghost"}).apply(doc)
    with pytest.raises(EditError, match="no collection"):
        UpdateItem("rumours", "s3", {"name": "x"}).apply(doc)
    assert doc.snapshot() == before


def test_diff_and_apply_cover_the_new_collection():
    a = sighted()
    doc = MapDocument(a)
    RemoveItems(actor_ids=["c"]).apply(doc)
    b = doc.snapshot()
    cs = diff(a, b)
    assert cs.changed("sightings") == ["s1"] and cs.removed("actors") == ["c"]
    other = MapDocument(a)
    other.apply(cs)
    assert other.snapshot() == b
    other.apply(cs.inverse())
    assert other.snapshot() == a


def test_a_failing_transaction_changes_nothing_and_notifies_no_one():
    doc = MapDocument(sighted())
    before = doc.snapshot()
    seen = []
    doc.subscribe(seen.append)
    with pytest.raises(EditError), doc.transaction("half") as tx:
        tx.remove("actors", "c")
        tx.update("sightings", "s1", {"name": "renamed"})
        tx.add("sightings", Sighting(id="s9", name="x", actor_id="nobody"))  # fails at the check
    assert doc.snapshot() == before and seen == [] and doc.revision == 0


def test_nested_transactions_emit_one_changeset():
    doc = MapDocument(sighted())
    seen = []
    doc.subscribe(seen.append)
    with doc.transaction("outer") as tx:
        tx.update("actors", "a", {"power": 5})
        with doc.transaction("inner") as inner:
            inner.update("actors", "b", {"power": 1})
    assert len(seen) == 1 and seen[0].label == "outer" and seen[0].changed("actors") == ["a", "b"]


def test_changeset_then_composes_and_cancels_out():
    doc = MapDocument(sighted())
    first = UpdateItem("actors", "a", {"power": 5}).apply(doc)
    second = UpdateItem("actors", "a", {"power": 3}).apply(doc)  # back to the default
    assert not first.then(second)  # the actor ends as it began
    third = RemoveItems(actor_ids=["c"]).apply(doc)
    both = first.then(third)
    assert both.changed("actors") == ["a"] and both.removed("actors") == ["c"]
