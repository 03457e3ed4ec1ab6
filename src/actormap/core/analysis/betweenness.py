"""Exact betweenness centrality by a level-synchronous, batched Brandes on scipy.sparse.

Same values as :func:`networkx.betweenness_centrality` on undirected, unweighted
graphs, an order of magnitude faster: the breadth-first searches of a batch of
sources advance together, one sparse x dense product per BFS level, and the
dependencies are accumulated back level by level in the same way.

References
----------
.. [1] Brandes, U. (2001). A faster algorithm for betweenness centrality.
   Journal of Mathematical Sociology 25(2), 163-177.
.. [2] Kepner, J. & Gilbert, J. (eds.) (2011). Graph Algorithms in the Language of
   Linear Algebra. SIAM (ch. 6, batched betweenness centrality).
.. [3] Buluc, A. & Gilbert, J. R. (2011). The Combinatorial BLAS: design,
   implementation, and applications. Int. J. High Perform. Comput. Appl. 25(4).
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import networkx as nx
import numpy as np
import scipy.sparse as sp

from ._adjacency import csr_adjacency

__all__ = ["BetweennessResult", "betweenness_centrality", "betweenness_info"]


def _block(A: sp.csr_array, rows: np.ndarray, cols: np.ndarray | None, n: int) -> sp.csr_array:
    """``A[rows][:, cols]``, skipping the slicing that would keep everything."""
    B = A if len(rows) == n else A[rows]
    return B if cols is None else B[:, cols]


def _batch_dependencies(A: sp.csr_array, sources: np.ndarray) -> np.ndarray:
    """Sum over the given sources s of Brandes' dependency delta_s(v), for every v.

    Arrays are n x b (b = number of sources), column j belonging to source j; entries
    are addressed by flat index ``row * b + j``. Forward, level by level:
    ``T = A @ frontier`` counts the shortest paths into each node from the previous
    level; entries first reached get the next level and ``sigma = T``. Backward, for
    levels d = D..2: ``delta[v] += sigma[v] * (A @ ((1 + delta) / sigma on level d))[v]``
    for v on level d-1 (Brandes 2001, Theorem 6). Products are restricted to the rows
    that can change (not yet reached by every source / on level d-1) and to the
    columns of A that meet the frontier, which skips most of the work on the first
    and last levels.
    """
    n = A.shape[0]
    b = len(sources)
    sig = np.zeros(n * b)
    visited = np.zeros((n, b), dtype=bool)
    cols = np.arange(b)
    flat = sources * b + cols
    sig[flat] = 1.0
    visited.ravel()[flat] = True
    remaining = b - np.bincount(sources, minlength=n)  # sources not yet reaching each row
    lut = np.empty(n, dtype=np.int64)
    # per level: rows, cols, flat indices and the distinct rows it touches. Only the touched
    # rows are kept (not an n-long count per level): a map with a long chain has thousands of
    # levels, and n-long arrays per level took gigabytes (issue 13).
    levels = [(sources, cols, flat, np.unique(sources))]

    def block(rows, cols, flat, touched, values):
        """The frontier as a dense block over the rows it touches (all rows if most)."""
        if len(touched) * 2 > n:
            F = np.zeros(n * b)
            F[flat] = values
            return None, F.reshape(n, b)
        R = touched
        lut[R] = np.arange(len(R))
        F = np.zeros(len(R) * b)
        F[lut[rows] * b + cols] = values
        return R, F.reshape(len(R), b)

    R, F = block(*levels[0], np.ones(b))
    while True:
        if R is None:
            U = np.flatnonzero(remaining)
        else:  # only neighbours of the frontier can be reached next (a deep map has tiny frontiers)
            U = np.unique(A[R].indices)
            U = U[remaining[U] > 0]
        if U.size == 0:
            break
        T = _block(A, U, R, n) @ F
        new = T > 0
        new &= ~(visited if len(U) == n else visited[U])
        i, j = np.nonzero(new)
        if i.size == 0:
            break
        vals = T[i, j]
        rows = U[i] if len(U) != n else i
        idx = rows * b + j
        sig[idx] = vals
        visited.ravel()[idx] = True
        hit = np.bincount(rows, minlength=n)
        touched = np.flatnonzero(hit)
        levels.append((rows, j, idx, touched))
        R, F = block(rows, j, idx, touched, vals)
        remaining -= hit
    delta = np.zeros(n * b)
    for d in range(len(levels) - 1, 1, -1):
        rows, j, idx, touched = levels[d]
        R, X = block(rows, j, idx, touched, (1.0 + delta[idx]) / sig[idx])
        prow, pcol, prev, P = levels[d - 1]
        S = _block(A, P, R, n) @ X
        lut[P] = np.arange(len(P))
        delta[prev] += sig[prev] * S.ravel()[lut[prow] * b + pcol]
    return delta.reshape(n, b).sum(axis=1)


def _raw_betweenness(A: sp.csr_array, sources: np.ndarray, batch: int | None = None,
                     workers: int | None = None) -> np.ndarray:
    """Brandes' sums over ``sources`` (each unordered pair counted twice)."""
    n = A.shape[0]
    if workers is None:
        workers = min(os.cpu_count() or 1, 4)
    if batch is None:  # n x batch arrays of ~12 MB at most; four batches or more to share out
        # the batches depend on n and the sources only, never on the number of workers, so the
        # floating-point sums are the same whatever the thread count
        batch = int(max(32, min(512, 1_500_000 // max(n, 1), -(-len(sources) // 4))))
    chunks = [sources[i:i + batch] for i in range(0, len(sources), batch)]
    workers = min(workers, len(chunks))
    if workers <= 1 or len(chunks) <= 1:
        parts = [_batch_dependencies(A, c) for c in chunks]
    else:  # scipy's sparse products and numpy's bulk operations release the GIL
        with ThreadPoolExecutor(workers) as pool:
            parts = list(pool.map(lambda c: _batch_dependencies(A, c), chunks))
    return np.sum(parts, axis=0) if parts else np.zeros(n)


@dataclass(frozen=True)
class BetweennessResult:
    """Betweenness values with a flag saying whether they were estimated from a sample."""

    values: dict
    approximate: bool
    sources: int  # number of BFS sources used (n when exact)


def betweenness_info(G: nx.Graph, normalized: bool = True, k: int | None = None,
                     seed: int | None = 0) -> BetweennessResult:
    """Betweenness centrality, exact or (with ``k``) estimated from ``k`` sampled sources.

    Parameters
    ----------
    G : networkx.Graph
        Undirected graph; edge weights are ignored (every tie has length 1).
    normalized : bool
        As in networkx: divide by ``(n-1)(n-2)/2``; otherwise raw values (each
        unordered pair counted once).
    k : int or None
        None (or k >= n) for the exact result. Otherwise use ``k`` sources drawn
        uniformly without replacement and scale by ``n/k`` (Brandes & Pich 2007), and
        the result is flagged ``approximate=True``.
    seed : int or None
        Seed of the source sample.

    Returns
    -------
    BetweennessResult

    References
    ----------
    .. [1] Brandes, U. (2001). A faster algorithm for betweenness centrality.
       J. Math. Sociol. 25(2), 163-177.
    .. [2] Brandes, U. & Pich, C. (2007). Centrality estimation in large networks.
       Int. J. Bifurcation and Chaos 17(7), 2303-2318.
    """
    nodes, A = csr_adjacency(G)
    n = len(nodes)
    if k is not None and k < 1:
        raise ValueError(f"k must be a positive number of sample sources, got {k}")
    approximate = k is not None and k < n
    if approximate:
        rng = np.random.default_rng(seed)
        sources = np.sort(rng.choice(n, size=k, replace=False))
    else:
        sources = np.arange(n)
    raw = _raw_betweenness(A, sources) if n else np.zeros(0)
    if approximate:
        raw = raw * (n / k)
    if normalized:
        scale = 1.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    else:
        scale = 0.5
    values = dict(zip(nodes, (raw * scale).tolist(), strict=True))
    return BetweennessResult(values, bool(approximate), len(sources))


def betweenness_centrality(G: nx.Graph, normalized: bool = True) -> dict:
    """Exact shortest-path betweenness of every node of an undirected, unweighted graph.

    Parameters
    ----------
    G : networkx.Graph
        Undirected graph; edge weights and self-loops are ignored.
    normalized : bool
        If True divide by ``(n-1)(n-2)/2``, the number of pairs not including the
        node; otherwise each unordered pair counts once. Both as in networkx.

    Returns
    -------
    dict
        node -> betweenness, equal (up to float rounding, ~1e-12) to
        ``networkx.betweenness_centrality(G, normalized=normalized)``.

    Notes
    -----
    Brandes' algorithm [1]_ in the linear-algebra formulation [2]_ [3]_: breadth-first
    searches from a batch of sources run together, each level one sparse x dense
    product of the adjacency matrix and the frontier (path counts sigma); the
    dependencies are then accumulated back level by level with the same product.
    Memory ``O(n * batch)``; batches run on a small thread pool. Disconnected graphs
    and isolated nodes need no special case.

    References
    ----------
    .. [1] Brandes, U. (2001). A faster algorithm for betweenness centrality.
       J. Math. Sociol. 25(2), 163-177.
    .. [2] Kepner, J. & Gilbert, J. (eds.) (2011). Graph Algorithms in the Language of
       Linear Algebra. SIAM.
    .. [3] Buluc, A. & Gilbert, J. R. (2011). The Combinatorial BLAS: design,
       implementation, and applications. Int. J. High Perform. Comput. Appl. 25(4).
    """
    return betweenness_info(G, normalized=normalized).values
