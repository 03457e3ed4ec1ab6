"""Insider-mediator judgment: access, acceptability and compromise, checked on small maps an
analyst would recognise. Every expected value is worked out from the rules in the module
docstring of :mod:`actormap.core.analysis.mediators` (written next to each assert), not
pasted from the program's output."""

import random
from pathlib import Path

import pytest

from actormap.core.analysis.mediators import (
    ACCESS_ONLY_CREDIT,
    DEFAULT_CONFIDENCE,
    DEFAULT_WEIGHTS,
    WeightsError,
    insider_mediators,
    parse_weights,
    validate_weights,
)
from actormap.core.errors import ActorMapError
from actormap.core.io import load_map
from actormap.core.messages import render
from actormap.core.model import Actor, ActorMap, Tie

SAMPLES = Path(__file__).resolve().parents[3] / "sample_maps"
SAMPLE = SAMPLES / "el_salvador_2012_truce.actormap"
W = DEFAULT_WEIGHTS
TOTAL_W = sum(W.values())


def amap(actors, ties):
    """actors: (id, camp, fields); ties: (source, target, kind, strength[, confidence])."""
    return ActorMap(
        actors=[Actor(id=i, name=i.upper(), faction=f, **kw) for i, f, kw in actors],
        ties=[Tie(id=f"t{k}", source=t[0], target=t[1], kind=t[2], strength=t[3],
                  confidence=t[4] if len(t) > 4 else "confirmed")
              for k, t in enumerate(ties)],
    )


def by_id(result):
    return {m.id: m for m in result.ranked}, {g.id: g for g in result.gated}


def reasons_of(item) -> dict:
    """code -> (params, English text) of a candidate's or gated actor's reasons."""
    return {r.code: (r.params, render(r)) for r in item.reasons}


def weighted(c: dict) -> float:
    return sum(W[k] * c[k] for k in W) / TOTAL_W


# ---- the components, by hand ------------------------------------------------------------------

def test_components_and_score_by_hand():
    # X1 and Y1 are in conflict; M is trusted by both (confirmed, strength 2).
    m = amap([("x1", "X", {}), ("y1", "Y", {}), ("m", "M", {"legitimacy": 0.8})],
             [("m", "x1", "trust", 2), ("m", "y1", "trust", 2), ("x1", "y1", "conflict", 2)])
    ranked, gated = by_id(insider_mediators(m))
    assert not gated
    c = dict(ranked["m"].components)
    # reach, access: 2 of 2 other camps at factor 1; adversaries: the pair X-Y (hostile through
    # x1-y1, not M) accepted on both sides: credit 1, the map's maximum; brokerage: the two-paths
    # x1 -> m -> y1 and back, both liaison, the map's maximum; autonomy: constraint of two
    # unconnected equal contacts = 2 * (1/2)^2 = 0.5; trust share: 4 of 4; no collusion.
    assert c == pytest.approx({"brokerage": 1.0, "reach": 1.0, "access": 1.0, "adversaries": 1.0,
                               "autonomy": 0.5, "trust_share": 1.0, "legitimacy": 0.8, "independence": 1.0,
                               "undesignated": 1.0})
    assert ranked["m"].score == pytest.approx(weighted(c))
    cx = dict(ranked["x1"].components)
    # x1: accepted by camp M only (1 of 2 camps); the pair X-M is not hostile; its one contact gives
    # constraint 1; trust strength 2 vs the conflict it is in, 2; legitimacy not assessed -> 0.5
    assert cx == pytest.approx({"brokerage": 0.0, "reach": 0.5, "access": 0.5, "adversaries": 0.0,
                                "autonomy": 0.0, "trust_share": 0.5, "legitimacy": 0.5, "independence": 1.0,
                                "undesignated": 1.0})
    assert ranked["x1"].not_assessed == ["legitimacy"]
    rx = reasons_of(ranked["x1"])
    assert rx["open_conflict"] == ({"camps": ["Y"]}, "in open conflict with Y: not counted as bridging them")
    rm = reasons_of(ranked["m"])
    assert rm["trusted_by_camps"] == ({"camps": ["X", "Y"]}, "trusted by 2 other camps: X and Y")
    assert rm["bridges_hostile_pairs"] == ({"pairs": [["X", "Y"]]},
                                          "trusted on both sides of 1 hostile camp pair: X vs Y")
    assert rm["brokers_paths"][0] == {"paths": 2, "roles": {"itinerant": 0, "representative": 0,
                                                            "gatekeeper": 0, "liaison": 2}}
    assert rm["no_hostile_ties"][1] == "coerces or extorts no one and is in no open conflict on this map"
    assert rm["legitimacy_assessed"] == ({"legitimacy": 0.8}, "legitimacy assessed at 0.80")
    assert [r.id for r in insider_mediators(m).ranked][0] == "m"


