"""The message catalogue: every reason code has English text; plurals, lists and fallbacks per language."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from actormap.core import messages
from actormap.core.analysis.mediators import insider_mediators
from actormap.core.analysis.reasons import REASONS, reason
from actormap.core.analysis.report import analyze
from actormap.core.analysis.result import Reason
from actormap.core.io import load_map
from actormap.core.messages import fallback, has_message, phrase, render
from actormap.core.messages.language import EN, ES, FR, plural_en, plural_es, plural_fr
from actormap.core.model import Actor, ActorMap, Agreement, Tie

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "sample_maps").glob("*.actormap"))
KINDS = ["trust", "symbiotic", "protective", "parasitic", "coercive", "conflict", "dialogue"]


def small_map(actors, ties) -> ActorMap:
    """ties: (source, target, kind[, confidence])."""
    return ActorMap(actors=[Actor(id=i, name=i.upper(), faction=f, **kw) for i, f, kw in actors],
                    ties=[Tie(id=f"t{k}", source=t[0], target=t[1], kind=t[2],
                              confidence=t[3] if len(t) > 3 else "reported") for k, t in enumerate(ties)])


def crafted_maps() -> list[ActorMap]:
    """Small maps an analyst would recognise, together meant to trigger every reason and gate."""
    return [
        # a church trusted by two warring gangs, with a dialogue channel to the state
        small_map([("ms", "MS", {}), ("b18", "B18", {}), ("church", "Church", {"legitimacy": 0.8}),
                   ("state", "State", {"is_self": True}), ("un", "UN", {"external": True})],
                  [("church", "ms", "symbiotic"), ("church", "b18", "protective"), ("ms", "b18", "conflict"),
                   ("church", "state", "dialogue"), ("un", "church", "symbiotic"), ("state", "ms", "symbiotic")]),
        # a racket: trusted by one camp, extorting and coercing others
        small_map([("v", "V", {}), ("a", "A", {}), ("s", "S", {}), ("c", "C", {})],
                  [("v", "a", "symbiotic"), ("v", "s", "parasitic"), ("v", "a", "coercive"), ("v", "c", "coercive"),
                   ("c", "a", "symbiotic")]),
        # a chain of two channels: neither is "the only" one for the ends
        small_map([("x", "X", {}), ("a", "P", {}), ("b", "Q", {}), ("y", "Y", {})],
                  [("x", "a", "trust"), ("a", "b", "trust"), ("b", "y", "trust")]),
        # business elites funding two warring gangs; a church talking to both, extorted by one of them
        small_map([("g9", "G9", {"kind": "gang"}), ("gp", "GP", {"kind": "gang"}), ("el", "Elites", {"kind": "business"}),
                   ("ch", "Church", {"kind": "religious"})],
                  [("g9", "gp", "conflict"), ("el", "g9", "symbiotic"), ("el", "gp", "symbiotic"),
                   ("ch", "g9", "dialogue"), ("ch", "gp", "trust", "rumoured"), ("g9", "ch", "parasitic")]),
        # a gang listed as a terrorist organisation by the US, trusted across a feud
        small_map([("g", "Gang", {"kind": "gang", "labels": [{"source": "US State Department", "label": "FTO",
                                                               "designation": True, "jurisdiction": "United States"}]}),
                   ("x", "X", {}), ("y", "Y", {})],
                  [("g", "x", "trust"), ("g", "y", "trust"), ("x", "y", "conflict")]),
        # a gang "protecting" residents it extorts, with a deal with the police
        small_map([("g", "Gang", {"kind": "gang"}), ("res", "Residents", {"kind": "community"}),
                   ("pol", "Police", {"kind": "state_agent"})],
                  [("g", "res", "protective"), ("g", "res", "parasitic"), ("g", "pol", "symbiotic")]),
        # a pact between two militias whose only channel runs through a gang outside it
        small_map([("m1", "M1", {"kind": "militia"}), ("m2", "M2", {"kind": "militia"}),
                   ("g", "G", {"kind": "gang"})],
                  [("m1", "g", "symbiotic"), ("g", "m2", "dialogue")]).model_copy(
            update={"agreements": [Agreement(id="pact", name="Pact", parties=["m1", "m2"])]}),
    ]


def random_map(seed: int, n: int = 16, m: int = 34) -> ActorMap:
    rng = random.Random(seed)
    actors = [Actor(id=f"a{i:02d}", name=f"Actor {i}", faction=rng.choice(["", "North", "South", "East"]),
                    kind=rng.choice(["gang", "religious", "state_agent"]), legitimacy=rng.choice([None, 0.3]),
                    is_self=rng.random() < 0.05, external=rng.random() < 0.1) for i in range(n)]
    ties = [Tie(id=f"t{k:03d}", source=f"a{s:02d}", target=f"a{t:02d}", kind=rng.choice(KINDS),
                confidence=rng.choice(["rumoured", "reported", "confirmed"]))
            for k, (s, t) in enumerate(rng.sample(range(n), 2) for _ in range(m))]
    return ActorMap(title=f"random {seed}", actors=actors, ties=ties)


def emitted_reasons():
    maps = [load_map(p) for p in SAMPLES] + crafted_maps() + [random_map(s) for s in range(12)]
    runs = [(m, "annotate") for m in maps] + [(m, "gate") for m in crafted_maps()]
    for amap, designations in runs:
        res = analyze(amap, designations=designations)
        for m in res.mediators:
            yield from m.reasons
        for g in res.gated:
            yield from g.reasons
        for ag in res.agreements:
            for s in ag.spoiler_reasons:
                yield from s.reasons


def test_every_registered_code_has_an_english_message():
    missing = [code for code in REASONS if not has_message(code, "en")]
    assert missing == []


def test_every_code_the_engine_emits_is_registered_has_its_params_and_renders():
    seen = set()
    for r in emitted_reasons():
        assert r.code in REASONS, r.code
        assert set(r.params) == set(REASONS[r.code].params), r.code
        text = render(r)
        assert text and text.strip() == text and text != fallback(r.code, r.params), (r.code, text)
        seen.add(r.code)
    # and the registry has no code the engine never emits on these maps
    assert seen == set(REASONS)


def test_gates_are_marked_in_the_registry():
    gates = {c for c, spec in REASONS.items() if spec.gate}
    res = [analyze(amap) for amap in crafted_maps()]
    assert {r.code for x in res for g in x.gated for r in g.reasons} <= gates
    assert not {r.code for x in res for m in x.mediators for r in m.reasons} & gates


def test_reason_helper_refuses_unregistered_codes_and_wrong_params():
    assert reason("open_conflict", camps=["A"]) == {"code": "open_conflict", "params": {"camps": ["A"]}}
    with pytest.raises(ValueError, match="unregistered"):
        reason("is_a_criminal")
    with pytest.raises(ValueError, match="takes params"):
        reason("open_conflict", camp="A")


# ---- English wording, plurals and lists (written from the rules, not from the output) ----------
@pytest.mark.parametrize("code, params, text", [
    ("trusted_by_camps", {"camps": ["Church"]}, "trusted by 1 other camp: Church"),
    ("trusted_by_camps", {"camps": ["A", "B", "C"]}, "trusted by 3 other camps: A, B and C"),
    ("trusted_by_camps", {"camps": list("ABCDEFGHI")}, "trusted by 9 other camps: A, B, C, D, E, F and 3 more"),
    ("brokers_paths", {"paths": 1, "roles": {"itinerant": 0, "representative": 0, "gatekeeper": 1, "liaison": 0}},
     "brokers 1 trust path between actors of different camps (1 as gatekeeper)"),
    ("bridges_hostile_pairs", {"pairs": [["A", "B"], ["A", "C"], ["B", "C"], ["B", "D"], ["C", "D"]]},
     "trusted on both sides of 5 hostile camp pairs: A vs B; A vs C; B vs C (and 2 more pairs)"),
    ("sole_channel", {"pairs": [["A", "B"], ["A", "C"], ["B", "C"], ["C", "D"]]},
     "the only channel between A and B; A and C; B and C on this map (and 1 more pair)"),
    ("sole_channel", {"pairs": [["A", "B"], ["A", "C"], ["B", "C"], ["C", "D"], ["D", "E"]]},
     "the only channel between A and B; A and C; B and C on this map (and 2 more pairs)"),
    ("joint_channel", {"pairs": [["X", "Y"]], "actors": ["B"], "actor_ids": ["b"]},
     "on every channel between X and Y on this map, together with B"),
    ("no_hostile_ties", {}, "coerces or extorts no one and is in no open conflict on this map"),
    ("access_only", {"pairs": [["Tebu", "dialogue"], ["G9", "protective/symbiotic"]]},
     "has open channels, not trust, with Tebu (dialogue) and G9 (protected by them / symbiotic)"),
    ("under_pressure", {"actors": ["MS-13"], "actor_ids": ["ms"], "camps": ["MS"], "kinds": ["coercive", "parasitic"]},
     "under pressure: coercion and extortion by MS-13 (not counted for or against it)"),
    ("parasitic_warning", {"camp": "S", "actors": ["Shops", "Buses"], "actor_ids": ["s1", "s2"],
                           "tie_ids": ["t1", "t2"], "confidence": ["reported", "rumoured"]},
     "warning: 2 parasitic ties (reported/rumoured) to S (Shops and Buses), which it does not reach by trust"),
    ("legitimacy_not_assessed", {"neutral": 0.5}, "legitimacy not assessed (counted as neutral 0.5)"),
    ("autonomy_high", {"autonomy": 0.666666}, "its trusted contacts are not tied to each other (autonomy 0.67)"),
])
def test_english_messages(code, params, text):
    assert render(Reason(code=code, params=params)) == text
    assert render({"code": code, "params": params}) == text  # a dumped reason renders the same


def test_report_phrases():
    assert phrase("report.mixed_pairs", count=1) == "1 pair with both trust and hostile ties (left out of the count)."
    assert phrase("report.contradicting_ties", count=3) == "3 ties contradict this split."
    assert phrase("report.approximate", measures=["betweenness", "key_players"]) == (
        "Approximate (best found or sampled, not proven): betweenness and key players.")


# ---- fallbacks: never a crash, always something visible ------------------------------------------
def test_unknown_code_bad_params_and_unknown_language_fall_back_visibly():
    assert render(Reason(code="from_a_newer_version", params={"n": 2})) == 'from_a_newer_version {"n": 2}'
    assert render({"code": "gate_self"}) == "this is the mapping organisation itself (marked 'self')"
    # params a message cannot use: the code and the params, not an exception
    assert render(Reason(code="trusted_by_camps", params={"camp": "A"})) == 'trusted_by_camps {"camp": "A"}'
    assert render(Reason(code="autonomy_high", params={"autonomy": "high"})).startswith("autonomy_high ")
    assert render(None) == "?"
    assert render(Reason(code="no_hostile_ties"), lang="xx") == (
        "coerces or extorts no one and is in no open conflict on this map")


def test_a_language_renders_its_own_messages_and_falls_back_to_english_per_key(monkeypatch):
    fr = {"open_conflict": lambda p, lang: f"en conflit ouvert avec {lang.names(p['camps'])}"}
    monkeypatch.setitem(messages.CATALOGUES, "fr", fr)
    r = Reason(code="open_conflict", params={"camps": ["MS-13", "Barrio 18", "Police"]})
    assert render(r, "fr") == "en conflit ouvert avec MS-13, Barrio 18 et Police"
    assert render(Reason(code="no_hostile_ties"), "fr") == (
        "coerces or extorts no one and is in no open conflict on this map")
    # the serialisation context chooses the language of the dumped text
    assert r.model_dump(context={"lang": "fr"})["text"] == "en conflit ouvert avec MS-13, Barrio 18 et Police"
    assert r.model_dump()["text"] == "in open conflict with MS-13, Barrio 18 and Police: not counted as bridging them"
    res = insider_mediators(crafted_maps()[1])
    dumped = res.ranked[0].model_dump(mode="json", context={"lang": "fr"})
    assert all(d["text"] == render(r, "fr") for d, r in zip(dumped["reasons"], res.ranked[0].reasons, strict=True))


# ---- CLDR plural categories and list patterns (es and fr ready for their catalogues) -----------------
@pytest.mark.parametrize("n, en, es, fr", [
    (0, "other", "other", "one"),
    (1, "one", "one", "one"),
    (1.5, "other", "other", "one"),  # fr: i = 1
    (2, "other", "other", "other"),
    (1.0, "one", "one", "one"),
    (1_000_000, "other", "many", "many"),  # "1 millón de", "1 million de"
    (2_000_000, "other", "many", "many"),
    (1_000_001, "other", "other", "other"),
    (1_000_000.5, "other", "other", "other"),
])
def test_cldr_plural_categories(n, en, es, fr):
    assert (plural_en(n), plural_es(n), plural_fr(n)) == (en, es, fr)


def test_plural_forms_fall_back_to_other():
    assert FR.plural(0, one="camp", other="camps") == "camp"
    assert ES.plural(1_000_000, one="bando", other="bandos") == "bandos"
    assert ES.plural(1_000_000, one="x", other="y", many="z") == "z"


def test_list_joining_and_numbers_per_language():
    items = ["a", "b", "c", "d", "e", "f", "g", "h"]
    assert EN.join([]) == "" and EN.join(["a"]) == "a" and EN.join(["a", "b"]) == "a and b"
    assert EN.names(items) == "a, b, c, d, e, f and 2 more"
    assert ES.names(items) == "a, b, c, d, e, f y 2 más"
    assert FR.names(items) == "a, b, c, d, e, f et 2 autres"
    assert FR.names(items[:7]) == "a, b, c, d, e, f et 1 autre"
    assert EN.num(0.5) == "0.50" and EN.num(0.5, trim=True) == "0.5" and FR.num(0.75) == "0,75"
