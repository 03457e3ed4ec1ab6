"""Provenance is stamped in one place, the document transaction: who added an item and who
changed it last, never for a mere move, never when undoing or redoing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from actormap.core.document import MapDocument
from actormap.core.edits import (
    AddItem,
    AddItems,
    AddView,
    MoveActors,
    RemoveItems,
    UpdateActor,
    UpdateItem,
    UpdateTie,
    make_actor,
    make_tie,
)
from actormap.core.errors import EditError
from actormap.core.model import ActorMap, Agreement, Event, Provenance, SavedView

T0 = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
T1 = datetime(2024, 5, 2, 17, 0, tzinfo=UTC)


def doc_by(author: str, when: datetime = T0) -> MapDocument:
    doc = MapDocument(ActorMap(actors=[make_actor(id="ms", name="MS-13"), make_actor(id="b18", name="Barrio 18")],
                               ties=[make_tie(id="t1", source="ms", target="b18", kind="conflict")]))
    doc.author = author
    doc.clock = lambda: when
    return doc


def test_an_added_actor_records_who_created_it_and_when():
    doc = doc_by("Ana")
    AddItems([make_actor(id="church", name="Church")]).apply(doc)
    assert doc.actor("church").provenance == Provenance(created_by="Ana", created_at=T0)


def test_a_changed_field_records_the_last_changer_and_keeps_the_creator():
    doc = doc_by("Ana")
    AddItems([make_actor(id="church", name="Church")]).apply(doc)
    doc.author, doc.clock = "Ben", (lambda: T1)
    UpdateActor("church", {"power": 5}).apply(doc)
    assert doc.actor("church").provenance == Provenance(created_by="Ana", created_at=T0,
                                                        changed_by="Ben", changed_at=T1)


def test_an_item_from_before_provenance_gets_only_the_change_stamp():
    doc = doc_by("Ben", T1)
    UpdateTie("t1", {"strength": 3}).apply(doc)
    assert doc.tie("t1").provenance == Provenance(changed_by="Ben", changed_at=T1)


@pytest.mark.parametrize("edit", [MoveActors({"ms": (120.0, -40.0)}), UpdateActor("ms", {"pinned": True}),
                                  UpdateActor("ms", {"x": 5.0, "y": 6.0, "pinned": True})])
def test_moving_or_pinning_is_not_an_authorship_change(edit):
    doc = doc_by("Ana")
    cs = edit.apply(doc)
    assert cs.changed("actors") == ["ms"]
    assert doc.actor("ms").provenance is None


def test_a_move_together_with_a_real_change_stamps():
    doc = doc_by("Ana")
    UpdateActor("ms", {"x": 5.0, "faction": "Mara"}).apply(doc)
    assert doc.actor("ms").provenance == Provenance(changed_by="Ana", changed_at=T0)


def test_undo_and_redo_restore_exactly_and_do_not_restamp():
    doc = doc_by("Ana")
    before = doc.actor("ms")
    edit = UpdateActor("ms", {"name": "MS13"})
    edit.apply(doc)
    stamped = doc.actor("ms")
    assert stamped.provenance == Provenance(changed_by="Ana", changed_at=T0)
    doc.author, doc.clock = "Ben", (lambda: T1)
    edit.revert(doc)
    assert doc.actor("ms") == before
    doc.apply(edit.changeset)  # redo
    assert doc.actor("ms") == stamped


def test_no_author_no_stamp():
    doc = doc_by("")
    AddItems([make_actor(id="church", name="Church")]).apply(doc)
    UpdateActor("ms", {"power": 1}).apply(doc)
    assert doc.actor("church").provenance is None and doc.actor("ms").provenance is None


def test_an_item_that_arrives_with_provenance_keeps_it():
    doc = doc_by("Ben", T1)
    history = Provenance(created_by="Ana", created_at=T0)
    AddItems([make_actor(id="church", name="Church", provenance=history)]).apply(doc)
    assert doc.actor("church").provenance == history


def test_an_edit_that_sets_provenance_itself_is_left_alone():
    doc = doc_by("Ben", T1)
    chosen = Provenance(created_by="Ana", changed_by="Carla")
    UpdateActor("ms", {"notes": "x", "provenance": chosen.model_dump()}).apply(doc)
    assert doc.actor("ms").provenance == chosen


def test_agreements_events_and_a_cascade_are_stamped_but_views_have_no_provenance():
    doc = doc_by("Ana")
    AddItem("agreements", Agreement(id="truce", name="Truce", parties=["ms", "b18"])).apply(doc)
    AddItem("events", Event(id="ev", name="Signed", date="2012-03-08", actor_ids=["ms"])).apply(doc)
    AddView(SavedView(id="v", name="Gangs", focus={"actor_ids": ["ms"]})).apply(doc)
    assert doc.get("agreements", "truce").provenance.created_by == "Ana"
    assert doc.get("events", "ev").provenance.created_by == "Ana"
    doc.author, doc.clock = "Ben", (lambda: T1)
    RemoveItems(["ms"]).apply(doc)  # the agreement and event drop the actor: a change by Ben
    assert doc.get("agreements", "truce").provenance == Provenance(created_by="Ana", created_at=T0,
                                                                   changed_by="Ben", changed_at=T1)
    assert doc.get("events", "ev").provenance.changed_by == "Ben"
    assert doc.get("views", "v").focus.actor_ids == []  # (no provenance field: nothing stamped)


def test_the_changeset_listeners_get_holds_the_stamped_item():
    doc = doc_by("Ana")
    seen = []
    doc.subscribe(seen.append)
    UpdateItem("actors", "ms", {"power": 4}).apply(doc)
    assert seen[0].get("actors", "ms").new.provenance.changed_by == "Ana"


def test_the_default_clock_is_utc_to_the_second():
    doc = doc_by("Ana")
    doc.clock = MapDocument().clock
    UpdateActor("ms", {"power": 4}).apply(doc)
    when = doc.actor("ms").provenance.changed_at
    assert when.tzinfo is not None and when.utcoffset().total_seconds() == 0 and when.microsecond == 0


@pytest.mark.parametrize("bad", ["Ana\nBen", "x" * 300])
def test_an_author_name_a_file_cannot_hold_is_refused(bad):
    doc = MapDocument()
    with pytest.raises(EditError, match="author name"):
        doc.author = bad
    assert doc.author == ""