def test_gates_self_external_no_channel_and_coercion_of_a_camp_that_does_not_accept_it():
    m = amap(
        [("me", "Us", {"is_self": True}), ("ext", "Intl", {"external": True}),
         ("in1", "A", {}), ("in2", "A", {}), ("cop", "State", {}), ("b", "B", {}), ("talk", "T", {})],
        [("me", "b", "trust", 2), ("ext", "b", "trust", 2),
         ("in1", "in2", "trust", 3),                # channels only inside camp A
         ("cop", "b", "symbiotic", 1), ("cop", "in1", "coercive", 2),  # coerces A, not accepted there
         ("talk", "b", "dialogue", 3)],             # an open channel: a candidate, without the trust bonus
    )
    ranked, gated = by_id(insider_mediators(m))
    assert reasons_of(gated["me"]) == {"gate_self": ({}, "this is the mapping organisation itself (marked 'self')")}
    assert reasons_of(gated["ext"]) == {
        "gate_external": ({}, "marked as an external party: an outsider, not an insider mediator")}
    assert set(reasons_of(gated["in1"])) == {"gate_no_channel_outside_camp"}
    assert gated["in1"].reasons[0].params == {"camp": "A"}
    assert reasons_of(gated["cop"]) == {"gate_coercion_untrusted_camp": (
        {"camp": "A", "actors": ["IN1"], "actor_ids": ["in1"]},
        "uses coercion against A (IN1), which does not accept it")}
    assert set(ranked) == {"b", "talk"}
    assert ranked["talk"].components.reach == 0 and ranked["talk"].components.trust_share == 0
    assert ranked["talk"].components.access == pytest.approx(1 / 5)  # camp B of 5 other camps
    assert reasons_of(ranked["talk"])["access_only"][0] == {"pairs": [["B", "dialogue"]]}


# ---- compromise: sponsors, rackets, and the candidate's own hostility ----------------------------

@pytest.mark.parametrize("agenda", ["criminal", "mixed", None])
def test_a_sponsor_of_both_warring_gangs_gets_access_not_trust_and_ranks_below_the_church(agenda):
    # Haiti 2023-style: business elites fund both gang coalitions (symbiotic), a church talks to both.
    m = amap([("g9", "G9", {"kind": "gang", "agenda": agenda}), ("gpep", "G-Pep", {"kind": "gang", "agenda": agenda}),
              ("elite", "Business elites", {"kind": "business"}), ("church", "Church", {"kind": "religious"})],
             [("g9", "gpep", "conflict", 3),
              ("elite", "g9", "symbiotic", 3), ("elite", "gpep", "symbiotic", 3),
              ("church", "g9", "dialogue", 2), ("church", "gpep", "dialogue", 2)])
    ranked, gated = by_id(insider_mediators(m))
    e, c = ranked["elite"], ranked["church"]
    # both reach the two sides without acceptability: access only, no reach, no trust share
    for x in (e, c):
        assert x.components.reach == 0 and x.components.trust_share == 0
        assert x.components.adversaries == pytest.approx(1.0)  # the same best credit on the map
    assert e.components.independence == 0.0 and c.components.independence == 1.0
    re = reasons_of(e)
    assert re["collusion"][0] == {"actors": ["G9", "GPEP"], "actor_ids": ["g9", "gpep"],
                                  "camps": ["G-Pep", "G9"]}
    assert "collusion or sponsorship" in re["collusion"][1]
    assert "bridges_hostile_pairs" not in re and re["reaches_both_sides"][0] == {"pairs": [["G-Pep", "G9"]]}
    assert [x.id for x in insider_mediators(m).ranked].index("church") < \
        [x.id for x in insider_mediators(m).ranked].index("elite")
    assert c.score - e.score == pytest.approx(W["independence"] / TOTAL_W)


