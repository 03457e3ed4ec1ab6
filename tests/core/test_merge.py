"""Three-way merge: changes to different items or fields merge, the same field changed
differently is a conflict kept in the map, a tie to an actor deleted on the other side is a
conflict (never a dangling tie), and the result always validates. Conflicts resolve by edits."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from truce_map import SAMPLE, truce_base

from actormap.core.conflicts import ResolveConflict, describe_conflict, resolve_all
from actormap.core.diff_report import Names
from actormap.core.document import MapDocument
from actormap.core.edits import (
    AddItems,
    Compound,
    Edit,
    MoveView,
    RemoveItems,
    SetMeta,
    UpdateActor,
    UpdateItem,
    UpdateTie,
    make_actor,
    make_tie,
)
from actormap.core.errors import EditError
from actormap.core.io import load_map
from actormap.core.merge import conflict_id, merge3
from actormap.core.model import ActorMap, SavedView


def base() -> ActorMap:
    return truce_base(views=[SavedView(id="v1", name="Gangs"), SavedView(id="v2", name="Church"),
                             SavedView(id="v3", name="All")])


def edited(amap: ActorMap, *edits: Edit, author: str = "", when: datetime | None = None) -> ActorMap:
    doc = MapDocument(amap)
    doc.author = author
    if when is not None:
        doc.clock = lambda: when
    for e in edits:
        e.apply(doc)
    return doc.snapshot()


def valid(amap: ActorMap) -> ActorMap:
    return ActorMap.model_validate(amap.model_dump())


def test_changes_to_different_items_and_fields_merge_cleanly():
    b = base()
    ours = edited(b, UpdateActor("ms", {"power": 5}), UpdateActor("church", {"notes": "ours"}))
    theirs = edited(b, UpdateActor("b18", {"faction": "Sureños"}), UpdateActor("church", {"power": 1}),
                    AddItems(ties=[make_tie(id="t9", source="church", target="b18", kind="trust")]))
    merged, conflicts = merge3(b, ours, theirs)
    assert conflicts == [] and merged.conflicts == []
    assert merged.actor("ms").power == 5 and merged.actor("b18").faction == "Sureños"
    assert (merged.actor("church").notes, merged.actor("church").power) == ("ours", 1)
    assert {t.id for t in merged.ties} == {"t1", "t2", "t3", "t9"}


def test_the_same_change_on_both_sides_is_taken_once():
    b = base()
    both = UpdateActor("ms", {"power": 5})
    merged, conflicts = merge3(b, edited(b, both), edited(b, UpdateActor("ms", {"power": 5})))
    assert conflicts == [] and merged.actor("ms").power == 5


def test_the_same_field_changed_differently_is_a_conflict_that_keeps_ours_and_who():
    b = base()
    ours = edited(b, UpdateActor("ms", {"power": 5}), author="Ana")
    theirs = edited(b, UpdateActor("ms", {"power": 1, "notes": "weaker"}), author="Ben")
    merged, conflicts = merge3(b, ours, theirs)
    (c,) = conflicts
    assert (c.collection, c.item_id, c.field, c.base, c.ours, c.theirs, c.ours_by, c.theirs_by) == (
        "actors", "ms", "power", 3, 5, 1, "Ana", "Ben")
    assert merged.actor("ms").power == 5 and merged.actor("ms").notes == "weaker"
    assert merged.conflicts == [c]
    assert describe_conflict(c, Names(merged)) == "actor 'MS-13': power: ours 5 by Ana, theirs 1 by Ben (base 3)"


def test_provenance_is_never_a_conflict_the_later_stamp_wins():
    b = base()
    ours = edited(b, UpdateActor("ms", {"power": 5}), author="Ana", when=datetime(2024, 1, 1, tzinfo=UTC))
    theirs = edited(b, UpdateActor("ms", {"notes": "x"}), author="Ben", when=datetime(2024, 2, 1, tzinfo=UTC))
    merged, conflicts = merge3(b, ours, theirs)
    assert conflicts == []
    assert merged.actor("ms").provenance.changed_by == "Ben"


def test_delete_actor_versus_add_tie_to_it_is_a_conflict_never_a_dangling_tie():
    b = base()
    ours = edited(b, RemoveItems(["church"]), author="Ana")  # its tie t2 goes with it
    theirs = edited(b, AddItems(ties=[make_tie(id="t9", source="church", target="b18", kind="trust")]),
                    author="Ben")
    merged, conflicts = merge3(b, ours, theirs)
    valid(merged)
    assert [(c.collection, c.item_id, c.field) for c in conflicts] == [("actors", "church", "")]
    (c,) = conflicts
    assert c.ours is None and c.theirs["name"] == "Church" and c.base["name"] == "Church"
    # the actor is kept whole (with the tie that only went with its deletion) until someone decides
    assert {t.id for t in merged.ties} == {"t1", "t2", "t3", "t9"}
    assert describe_conflict(c, Names(merged)) == "actor 'Church': ours deleted, theirs kept"

    doc = MapDocument(merged)
    ResolveConflict(c.id, "ours").apply(doc)  # delete it after all: its ties go by the same cascade
    assert "church" not in doc.actors and set(doc.ties) == {"t1", "t3"} and not doc.items("conflicts")
    doc = MapDocument(merged)
    ResolveConflict(c.id, "theirs").apply(doc)
    assert "church" in doc.actors and "t9" in doc.ties and not doc.items("conflicts")


def test_change_versus_delete_keeps_the_changed_item_as_a_whole_item_conflict():
    b = base()
    ours = edited(b, UpdateTie("t3", {"strength": 3}))
    theirs = edited(b, RemoveItems(tie_ids=["t3"]))
    merged, conflicts = merge3(b, ours, theirs)
    (c,) = conflicts
    assert (c.collection, c.item_id, c.field, c.theirs) == ("ties", "t3", "", None)
    assert c.ours["strength"] == 3 and next(t for t in merged.ties if t.id == "t3").strength == 3
    doc = MapDocument(merged)
    ResolveConflict(c.id, "theirs").apply(doc)
    assert "t3" not in doc.ties


def test_fields_that_do_not_fit_together_make_a_whole_item_conflict():
    b = base()
    ours = edited(b, UpdateTie("t1", {"start": "2012-03-01"}))
    theirs = edited(b, UpdateTie("t1", {"end": "2011-01-01"}))
    merged, conflicts = merge3(b, ours, theirs)
    assert [(c.item_id, c.field) for c in conflicts] == [("t1", "")]
    t1 = next(t for t in merged.ties if t.id == "t1")
    assert (str(t1.start), t1.end) == ("2012-03-01", None)


def test_both_adding_the_same_id_differently_conflicts_field_by_field():
    b = base()
    ours = edited(b, AddItems([make_actor(id="new", name="Militia", kind="militia")]))
    theirs = edited(b, AddItems([make_actor(id="new", name="Militia", kind="gang")]))
    merged, conflicts = merge3(b, ours, theirs)
    assert [(c.item_id, c.field, c.base, c.ours, c.theirs) for c in conflicts] == [
        ("new", "kind", None, "militia", "gang")]


def test_map_properties_merge_field_by_field():
    b = base()
    ours = edited(b, SetMeta({"title": "ours", "viewpoint": "from the church"}))
    theirs = edited(b, SetMeta({"title": "theirs", "description": "d"}))
    merged, conflicts = merge3(b, ours, theirs)
    assert [(c.collection, c.field, c.ours, c.theirs) for c in conflicts] == [("meta", "title", "ours", "theirs")]
    assert (merged.title, merged.viewpoint, merged.description) == ("ours", "from the church", "d")
    doc = MapDocument(merged)
    ResolveConflict(conflicts[0].id, "value", "agreed").apply(doc)
    assert doc.meta.title == "agreed" and not doc.items("conflicts")


def test_order_follows_the_side_that_changed_it_and_new_items_keep_their_place():
    b = base()
    ours = edited(b, MoveView("v3", 0))
    theirs = edited(b, Compound([UpdateItem("views", "v2", {"name": "Churches"})], "x"))
    theirs = ActorMap.model_validate({**theirs.model_dump(), "views": [
        *[v.model_dump() for v in theirs.views[:1]], {"id": "v4", "name": "New"},
        *[v.model_dump() for v in theirs.views[1:]]]})
    merged, conflicts = merge3(b, ours, theirs)
    assert conflicts == []
    assert [v.id for v in merged.views] == ["v3", "v1", "v4", "v2"]
    both = edited(b, MoveView("v1", 2))
    merged, conflicts = merge3(b, ours, both)
    assert [(c.collection, c.field) for c in conflicts] == [("views", "order")]
    assert [v.id for v in merged.views] == ["v3", "v1", "v2"]
    doc = MapDocument(merged)
    ResolveConflict(conflicts[0].id, "theirs").apply(doc)
    assert [v.id for v in doc.views] == ["v2", "v3", "v1"]


def test_conflict_ids_are_stable_so_merging_again_does_not_duplicate():
    b = base()
    ours, theirs = edited(b, UpdateActor("ms", {"power": 5})), edited(b, UpdateActor("ms", {"power": 1}))
    first, found = merge3(b, ours, theirs)
    assert found[0].id == conflict_id("actors", "ms", "power")
    again, _ = merge3(b, first, theirs)
    assert [c.id for c in again.conflicts] == [found[0].id]


def test_no_common_ancestor():
    ours, theirs = base(), base().model_copy(update={"title": "other"})
    merged, conflicts = merge3(None, ours, theirs)
    assert [(c.collection, c.field, c.base) for c in conflicts] == [("meta", "title", "Untitled map")]  # empty base
    assert len(merged.actors) == 4


def test_resolving_is_an_edit_and_undo_brings_the_conflict_back():
    b = base()
    merged, (c,) = merge3(b, edited(b, UpdateActor("ms", {"power": 5})), edited(b, UpdateActor("ms", {"power": 1})))
    doc = MapDocument(merged)
    edit = ResolveConflict(c.id, "theirs")
    cs = edit.apply(doc)
    assert doc.actor("ms").power == 1 and not doc.items("conflicts")
    assert cs.removed("conflicts") == [c.id] and cs.changed("actors") == ["ms"]
    edit.revert(doc)
    assert doc.actor("ms").power == 5 and list(doc.items("conflicts")) == [c.id]
    with pytest.raises(EditError, match="must be between|must be at most"):
        ResolveConflict(c.id, "value", 9).apply(doc)
    assert list(doc.items("conflicts")) == [c.id]
    assert resolve_all(doc, "ours") == [c.id] and doc.actor("ms").power == 5


def test_merging_real_sample_edits_validates():
    b = load_map(SAMPLE)
    a0, a1 = b.actors[0].id, b.actors[1].id
    ours = edited(b, RemoveItems([a0]), author="Ana")
    theirs = edited(b, UpdateActor(a0, {"notes": "still here"}), UpdateActor(a1, {"power": 1}), author="Ben")
    merged, conflicts = merge3(b, ours, theirs)
    valid(merged)
    assert [(c.item_id, c.field) for c in conflicts] == [(a0, "")]


# ---- property: random concurrent edit pairs ------------------------------------------------------
ACTOR_FIELDS = {"name": st.sampled_from(["A", "B", "C"]), "power": st.integers(1, 5),
                "faction": st.sampled_from(["", "x", "y"]), "notes": st.sampled_from(["", "n1", "n2"])}
TIE_FIELDS = {"kind": st.sampled_from(["trust", "conflict", "dialogue"]), "strength": st.integers(1, 3)}
N_ACTORS = 5


def op_strategy():
    actor = st.integers(0, N_ACTORS + 1)  # two ids beyond the base: actors a side may add
    tie = st.integers(0, 7)
    return st.one_of(
        st.tuples(st.just("set_actor"), actor, st.sampled_from(sorted(ACTOR_FIELDS))).flatmap(
            lambda t: ACTOR_FIELDS[t[2]].map(lambda v: (*t, v))),
        st.tuples(st.just("set_tie"), tie, st.sampled_from(sorted(TIE_FIELDS))).flatmap(
            lambda t: TIE_FIELDS[t[2]].map(lambda v: (*t, v))),
        st.tuples(st.just("del_actor"), actor),
        st.tuples(st.just("del_tie"), tie),
        st.tuples(st.just("add_actor"), actor),
        st.tuples(st.just("add_tie"), tie, actor, actor, st.sampled_from(["trust", "conflict"])),
    )


def base_map(tie_pairs) -> ActorMap:
    actors = [make_actor(id=f"a{i}", name=f"Actor {i}") for i in range(N_ACTORS)]
    ties = [make_tie(id=f"t{k}", source=f"a{i}", target=f"a{j}") for k, (i, j) in enumerate(tie_pairs) if i != j]
    return ActorMap(actors=actors, ties=ties)


def apply_ops(amap: ActorMap, ops, side: str) -> ActorMap:
    doc = MapDocument(amap)
    for op in ops:
        kind, rest = op[0], op[1:]
        try:
            if kind == "set_actor":
                UpdateActor(f"a{rest[0]}", {rest[1]: rest[2]}).apply(doc)
            elif kind == "set_tie":
                UpdateTie(f"t{rest[0]}", {rest[1]: rest[2]}).apply(doc)
            elif kind == "del_actor":
                RemoveItems([f"a{rest[0]}"]).apply(doc)
            elif kind == "del_tie":
                RemoveItems(tie_ids=[f"t{rest[0]}"]).apply(doc)
            elif kind == "add_actor":
                AddItems([make_actor(id=f"a{rest[0]}", name=f"{side} {rest[0]}")]).apply(doc)
            elif kind == "add_tie":
                AddItems(ties=[make_tie(id=f"t{rest[0]}", source=f"a{rest[1]}", target=f"a{rest[2]}",
                                        kind=rest[3])]).apply(doc)
        except (EditError, ValueError):
            continue  # an op that does not fit this side's map (deleted actor, taken id): skipped
    return doc.snapshot()


def expected(b: ActorMap, o: ActorMap, t: ActorMap):
    """The merge written from its definition, item by item and field by field (no shared code)."""
    conflicts: set[tuple[str, str, str]] = set()
    values: dict[tuple[str, str], dict | None] = {}  # what the result must hold (None: absent)
    pending_deletes: dict[tuple[str, str], dict] = {}  # deleted on one side only: absent unless restored
    for coll in ("actors", "ties"):
        in_b, in_o, in_t = ({i.id: i.model_dump() for i in getattr(m, coll)} for m in (b, o, t))
        for i in in_b.keys() | in_o.keys() | in_t.keys():
            bv, ov, tv = in_b.get(i), in_o.get(i), in_t.get(i)
            if ov == tv:
                values[coll, i] = ov
            elif ov == bv or tv == bv:
                chosen = tv if ov == bv else ov
                if chosen is None:
                    pending_deletes[coll, i] = bv
                values[coll, i] = chosen
            elif ov is None or tv is None:
                conflicts.add((coll, i, ""))
                values[coll, i] = ov if ov is not None else tv
            else:
                item = dict(ov)
                for f in ov:
                    base_f = bv[f] if bv else None
                    if ov[f] == tv[f] or tv[f] == base_f:
                        continue
                    if ov[f] == base_f:
                        item[f] = tv[f]
                    else:
                        conflicts.add((coll, i, f))
                values[coll, i] = item
    kept_ties = [v for (c, _), v in values.items() if c == "ties" and v is not None]
    restored = set()
    for tie in kept_ties:
        for end in (tie["source"], tie["target"]):
            if values.get(("actors", end)) is None:
                restored.add(end)
                conflicts.add(("actors", end, ""))
    return conflicts, values, pending_deletes, restored


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs=st.lists(st.tuples(st.integers(0, N_ACTORS - 1), st.integers(0, N_ACTORS - 1)), max_size=6),
       ours_ops=st.lists(op_strategy(), max_size=6), theirs_ops=st.lists(op_strategy(), max_size=6))
def test_random_concurrent_edits_merge_by_definition(pairs, ours_ops, theirs_ops):
    b = base_map(pairs)
    o, t = apply_ops(b, ours_ops, "ours"), apply_ops(b, theirs_ops, "theirs")
    merged, found = merge3(b, o, t)
    valid(merged)  # the result always validates: no dangling tie, no duplicate id
    want_conflicts, values, pending_deletes, restored = expected(b, o, t)
    assert {(c.collection, c.item_id, c.field) for c in found} == want_conflicts
    assert {(c.collection, c.item_id, c.field) for c in merged.conflicts} == want_conflicts
    got = {(c, i.id): i.model_dump() for c in ("actors", "ties") for i in getattr(merged, c)}
    for (coll, item_id), value in values.items():
        if (coll, item_id) in pending_deletes and item_id in restored:
            assert got[coll, item_id] == pending_deletes[coll, item_id]  # kept: its deletion is a conflict
        elif (coll, item_id) in pending_deletes and coll == "ties":
            # a tie that one side deleted with an actor comes back as it was when the actor is restored
            tie = pending_deletes[coll, item_id]
            ends = {tie["source"], tie["target"]}
            if ends & restored and all(("actors", e) in got for e in ends):
                assert got[coll, item_id] == tie
            else:
                assert (coll, item_id) not in got
        elif value is None:
            assert (coll, item_id) not in got
        else:
            # every change of either side that is not a conflict is in the result (conflicting fields: ours)
            assert got[coll, item_id] == value
