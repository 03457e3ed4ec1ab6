"""Strategy edits: each does what its strategy means, in one transaction, and undoes exactly."""

from __future__ import annotations

import pytest

from actormap.core.document import MapDocument
from actormap.core.edits import make_actor, make_tie
from actormap.core.errors import EditError
from actormap.core.model import ActorMap, Agreement, AgreementKind, AgreementStatus, TieKind
from actormap.core.strategy import (
    AddTie,
    DropTies,
    RemoveActors,
    SignAgreement,
    ToDialogue,
    Transform,
    Truce,
    strategy_id,
)


def base() -> ActorMap:
    actors = [make_actor(id=i, name=n, kind=k, faction=f) for i, n, k, f in (
        ("a", "Gang A", "gang", "A"), ("b", "Gang B", "gang", "B"), ("c", "Barrio", "community", "Town"),
        ("d", "Parish", "religious", "Church"), ("s", "Police", "state_agent", "State"))]
    ties = [make_tie(id=i, source=s, target=t, kind=k, strength=w) for i, s, t, k, w in (
        ("t1", "a", "b", "conflict", 3), ("t2", "a", "b", "coercive", 1), ("t3", "a", "c", "parasitic", 2),
        ("t4", "a", "c", "coercive", 2), ("t5", "d", "a", "trust", 2), ("t6", "s", "a", "coercive", 2))]
    ag = Agreement(id="ag", name="Old pact", parties=["a", "b"], facilitators=["d"])
    return ActorMap(title="t", actors=actors, ties=ties, agreements=[ag])


def run(edit, amap=None):
    doc = MapDocument(amap or base())
    cs = edit.apply(doc)
    return doc, cs


def undone(edit, doc) -> ActorMap:
    edit.revert(doc)
    return doc.snapshot()


def test_remove_actors_takes_their_ties_and_drops_them_from_agreements():
    edit = RemoveActors(["a"], verb="Arrest")
    doc, cs = run(edit)
    assert edit.label == "Arrest 1 actor"
    assert set(doc.actors) == {"b", "c", "d", "s"}
    assert not doc.ties  # every tie of the map touched "a"
    assert doc.get("agreements", "ag").parties == ["b"]
    assert cs.removed("actors") == ["a"] and len(cs.removed("ties")) == 6
    assert undone(edit, doc) == base()


def test_remove_unknown_actor_changes_nothing():
    doc = MapDocument(base())
    with pytest.raises(EditError, match="no actor 'zz'"):
        RemoveActors(["a", "zz"]).apply(doc)
    assert doc.snapshot() == base()
    with pytest.raises(EditError):
        RemoveActors([])


def test_to_dialogue_retypes_hostile_ties_only():
    edit = ToDialogue(["t1", "t2"])
    doc, cs = run(edit)
    t1, t2 = doc.tie("t1"), doc.tie("t2")
    assert (t1.kind, t1.source, t1.target, t1.strength) == (TieKind.DIALOGUE, "a", "b", 3)
    assert (t2.kind, t2.strength) == (TieKind.DIALOGUE, 1)
    assert cs.changed("ties") == ["t1", "t2"] and cs.changed_fields("ties") == {"kind"}
    assert undone(edit, doc) == base()
    doc = MapDocument(base())
    with pytest.raises(EditError, match="parasitic tie .* is not a conflict or coercive tie"):
        ToDialogue(["t1", "t3"]).apply(doc)  # extortion is not a channel
    assert doc.snapshot() == base()


def test_truce_signs_an_agreement_and_leaves_one_dialogue_tie_per_pair():
    edit = Truce(["a", "b"], name="Gang truce", facilitators=["d"], terms=["no killings"])
    doc, cs = run(edit)
    (new_id,) = cs.added("agreements")
    ag = doc.get("agreements", new_id)
    assert (ag.name, ag.kind, ag.status) == ("Gang truce", AgreementKind.TRUCE, AgreementStatus.IN_FORCE)
    assert (ag.parties, ag.facilitators, ag.terms) == (["a", "b"], ["d"], ["no killings"])
    # the strongest hostile tie of the pair (t1, strength 3) becomes dialogue; t2 ends
    assert doc.tie("t1").kind == TieKind.DIALOGUE and "t2" not in doc.ties
    # extortion and coercion of the community are not part of a truce between the gangs
    assert doc.tie("t3").kind == TieKind.PARASITIC and doc.tie("t4").kind == TieKind.COERCIVE
    assert undone(edit, doc) == base()