def test_symbiotic_ties_with_a_political_militia_are_not_collusion():
    m = amap([("mil", "Militia", {"kind": "militia", "agenda": "political"}), ("council", "Council", {}),
              ("other", "Other", {"kind": "militia", "agenda": "political"})],
             [("council", "mil", "symbiotic", 2), ("council", "other", "symbiotic", 2), ("mil", "other", "conflict", 2)])
    ranked, _ = by_id(insider_mediators(m))
    assert ranked["council"].components.independence == 1.0
    assert "collusion" not in reasons_of(ranked["council"])


def test_a_gang_that_protects_coerces_and_extorts_a_community_is_not_credited_with_its_trust():
    # the racket: "protection" of residents it also coerces and extorts
    m = amap([("g", "Gang", {"kind": "gang"}), ("res", "Residents", {"kind": "community"}),
              ("h", "Rival gang", {"kind": "gang"}), ("pol", "Police", {"kind": "state_agent"})],
             [("g", "res", "protective", 3), ("g", "res", "coercive", 2), ("g", "res", "parasitic", 3),
              ("g", "h", "conflict", 3), ("g", "pol", "symbiotic", 1), ("pol", "h", "coercive", 2)])
    ranked, gated = by_id(insider_mediators(m))
    # coercion of Residents, which does not accept the gang (its protection is a racket): gated
    assert "g" in gated
    assert reasons_of(gated["g"])["gate_coercion_untrusted_camp"][0]["camp"] == "Residents"
    # without the coercion it is a candidate, but Residents is neither trust nor access nor a side
    m2 = amap([("g", "Gang", {"kind": "gang"}), ("res", "Residents", {"kind": "community"}),
               ("h", "Rival gang", {"kind": "gang"}), ("pol", "Police", {"kind": "state_agent"})],
              [("g", "res", "protective", 3), ("g", "res", "parasitic", 3),
               ("g", "pol", "symbiotic", 1), ("pol", "h", "coercive", 2), ("h", "res", "coercive", 1)])
    ranked, _ = by_id(insider_mediators(m2))
    rg = reasons_of(ranked["g"])
    assert ranked["g"].components.reach == 0
    assert ranked["g"].components.access == pytest.approx(1 / 3)  # Police only, of 3 other camps
    assert rg["racket_not_trust"][0] == {"actors": ["RES"], "actor_ids": ["res"]}
    assert "trusted_by_camps" not in rg
    assert rg["parasitic_warning"][0]["camp"] == "Residents"
    assert all("Residents" not in p for code in ("bridges_hostile_pairs", "reaches_both_sides")
               for p in rg.get(code, ({"pairs": []},))[0]["pairs"])


def test_coercion_of_a_camp_that_trusts_it_stops_it_bridging_that_camp():
    m = amap([("v", "V", {}), ("a", "A", {}), ("b", "B", {}), ("a2", "A", {})],
             [("v", "a", "trust", 3), ("v", "b", "trust", 3), ("a2", "b", "conflict", 2), ("v", "a2", "coercive", 1)])
    ranked, gated = by_id(insider_mediators(m))
    assert "v" in ranked
    rv = reasons_of(ranked["v"])
    assert rv["coercion_also_trusted"][0] == {"camps": ["A"]}
    assert "bridges_hostile_pairs" not in rv  # A-B would be its pair, but it coerces A
    assert ranked["v"].components.reach == pytest.approx(1 / 2)  # only B still counts as accepting
    # trust share: 3 + 3 of trust against 1 of coercion it uses
    assert ranked["v"].components.trust_share == pytest.approx(6 / 7)


# ---- pressure on the candidate never raises a score ---------------------------------------------

def church_trusted_by_both(extorted: bool) -> ActorMap:
    ties = [("church", "ms", "trust", 2), ("church", "b18", "trust", 2), ("ms", "b18", "conflict", 3)]
    if extorted:
        ties += [("ms", "church", "coercive", 2), ("ms", "church", "parasitic", 2)]
    return amap([("church", "Church", {"kind": "religious"}), ("ms", "MS", {"kind": "gang"}),
                 ("b18", "B18", {"kind": "gang"})], ties)


