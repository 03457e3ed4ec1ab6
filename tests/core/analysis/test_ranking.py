"""Re-ranking mediator candidates under new weights (core.analysis.ranking)."""

import itertools
import random

import pytest

from actormap.core.analysis.ranking import bridges, rank, score
from actormap.core.analysis.result import COMPONENTS, MediatorCandidate
from actormap.core.model import Actor, Tie


def candidate(cid: str, score: float = 0.0, **components: float) -> MediatorCandidate:
    """A candidate built through the result model (components not given are 0)."""
    return MediatorCandidate(id=cid, name=cid.upper(), faction="F", score=score,
                             components=dict.fromkeys(COMPONENTS, 0.0) | components,
                             not_assessed=[], reasons=[{"code": "no_hostile_ties"}])


def test_score_is_weighted_mean_by_hand():
    comps = {"a": 1.0, "b": 0.5, "c": None}
    # (2*1 + 1*0.5 + 1*0) / 4
    assert score(comps, {"a": 2, "b": 1, "c": 1}) == pytest.approx(2.5 / 4)
    assert score(comps, {"a": 0, "b": 0, "c": 0}) == 0.0
    assert score(comps, {"b": 1}) == pytest.approx(0.5)
    assert score(comps, {"zz": 3, "a": 1}) == pytest.approx(1.0)  # unknown key ignored


def test_rank_follows_weights_and_keeps_inputs():
    cands = [candidate("x", 0.5, autonomy=1.0, legitimacy=0.0), candidate("y", 0.5, autonomy=0.0, legitimacy=1.0)]
    assert [c.id for c in rank(cands, {"autonomy": 1, "legitimacy": 0})] == ["x", "y"]
    got = rank(cands, {"autonomy": 0, "legitimacy": 1})
    assert [c.id for c in got] == ["y", "x"] and [c.score for c in got] == [1.0, 0.0]
    assert cands[0].score == 0.5  # not mutated
    assert got[0].reasons == cands[1].reasons and got[0].components == cands[1].components


def test_rank_matches_independent_scores_on_random_inputs():
    rng = random.Random(3)
    keys = list(COMPONENTS)
    for _ in range(200):
        comps = [{k: rng.random() for k in keys} for _i in range(6)]
        cands = [candidate(f"c{i}", **c) for i, c in enumerate(comps)]
        w = {k: rng.choice([0, 0.5, 1, 2]) for k in keys}
        tot = sum(w.values())
        expected = {f"c{i}": (sum(w[k] * c[k] for k in keys) / tot if tot else 0.0) for i, c in enumerate(comps)}
        got = rank(cands, w)
        assert {c.id for c in got} == set(expected)
        for c in got:
            assert c.score == pytest.approx(expected[c.id])
        scores = [expected[c.id] for c in got]
        assert all(a >= b - 1e-12 for a, b in itertools.pairwise(scores))


def test_bridges_trust_only_other_factions():
    actors = {a.id: a for a in [
        Actor(id="m", name="Bishop", faction="Church"),
        Actor(id="g1", name="MS-13", faction="MS"),
        Actor(id="g2", name="Barrio 18", faction="B18"),
        Actor(id="g3", name="Clique", faction="MS"),
        Actor(id="c", name="Priest", faction="Church"),
        Actor(id="p", name="Police", faction="State"),
    ]}
    ties = [
        Tie(id="t1", source="m", target="g1", kind="symbiotic"),
        Tie(id="t2", source="m", target="g2", kind="protective"),
        Tie(id="t3", source="m", target="c", kind="symbiotic"),   # own faction
        Tie(id="t4", source="p", target="m", kind="coercive"),    # not trust
        Tie(id="t5", source="g1", target="g2", kind="conflict"),  # not at m
    ]
    factions, members, tids = bridges(actors, ties, "m")
    assert factions == ["MS", "B18"]
    assert sorted(members) == ["g1", "g2", "g3"]
    assert tids == ["t1", "t2"]


def test_rank_under_default_weights_reproduces_the_engine_ranking():
    from pathlib import Path

    from actormap.core.analysis.mediators import DEFAULT_WEIGHTS, insider_mediators
    from actormap.core.io import load_map

    root = Path(__file__).resolve().parents[3] / "sample_maps"
    for name in ("el_salvador_2012_truce.actormap", "mexico_kingpin_strategy.actormap"):
        res = insider_mediators(load_map(root / name))
        got = rank(res.ranked, DEFAULT_WEIGHTS)
        assert [round(c.score, 9) for c in got] == [round(c.score, 9) for c in res.ranked]
        assert [c.id for c in got] == [c.id for c in res.ranked]
        # moving all weight to legitimacy orders by legitimacy alone
        only = {k: (1.0 if k == "legitimacy" else 0.0) for k in DEFAULT_WEIGHTS}
        legit = [c.components.legitimacy for c in rank(res.ranked, only)]
        assert legit == sorted(legit, reverse=True)
