"""Spoiler risk (Stedman 1997) on a map built for it: who is flagged, why, and who is not."""

from __future__ import annotations

import random
from pathlib import Path

from actormap.core.analysis.report import analyze
from actormap.core.analysis.spoilers import agreement_risks
from actormap.core.edits import make_actor, make_tie
from actormap.core.io import load_map
from actormap.core.model import ActorMap, Agreement

SAMPLES = Path(__file__).resolve().parents[3] / "sample_maps"


def pact_map(shuffle: int | None = None) -> ActorMap:
    """Leaders P1 (North) and P2 (South) sign; their fighters F1 and F2 fight on; cartel O coerces
    P2 and fights F1; militia C holds the only channel between the parties; a parish R
    facilitates; militia G guarantees (and fights P1); police Z coerces P1; gang E extorts P1."""
    actors = [make_actor(id=i, name=n, kind=k, faction=f) for i, n, k, f in (
        ("p1", "North leaders", "gang", "North"), ("p2", "South leaders", "gang", "South"),
        ("f1", "North fighters", "gang", "North"), ("f2", "South fighters", "gang", "South"),
        ("o", "Outside cartel", "cartel", "Outsiders"), ("c", "Channel militia", "militia", "Hills"),
        ("r", "Parish", "religious", "Church"), ("g", "Guarantor militia", "militia", "Guard"),
        ("z", "Police", "state_agent", "State"), ("e", "Racket", "gang", "Racket"))]
    ties = [make_tie(id=i, source=s, target=t, kind=k) for i, s, t, k in (
        ("t01", "p1", "f1", "trust"), ("t02", "p2", "f2", "trust"), ("t03", "f1", "f2", "conflict"),
        ("t04", "o", "p2", "coercive"), ("t05", "o", "f1", "conflict"), ("t06", "p1", "c", "trust"),
        ("t07", "c", "p2", "dialogue"), ("t08", "r", "p1", "trust"), ("t09", "g", "p1", "conflict"),
        ("t10", "z", "p1", "coercive"), ("t11", "e", "p1", "parasitic"))]
    if shuffle is not None:
        rng = random.Random(shuffle)
        rng.shuffle(actors)
        rng.shuffle(ties)
    ag = Agreement(id="pact", name="Pact", kind="pact", status="in_force", parties=["p1", "p2"],
                   facilitators=["r"], guarantors=["g"])
    return ActorMap(title="pact", actors=actors, ties=ties, agreements=[ag])


def test_who_could_spoil_the_pact_and_why():
    (risk,) = agreement_risks(pact_map())
    assert (risk["id"], risk["parties"], risk["facilitators"], risk["guarantors"]) == ("pact", ["p1", "p2"], ["r"], ["g"])
    # O meets two criteria; F1 and F2 one each with one hostile counterpart (by id); C one, none
    assert risk["spoilers"] == ["o", "f1", "f2", "c"]
    why = {s["id"]: s["reasons"] for s in risk["spoiler_reasons"]}
    assert why["o"] == [
        {"code": "spoiler_hostile_to_parties",
         "params": {"parties": ["South leaders"], "party_ids": ["p2"], "kinds": ["coercive"]}},
        {"code": "spoiler_hostile_to_party_camps",
         "params": {"camps": ["North"], "actors": ["North fighters"], "actor_ids": ["f1"]}},
    ]
    assert why["f1"] == [
        {"code": "spoiler_hostile_to_party_camps",
         "params": {"camps": ["South"], "actors": ["South fighters"], "actor_ids": ["f2"]}},
        {"code": "spoiler_inside_camp", "params": {"camp": "North", "parties": ["North leaders"]}},
    ]
    assert why["c"] == [{"code": "spoiler_holds_channel",
                         "params": {"groups": [["North leaders"], ["South leaders"]],
                                    "group_ids": [["p1"], ["p2"]]}}]
    # not spoilers: the guarantor (a member), the police (not armed), the racket (extortion only)
    assert {"g", "z", "e", "r"}.isdisjoint(risk["spoilers"])


def test_independent_of_file_order():
    assert all(agreement_risks(pact_map(seed)) == agreement_risks(pact_map()) for seed in range(5))


def test_analyze_reports_agreements_with_rendered_reasons():
    res = analyze(pact_map())
    (ag,) = res.agreements
    assert (ag.kind, ag.status, ag.spoilers) == ("pact", "in_force", ["o", "f1", "f2", "c"])
    assert [r.faction for r in ag.spoiler_reasons] == ["Outsiders", "North", "South", "Hills"]
    texts = [r.text for s in ag.spoiler_reasons for r in s.reasons]
    assert "has coercive ties with 1 party to it: South leaders" in texts
    assert "its own camp (North) is in it through North leaders; it is not: an inside spoiler risk" in texts
    assert ("the parties' only channels run through it: without it they fall apart "
            "(North leaders; South leaders)") in texts


def test_a_map_without_agreements_has_none():
    amap = pact_map().model_copy(update={"agreements": []})
    assert agreement_risks(amap) == [] and analyze(amap).agreements == []


def test_el_salvador_truce_flags_the_street_cliques_as_inside_spoilers():
    """The imprisoned leaders signed; the cliques who fight each other did not (Whitfield 2013)."""
    amap = load_map(SAMPLES / "el_salvador_2012_truce.actormap")
    name = {a.id: a.name for a in amap.actors}
    risks = {r.name: r for r in analyze(amap).agreements}
    truce = risks["2012 gang truce"]
    assert sorted(name[i] for i in truce.spoilers) == sorted([
        "MS-13 street cliques (clicas)", "Barrio 18 Sureños street cliques",
        "Barrio 18 Revolucionarios street cliques"])
    for s in truce.spoiler_reasons:
        assert [r.code for r in s.reasons] == ["spoiler_hostile_to_party_camps", "spoiler_inside_camp"]
    zone = risks["2013 peace-zone covenant (Ilopango)"]
    assert [name[i] for i in zone.spoilers] == ["Barrio 18 Revolucionarios street cliques"]