def test_a_church_coerced_and_extorted_by_one_gang_gains_nothing_and_is_told_it_is_under_pressure():
    calm, _ = by_id(insider_mediators(church_trusted_by_both(False)))
    pressed, _ = by_id(insider_mediators(church_trusted_by_both(True)))
    assert pressed["church"].components == calm["church"].components
    assert pressed["church"].score == calm["church"].score
    rp = reasons_of(pressed["church"])
    # MS vs B18 is bridged; "Church vs MS" is hostile only through the church's own (incoming) ties
    assert rp["bridges_hostile_pairs"][0] == {"pairs": [["B18", "MS"]]}
    assert rp["under_pressure"][0] == {"actors": ["MS"], "actor_ids": ["ms"], "camps": ["MS"],
                                       "kinds": ["coercive", "parasitic"]}
    assert "under pressure" in rp["under_pressure"][1] and "MS" in rp["under_pressure"][1]
    assert "no_hostile_ties" in rp  # being the target is not using force


# ---- confidence ------------------------------------------------------------------------------------

def test_rumoured_ties_count_less_and_are_named():
    def elders(conf_a):
        return amap([("e", "Elders", {}), ("a", "A", {"kind": "militia"}), ("b", "B", {"kind": "militia"})],
                    [("e", "a", "trust", 2, conf_a), ("e", "b", "trust", 2), ("a", "b", "conflict", 3)])
    sure, _ = by_id(insider_mediators(elders("confirmed")))
    rum, _ = by_id(insider_mediators(elders("rumoured")))
    f = DEFAULT_CONFIDENCE["rumoured"]
    assert rum["e"].components.reach == pytest.approx((f + 1) / 2)
    assert sure["e"].components.reach == pytest.approx(1.0)
    assert rum["e"].score < sure["e"].score
    rr = reasons_of(rum["e"])["rests_on_rumour"]
    assert rr[0] == {"camps": ["A"], "actors": ["A"], "actor_ids": ["a"], "tie_ids": ["t0"]}
    assert "rumoured" in rr[1]
    assert "rests_on_rumour" not in reasons_of(sure["e"])
    # the confidence factors are adjustable with the weights
    r = insider_mediators(elders("rumoured"), {"rumoured": 1.0})
    assert r.ranked[0].components.reach == pytest.approx(1.0)
    assert r.confidence.rumoured == 1.0


def test_elders_with_open_dialogue_to_both_tribes_are_candidates_without_the_trust_bonus():
    # Fezzan-style: notables talk with both sides of a tribal conflict, trust neither formally
    m = amap([("elders", "Notables", {"kind": "civil_society"}), ("tebu", "Tebu", {"kind": "community"}),
              ("tuareg", "Tuareg", {"kind": "community"})],
             [("elders", "tebu", "dialogue", 2), ("elders", "tuareg", "dialogue", 2), ("tebu", "tuareg", "conflict", 3)])
    ranked, gated = by_id(insider_mediators(m))
    assert "elders" in ranked and "elders" not in gated
    c = ranked["elders"].components
    assert (c.reach, c.trust_share, c.brokerage) == (0, 0, 0)
    assert c.access == pytest.approx(1.0)
    assert c.adversaries == pytest.approx(1.0)  # the best (only) credit on the map: 0.5 per access side
    r = reasons_of(ranked["elders"])
    assert r["reaches_both_sides"][0] == {"pairs": [["Tebu", "Tuareg"]]}
    assert r["access_only"][0] == {"pairs": [["Tebu", "dialogue"], ["Tuareg", "dialogue"]]}


def test_access_only_sides_count_half_against_trusted_sides():
    # two candidates bridge the same hostile pair: one trusted by both sides, one talking to both
    m = amap([("x", "X", {}), ("y", "Y", {}), ("trusted", "T", {}), ("talker", "D", {})],
             [("x", "y", "conflict", 3), ("trusted", "x", "trust", 2), ("trusted", "y", "trust", 2),
              ("talker", "x", "dialogue", 2), ("talker", "y", "dialogue", 2)])
    ranked, _ = by_id(insider_mediators(m))
    assert ranked["trusted"].components.adversaries == pytest.approx(1.0)
    assert ranked["talker"].components.adversaries == pytest.approx(ACCESS_ONLY_CREDIT)


# ---- reasons that do not over-claim -------------------------------------------------------------

