"""Key-player sets: the k nodes whose joint removal fragments a network most (KPP-Neg).

Exact when the number of k-sets is small enough (every set is checked), a
stronger local search above (greedy swaps with restarts, descent over swaps of
one or more members at once, tabu search).

References
----------
.. [1] Borgatti, S. P. (2006). Identifying sets of key players in a social network.
   Computational and Mathematical Organization Theory 12(1), 21-34.
.. [2] Glover, F. (1989). Tabu search -- part I. ORSA Journal on Computing 1(3), 190-206.
.. [3] Hopcroft, J. & Tarjan, R. E. (1973). Algorithm 447: efficient algorithms for
   graph manipulation. Communications of the ACM 16(6), 372-378.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import networkx as nx
import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from ._order import canonical_edges
from .fragmentation import _cuts, _pairs_and_after

__all__ = ["EXHAUSTIVE_MAX_SETS", "KeyPlayerResult", "kpp_neg"]

EXHAUSTIVE_MAX_SETS = 10**6
"""Every k-set is checked when there are at most this many (C(n, k))."""
_BATCH_ENTRIES = 1_500_000
"""Nodes + adjacency entries of one batch of graph copies in the exhaustive search."""
TABU_ITERATIONS = 60
"""Most moves of one tabu-search run."""
TABU_PATIENCE = 15
"""A tabu-search run stops after this many moves without a new best set."""
TABU_STARTS = 2
"""Tabu search runs from this many of the best locally optimal starting sets."""
TABU_WORK = 8_000_000
"""Fewer tabu moves on big maps: at most this / ((n + 2m) k) moves (at least 10)."""
SWAP_BUDGET_ENTRIES = 2_000_000
"""Swaps of r members at once are searched when C(k, r) C(n, r-1) (n + 2m) is at most this."""


@dataclass(frozen=True)
class KeyPlayerResult:
    """The key-player set (ids sorted), the fragmentation F it leaves, and how it was found.

    ``exact``: every k-set was checked, so no set fragments more (other sets may tie;
    the first in sorted-id order is returned). ``method``: ``"exhaustive"`` or
    ``"tabu_search"`` (best found by greedy swaps with restarts, then tabu search).
    """

    set: list
    F: float
    exact: bool = False
    method: str = "tabu_search"


def _canonical_csr(G: nx.Graph) -> tuple[list, sp.csr_array]:
    """Nodes sorted by id and the 0/1 symmetric adjacency in that order."""
    nodes, _, edges = canonical_edges(G)
    n = len(nodes)
    if edges:
        e = np.array(edges, dtype=np.int64)
        r, c = np.concatenate([e[:, 0], e[:, 1]]), np.concatenate([e[:, 1], e[:, 0]])
    else:
        r = c = np.zeros(0, dtype=np.int64)
    A = sp.csr_array((np.ones(len(r)), (r, c)), shape=(n, n))
    A.sort_indices()
    return nodes, A


def _reach_after_removal(A: sp.csr_array) -> np.ndarray:
    """For every node v: sum over the components of ``A - v`` of s (s - 1), as floats.

    Nodes isolated in ``A`` (e.g. already removed) count as components of size 1 (0).
    One articulation-point pass (:func:`.fragmentation._cuts`) answers for all v.
    """
    c = _cuts(A)
    s = c.comp_size.astype(np.float64)
    total = float((s * (s - 1.0)).sum())
    cs = s[c.labels]
    _, after = _pairs_and_after(c)
    return total - cs * (cs - 1.0) + after


def _isolate(A: sp.csr_array, removed) -> sp.csr_array:
    """``A`` with the ties of the ``removed`` nodes dropped (the nodes stay, isolated)."""
    if len(removed) == 0:
        return A
    n = A.shape[0]
    gone = np.zeros(n, dtype=bool)
    gone[list(removed)] = True
    rows = np.repeat(np.arange(n), np.diff(A.indptr))
    keep = ~(gone[rows] | gone[A.indices])
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows[keep], minlength=n), out=indptr[1:])
    return sp.csr_array((A.data[keep], A.indices[keep], indptr), shape=(n, n))


def _exhaustive(A: sp.csr_array, k: int, fixed: list[int] | tuple = ()) -> tuple[float, tuple[int, ...]]:
    """The k-set with the least reach left (sum s (s - 1)); ties: first in lexicographic order.

    ``fixed`` nodes are removed beforehand and never chosen (the 2-swap neighbourhood
    of the heuristic uses this). Every k-set is a (k-1)-set T followed by one node
    v > max(T). For a batch of T's, the graphs ``G - T`` are laid side by side as one
    block-diagonal graph, and one articulation-point pass gives the reach of
    ``G - T - v`` for every T and v at once: the work is C(n, k-1) (n + m), not
    C(n, k) (n + m).
    """
    n = A.shape[0]
    A = _isolate(A, fixed)
    free = np.ones(n, dtype=bool)
    free[list(fixed)] = False
    cand = np.flatnonzero(free)
    indptr, indices = A.indptr, A.indices.astype(np.int64)
    nnz = len(indices)
    row_of = np.repeat(np.arange(n, dtype=np.int64), np.diff(indptr))
    combos = itertools.combinations(cand[:-1].tolist(), k - 1)
    per = max(1, _BATCH_ENTRIES // (n + nnz))
    best_x, best_set = math.inf, None
    while True:
        chunk = list(itertools.islice(combos, per))
        if not chunk:
            break
        B = len(chunk)
        T = np.array(chunk, dtype=np.int64).reshape(B, k - 1)
        removed = np.zeros((B, n), dtype=bool)
        removed[np.arange(B)[:, None], T] = True
        keep = ~(removed[:, row_of] | removed[:, indices])  # B x nnz
        base = (np.arange(B, dtype=np.int64) * n)[:, None]
        rows = (base + row_of)[keep]
        cols = (base + indices)[keep]
        big_ptr = np.zeros(B * n + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=B * n), out=big_ptr[1:])
        big = sp.csr_array((np.ones(len(cols)), cols, big_ptr), shape=(B * n, B * n))
        c = _cuts(big)
        s = c.comp_size.astype(np.float64)
        copy_of_comp = np.empty(len(s), dtype=np.int64)
        copy_of_comp[c.labels] = np.arange(B * n) // n
        total = np.bincount(copy_of_comp, weights=s * (s - 1.0), minlength=B)
        cs = s[c.labels]
        _, after = _pairs_and_after(c)
        X = (total.repeat(n) - cs * (cs - 1.0) + after).reshape(B, n)
        bad = removed | ~free[None, :]
        if k > 1:
            bad |= np.arange(n)[None, :] <= T.max(axis=1)[:, None]
        X[bad] = math.inf
        j = int(np.argmin(X))
        if X.flat[j] < best_x:
            b, v = divmod(j, n)
            best_x, best_set = float(X.flat[j]), (*T[b].tolist(), v)
    return best_x, best_set


def _swap_reach(A: sp.csr_array, others: list[int]) -> np.ndarray:
    """Reach left by ``others + [v]`` for every node v (meaningless for v in ``others``)."""
    return _reach_after_removal(_isolate(A, others))


def _greedy_swap(A, k, restarts, seed, max_iter) -> tuple[float, list[int]]:
    """Borgatti's greedy swap [1]_ from random starts; returns (reach left, set)."""
    n = A.shape[0]
    rng = np.random.default_rng(seed)
    best_x, best_S = math.inf, None
    for _ in range(restarts):
        S = [int(x) for x in rng.choice(n, size=k, replace=False)]
        current = None
        for _ in range(max_iter):
            improved = False
            for pos in range(k):
                others = S[:pos] + S[pos + 1:]
                X = _swap_reach(A, others)
                X[others] = math.inf
                if current is None:  # reach left by the starting set itself
                    current = float(X[S[pos]])
                j = int(np.argmin(X))
                if X[j] < current:
                    S[pos], current = j, float(X[j])
                    improved = True
            if not improved:
                break
        if current < best_x or (current == best_x and sorted(S) < best_S):
            best_x, best_S = current, sorted(S)
    return best_x, best_S


