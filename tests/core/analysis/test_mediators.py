"""Insider-mediator suggestions: components by hand, gates, weights, reason codes, El Salvador."""

from pathlib import Path

import pytest

from actormap.core.analysis.mediators import (
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

SAMPLE = Path(__file__).resolve().parents[3] / "sample_maps" / "el_salvador_2012_truce.actormap"


def amap(actors, ties):
    return ActorMap(
        actors=[Actor(id=i, name=i.upper(), faction=f, **kw) for i, f, kw in actors],
        ties=[Tie(id=f"t{k}", source=s, target=t, kind=kind, strength=st)
              for k, (s, t, kind, st) in enumerate(ties)],
    )


def by_id(result):
    return {m.id: m for m in result.ranked}, {g.id: g for g in result.gated}


def reasons_of(item) -> dict:
    """code -> (params, English text) of a candidate's or gated actor's reasons."""
    return {r.code: (r.params, render(r)) for r in item.reasons}


def test_components_and_score_by_hand():
    # X1 and Y1 are in conflict; M is trusted by both.
    m = amap([("x1", "X", {}), ("y1", "Y", {}), ("m", "M", {"legitimacy": 0.8})],
             [("m", "x1", "symbiotic", 2), ("m", "y1", "symbiotic", 2), ("x1", "y1", "conflict", 2)])
    ranked, gated = by_id(insider_mediators(m))
    assert not gated
    c = dict(ranked["m"].components)
    # 2 of 2 other camps; bridges the one hostile pair X-Y; both GF two-paths are liaison;
    # constraint 2 * (1/2)^2 = 0.5 (X1 and Y1 share no trust tie); only trust ties.
    assert c == pytest.approx({"brokerage": 1.0, "reach": 1.0, "adversaries": 1.0, "dialogue": 0.0,
                               "autonomy": 0.5, "trust_share": 1.0, "legitimacy": 0.8})
    total_w = 1 + 1 + 1 + 0.5 + 1 + 1 + 0.25
    assert ranked["m"].score == pytest.approx((1 + 1 + 1 + 0.25 + 1 + 0.8) / total_w)
    cx = dict(ranked["x1"].components)
    # one contact: constraint 1; trust strength 2 vs conflict strength 2; not assessed -> 0.5
    assert cx == pytest.approx({"brokerage": 0.0, "reach": 0.5, "adversaries": 0.0, "dialogue": 0.0,
                                "autonomy": 0.0, "trust_share": 0.5, "legitimacy": 0.5})
    assert ranked["x1"].not_assessed == ["legitimacy"]
    rx = reasons_of(ranked["x1"])
    assert rx["legitimacy_not_assessed"] == ({"neutral": 0.5}, "legitimacy not assessed (counted as neutral 0.5)")
    assert rx["open_conflict"] == ({"camps": ["Y"]}, "in open conflict with Y")
    assert "legitimacy_assessed" not in rx
    rm = reasons_of(ranked["m"])
    assert rm["trusted_by_camps"] == ({"camps": ["X", "Y"]}, "trusted by 2 other camps: X and Y")
    assert rm["bridges_hostile_pairs"] == ({"pairs": [["X", "Y"]]},
                                          "trusted on both sides of 1 hostile camp pair: X vs Y")
    # two GF two-paths x1 -> m -> y1 and y1 -> m -> x1, both liaison
    assert rm["brokers_paths"][0] == {"paths": 2, "roles": {"itinerant": 0, "representative": 0,
                                                            "gatekeeper": 0, "liaison": 2}}
    assert rm["brokers_paths"][1] == "brokers 2 trust paths between actors of different camps (2 as liaison)"
    assert rm["no_hostile_ties"] == ({}, "has no coercive, parasitic or conflict ties")
    assert rm["legitimacy_assessed"] == ({"legitimacy": 0.8}, "legitimacy assessed at 0.80")
    assert [r.id for r in insider_mediators(m).ranked][0] == "m"


def test_gates_self_external_no_outside_trust_and_coercion():
    m = amap(
        [("me", "Us", {"is_self": True}), ("ext", "Intl", {"external": True}),
         ("in1", "A", {}), ("in2", "A", {}), ("cop", "State", {}), ("b", "B", {}), ("talk", "T", {})],
        [("me", "b", "symbiotic", 2), ("ext", "b", "symbiotic", 2),
         ("in1", "in2", "symbiotic", 3),            # trust only inside camp A
         ("cop", "b", "symbiotic", 1), ("cop", "in1", "coercive", 2),  # coerces A, no trust into A
         ("talk", "b", "dialogue", 3)],              # dialogue is not trust
    )
    ranked, gated = by_id(insider_mediators(m))
    assert reasons_of(gated["me"]) == {"gate_self": ({}, "this is the mapping organisation itself (marked 'self')")}
    assert reasons_of(gated["ext"]) == {
        "gate_external": ({}, "marked as an external party: an outsider, not an insider mediator")}
    assert reasons_of(gated["in1"]) == {
        "gate_no_trust_outside_camp": ({"camp": "A"}, "no trust tie outside its own camp (A)")}
    assert reasons_of(gated["cop"]) == {"gate_coercion_untrusted_camp": (
        {"camp": "A", "actors": ["IN1"], "actor_ids": ["in1"]},
        "uses coercion against A (IN1) and has no trust tie into that camp")}
    assert reasons_of(gated["talk"]) == {
        "gate_no_trust_outside_camp": ({"camp": "T"}, "no trust tie outside its own camp (T)")}
    assert set(ranked) == {"b"}  # b trusts across camps and uses no force


def test_parasitic_reach_is_flagged_not_gated_and_coercion_with_trust_is_flagged():
    m = amap([("v", "V", {}), ("a", "A", {}), ("s", "S", {})],
             [("v", "a", "symbiotic", 3), ("v", "s", "parasitic", 1), ("v", "a", "coercive", 1)])
    ranked, gated = by_id(insider_mediators(m))
    assert "v" in ranked
    rv = reasons_of(ranked["v"])
    assert rv["parasitic_warning"] == (
        {"camp": "S", "actors": ["S"], "actor_ids": ["s"], "tie_ids": ["t1"], "confidence": ["reported"]},
        "warning: a parasitic tie (reported) to S (S), which it does not reach by trust")
    assert rv["coercion_also_trusted"] == (
        {"camps": ["A"]}, "warning: also uses coercion against A, which it also reaches by trust")
    assert "no_hostile_ties" not in rv
    assert ranked["v"].components.trust_share == pytest.approx(3 / 5)


def test_sole_channel_reason():
    # camp X - mediator M - camp Y, and X2 hangs off X1 (still in X).
    m = amap([("x1", "X", {}), ("x2", "X", {}), ("m", "M", {}), ("y1", "Y", {})],
             [("x1", "x2", "symbiotic", 2), ("x1", "m", "symbiotic", 2), ("m", "y1", "protective", 2)])
    ranked, _ = by_id(insider_mediators(m))
    first = ranked["m"].reasons[0]
    assert (first.code, first.params) == ("sole_channel", {"pairs": [["X", "Y"]]})
    assert render(first) == "the only trust channel between X and Y"
    assert ranked["m"].sole_channel == [("X", "Y")]
    # without x1, the rest of camp X (x2) can no longer reach M or Y by trust
    assert ranked["x1"].sole_channel == [("M", "X"), ("X", "Y")]
    assert render(ranked["x1"].reasons[0]) == "the only trust channel between M and X; X and Y"


def test_no_sole_channel_when_the_camps_also_meet_elsewhere():
    # X - M - Y in one component, and another X member trusts another Y member elsewhere.
    m = amap([("x1", "X", {}), ("x2", "X", {}), ("m", "M", {}), ("y1", "Y", {}), ("y2", "Y", {}),
              ("x3", "X", {})],
             [("x1", "x2", "symbiotic", 2), ("x1", "m", "symbiotic", 2), ("m", "y1", "symbiotic", 2),
              ("x3", "y2", "symbiotic", 2)])
    ranked, _ = by_id(insider_mediators(m))
    assert ranked["m"].sole_channel is None and "sole_channel" not in reasons_of(ranked["m"])
    assert ranked["x1"].sole_channel == [("M", "X")]  # X-Y still meet through x3 - y2


def test_dialogue_counts_as_a_separate_small_component():
    m = amap([("v", "V", {}), ("a", "A", {}), ("d", "D", {})],
             [("v", "a", "symbiotic", 2), ("v", "d", "dialogue", 2)])
    ranked, _ = by_id(insider_mediators(m))
    c = ranked["v"].components
    assert c.reach == pytest.approx(0.5) and c.dialogue == pytest.approx(0.5)
    assert reasons_of(ranked["v"])["dialogue_with"] == ({"camps": ["D"]}, "also has open dialogue (not trust) with D")


def test_weights_validation_and_effect():
    assert validate_weights(None) == DEFAULT_WEIGHTS
    assert validate_weights({"reach": 3})["reach"] == 3.0
    for bad in ({"charisma": 1}, {"reach": -1}, {"reach": "x"}, {"reach": float("nan")},
                dict.fromkeys(DEFAULT_WEIGHTS, 0)):
        with pytest.raises(WeightsError) as e:
            validate_weights(bad)
        assert isinstance(e.value, ActorMapError)
    assert "known weights" in str(pytest.raises(WeightsError, validate_weights, {"charisma": 1}).value)
    assert parse_weights("reach=2, legitimacy=0") == {**DEFAULT_WEIGHTS, "reach": 2.0, "legitimacy": 0.0}
    with pytest.raises(WeightsError):
        parse_weights("reach")
    # only legitimacy counts -> ranking follows legitimacy
    m = amap([("lo", "L", {"legitimacy": 0.1}), ("hi", "H", {"legitimacy": 0.9})],
             [("lo", "hi", "symbiotic", 2)])
    only_leg = dict.fromkeys(DEFAULT_WEIGHTS, 0) | {"legitimacy": 1}
    r = insider_mediators(m, only_leg)
    assert [x.id for x in r.ranked] == ["hi", "lo"]
    assert r.ranked[0].score == pytest.approx(0.9)
    assert dict(r.weights) == only_leg


@pytest.mark.skipif(not SAMPLE.exists(), reason="El Salvador sample map not present")
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
    assert top["no_hostile_ties"][1] == "has no coercive, parasitic or conflict ties"
    assert "hostile camp pairs" in top["bridges_hostile_pairs"][1]
    assert len(top["bridges_hostile_pairs"][0]["pairs"]) > 1
    # Mijango's contested extortion tie is stated, not hidden
    params, text = reasons_of(res.ranked[1])["parasitic_warning"]
    assert params["confidence"] == ["reported"] and "parasitic tie (reported)" in text
    # the police, the US government and the mapping team itself are gated, with reasons
    gated = {g.name: reasons_of(g) for g in res.gated}
    police = gated["National Civil Police (PNC)"]
    assert "gate_coercion_untrusted_camp" in police
    assert all("uses coercion against" in t for c, (_p, t) in police.items() if c == "gate_coercion_untrusted_camp")
    assert "gate_external" in gated["US government (Treasury, State Department)"]
    assert "gate_self" in gated["Mediation support team (us)"]
    for c in res.ranked:
        assert all(0.0 <= v <= 1.0 for _k, v in c.components)
        assert c.reasons
