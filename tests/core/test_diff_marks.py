"""The diff overlay as a pure function: what to ghost and highlight when a variant is drawn over its base."""

from __future__ import annotations

from actormap.core.diff_marks import diff_marks, overlay_map
from actormap.core.document import MapDocument
from actormap.core.edits import (
    AddItems,
    Compound,
    MoveActors,
    RemoveItems,
    UpdateActor,
    UpdateTie,
    make_actor,
    make_tie,
)
from actormap.core.model import ActorMap


def base() -> ActorMap:
    actors = [make_actor(id=i, name=i, kind="gang", x=float(n * 100)) for n, i in enumerate(("a", "b", "c", "d"))]
    ties = [make_tie(id="ab", source="a", target="b", kind="conflict"),
            make_tie(id="bc", source="b", target="c", kind="trust"),
            make_tie(id="cd", source="c", target="d", kind="coercive")]
    return ActorMap(actors=actors, ties=ties)


def variant(*edits) -> ActorMap:
    doc = MapDocument(base())
    Compound(list(edits), "v").apply(doc)
    return doc.snapshot()


def test_marks():
    v = variant(RemoveItems(["d"]), UpdateTie("ab", {"kind": "dialogue"}), UpdateActor("c", {"agenda": "social"}),
                MoveActors({"b": (5.0, 5.0)}),
                AddItems([make_actor(id="e", name="e")], [make_tie(id="ce", source="c", target="e", kind="trust")]))
    m = diff_marks(base(), v)
    assert m.ghost_actors == {"d"} and m.ghost_ties == {"cd"}  # the tie went with its actor
    assert m.added_actors == {"e"} and m.added_ties == {"ce"}
    assert m.changed_ties == {"ab": ("kind",)} and m.changed_actors == {"c": ("agenda",)}  # b only moved
    assert m.highlighted_ties == {"ab", "ce"} and m.highlighted_actors == {"c", "e"}
    assert not diff_marks(base(), variant(MoveActors({"a": (1.0, 1.0)})))


def test_overlay_map_draws_the_variant_with_the_ghosts_where_they_were():
    v = variant(RemoveItems(["d"]), UpdateTie("ab", {"kind": "dialogue"}))
    o = overlay_map(base(), v)
    assert [a.id for a in o.actors] == ["a", "b", "c", "d"]
    assert next(a for a in o.actors if a.id == "d").x == 300.0
    assert {t.id: t.kind for t in o.ties} == {"ab": "dialogue", "bc": "trust", "cd": "coercive"}