def test_the_only_channel_never_names_the_candidates_own_camp():
    # camp X (x1, x2) - mediator M - camp Y
    m = amap([("x1", "X", {}), ("x2", "X", {}), ("m", "M", {}), ("y1", "Y", {})],
             [("x1", "x2", "trust", 2), ("x1", "m", "trust", 2), ("m", "y1", "dialogue", 2)])
    ranked, _ = by_id(insider_mediators(m))
    first = ranked["m"].reasons[0]
    assert (first.code, first.params) == ("sole_channel", {"pairs": [["X", "Y"]]})
    assert render(first) == "the only channel between X and Y on this map"
    assert ranked["m"].sole_channel == [("X", "Y")]
    # x1 cuts x2 off, but every pair it cuts involves its own camp X: no claim
    assert ranked["x1"].sole_channel is None
    assert not {"sole_channel", "joint_channel"} & set(reasons_of(ranked["x1"]))


def test_two_actors_on_one_chain_are_never_both_the_only_channel():
    # X - a (camp P) - b (camp Q) - Y: without either, X and Y have no channel
    m = amap([("x", "X", {}), ("a", "P", {}), ("b", "Q", {}), ("y", "Y", {})],
             [("x", "a", "trust", 2), ("a", "b", "trust", 2), ("b", "y", "trust", 2)])
    ranked, _ = by_id(insider_mediators(m))
    ra, rb = reasons_of(ranked["a"]), reasons_of(ranked["b"])
    # removing a cuts X from Q and Y; removing b cuts X and P from Y; X-Y is cut by both
    assert ra["sole_channel"][0] == {"pairs": [["Q", "X"]]}
    assert rb["sole_channel"][0] == {"pairs": [["P", "Y"]]}
    assert ra["joint_channel"][0] == {"pairs": [["X", "Y"]], "actors": ["B"], "actor_ids": ["b"]}
    assert rb["joint_channel"][0] == {"pairs": [["X", "Y"]], "actors": ["A"], "actor_ids": ["a"]}
    assert "together with B" in ra["joint_channel"][1]


def test_no_only_channel_when_the_camps_also_meet_elsewhere():
    m = amap([("x1", "X", {}), ("x2", "X", {}), ("m", "M", {}), ("y1", "Y", {}), ("y2", "Y", {}),
              ("x3", "X", {})],
             [("x1", "x2", "trust", 2), ("x1", "m", "trust", 2), ("m", "y1", "trust", 2), ("x3", "y2", "trust", 2)])
    ranked, _ = by_id(insider_mediators(m))
    assert ranked["m"].sole_channel is None and "sole_channel" not in reasons_of(ranked["m"])


# ---- weights, order --------------------------------------------------------------------------------

def test_weights_and_confidence_validation_and_effect():
    assert validate_weights(None) == {**DEFAULT_WEIGHTS, **DEFAULT_CONFIDENCE}
    assert validate_weights({"reach": 3})["reach"] == 3.0
    for bad in ({"charisma": 1}, {"reach": -1}, {"reach": "x"}, {"reach": float("nan")},
                dict.fromkeys(DEFAULT_WEIGHTS, 0), {"rumoured": 1.5}, {"confirmed": -0.1}):
        with pytest.raises(WeightsError) as e:
            validate_weights(bad)
        assert isinstance(e.value, ActorMapError)
    assert "known weights" in str(pytest.raises(WeightsError, validate_weights, {"charisma": 1}).value)
    assert parse_weights("reach=2, legitimacy=0, rumoured=0.2") == {"reach": 2.0, "legitimacy": 0.0, "rumoured": 0.2}
    with pytest.raises(WeightsError):
        parse_weights("reach")
    m = amap([("lo", "L", {"legitimacy": 0.1}), ("hi", "H", {"legitimacy": 0.9})], [("lo", "hi", "trust", 2)])
    only_leg = dict.fromkeys(DEFAULT_WEIGHTS, 0) | {"legitimacy": 1}
    r = insider_mediators(m, only_leg)
    assert [x.id for x in r.ranked] == ["hi", "lo"]
    assert r.ranked[0].score == pytest.approx(0.9)
    assert dict(r.weights) == only_leg


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.actormap")))
def test_the_shortlist_does_not_depend_on_the_order_of_actors_and_ties(name):
    amap0 = load_map(SAMPLES / name)
    want = insider_mediators(amap0)
    rng = random.Random(7)
    for _ in range(3):
        actors, ties = list(amap0.actors), list(amap0.ties)
        rng.shuffle(actors)
        rng.shuffle(ties)
        got = insider_mediators(amap0.model_copy(update={"actors": actors, "ties": ties}))
        assert got == want


