"""Fragmentation, distance fragmentation and removal impact against naive networkx loops."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

from actormap.core.analysis.fragmentation import (
    distance_fragmentation,
    faction_removal_impact,
    fragmentation,
    removal_impact,
)


def naive_F(G: nx.Graph) -> float:
    n = G.number_of_nodes()
    if n < 2:
        return 0.0
    reach = sum(len(c) * (len(c) - 1) for c in nx.connected_components(G))
    return 1 - reach / (n * (n - 1))


def naive_DF(G: nx.Graph) -> float:
    n = G.number_of_nodes()
    if n < 2:
        return 0.0
    total = 0.0
    for _, dist in nx.all_pairs_shortest_path_length(G):
        total += sum(1 / d for d in dist.values() if d > 0)
    return 1 - total / (n * (n - 1))


def naive_removal(G: nx.Graph, v):
    H = G.copy()
    H.remove_node(v)
    comp_before = nx.node_connected_component(G, v) - {v}
    pieces = [sorted(c) for c in nx.connected_components(H.subgraph(comp_before))]
    pieces.sort(key=lambda p: (-len(p), p))
    pairs = sum(len(a) * len(b) for a, b in itertools.combinations(pieces, 2))
    return naive_F(H), pairs, pieces if len(pieces) >= 2 else []


def random_graphs():
    rng = random.Random(7)
    gs = []
    for i in range(160):
        n = rng.randint(1, 40)
        p = rng.choice([0.02, 0.05, 0.08, 0.12, 0.2, 0.4])
        gs.append(nx.gnp_random_graph(n, p, seed=i))
    for n in (1, 2, 3, 7, 20):
        gs += [nx.path_graph(n), nx.cycle_graph(max(n, 3)), nx.complete_graph(n), nx.star_graph(n),
               nx.empty_graph(n)]
    for i in range(30):
        gs.append(nx.random_labeled_tree(rng.randint(1, 40), seed=i))
    for i in range(20):  # disjoint unions with isolates
        H = nx.disjoint_union(nx.gnp_random_graph(15, 0.15, seed=i), nx.random_labeled_tree(10, seed=i))
        H.add_nodes_from(range(100, 104))
        gs.append(H)
    gs.append(nx.barbell_graph(5, 3))
    gs.append(nx.karate_club_graph())
    return gs


GRAPHS = random_graphs()


@pytest.mark.parametrize("G", GRAPHS)
def test_F_and_DF_match_networkx(G):
    assert fragmentation(G) == pytest.approx(naive_F(G), abs=1e-12)
    assert distance_fragmentation(G) == pytest.approx(naive_DF(G), abs=1e-12)


@pytest.mark.parametrize("G", GRAPHS)
def test_removal_impact_matches_naive_loop(G):
    fast = removal_impact(G)
    assert set(fast) == set(G)
    for v in G:
        F, pairs, pieces = naive_removal(G, v)
        got = fast[v]
        assert got.F == pytest.approx(F, abs=1e-12)
        assert got.pairs_disconnected == pairs
        assert sorted(got.splinters, key=lambda p: (-len(p), p)) == pieces
        assert [len(p) for p in got.splinters] == [len(p) for p in pieces]
        assert list(got.splinter_sizes) == [len(p) for p in pieces]


def test_known_values_path_and_star():
    # path a-b-c-d-e: removing c leaves {a,b} and {d,e}: 4 pairs cut, F = 1 - 4/12
    G = nx.path_graph("abcde")
    r = removal_impact(G)
    assert r["c"].pairs_disconnected == 4
    assert r["c"].F == pytest.approx(1 - 4 / 12)
    assert r["c"].splinters == [["a", "b"], ["d", "e"]]
    assert r["a"].splinters == [] and r["a"].pairs_disconnected == 0
    # star: centre removal isolates every leaf, F = 1
    S = nx.star_graph(5)
    assert removal_impact(S)[0].F == 1.0
    assert removal_impact(S)[0].pairs_disconnected == 10
    # Borgatti's two extremes: complete graph F=0, DF=0; empty graph F=1, DF=1
    assert fragmentation(nx.complete_graph(6)) == 0 and distance_fragmentation(nx.complete_graph(6)) == 0
    assert fragmentation(nx.empty_graph(6)) == 1 and distance_fragmentation(nx.empty_graph(6)) == 1
    # path of 3: DF = 1 - (4*1 + 2*1/2)/6
    assert distance_fragmentation(nx.path_graph(3)) == pytest.approx(1 - 5 / 6)


def test_small_graphs_and_long_path_without_recursion():
    assert removal_impact(nx.Graph()) == {}
    one = removal_impact(nx.empty_graph(1))
    assert one[0].F == 0.0 and one[0].pairs_disconnected == 0
    two = removal_impact(nx.path_graph(2))
    assert two[0].F == 0.0 and two[0].splinters == []
    G = nx.path_graph(10_000)
    r = removal_impact(G)
    assert r[5000].pairs_disconnected == 5000 * 4999
    assert [len(p) for p in r[5000].splinters] == [5000, 4999]
    assert r[0].pairs_disconnected == 0


def test_self_loops_ignored():
    G = nx.path_graph(4)
    G.add_edge(1, 1)
    assert removal_impact(G)[1].pairs_disconnected == 2


def naive_faction(G, faction_of, v):
    members = [u for u in G if faction_of[u] == faction_of[v]]
    return naive_removal(G.subgraph(members).copy(), v)


@pytest.mark.parametrize("seed", range(120))
def test_faction_removal_impact_matches_naive(seed):
    rng = random.Random(seed)
    n = rng.randint(1, 35)
    G = nx.gnp_random_graph(n, rng.choice([0.05, 0.1, 0.2, 0.35]), seed=seed)
    factions = {v: rng.choice("ABC"[: rng.randint(1, 3)]) for v in G}
    fast = faction_removal_impact(G, factions)
    for v in G:
        F, pairs, pieces = naive_faction(G, factions, v)
        got = fast[v]
        assert got.faction == factions[v]
        assert got.F == pytest.approx(F, abs=1e-12)
        assert got.pairs_disconnected == pairs
        assert sorted(got.splinters, key=lambda p: (-len(p), p)) == pieces


def test_faction_split_example():
    # a cartel held together by its leader; a tie to another faction does not hold it together
    G = nx.Graph([("boss", "a1"), ("boss", "a2"), ("a1", "x"), ("x", "a2"), ("boss", "b1")])
    fac = {"boss": "cartel", "a1": "cartel", "a2": "cartel", "b1": "cartel", "x": "state"}
    r = faction_removal_impact(G, fac)
    assert r["boss"].splinters == [["a1"], ["a2"], ["b1"]]
    assert r["boss"].pairs_disconnected == 3
    assert removal_impact(G)["boss"].splinters == [["a1", "a2", "x"], ["b1"]]
    with pytest.raises(ValueError, match="no faction"):
        faction_removal_impact(G, {"boss": "cartel"})


def test_distance_fragmentation_across_several_bit_batches():
    # 300 nodes with one word per batch: five batches, sources beyond the first 64
    from actormap.core.analysis._adjacency import csr_adjacency
    from actormap.core.analysis.fragmentation import _distance_sum

    G = nx.disjoint_union(nx.barabasi_albert_graph(250, 2, seed=2), nx.path_graph(50))
    n = G.number_of_nodes()
    _, A = csr_adjacency(G)
    assert 1 - _distance_sum(A, words=1) / (n * (n - 1)) == pytest.approx(naive_DF(G), abs=1e-12)