def _complete(A, S: list[int], k: int) -> tuple[float, list[int]]:
    """``S`` grown to k nodes by greedy addition: each step removes the node that leaves
    the least reach (one articulation-point pass per step)."""
    S = list(S)
    x = math.inf
    if len(S) == k:
        x = float(_reach_after_removal(_isolate(A, S[1:]))[S[0]])
    while len(S) < k:
        X = _swap_reach(A, S)
        X[S] = math.inf
        j = int(np.argmin(X))
        S.append(j)
        x = float(X[j])
    return x, sorted(S)


def _cut_off_starts(A, k: int, evaluate: int = 200, keep: int = 3) -> list[tuple[float, list[int]]]:
    """Starting sets that cut off a small piece: the neighbours of one node, or the ring
    around one node and its neighbours, when there are at most k of them.

    On a map where no single removal disconnects anything, every swap from a random set
    looks alike; these sets already cut something off, and the swaps can enlarge it.
    The ``evaluate`` sets cutting off the most nodes around their centre are scored;
    the best ``keep`` are grown to k nodes greedily.
    """
    n = A.shape[0]
    indptr, indices = A.indptr, A.indices
    deg = np.diff(indptr)
    found: dict[tuple[int, ...], int] = {}
    for w in np.flatnonzero(deg > 0).tolist():
        nb = indices[indptr[w]:indptr[w + 1]]
        if len(nb) <= k:
            key = tuple(nb.tolist())
            found[key] = max(found.get(key, 0), 1)
        if len(nb) <= 4 * k:
            closed = np.union1d(nb, [w])
            ring = np.setdiff1d(np.concatenate([indices[indptr[u]:indptr[u + 1]] for u in nb]), closed)
            if 0 < len(ring) <= k:
                key = tuple(ring.tolist())
                found[key] = max(found.get(key, 0), len(closed))
    ranked = sorted(found, key=lambda key: (-found[key], len(key), key))
    scored = []
    for key in ranked[:evaluate]:
        if len(key) >= n - 1:
            continue
        _, lab = connected_components(_isolate(A, key), directed=False)
        sizes = np.bincount(lab).astype(np.float64)
        m = n - len(key)
        scored.append(((sizes * (sizes - 1.0)).sum() / (m * (m - 1.0)), key))
    scored.sort()
    return [_complete(A, list(key), k) for _, key in scored[:keep]]