def test_el_salvador_truce_facilitators_come_out_on_top():
    m = load_map(SAMPLE)
    res = insider_mediators(m)
    names = [c.name for c in res.ranked]
    assert names[0].startswith("Monsignor Fabio Colindres")
    assert names[1].startswith("Raúl Mijango")
    top = reasons_of(res.ranked[0])
    # for reasons a mediator would accept: trusted by all three gangs and the government, no force
    camps, text = top["trusted_by_camps"]
    for camp in ("MS-13", "Barrio 18 Sureños", "Barrio 18 Revolucionarios", "Government (Funes)"):
        assert camp in camps["camps"] and camp in text
    pairs = {tuple(p) for p in top["bridges_hostile_pairs"][0]["pairs"]}
    assert {("Barrio 18 Sureños", "MS-13"), ("Barrio 18 Revolucionarios", "MS-13")} <= pairs
    assert "no_hostile_ties" in top and "collusion" not in top
    second = reasons_of(res.ranked[1])
    assert "parasitic_warning" in second  # the extortion case against Mijango is stated, not hidden


# ---- legal designations constrain engagement ------------------------------------------------

def designated_map(end=None, as_of=None):
    from datetime import date

    from actormap.core.model import Label
    lab = Label(source="US State Department", label="foreign terrorist organization", designation=True,
                jurisdiction="United States", start="2012-10-11", end=end)
    as_of = date.fromisoformat(as_of) if as_of else None
    m = amap([("g", "Gang", {"kind": "gang", "labels": [lab]}), ("x", "X", {}), ("y", "Y", {})],
             [("g", "x", "trust", 2), ("g", "y", "trust", 2), ("x", "y", "conflict", 2)])
    return m.model_copy(update={"as_of": as_of})


def test_a_designation_is_annotated_weighed_or_gated_as_the_analyst_chooses():
    listed = [["US State Department", "United States", "foreign terrorist organization"]]
    ann, _ = by_id(insider_mediators(designated_map()))
    r = reasons_of(ann["g"])["designated"]
    assert r[0] == {"designations": listed}
    assert "foreign terrorist organization by US State Department (United States)" in r[1]
    assert "material support may be a crime" in r[1]
    assert ann["g"].components.undesignated == 0.0
    plain = insider_mediators(designated_map().model_copy(update={"actors": [
        a.model_copy(update={"labels": []}) for a in designated_map().actors]}))
    # annotate: weight 0, so the score is what it would be without the designation
    assert ann["g"].score == pytest.approx({m.id: m for m in plain.ranked}["g"].score)
    weighed = insider_mediators(designated_map(), designations="weigh")
    assert weighed.weights.undesignated == 1.0
    assert {m.id: m for m in weighed.ranked}["g"].score < ann["g"].score
    gated = {g.id: g for g in insider_mediators(designated_map(), designations="gate").gated}
    assert [x.code for x in gated["g"].reasons] == ["gate_designated"]
    with pytest.raises(WeightsError):
        insider_mediators(designated_map(), designations="ignore")


def test_a_designation_counts_only_while_in_force():
    # lifted in 2016: on a map as of 2018 it no longer constrains; as of 2014 it does
    lifted, _ = by_id(insider_mediators(designated_map(end="2016-01-01", as_of="2018-01-01")))
    assert "designated" not in reasons_of(lifted["g"]) and lifted["g"].components.undesignated == 1.0
    during, _ = by_id(insider_mediators(designated_map(end="2016-01-01", as_of="2014-01-01")))
    assert "designated" in reasons_of(during["g"])
    before, _ = by_id(insider_mediators(designated_map(as_of="2011-01-01")))  # not yet listed
    assert "designated" not in reasons_of(before["g"])
    undated_map_ended, _ = by_id(insider_mediators(designated_map(end="2016-01-01")))  # no as-of date
    assert "designated" not in reasons_of(undated_map_ended["g"])