def test_truce_where_a_dialogue_exists_ends_the_hostile_ties():
    amap = base()
    amap = amap.model_copy(update={"ties": [*amap.ties, make_tie(id="t7", source="b", target="a", kind="dialogue")]})
    doc, _ = run(Truce(["a", "b"]), amap)
    assert {t.id for t in doc.ties_of("a") if "b" in (t.source, t.target)} == {"t7"}


def test_non_aggression_pact_and_stable_ids():
    doc1, cs1 = run(Truce(["a", "b"], kind="pact"))
    doc2, cs2 = run(Truce(["a", "b"], kind="pact"))
    (i1,), (i2,) = cs1.added("agreements"), cs2.added("agreements")
    assert i1 == i2  # the same strategy on the same map makes the same ids
    ag = doc1.get("agreements", i1)
    assert (ag.kind, ag.name) == (AgreementKind.PACT, "Non-aggression pact")
    with pytest.raises(EditError, match="at least two parties"):
        Truce(["a"])


def test_add_tie_engages_a_party_with_a_stable_id():
    edit = AddTie("d", "b", "trust", 3, notes="the parish visits")
    doc, cs = run(edit)
    (tid,) = cs.added("ties")
    t = doc.tie(tid)
    assert (t.source, t.target, t.kind, t.strength, t.notes) == ("d", "b", TieKind.TRUST, 3, "the parish visits")
    assert tid == strategy_id("tie", "d", "b", "trust")
    AddTie("d", "b", "trust").apply(doc)  # a second identical tie gets its own id
    assert len([x for x in doc.ties.values() if (x.source, x.target) == ("d", "b")]) == 2
    with pytest.raises(EditError, match="no actor 'zz'"):
        AddTie("d", "zz", "trust").apply(MapDocument(base()))
    with pytest.raises(ValueError):
        AddTie("d", "b", "friendship")


def test_drop_ties_respects_direction_of_directed_kinds():
    doc, cs = run(DropTies("a", "b"))
    assert sorted(cs.removed("ties")) == ["t1", "t2"]
    doc, cs = run(DropTies("b", "a"))  # conflict is mutual; coercion a -> b is not b's
    assert cs.removed("ties") == ["t1"]
    doc, cs = run(DropTies("a", "c", kinds=["coercive"]))
    assert cs.removed("ties") == ["t4"] and "t3" in doc.ties
    with pytest.raises(EditError, match="no tie from 'Barrio' to 'Parish'"):
        DropTies("c", "d").apply(MapDocument(base()))


def test_transform_changes_who_an_actor_is():
    edit = Transform("a", {"kind": "community", "agenda": "social", "legitimacy": 0.4})
    doc, cs = run(edit)
    a = doc.actor("a")
    assert (a.kind, a.agenda, a.legitimacy) == ("community", "social", 0.4)
    assert cs.changed_fields("actors") == {"kind", "agenda", "legitimacy"}
    assert undone(edit, doc) == base()
    with pytest.raises(EditError, match="does not change x"):
        Transform("a", {"x": 3})
    doc = MapDocument(base())
    with pytest.raises(EditError, match="legitimacy"):
        Transform("a", {"legitimacy": 2}).apply(doc)
    assert doc.snapshot() == base()


def test_sign_agreement_checks_its_actors():
    ag = Agreement(id="pz", name="Peace zone", kind="peace_zone", parties=["a", "c"], guarantors=["s"])
    doc, cs = run(SignAgreement(ag))
    assert cs.added("agreements") == ["pz"] and doc.get("agreements", "pz") == ag
    bad = ag.model_copy(update={"id": "pz2", "parties": ["a", "zz"]})
    with pytest.raises(EditError, match="no actor 'zz'"):
        SignAgreement(bad).apply(MapDocument(base()))
