"""Structural balance: triangle index and frustration index against brute force."""

import itertools
import random

import networkx as nx
import pytest

from actormap.core.analysis.balance import (
    frustration_partition,
    structural_balance,
    triangle_index,
)
from actormap.core.analysis.layers import signed_graph
from actormap.core.model import Actor, ActorMap, Tie


def signed(edges):
    G = nx.Graph()
    for k, (u, v, s) in enumerate(edges):
        G.add_edge(u, v, sign=s, mixed=s == 0, ties=[f"t{k}"])
    return G


def random_signed(rng, n_max=10, p_neg=None):
    n = rng.randint(2, n_max)
    G = nx.gnp_random_graph(n, rng.uniform(0.2, 0.8), seed=rng.randint(0, 10**6))
    q = rng.uniform(0.1, 0.9) if p_neg is None else p_neg
    for k, (u, v) in enumerate(G.edges):
        G[u][v].update(sign=-1 if rng.random() < q else 1, ties=[f"t{k}"])
    return G


def brute_frustration(G):
    """Minimum over all 2^n splits, counting edges whose sign disagrees."""
    nodes = list(G)
    best = None
    for bits in itertools.product((0, 1), repeat=len(nodes)):
        x = dict(zip(nodes, bits, strict=True))
        f = sum(1 for u, v, d in G.edges(data=True)
                if d["sign"] in (1, -1) and ((x[u] == x[v]) != (d["sign"] > 0)))
        best = f if best is None else min(best, f)
    return best


def brute_triangles(G):
    tri = bal = 0
    for a, b, c in itertools.combinations(G, 3):
        if G.has_edge(a, b) and G.has_edge(b, c) and G.has_edge(a, c):
            s = [G[a][b]["sign"], G[b][c]["sign"], G[a][c]["sign"]]
            if 0 in s:
                continue
            tri += 1
            bal += s[0] * s[1] * s[2] > 0
    return tri, bal


def test_known_unbalanced_triangle():
    # Two allies share an enemy? balanced. Two enemies sharing a friend: unbalanced (+ + -).
    G = signed([("a", "b", 1), ("b", "c", 1), ("a", "c", -1)])
    r = structural_balance(G)
    assert r.triangle_index == 0.0 and r.triangles == 1
    assert r.frustration == 1 and r.exact
    assert len(r.contradicting) == 1


def test_perfectly_balanced_graph_gives_zero_and_the_two_camps():
    # Two camps, friends inside, enemies across.
    camp1, camp2 = ["a", "b", "c"], ["x", "y"]
    edges = [(u, v, 1) for u, v in itertools.combinations(camp1, 2)]
    edges += [("x", "y", 1)] + [(u, v, -1) for u in camp1 for v in camp2]
    r = structural_balance(signed(edges))
    assert r.frustration == 0 and r.exact and r.contradicting == []
    assert r.blocs == [camp1, camp2]
    assert r.triangle_index == 1.0


def test_triangle_index_against_enumeration():
    rng = random.Random(1956)
    for _ in range(100):
        G = random_signed(rng, 12)
        t, b = brute_triangles(G)
        ti, t2, b2 = triangle_index(G)
        assert (t2, b2) == (t, b)
        assert ti == (b / t if t else None)


def test_no_triangle_gives_none():
    assert structural_balance(signed([("a", "b", 1), ("b", "c", -1)])).triangle_index is None
    assert structural_balance(nx.Graph()).triangle_index is None


def test_exact_against_brute_force_random():
    rng = random.Random(2018)
    for _ in range(200):
        G = random_signed(rng, 10)
        r = structural_balance(G)
        assert r.exact
        assert r.frustration == brute_frustration(G)
        # the reported split really has that many contradicting pairs
        side = {v: 0 for v in r.blocs[0]} | {v: 1 for v in r.blocs[1]}
        bad = [(u, v) for u, v, d in G.edges(data=True) if (side[u] == side[v]) != (d["sign"] > 0)]
        assert len(bad) == r.frustration == len(r.contradicting)


def test_milp_path_is_exact_on_random_graphs():
    rng = random.Random(2020)
    for _ in range(40):
        G = random_signed(rng, 10)
        side, exact, _ = frustration_partition(G, method="milp", time_budget=5)
        f = sum(1 for u, v, d in G.edges(data=True) if (side[u] == side[v]) != (d["sign"] > 0))
        assert exact and f == brute_frustration(G)


def test_medium_block_uses_milp_and_proves_optimality():
    # One block of 30 actors: too big for exhaustive search, small for the MILP.
    rng = random.Random(3)
    G = nx.random_regular_graph(4, 30, seed=3)
    for u, v in G.edges:
        G[u][v].update(sign=rng.choice([1, -1]), ties=[f"{u}-{v}"])
    assert nx.is_biconnected(G)
    r = structural_balance(G, time_budget=20)
    h = structural_balance(G, method="heuristic")
    assert r.exact and not h.exact
    assert r.frustration <= h.frustration


def test_heuristic_never_below_exact_and_usually_equal():
    rng = random.Random(7)
    equal = total = 0
    for _ in range(150):
        G = random_signed(rng, 10)
        h = structural_balance(G, method="heuristic", seed=1)
        ex = brute_frustration(G)
        assert h.frustration >= ex
        total += 1
        equal += h.frustration == ex
    assert equal / total >= 0.9


def test_mixed_pairs_are_left_out_and_reported():
    m = ActorMap(
        actors=[Actor(id=i, name=i) for i in "abc"],
        ties=[
            Tie(id="p", source="a", target="b", kind="symbiotic"),
            Tie(id="n", source="a", target="b", kind="coercive"),  # a-b mixed
            Tie(id="q", source="b", target="c", kind="conflict"),
            Tie(id="r", source="a", target="c", kind="conflict"),
            Tie(id="d", source="a", target="c", kind="dialogue"),  # neutral, ignored
        ],
    )
    r = structural_balance(signed_graph(m))
    assert r.mixed == [{"actors": ["a", "b"], "ties": ["n", "p"]}]
    assert r.triangles == 0 and r.triangle_index is None  # the triangle has a mixed side
    # b-c and a-c hostile: {a, b} vs {c} contradicts nothing among the pure signed ties
    assert r.frustration == 0
    assert "n" not in r.contradicting and "p" not in r.contradicting


def test_actors_without_signed_ties_are_unplaced_and_blocs_are_deterministic():
    G = signed([("a", "b", -1), ("c", "d", 1), ("d", "e", 1)])
    G.add_node("z")
    r = structural_balance(G)
    assert r.unplaced == ["z"]
    assert r.blocs == [["a", "c", "d", "e"], ["b"]]
    assert structural_balance(G).to_dict() == r.to_dict()


@pytest.mark.parametrize("n", [300, 1500])
def test_large_random_map_runs_heuristic_with_flag(n):
    rng = random.Random(n)
    G = nx.barabasi_albert_graph(n, 3, seed=n)
    for u, v in G.edges:
        G[u][v].update(sign=rng.choice([1, -1]), ties=[f"{u}-{v}"])
    r = structural_balance(G, time_budget=0.2)
    assert not r.exact and r.method == "heuristic"
    assert 0 < r.frustration < G.number_of_edges() / 2  # far better than a random split
    assert sorted(r.blocs[0] + r.blocs[1]) == sorted(G)
