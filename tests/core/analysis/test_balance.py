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


def set_partitions(items):
    """Every partition of ``items`` (Bell(n) of them), as lists of blocs."""
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for p in set_partitions(rest):
        yield [[first]] + p
        for i in range(len(p)):
            yield p[:i] + [[first] + p[i]] + p[i + 1:]


def frustration_of(G, bloc_of):
    """Signed edges against a grouping: hostile inside one bloc, trusting across two."""
    return sum(1 for u, v, d in G.edges(data=True)
               if d["sign"] in (1, -1) and ((bloc_of[u] == bloc_of[v]) != (d["sign"] > 0)))


def brute_frustration(G):
    """Minimum over every partition of the actors into any number of blocs (weak balance)."""
    nodes = list(G)
    best = None
    for p in set_partitions(nodes):
        bloc_of = {v: i for i, b in enumerate(p) for v in b}
        f = frustration_of(G, bloc_of)
        best = f if best is None else min(best, f)
    return best


def bloc_map(r):
    return {v: i for i, b in enumerate(r.blocs) for v in b}


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


def test_set_partitions_count_is_bell():
    assert [sum(1 for _ in set_partitions(list(range(n)))) for n in range(1, 8)] == [1, 2, 5, 15, 52, 203, 877]


def test_three_way_war_gives_three_blocs_and_no_frustration():
    # three gangs, each with its allies, all at war with each other
    camps = [["g1", "g1a", "g1b"], ["g2", "g2a"], ["g3", "g3a", "g3b", "g3c"]]
    edges = [(c[0], x, 1) for c in camps for x in c[1:]]
    edges += [("g1", "g2", -1), ("g2", "g3", -1), ("g1", "g3", -1), ("g1a", "g3b", -1)]
    r = structural_balance(signed(edges))
    assert r.exact and r.frustration == 0 and r.contradicting == []
    assert r.blocs == [camps[2], sorted(camps[0]), camps[1]]  # largest first
    # strong balance still counts the triangle of three enemies as unbalanced
    assert r.triangles == 1 and r.triangle_index == 0.0


def test_two_alliances_at_war_give_two_blocs():
    a, b = ["a1", "a2", "a3"], ["b1", "b2", "b3"]
    edges = [(u, v, 1) for u, v in itertools.combinations(a, 2)]
    edges += [(u, v, 1) for u, v in itertools.combinations(b, 2)]
    edges += [(u, v, -1) for u in a for v in b if (u, v) != ("a1", "b3")]
    r = structural_balance(signed(edges))
    assert r.blocs == [a, b] and r.frustration == 0 and r.exact


def test_known_frustrated_configuration():
    # A square of allies a-b-c-d-a with a feud across the diagonal a-c, and an enemy e of both
    # b and d. Any grouping breaks the cycle a-b-c (+ + -) or a-d-c: keeping a and c together
    # frustrates the feud (1); splitting them breaks one trust tie on each path (2).
    # So the minimum is 1: {a, b, c, d} together, e alone, and only the feud a-c contradicts.
    edges = [("a", "b", 1), ("b", "c", 1), ("c", "d", 1), ("d", "a", 1), ("a", "c", -1),
             ("e", "b", -1), ("e", "d", -1)]
    G = signed(edges)
    r = structural_balance(G)
    assert r.frustration == 1 == brute_frustration(G)
    assert r.blocs == [["a", "b", "c", "d"], ["e"]]
    assert r.frustrated_pairs == [("a", "c")] and r.contradicting == ["t4"]


def test_exact_against_brute_force_over_all_set_partitions():
    rng = random.Random(2018)
    for _ in range(150):
        G = random_signed(rng, 8)
        r = structural_balance(G)
        assert r.exact
        assert r.frustration == brute_frustration(G)
        # the reported blocs really have that many contradicting pairs, and each bloc is
        # held together by trust ties
        assert frustration_of(G, bloc_map(r)) == r.frustration == len(r.contradicting)
        for b in r.blocs:
            H = nx.Graph((u, v) for u, v, d in G.subgraph(b).edges(data=True) if d["sign"] > 0)
            H.add_nodes_from(b)
            assert nx.is_connected(H)


