"""Constraint and effective size vs Burt's formulas by brute force and networkx's loops."""

import math
import random

import networkx as nx
import pytest

from actormap.core.analysis.structural_holes import constraint, effective_size


def _z(G, i, j, weight):
    """Mutual tie strength z_ij + z_ji (Burt 1992)."""
    out = 0.0
    for a, b in ((i, j), (j, i)):
        if G.has_edge(a, b):
            out += G[a][b].get(weight, 1) if weight else 1
            if not G.is_directed():
                break
    return out * (1 if G.is_directed() else 2)


def _contacts(G, i):
    return set(nx.all_neighbors(G, i)) - {i}


def _per_ego(G, weight, score):
    """node -> score(i, contacts, total strength of i), or None for an isolate."""
    res = {}
    for i in G:
        N = _contacts(G, i)
        res[i] = score(i, N, sum(_z(G, i, q, weight) for q in N)) if N else None
    return res


def burt_constraint(G, weight):
    def p(a, b):
        den = sum(_z(G, a, q, weight) for q in _contacts(G, a))
        return _z(G, a, b, weight) / den if den else 0.0

    def score(i, N, tot):
        c = 0.0
        for j in N:
            ind = sum(p(i, q) * p(q, j) for q in N if q != j)
            c += (_z(G, i, j, weight) / tot + ind) ** 2
        return c

    return _per_ego(G, weight, score)


def burt_effective_size(G, weight):
    def score(i, N, tot):
        e = 0.0
        for j in N:
            mx = max(_z(G, j, k, weight) for k in _contacts(G, j))
            e += 1 - sum(_z(G, i, q, weight) / tot * _z(G, j, q, weight) / mx for q in N if q != j)
        return e

    return _per_ego(G, weight, score)


def _close(a, b):
    assert a.keys() == b.keys()
    for k in a:
        if a[k] is None or b[k] is None:
            assert a[k] is None and b[k] is None, k
        else:
            assert math.isclose(a[k], b[k], rel_tol=1e-9, abs_tol=1e-12), (k, a[k], b[k])


def _random_graph(rng, directed):
    n = rng.randint(1, 14)
    G = nx.gnp_random_graph(n, rng.uniform(0.1, 0.6), seed=rng.randint(0, 10**6), directed=directed)
    for u, v in G.edges:
        G[u][v]["weight"] = rng.randint(1, 6)
    G.add_node(n)  # an isolate
    return G


def test_hand_computed_star_and_triangle():
    # Star centre with 3 unconnected contacts: c = 3 * (1/3)^2 = 1/3; effective size 3.
    S = nx.star_graph(3)
    assert constraint(S)[0] == pytest.approx(1 / 3)
    assert effective_size(S)[0] == pytest.approx(3.0)
    # A leaf has a single contact: constraint 1, effective size 1.
    assert constraint(S)[1] == pytest.approx(1.0)
    assert effective_size(S)[1] == pytest.approx(1.0)
    # Triangle: p = 1/2, indirect = 1/4 -> c = 2 * (3/4)^2 = 1.125; esize = 2 - 2*1/2 = 1.
    T = nx.complete_graph(3)
    assert constraint(T)[0] == pytest.approx(1.125)
    assert effective_size(T)[0] == pytest.approx(1.0)


def test_weighted_hand_value():
    # i tied to j (weight 3) and q (weight 1); j-q tied (weight 1).
    G = nx.Graph()
    G.add_edge("i", "j", weight=3)
    G.add_edge("i", "q", weight=1)
    G.add_edge("j", "q", weight=1)
    # p_ij = 3/4, p_iq = 1/4, p_qj = 1/2, p_jq = 1/4
    c_i = (3 / 4 + 1 / 4 * 1 / 2) ** 2 + (1 / 4 + 3 / 4 * 1 / 4) ** 2
    assert constraint(G)["i"] == pytest.approx(c_i)
    # m_jq = 1/3 (j's strongest tie is 3), m_qj = 1 (q's strongest is 1)
    e_i = (1 - 1 / 4 * 1 / 3) + (1 - 3 / 4 * 1)
    assert effective_size(G)["i"] == pytest.approx(e_i)


def test_isolates_are_none_not_nan():
    G = nx.Graph()
    G.add_nodes_from("abc")
    G.add_edge("a", "b", weight=2)
    assert constraint(G)["c"] is None
    assert effective_size(G)["c"] is None
    assert constraint(nx.Graph()) == {}
    assert effective_size(nx.Graph()) == {}


@pytest.mark.parametrize("directed", [False, True])
def test_against_burt_brute_force_random(directed):
    rng = random.Random(1992 + directed)
    for _ in range(60):
        G = _random_graph(rng, directed)
        for w in ("weight", None):
            _close(constraint(G, weight=w), burt_constraint(G, w))
            _close(effective_size(G, weight=w), burt_effective_size(G, w))


def _nan_to_none(d):
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in d.items()}


@pytest.mark.parametrize("directed", [False, True])
def test_against_networkx_reference_loops(directed):
    rng = random.Random(7 + directed)
    for _ in range(40):
        G = _random_graph(rng, directed)
        # nodes=list(G) takes networkx's per-node loops, which are correct for weights.
        for ours, ref in (
            (constraint(G), nx.constraint(G, nodes=list(G), weight="weight")),
            (effective_size(G), nx.effective_size(G, nodes=list(G), weight="weight")),
        ):
            ref = _nan_to_none(ref)
            if directed:  # networkx's loops mark nodes without successors as NaN
                ours = {v: c for v, c in ours.items() if len(G[v])}
                ref = {v: c for v, c in ref.items() if len(G[v])}
            _close(ours, ref)


def test_unweighted_matches_borgatti_formula():
    G = nx.karate_club_graph()
    es = effective_size(G, weight=None)
    for v in G:
        E = nx.ego_graph(G, v, center=False)
        n, t = len(E), E.size()
        assert es[v] == pytest.approx(n - 2 * t / n)
