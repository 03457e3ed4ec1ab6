"""analyze(): the typed result and its JSON, checked against networkx and brute force, not against itself."""

import itertools
import json
import math
import random
from pathlib import Path

import networkx as nx
import pytest

from actormap.core.analysis.mediators import WeightsError
from actormap.core.analysis.report import AnalysisError, analyze
from actormap.core.analysis.result import AnalysisResult
from actormap.core.analysis.text_report import render_text
from actormap.core.io import load_map
from actormap.core.model import Actor, ActorMap, Tie

SAMPLE = Path(__file__).resolve().parents[3] / "sample_maps" / "el_salvador_2012_truce.actormap"
KINDS = ["symbiotic", "protective", "parasitic", "coercive", "conflict", "dialogue"]


def random_map(seed, n=18, m=30):
    rng = random.Random(seed)
    actors = [Actor(id=f"a{i:02d}", name=f"Actor {i}", kind=rng.choice(["gang", "religious", "state_agent"]),
                    faction=rng.choice(["", "North", "South", "East"]),
                    legitimacy=rng.choice([None, 0.2, 0.8])) for i in range(n)]
    ties = []
    for k in range(m):
        s, t = rng.sample(range(n - 2), 2)  # the last two actors stay isolated
        ties.append(Tie(id=f"t{k:03d}", source=f"a{s:02d}", target=f"a{t:02d}",
                        kind=rng.choice(KINDS), strength=rng.randint(1, 3)))
    return ActorMap(title=f"random {seed}", actors=actors, ties=ties)


def analyze_json(amap, **kwargs) -> dict:
    """The ``actormap analyze --json`` object of ``amap`` (strict JSON: NaN would fail here)."""
    result = analyze(amap, **kwargs)
    assert isinstance(result, AnalysisResult)
    return json.loads(result.to_json(), parse_constant=lambda c: pytest.fail(f"non-strict JSON {c}"))


def skeleton_nx(amap):
    G = nx.Graph()
    G.add_nodes_from(a.id for a in amap.actors)
    G.add_edges_from((t.source, t.target) for t in amap.ties)
    return G


def brute_F(G):
    n = len(G)
    if n < 2:
        return 0.0
    unreachable = sum(1 for u, v in itertools.permutations(G, 2) if not nx.has_path(G, u, v))
    return unreachable / (n * (n - 1))


@pytest.mark.parametrize("seed", range(5))
def test_json_schema_and_values_against_independent_references(seed):
    amap = random_map(seed)
    res = analyze_json(amap)
    for key in ("map", "layers", "approximate", "fragmentation", "balance", "factions",
                "mediators", "gated", "actors"):
        assert key in res
    assert "key_players" not in res
    assert res["map"] == {"title": amap.title, "actors": len(amap.actors), "ties": len(amap.ties), "as_of": None,
                          "perspective": None}
    ids = {a.id for a in amap.actors}
    assert [a["id"] for a in res["actors"]] == sorted(ids)
    assert {m["id"] for m in res["mediators"]} | {g["id"] for g in res["gated"]} == ids
    for layer_key in ("betweenness", "constraint", "brokerage", "balance", "mediators"):
        assert layer_key in res["layers"]

    G = skeleton_nx(amap)
    bn = nx.betweenness_centrality(G, normalized=True)
    braw = nx.betweenness_centrality(G, normalized=False)
    assert res["fragmentation"]["F"] == pytest.approx(brute_F(G))
    assert res["fragmentation"]["components"] == nx.number_connected_components(G)
    T = nx.Graph()
    T.add_nodes_from(ids)
    for t in amap.ties:
        if t.kind in ("symbiotic", "protective"):
            w = T[t.source][t.target]["weight"] if T.has_edge(t.source, t.target) else 0
            T.add_edge(t.source, t.target, weight=w + t.strength)
    con = nx.constraint(T, nodes=list(T), weight="weight")
    for a in res["actors"]:
        v = a["id"]
        assert a["betweenness"] == pytest.approx(bn[v], abs=1e-9)
        assert a["betweenness_raw"] == pytest.approx(braw[v], abs=1e-9)
        if math.isnan(con[v]):
            assert a["constraint"] is None and a["effective_size"] is None
        else:
            assert a["constraint"] == pytest.approx(con[v])
        # removal: naive recount on the graph without the actor
        H = G.copy()
        H.remove_node(v)
        before = sum(1 for x, y in itertools.combinations(H, 2) if nx.has_path(G, x, y))
        after = sum(1 for x, y in itertools.combinations(H, 2) if nx.has_path(H, x, y))
        assert a["removal"]["pairs_disconnected"] == before - after
        assert a["removal"]["F"] == pytest.approx(brute_F(H))
        assert set(a["brokerage"]) == {"coordinator", "itinerant", "representative", "gatekeeper",
                                       "liaison", "total"}
    # isolated actors: no constraint, no NaN
    iso = [a for a in res["actors"] if a["id"] in ("a16", "a17")]
    assert all(a["constraint"] is None and a["betweenness"] == 0 for a in iso)