def test_milp_path_is_exact_on_random_graphs():
    rng = random.Random(2020)
    for _ in range(40):
        G = random_signed(rng, 8)
        bloc, exact, _ = frustration_partition(G, method="milp", time_budget=5)
        assert exact and frustration_of(G, bloc) == brute_frustration(G)


def test_medium_block_uses_milp_and_proves_optimality():
    # One block of 30 actors: too big for checking every partition, small for the MILP.
    rng = random.Random(3)
    G = nx.random_regular_graph(4, 30, seed=3)
    for u, v in G.edges:
        G[u][v].update(sign=rng.choice([1, -1]), ties=[f"{u}-{v}"])
    assert nx.is_biconnected(G)
    r = structural_balance(G, time_budget=20)
    h = structural_balance(G, method="heuristic")
    assert r.exact and not h.exact
    assert r.frustration <= h.frustration
    assert frustration_of(G, bloc_map(r)) == r.frustration


def test_heuristic_never_below_exact_and_usually_equal():
    rng = random.Random(7)
    equal = total = 0
    for _ in range(120):
        G = random_signed(rng, 8)
        h = structural_balance(G, method="heuristic", seed=1)
        assert frustration_of(G, bloc_map(h)) == h.frustration
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
    assert r.blocs == [["c", "d", "e"], ["a"], ["b"]]  # largest first, then by first id
    assert structural_balance(G).to_dict() == r.to_dict()


@pytest.mark.parametrize("n", [300, 1500])
def test_large_random_map_runs_heuristic_with_flag(n):
    rng = random.Random(n)
    G = nx.barabasi_albert_graph(n, 3, seed=n)
    for u, v in G.edges:
        G[u][v].update(sign=rng.choice([1, -1]), ties=[f"{u}-{v}"])
    r = structural_balance(G, time_budget=0.2)
    assert not r.exact and r.method == "heuristic"
    assert 0 < r.frustration < G.number_of_edges() / 4  # far better than a random split
    assert sorted(v for b in r.blocs for v in b) == sorted(G)
    assert frustration_of(G, bloc_map(r)) == r.frustration


def test_blocks_above_the_partition_limit_are_exact_by_milp():
    rng = random.Random(1993)
    done = 0
    while done < 3:
        G = nx.gnp_random_graph(10, 0.45, seed=rng.randint(0, 10**6))
        if not nx.is_biconnected(G):
            continue
        for k, (u, v) in enumerate(G.edges):
            G[u][v].update(sign=-1 if rng.random() < 0.4 else 1, ties=[f"t{k}"])
        r = structural_balance(G, time_budget=10)
        if r.frustration == 0:
            continue
        assert r.exact and r.frustration == brute_frustration(G)  # Bell(10) = 115,975 groupings
        done += 1


def test_three_way_war_on_a_map_through_analyze_and_the_text_report():
    from actormap.core.analysis.report import analyze
    from actormap.core.analysis.text_report import render_text

    names = {"ms": "MS-13", "b18s": "Barrio 18 Surenos", "b18r": "Barrio 18 Revolucionarios",
             "ms2": "MS clique", "s2": "Surenos clique", "r2": "Revolucionarios clique", "x": "Bystander"}
    m = ActorMap(
        actors=[Actor(id=i, name=n, kind="gang") for i, n in names.items()],
        ties=[
            Tie(id="w1", source="ms", target="b18s", kind="conflict"),
            Tie(id="w2", source="b18s", target="b18r", kind="conflict"),
            Tie(id="w3", source="b18r", target="ms", kind="conflict"),
            Tie(id="a1", source="ms", target="ms2", kind="symbiotic"),
            Tie(id="a2", source="b18s", target="s2", kind="symbiotic"),
            Tie(id="a3", source="b18r", target="r2", kind="protective"),
            Tie(id="d1", source="x", target="ms", kind="dialogue"),
        ],
    )
    bal = analyze(m).balance
    assert bal.blocs == [["b18r", "r2"], ["b18s", "s2"], ["ms", "ms2"]]
    assert bal.frustration == 0 and bal.unplaced == ["x"] and bal.exact
    text = render_text(analyze(m))
    assert "Bloc 3 (2): MS-13, MS clique" in text
