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


def analyze_nx(amap) -> None:
    """The measures of ``analyze()`` computed the plain networkx way, where networkx has them.

    Betweenness, F, DF, removal impact (one component count per actor, and per actor inside
    its faction), Burt's constraint and effective size, Louvain: networkx. Gould-Fernandez
    brokerage, balance and the mediator shortlist have no networkx counterpart: ours.
    """
    from actormap.core.analysis import layers
    from actormap.core.analysis.balance import structural_balance
    from actormap.core.analysis.brokerage import gould_fernandez
    from actormap.core.analysis.factions import LOUVAIN_SEED
    from actormap.core.analysis.mediators import insider_mediators

    skel, trust = layers.skeleton(amap), layers.trust_graph(amap)
    trust_di, signed = layers.trust_digraph(amap), layers.signed_graph(amap)
    camp = {a.id: layers.faction_of(a) for a in amap.actors}
    nx.betweenness_centrality(skel)
    F_nx(skel)
    DF_nx(skel)
    removal_loop_nx(skel)
    same_camp = nx.Graph((u, v) for u, v in trust.edges if camp[u] == camp[v])
    same_camp.add_nodes_from(trust)
    removal_loop_nx(same_camp)
    con = nx.constraint(trust, weight="weight")
    nx.effective_size(trust, nodes=list(trust), weight="weight")
    gf = gould_fernandez(trust_di, camp)
    nx.community.louvain_communities(trust, weight="weight", seed=LOUVAIN_SEED)
    structural_balance(signed)
    insider_mediators(amap, trust=trust, trust_di=trust_di, brokerage=gf, constraint=con)