def _swap_depth(n: int, nnz: int, k: int) -> int:
    """The most members swapped at once whose exact neighbourhood fits the budget."""
    r = 1
    while r < k and math.comb(k, r + 1) * math.comb(n, r) * (n + nnz) <= SWAP_BUDGET_ENTRIES:
        r += 1
    return r


def _descend(A, S: list[int], x: float, depth: int) -> tuple[float, list[int]]:
    """Variable-neighbourhood descent: swap 1 member, else 2, ... up to ``depth`` at once.

    Each r-swap neighbourhood is searched exactly: for every r members, the best r
    outsiders for ``G - (S - those members)`` by :func:`_exhaustive`.
    """
    k, S = len(S), list(S)
    r = 1
    while r <= depth:
        move = None
        for out in itertools.combinations(range(k), r):
            xr, new = _exhaustive(A, r, [S[i] for i in range(k) if i not in out])
            if xr < x and (move is None or xr < move[0]):
                move = (xr, out, new)
        if move is None:
            r += 1
            continue
        x, out, new = move
        for pos, v in zip(out, new, strict=True):
            S[pos] = v
        r = 1
    return x, sorted(S)


def _tabu(A, S0: list[int], x0: float, rng, iterations: int, patience: int) -> tuple[float, list[int]]:
    """Tabu search over single swaps [2]_: always take the best allowed swap, even a worse one.

    A node swapped out may not come back for ``tenure`` moves unless that gives a new
    best set (aspiration). Equal moves are chosen at random (seeded), so a plateau of
    equal sets is crossed rather than walked in index order.
    """
    n, k = A.shape[0], len(S0)
    tenure = max(1, min(7, (n - k) // 3))
    S = list(S0)
    best_x, best_S = x0, sorted(S0)
    banned_until = np.zeros(n, dtype=np.int64)
    stale = 0
    for it in range(iterations):
        lows, ties = [], []
        for pos in range(k):
            others = S[:pos] + S[pos + 1:]
            X = _swap_reach(A, others)
            X[S] = math.inf  # no swap with a member (nor the node itself)
            X[(banned_until > it) & (X >= best_x)] = math.inf
            lows.append(X.min())
            ties.append(np.flatnonzero(X == lows[-1]))
        lo = min(lows)
        if lo == math.inf:
            break
        counts = np.array([len(ties[pos]) if lows[pos] == lo else 0 for pos in range(k)])
        pick = int(rng.integers(counts.sum()))  # uniform over all equal moves
        pos = int(np.searchsorted(np.cumsum(counts), pick, side="right"))
        j = int(ties[pos][pick - (counts[:pos].sum())])
        x = float(lo)
        banned_until[S[pos]] = it + 1 + tenure
        S[pos] = j
        if x < best_x:
            stale, best_x, best_S = 0, x, sorted(S)
        else:
            stale += 1
            if stale >= patience:
                break
    return best_x, best_S


def kpp_neg(G: nx.Graph, k: int, restarts: int = 10, seed: int = 0, max_iter: int = 100,
            method: str = "auto", max_sets: int = EXHAUSTIVE_MAX_SETS) -> KeyPlayerResult:
    """Find k nodes whose removal maximises fragmentation F (Borgatti's KPP-Neg).

    Parameters
    ----------
    G : networkx.Graph
        Undirected graph; weights and self-loops ignored.
    k : int
        Size of the set, ``1 <= k < n``.
    restarts : int
        Random starting sets of the greedy swap (heuristic only).
    seed : int
        Seed of the random starting sets (the result is deterministic for a seed).
    max_iter : int
        Maximum number of improvement passes per greedy restart.
    method : {"auto", "exhaustive", "heuristic"}
        ``"auto"``: exhaustive when C(n, k) <= ``max_sets``, else the heuristic.
    max_sets : int
        The largest number of k-sets ``"auto"`` checks one by one.

    Returns
    -------
    KeyPlayerResult
        ``set``: the k nodes (sorted); ``F``: fragmentation of ``G`` without them,
        over the remaining n - k nodes, as the KeyPlayer program reports it;
        ``exact`` and ``method``. The answer depends on the node ids only, never on
        the order the nodes and edges were added: nodes are indexed in sorted-id
        order and equal F goes to the first set in that order.

    Notes
    -----
    Exhaustive: every k-set is a (k-1)-set T plus one node v; one articulation-point
    pass [3]_ over ``G - T`` scores every v at once, and batches of T are run as one
    block-diagonal graph, so C(n, k-1) graph passes in compiled code score all
    C(n, k) sets.

    Heuristic: Borgatti's greedy swap [1]_ as before (random k-sets, each member
    swapped for the best outsider while F rises; all swaps of one member scored in
    one O(n + m) pass). Its best set, a greedy-addition set and sets that already cut
    a small piece off (the neighbours of one actor, or the ring around one actor and
    its neighbours) each go through a descent that swaps 1, then 2, ... members at
    once (each neighbourhood searched exactly, as deep as a work budget allows); the
    two best then through tabu search [2]_ and the descent again. The best set seen
    is returned, so it is never worse than the greedy swap alone.

    References
    ----------
    .. [1] Borgatti, S. P. (2006). Identifying sets of key players in a social
       network. Comput. Math. Organiz. Theor. 12, 21-34.
    .. [2] Glover, F. (1989). Tabu search -- part I. ORSA J. Comput. 1(3), 190-206.
    .. [3] Hopcroft, J. & Tarjan, R. E. (1973). Algorithm 447: efficient algorithms
       for graph manipulation. Comm. ACM 16(6), 372-378.
    """
    n = G.number_of_nodes()
    if isinstance(k, bool) or not isinstance(k, int | np.integer):
        raise ValueError(f"k must be a whole number, got {k!r}")
    if not 1 <= k < n:
        raise ValueError(f"k must be at least 1 and less than the number of actors ({n}), got {k}")
    if restarts < 1:
        raise ValueError(f"restarts must be at least 1, got {restarts}")
    if method not in ("auto", "exhaustive", "heuristic"):
        raise ValueError(f"method must be 'auto', 'exhaustive' or 'heuristic', got {method!r}")
    k = int(k)
    nodes, A = _canonical_csr(G)
    exact = method == "exhaustive" or (method == "auto" and math.comb(n, k) <= max_sets)
    if exact:
        x, S = _exhaustive(A, k)
        S, how = list(S), "exhaustive"
    else:
        x, S = _greedy_swap(A, k, restarts, seed, max_iter)
        depth = _swap_depth(n, A.nnz, k)
        rng = np.random.default_rng(seed)
        starts = [(x, S), _complete(A, [], k), *_cut_off_starts(A, k)]
        starts = sorted({tuple(S0): x0 for x0, S0 in starts}.items(), key=lambda it: (it[1], it[0]))
        local = sorted((_descend(A, list(S0), x0, depth) for S0, x0 in starts), key=lambda r: (r[0], r[1]))
        iterations = int(min(TABU_ITERATIONS, max(10, TABU_WORK // ((n + A.nnz) * k))))
        for x0, S0 in local[:TABU_STARTS]:
            xt, St = _tabu(A, S0, x0, rng, iterations, TABU_PATIENCE)
            xt, St = _descend(A, St, xt, depth)
            local.append((xt, St))
        x, S = min([(x, S), *local], key=lambda r: (r[0], r[1]))
        how = "tabu_search"
    m = n - k
    F = 1.0 - x / (m * (m - 1.0)) if m >= 2 else 0.0
    return KeyPlayerResult([nodes[i] for i in sorted(S)], float(F), exact, how)
