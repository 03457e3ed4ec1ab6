"""Naive networkx baselines the fast measures are compared with (same definitions)."""

from __future__ import annotations

import networkx as nx


def F_nx(G: nx.Graph) -> float:
    n = G.number_of_nodes()
    if n < 2:
        return 0.0
    return 1 - sum(len(c) * (len(c) - 1) for c in nx.connected_components(G)) / (n * (n - 1))


def DF_nx(G: nx.Graph) -> float:
    n = G.number_of_nodes()
    total = 0.0
    for _, dist in nx.all_pairs_shortest_path_length(G):
        total += sum(1 / d for d in dist.values() if d)
    return 1 - total / (n * (n - 1))


def removal_loop_nx(G: nx.Graph) -> dict:
    """Per actor: recount the components of G without it (the fastest plain networkx way)."""
    nodes = set(G)
    comp_of = {}
    for c in nx.connected_components(G):
        for v in c:
            comp_of[v] = c
    n = len(nodes)
    out = {}
    for v in G:
        comps = list(nx.connected_components(G.subgraph(nodes - {v})))
        reach = sum(len(c) * (len(c) - 1) for c in comps)
        F = 1 - reach / ((n - 1) * (n - 2)) if n > 2 else 0.0
        mine = comp_of[v]
        pieces = [len(c) for c in comps if next(iter(c)) in mine]
        s = len(mine) - 1
        pairs = (s * s - sum(p * p for p in pieces)) // 2
        out[v] = (F, pairs, pieces if len(pieces) > 1 else [])
    return out
