"""Undirected networkx graph -> scipy CSR adjacency with a node index (shared helper).

Self-loops are dropped (no measure here uses them); parallel edges of multigraphs
collapse to one entry, as networkx's own BFS-based measures see them.
"""

from __future__ import annotations

from itertools import chain

import networkx as nx
import numpy as np
import scipy.sparse as sp


def csr_adjacency(G: nx.Graph) -> tuple[list, sp.csr_array]:
    """Return ``(nodes, A)``: node list in ``G`` order and a 0/1 symmetric CSR matrix."""
    if G.is_directed():
        raise nx.NetworkXNotImplemented("not implemented for directed graphs")
    nodes = list(G)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    nbrs = [G._adj[u] for u in nodes]  # the raw dicts: 3x faster than G.adj views
    deg = np.fromiter(map(len, nbrs), dtype=np.int64, count=n)
    total = int(deg.sum())
    indices = np.fromiter(
        map(index.__getitem__, chain.from_iterable(nbrs)), dtype=np.int32, count=total
    )
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(deg, out=indptr[1:])
    rows = np.repeat(np.arange(n, dtype=np.int32), deg)
    loops = rows == indices
    if loops.any():
        keep = ~loops
        indices = indices[keep]
        deg = np.bincount(rows[keep], minlength=n)
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(deg, out=indptr[1:])
    data = np.ones(len(indices), dtype=np.float64)
    A = sp.csr_array((data, indices, indptr.astype(np.int32)), shape=(n, n))
    return nodes, A
