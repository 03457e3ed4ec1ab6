"""Every analysis result depends on the ids only, never on the order of actors and ties in a file."""

from __future__ import annotations

import json
import random
from pathlib import Path

import networkx as nx
import pytest

from actormap.core.analysis import layers
from actormap.core.analysis.balance import structural_balance
from actormap.core.analysis.factions import detected_factions
from actormap.core.analysis.keyplayer import kpp_neg
from actormap.core.analysis.report import analyze
from actormap.core.io import load_map

SAMPLES = sorted((Path(__file__).resolve().parents[3] / "sample_maps").glob("*.actormap"))


def rounded(x):
    """The result with floats rounded to 1e-9 (the JSON dump is then compared as text)."""
    if isinstance(x, float):
        return round(x, 9)
    if isinstance(x, dict):
        return {k: rounded(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [rounded(v) for v in x]
    return x


def dump(result) -> str:
    return json.dumps(rounded(json.loads(result.to_json())), sort_keys=True, allow_nan=False)


def shuffled(amap, seed):
    """The same map with actors and ties in a random order (and each tie list as given)."""
    rng = random.Random(seed)
    actors, ties = list(amap.actors), list(amap.ties)
    rng.shuffle(actors)
    rng.shuffle(ties)
    return amap.model_copy(update={"actors": actors, "ties": ties})


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_shuffled_samples_give_the_same_analysis(path):
    amap = load_map(path)
    ref = dump(analyze(amap, key_players=3))
    reversed_map = amap.model_copy(update={"actors": amap.actors[::-1], "ties": amap.ties[::-1]})
    assert dump(analyze(reversed_map, key_players=3)) == ref
    for seed in range(3):
        assert dump(analyze(shuffled(amap, seed), key_players=3)) == ref


def graph_in_order(G, seed):
    """A copy of G whose nodes and edges were added in a random order, edge ends swapped at random."""
    rng = random.Random(seed)
    nodes = list(G.nodes(data=True))
    edges = list(G.edges(data=True))
    rng.shuffle(nodes)
    rng.shuffle(edges)
    H = nx.Graph()
    H.add_nodes_from(nodes)
    H.add_edges_from((v, u, d) if rng.random() < 0.5 else (u, v, d) for u, v, d in edges)
    return H


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_measures_alone_ignore_the_insertion_order_of_the_graph(path):
    amap = load_map(path)
    skel, trust, signed = layers.skeleton(amap), layers.trust_graph(amap), layers.signed_graph(amap)
    bal = structural_balance(signed).to_dict()
    groups = detected_factions(trust)
    kp = {k: kpp_neg(skel, k) for k in (2, 3)}
    kp_heur = kpp_neg(skel, 3, method="heuristic")
    for seed in range(4):
        assert structural_balance(graph_in_order(signed, seed)).to_dict() == bal
        assert detected_factions(graph_in_order(trust, seed)) == groups
        S = graph_in_order(skel, seed)
        assert {k: kpp_neg(S, k) for k in (2, 3)} == kp
        assert kpp_neg(S, 3, method="heuristic") == kp_heur


def test_balance_heuristic_ignores_the_insertion_order():
    rng = random.Random(5)
    G = nx.barabasi_albert_graph(400, 3, seed=5)
    for u, v in G.edges:
        G[u][v].update(sign=rng.choice([1, 1, -1]), ties=[f"{u}-{v}"])
    r = structural_balance(G, time_budget=0.1)
    assert not r.exact
    assert structural_balance(graph_in_order(G, 1), time_budget=0.1).to_dict() == r.to_dict()
