"""Canonical node order: results depend on ids, never on the order nodes were added."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx


def sort_ids(ids: Iterable) -> list:
    """Ids sorted by value; mixed, unorderable types by ``repr`` (deterministic either way)."""
    ids = list(ids)
    try:
        return sorted(ids)
    except TypeError:
        return sorted(ids, key=repr)


def canonical_edges(G: nx.Graph) -> tuple[list, dict, list[tuple[int, int]]]:
    """``(nodes, index, edges)``: nodes sorted by id, their index, and the edges as index
    pairs ``(i, j)`` with ``i < j``, sorted, self-loops dropped."""
    nodes = sort_ids(G)
    index = {v: i for i, v in enumerate(nodes)}
    edges = sorted({(min(a, b), max(a, b)) for a, b in ((index[u], index[v]) for u, v in G.edges())
                    if a != b})
    return nodes, index, edges