def test_factions_and_balance_sections():
    amap = random_map(11)
    res = analyze_json(amap)
    declared = res["factions"]["declared"]
    assert sorted(v for ms in declared.values() for v in ms) == sorted(a.id for a in amap.actors)
    detected = res["factions"]["detected"]
    assert sorted(v for g in detected for v in g) == sorted(a.id for a in amap.actors)
    bal = res["balance"]
    placed = [v for b in bal["blocs"] for v in b] + bal["unplaced"]
    assert sorted(placed) == sorted(a.id for a in amap.actors)
    assert bal["exact"] is True and res["approximate"]["balance"] is False
    tie_ids = {t.id for t in amap.ties}
    assert set(bal["contradicting"]) <= tie_ids
    assert bal["frustration"] == len(bal["frustrated_pairs"])


def test_key_players_validation():
    amap = random_map(3)
    n = len(amap.actors)
    for bad in (0, -1, n - 1, n + 5, True, 2.5):
        with pytest.raises(AnalysisError):
            analyze(amap, key_players=bad)
    with pytest.raises(WeightsError):
        analyze(amap, weights={"charisma": 2})


def test_key_players_when_available():
    amap = random_map(4)
    res = analyze_json(amap, key_players=2)
    kp = res["key_players"]
    assert kp["k"] == 2 and len(kp["set"]) == 2
    assert set(kp["set"]) <= {a.id for a in amap.actors}
    G = skeleton_nx(amap)
    G.remove_nodes_from(kp["set"])
    assert kp["F"] == pytest.approx(brute_F(G))
    # 18 actors, C(18, 2) = 153 sets: every set is checked
    assert kp["exact"] is True and kp["method"] == "exhaustive"
    assert res["approximate"]["key_players"] is False
    full = skeleton_nx(amap)
    best = max(brute_F(full.subgraph(set(full) - set(S))) for S in itertools.combinations(full, 2))
    assert kp["F"] == pytest.approx(best)
    json.dumps(res, allow_nan=False)


def test_weights_change_the_ranking_as_asked():
    amap = random_map(5)
    only_leg = {k: 0 for k, _w in analyze(amap).mediator_weights} | {"legitimacy": 1}
    res = analyze(amap, weights=only_leg)
    scores = [m.score for m in res.mediators]
    assert scores == sorted(scores, reverse=True)
    assert dict(res.mediator_weights) == only_leg
    for m in res.mediators:
        assert m.score == pytest.approx(m.components.legitimacy)


def test_empty_and_tiny_maps():
    for amap in (ActorMap(), ActorMap(actors=[Actor(id="x", name="X")])):
        res = analyze_json(amap)
        assert res["balance"]["triangle_index"] is None
        assert res["mediators"] == []


@pytest.mark.skipif(not SAMPLE.exists(), reason="El Salvador sample map not present")
def test_sample_text_report():
    res = analyze(load_map(SAMPLE))
    text = render_text(res)
    assert "Insider-mediator shortlist" in text and "Monsignor Fabio Colindres" in text
    assert "Bloc 1" in text and "Top brokers" in text
    assert text.index("Monsignor Fabio Colindres") < text.index("Raúl Mijango")


def test_analyze_restores_the_garbage_collector():
    import gc

    assert gc.isenabled()
    analyze(random_map(1))
    assert gc.isenabled()
    with pytest.raises(AnalysisError):
        analyze(random_map(1), key_players=0)
    assert gc.isenabled()
    gc.disable()
    try:
        analyze(random_map(1))
        assert not gc.isenabled()  # a paused collector stays paused
    finally:
        gc.enable()
