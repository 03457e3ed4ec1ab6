"""Factions: the camps the analyst declared and the groups the trust ties suggest."""

from __future__ import annotations

import networkx as nx

from ..model import ActorMap
from ._order import sort_ids
from .layers import faction_of
from .louvain import louvain_communities

LOUVAIN_SEED = 2006
"""Fixed seed, so the same map always gives the same detected groups."""


def declared_factions(amap: ActorMap) -> dict[str, list[str]]:
    """Declared factions: faction label -> sorted actor ids.

    Actors with no faction are grouped under their kind in parentheses
    (``"(religious)"``), as :func:`.layers.faction_of` does everywhere in
    the analysis, so every actor belongs to exactly one group.
    """
    out: dict[str, list[str]] = {}
    for a in amap.actors:
        out.setdefault(faction_of(a), []).append(a.id)
    return {k: sorted(out[k]) for k in sorted(out)}


def detected_factions(G: nx.Graph, weight: str | None = "weight", seed: int = LOUVAIN_SEED) -> list[list]:
    """Communities of the trust layer by Louvain modularity optimisation.

    Isolated actors come out as singletons. Each group is sorted, and groups
    are listed largest first (ties broken by their first id), so the output is
    deterministic for a given map.

    Louvain runs on the nodes in id order (:mod:`.louvain`, the same partition as
    ``networkx.community.louvain_communities`` on that graph, faster).

    Parameters
    ----------
    G : networkx.Graph
        The undirected trust layer (``layers.trust_graph``), weight = summed strength.
    weight : str or None
    seed : int
        Seed of Louvain's random node order.

    References
    ----------
    .. [1] Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008).
       Fast unfolding of communities in large networks. *Journal of Statistical
       Mechanics* P10008.
    """
    if len(G) == 0:
        return []
    # Louvain visits nodes in a seeded shuffle of the node order and breaks equal gains by
    # neighbour order: it gets nodes and edges in id order, so the groups depend on the ids
    # only, never on the order actors and ties were added
    nodes = sort_ids(G)
    key = {v: i for i, v in enumerate(nodes)}
    edges = sorted((min(key[u], key[v]), max(key[u], key[v]), 1 if weight is None else d.get(weight, 1))
                   for u, v, d in G.edges(data=True))
    comms = [[nodes[i] for i in c] for c in louvain_communities(len(nodes), edges, seed=seed)]
    groups = [sorted(c) for c in comms]
    return sorted(groups, key=lambda g: (-len(g), str(g[0])))
