"""The list-based Louvain against networkx.community.louvain_communities, move for move."""

from __future__ import annotations

import random
from pathlib import Path

import networkx as nx
import pytest

from actormap.core.analysis.factions import LOUVAIN_SEED, detected_factions
from actormap.core.analysis.layers import trust_graph
from actormap.core.analysis.louvain import louvain_communities
from actormap.core.io import load_map

SAMPLES = sorted((Path(__file__).resolve().parents[3] / "sample_maps").glob("*.actormap"))


def in_id_order(G):
    """G rebuilt with nodes and edges in sorted order (what detected_factions hands Louvain)."""
    H = nx.Graph()
    H.add_nodes_from(sorted(G))
    H.add_weighted_edges_from(sorted((min(u, v), max(u, v), d.get("weight", 1)) for u, v, d in G.edges(data=True)))
    return H


def as_sets(groups):
    return sorted(sorted(g) for g in groups)


def ours(H, seed):
    nodes = list(H)
    idx = {v: i for i, v in enumerate(nodes)}
    edges = [(idx[u], idx[v], w) for u, v, w in H.edges(data="weight")]
    return [[nodes[i] for i in c] for c in louvain_communities(len(nodes), edges, seed=seed)]


def random_weighted(seed):
    rng = random.Random(seed)
    n = rng.randint(1, 70)
    kind = seed % 3
    if kind == 0:
        G = nx.gnp_random_graph(n, rng.uniform(0.02, 0.3), seed=seed)
    elif kind == 1:
        G = nx.relaxed_caveman_graph(max(1, n // 6), 6, rng.uniform(0.05, 0.4), seed=seed)
    else:
        G = nx.barabasi_albert_graph(max(n, 3), 2, seed=seed)
    for u, v in G.edges:
        G[u][v]["weight"] = rng.choice([1, 2, 3, 6]) if seed % 2 else 1
    if seed % 5 == 0 and len(G):
        G.add_edge(0, 0, weight=2)  # a self-loop: networkx treats it as a community kept inside
    return G


@pytest.mark.parametrize("seed", range(120))
def test_same_partition_as_networkx(seed):
    H = in_id_order(random_weighted(seed))
    ref = nx.community.louvain_communities(H, weight="weight", seed=seed)
    assert as_sets(ours(H, seed)) == as_sets(ref)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_detected_factions_of_the_samples_are_networkx_louvain(path):
    T = trust_graph(load_map(path))
    ref = nx.community.louvain_communities(in_id_order(T), weight="weight", seed=LOUVAIN_SEED)
    assert as_sets(detected_factions(T)) == as_sets(ref)


def test_edgeless_and_two_cliques():
    assert louvain_communities(3, []) == [[0], [1], [2]]
    edges = [(u, v, 1) for c in (range(4), range(4, 8)) for u in c for v in c if u < v] + [(3, 4, 1)]
    assert as_sets(louvain_communities(8, edges)) == [[0, 1, 2, 3], [4, 5, 6, 7]]
