"""Edits: random sequences apply, undo exactly to the start, redo exactly to the end.

Invalid edits (drawn on purpose) must raise :class:`EditError` and change nothing.
A listener mirrors the document from its change notifications, as the GUI does,
and must agree with the document after every step.
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actormap.core.changeset import Changeset
from actormap.core.document import MapDocument
from actormap.core.edits import (
    AddItems,
    AddView,
    Compound,
    Edit,
    MoveActors,
    MoveView,
    RemoveItems,
    RemoveView,
    SetMeta,
    UpdateActor,
    UpdateTie,
    UpdateView,
    make_actor,
    make_tie,
    paste_items,
)
from actormap.core.errors import EditError
from actormap.core.io import dumps_map, load_map
from actormap.core.model import ActorKind, ActorMap, SavedView, TieKind

SAMPLE = Path(__file__).parent.parent / "fixtures" / "sample_like.actormap"

names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12).filter(
    lambda s: s.strip()
)
coords = st.floats(-1e4, 1e4, allow_nan=False)
bad_coords = st.sampled_from([math.nan, math.inf, 2e7])


class Mirror:
    """Rebuilds actors, ties and meta from change notifications only."""

    def __init__(self, doc: MapDocument):
        self.actors = dict(doc.actors)
        self.ties = dict(doc.ties)
        self.meta = doc.meta
        self.received = 0
        doc.subscribe(self.on_change)

    def on_change(self, cs: Changeset) -> None:
        self.received += 1
        for coll, store in (("actors", self.actors), ("ties", self.ties)):
            for item_id, ch in cs.items.get(coll, {}).items():
                if ch.new is None:
                    del store[item_id]
                else:
                    store[item_id] = ch.new
        if cs.meta:
            self.meta = cs.meta[1]

    def agrees_with(self, doc: MapDocument) -> bool:
        return self.actors == doc.actors and self.ties == doc.ties and self.meta == doc.meta


def _pick(data, items, label):
    return data.draw(st.sampled_from(sorted(items)), label=label) if items else "missing"


def draw_edit(data, doc: MapDocument) -> Edit:
    """One random edit for the current document; about a quarter are invalid."""
    actors, ties, views = sorted(doc.actors), sorted(doc.ties), [v.id for v in doc.views]
    kind = data.draw(st.sampled_from([
        "add_actor", "add_tie", "remove", "move", "update_actor", "update_tie", "meta", "compound", "paste",
        "add_view", "remove_view", "update_view", "move_view",
        "bad_add_dup", "bad_tie_missing", "bad_remove", "bad_move", "bad_update", "bad_tie_self",
        "bad_meta", "bad_compound", "bad_view",
    ]), label="kind")
    n = doc.revision
    if kind == "add_actor":
        k = data.draw(st.integers(1, 3))
        return AddItems([make_actor(id=f"new{n}-{i}", name=data.draw(names), kind=data.draw(st.sampled_from(list(ActorKind))),
                                    x=data.draw(coords), y=data.draw(coords)) for i in range(k)])
    if kind == "add_tie" and len(actors) >= 2:
        s, t = data.draw(st.lists(st.sampled_from(actors), min_size=2, max_size=2, unique=True))
        return AddItems(ties=[make_tie(id=f"tie{n}", source=s, target=t, kind=data.draw(st.sampled_from(list(TieKind))),
                                       strength=data.draw(st.integers(1, 3)))])
    if kind == "remove" and (actors or ties):
        return RemoveItems(data.draw(st.lists(st.sampled_from(actors or ["x"]), max_size=2)) if actors else [],
                           data.draw(st.lists(st.sampled_from(ties), max_size=2)) if ties else [])
    if kind == "move" and actors:
        ids = data.draw(st.lists(st.sampled_from(actors), min_size=1, max_size=3, unique=True))
        return MoveActors({a: (data.draw(coords), data.draw(coords)) for a in ids})
    if kind == "update_actor" and actors:
        changes = data.draw(st.fixed_dictionaries({}, optional={
            "name": names, "power": st.integers(1, 5), "legitimacy": st.none() | st.floats(0, 1),
            "faction": st.text(max_size=5), "external": st.booleans(), "notes": st.text(max_size=20),
            "kind": st.sampled_from(list(ActorKind)), "sources": st.lists(names, max_size=2)}))
        return UpdateActor(_pick(data, actors, "actor"), changes)
    if kind == "update_tie" and ties and len(actors) >= 2:
        s, t = data.draw(st.lists(st.sampled_from(actors), min_size=2, max_size=2, unique=True))
        changes = data.draw(st.fixed_dictionaries({}, optional={
            "kind": st.sampled_from(list(TieKind)), "strength": st.integers(1, 3), "source": st.just(s),
            "target": st.just(t), "confidence": st.sampled_from(["rumoured", "reported", "confirmed"])}))
        if ("source" in changes) != ("target" in changes):  # moving one end could make a self-loop: keep both
            changes.update(source=s, target=t)
        return UpdateTie(_pick(data, ties, "tie"), changes)
    if kind == "meta":
        return SetMeta(data.draw(st.fixed_dictionaries({}, optional={
            "title": st.text(max_size=10), "viewpoint": st.text(max_size=10),
            "authors": st.lists(names, max_size=2), "sensitivity": st.sampled_from(["public", "confidential"])})))
    if kind == "compound" and actors:
        return Compound([MoveActors({actors[0]: (data.draw(coords), 0.0)}),
                         SetMeta({"title": data.draw(st.text(max_size=5))}),
                         AddItems([make_actor(id=f"c{n}", name="C")])], "compound")
    if kind == "paste" and actors:
        chosen = data.draw(st.lists(st.sampled_from(actors), min_size=1, max_size=3, unique=True))
        return paste_items([doc.actor(a) for a in chosen], list(doc.ties.values()))
    if kind == "add_view":
        focus = data.draw(st.lists(st.sampled_from(actors), max_size=2, unique=True)) if actors else []
        return AddView(SavedView(id=f"view{n}", name=data.draw(names), focus={"actor_ids": focus}),
                       index=data.draw(st.none() | st.integers(0, 5)))
    if kind == "remove_view" and views:
        return RemoveView(data.draw(st.sampled_from(views)))
    if kind == "update_view" and views:
        return UpdateView(data.draw(st.sampled_from(views)), {"name": data.draw(names), "width": data.draw(st.floats(100, 4000))})
    if kind == "move_view" and views:
        return MoveView(data.draw(st.sampled_from(views)), data.draw(st.integers(0, len(views))))
    # ---- invalid edits ----
    if kind == "bad_add_dup" and actors:
        return AddItems([make_actor(id=actors[0], name="dup")])
    if kind == "bad_tie_missing" and actors:
        return AddItems(ties=[make_tie(id=f"bt{n}", source=actors[0], target="nobody")])
    if kind == "bad_move" and actors:
        return MoveActors({actors[0]: (1.0, 2.0), actors[-1]: (data.draw(bad_coords), 0.0)})
    if kind == "bad_update" and actors:
        return UpdateActor(actors[0], data.draw(st.sampled_from([
            {"power": 9}, {"name": ""}, {"legitimacy": 2}, {"kind": "wizard"}, {"colour": "red"}])))
    if kind == "bad_tie_self" and ties:
        t = doc.tie(ties[0])
        return UpdateTie(t.id, {"target": t.source})
    if kind == "bad_meta":
        return SetMeta(data.draw(st.sampled_from([{"sensitivity": "secret"}, {"as_of": "soon"}, {"actors": []}])))
    if kind == "bad_compound" and actors:
        return Compound([MoveActors({actors[0]: (5.0, 5.0)}), SetMeta({"title": "half-done"}),
                         UpdateActor(actors[0], {"power": 0})], "bad compound")
    if kind == "bad_view":
        return AddView(SavedView(id=f"bv{n}", name="v", focus={"actor_ids": ["nobody"]}))
    return RemoveItems(["no-such-actor"])  # "bad_remove" and any kind not possible right now


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edits_undo_and_redo_exactly(data):
    counter = itertools.count()
    with mock.patch("actormap.core.edits.new_id", lambda: f"pasted-{next(counter)}"):  # reproducible ids
        _run_random_edits(data)


def _run_random_edits(data):
    doc = MapDocument(load_map(SAMPLE))
    mirror = Mirror(doc)
    original = dumps_map(doc.snapshot())
    done: list[tuple[Edit, ActorMap, ActorMap]] = []
    for _ in range(data.draw(st.integers(1, 25), label="steps")):
        edit = draw_edit(data, doc)
        before = doc.snapshot()
        received = mirror.received
        try:
            cs = edit.apply(doc)
        except EditError:
            assert doc.snapshot() == before, f"failed {type(edit).__name__} changed the map"
            assert mirror.agrees_with(doc)
            assert mirror.received == received, "a failed edit notified listeners"
            continue
        after = doc.snapshot()
        assert mirror.received == received + (1 if cs else 0), "one changeset per edit"
        assert bool(cs) == (after != before)
        ActorMap.model_validate(after.model_dump())  # an edit never makes the map invalid
        assert mirror.agrees_with(doc)
        done.append((edit, before, after))
    final = dumps_map(doc.snapshot())
    for edit, before, _ in reversed(done):
        edit.revert(doc)
        assert doc.snapshot() == before
        assert mirror.agrees_with(doc)
    assert dumps_map(doc.snapshot()) == original
    for edit, _, after in done:
        edit.apply(doc)
        assert doc.snapshot() == after
    assert dumps_map(doc.snapshot()) == final
    assert mirror.agrees_with(doc)


# ---- specific cases -----------------------------------------------------------------
@pytest.fixture
def doc() -> MapDocument:
    return MapDocument(load_map(SAMPLE))


def test_remove_actor_takes_its_ties_and_undo_restores_them(doc):
    n_ties = len(doc.ties_of("a-ms13"))
    assert n_ties >= 3
    before = dumps_map(doc.snapshot())
    e = RemoveItems(["a-ms13"])
    e.apply(doc)
    assert "a-ms13" not in doc.actors and not any("a-ms13" in (t.source, t.target) for t in doc.ties.values())
    e.revert(doc)
    assert dumps_map(doc.snapshot()) == before and len(doc.ties_of("a-ms13")) == n_ties


def test_update_tie_can_move_both_ends(doc):
    UpdateTie("t-8", {"source": "a-self", "target": "a-gov"}).apply(doc)
    assert {t.id for t in doc.ties_of("a-self")} == {"t-8"} and "t-8" not in {t.id for t in doc.ties_of("a-oas")}


def test_update_tie_to_a_missing_actor_is_refused(doc):
    before = dumps_map(doc.snapshot())
    with pytest.raises(EditError, match="missing actor nobody"):
        UpdateTie("t-8", {"target": "nobody"}).apply(doc)
    assert dumps_map(doc.snapshot()) == before


def test_move_with_a_non_number_is_an_edit_error(doc):
    before = dumps_map(doc.snapshot())
    with pytest.raises(EditError):
        MoveActors({"a-ms13": ("left", 0.0)}).apply(doc)
    assert dumps_map(doc.snapshot()) == before


def test_paste_copies_actors_and_the_ties_among_them(doc):
    e = paste_items([doc.actor("a-church"), doc.actor("a-nolasco")], list(doc.ties.values()), offset=(10, 20))
    e.apply(doc)
    new = [a for a in doc.actors.values() if a.name in ("Bishop Fabio Colindres", "Raúl Mijango") and not a.id.startswith("a-")]
    assert len(new) == 2 and {(a.x, a.y) for a in new} == {(10.0, -60.0), (20.0, -130.0)}
    assert len(e.ties) == 1 and e.ties[0].kind == "symbiotic"


def test_changing_the_id_is_refused():
    with pytest.raises(EditError):
        UpdateActor("a", {"id": "b"})
