"""Structural balance of the signed graph: triangle index, frustration index, blocs.

The signed graph (``layers.signed_graph``) has trust ties as ``+1`` and
hostile ties as ``-1``; dialogue ties are neutral and left out. A pair of
actors with ties of both signs (``sign == 0``, ``mixed``) contradicts every
grouping -- one of its ties always disagrees -- so such pairs are left out of
the triangle and frustration counts and reported separately under ``mixed``
with all their tie ids.

Blocs follow balance in the *weak* sense (Davis 1967, clusterability): actors
are split into as many blocs as the signed ties need -- a three-way war is
three blocs -- and the frustration index counts the signed actor pairs that
contradict the blocs: a hostile pair inside one bloc, or a trusting pair in two
blocs (correlation clustering, Bansal, Blum & Chawla 2004). Every bloc is held
together by trust ties; an actor with only hostile ties is a bloc of its own.
The triangle index stays the Cartwright-Harary *strong*-balance share (a
triangle of three enemies counts as unbalanced there, though three blocs fit it).

The minimum is computed per biconnected block (a cycle never leaves its block,
so the frustration is additive over blocks and a bridge is never frustrated):
a block with no cycle of exactly one hostile tie costs 0 (Davis's theorem);
small blocks are solved by checking every partition of their actors, medium
ones by binary linear programming over the ties (HiGHS via
``scipy.optimize.milp``, cycle inequalities added until none is violated;
exact when the solver proves optimality within the time budget); larger
blocks get a seeded local search and the result is flagged ``exact = False``.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache

import networkx as nx
import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from ._order import sort_ids

PARTITIONS_MAX_NODES = 9
"""Blocks up to this many actors are solved by checking every partition (Bell(9) = 21,147)."""
MILP_MAX_EDGES = 600
"""Blocks up to this many signed ties (and more than PARTITIONS_MAX_NODES actors) go to the MILP."""
MILP_TIME_BUDGET = 1.0
"""Seconds the MILP may spend on one map in total; beyond it the heuristic's answer stands."""
DECOMPOSE_MAX_EDGES = 1000
"""Components with more signed ties go straight to the heuristic (no exact method would finish)."""


@dataclass
class BalanceResult:
    """Structural balance of a signed graph (see :func:`structural_balance`)."""

    triangle_index: float | None
    triangles: int
    balanced_triangles: int
    frustration: int
    exact: bool
    blocs: list[list] = field(default_factory=list)
    contradicting: list[str] = field(default_factory=list)
    frustrated_pairs: list[tuple] = field(default_factory=list)
    mixed: list[dict] = field(default_factory=list)
    unplaced: list = field(default_factory=list)
    method: str = "exact"

    def to_dict(self) -> dict:
        return {
            "triangle_index": self.triangle_index,
            "triangles": self.triangles,
            "balanced_triangles": self.balanced_triangles,
            "frustration": self.frustration,
            "exact": self.exact,
            "method": self.method,
            "blocs": [list(b) for b in self.blocs],
            "contradicting": list(self.contradicting),
            "frustrated_pairs": [list(p) for p in self.frustrated_pairs],
            "mixed": [dict(m) for m in self.mixed],
            "unplaced": list(self.unplaced),
        }


def _signed_arrays(G: nx.Graph):
    """Nodes sorted by id, and end-index / sign arrays of the pure (+1/-1) signed edges, sorted."""
    nodes = sort_ids(G)
    idx = {v: i for i, v in enumerate(nodes)}
    edges = sorted((min(idx[u], idx[v]), max(idx[u], idx[v]), s)
                   for u, v, s in G.edges(data="sign") if (s == 1 or s == -1) and u != v)
    e = np.array(edges, dtype=np.int64).reshape(len(edges), 3)
    return nodes, e[:, 0].copy(), e[:, 1].copy(), e[:, 2].copy()


def _sym(n, eu, ev, w) -> sp.csr_array:
    return sp.csr_array((np.concatenate([w, w]), (np.concatenate([eu, ev]), np.concatenate([ev, eu]))),
                        shape=(n, n))


def triangle_index(G: nx.Graph) -> tuple[float | None, int, int]:
    """Share of balanced triangles among the signed triangles of ``G`` (strong balance).

    A triangle is balanced when the product of its three signs is positive
    (Cartwright & Harary 1956); a triangle of three hostile ties is *not*,
    although it fits three blocs in the weak sense. Pairs with mixed sign
    (``sign == 0``) are not signed edges here. Counted with sparse matrix
    traces: ``T = tr(|A|^3)/6`` triangles, of which ``(T + tr(A^3)/6) / 2`` balanced.

    Returns
    -------
    (index or None when there is no signed triangle, triangles, balanced)

    References
    ----------
    .. [1] Cartwright, D. & Harary, F. (1956). Structural balance: a
       generalization of Heider's theory. *Psychological Review* 63(5): 277-293.
    """
    nodes, eu, ev, sg = _signed_arrays(G)
    return _triangle_index(len(nodes), eu, ev, sg)


def _triangle_index(n, eu, ev, sg):
    if len(eu) < 3:
        return None, 0, 0
    A = _sym(n, eu, ev, sg)
    B = abs(A)
    t_all = int((B @ B).multiply(B).sum()) // 6
    if t_all == 0:
        return None, 0, 0
    t_signed = int((A @ A).multiply(A).sum()) // 6
    balanced = (t_all + t_signed) // 2
    return balanced / t_all, t_all, balanced


# --- solvers on one block: nodes 0..n-1, edges (eu, ev, neg); they return bloc labels ------


def _cost(labels: np.ndarray, eu, ev, neg) -> int:
    """Frustrated edges of a labelling: hostile inside a bloc, trusting across blocs."""
    return int(np.count_nonzero((labels[eu] == labels[ev]) == neg))


def _positive_labels(n, eu, ev, neg) -> np.ndarray:
    """Components of the trust (+) ties: the blocs when no tie is broken."""
    pos = ~neg
    _, lab = connected_components(_sym(n, eu[pos], ev[pos], np.ones(int(pos.sum()))), directed=False)
    return lab


@lru_cache(maxsize=PARTITIONS_MAX_NODES + 1)
def _set_partitions(n: int) -> np.ndarray:
    """Every partition of n items as restricted growth strings, one row each (Bell(n) rows)."""
    P = np.zeros((1, 1), dtype=np.int8)
    mx = np.zeros(1, dtype=np.int64)
    for _ in range(1, n):
        reps = mx + 2  # a new item joins one of the mx + 1 blocs so far, or opens a new one
        rows = np.repeat(np.arange(len(P)), reps)
        start = np.repeat(np.cumsum(reps) - reps, reps)
        val = np.arange(len(rows)) - start
        P = np.column_stack([P[rows], val.astype(np.int8)])
        mx = np.maximum(mx[rows], val)
    return P


def _by_partitions(n, eu, ev, neg) -> np.ndarray:
    """The best of all Bell(n) partitions (the first in restricted-growth order on ties)."""
    P = _set_partitions(n)
    cost = np.zeros(len(P), dtype=np.int32)
    for u, v, ng in zip(eu.tolist(), ev.tolist(), neg.tolist(), strict=True):
        same = P[:, u] == P[:, v]
        cost += same if ng else ~same
    return P[int(np.argmin(cost))].astype(np.int64)


def _bfs_path(adj: list[list[tuple[int, int]]], s: int, t: int, usable) -> list[int] | None:
    """Edge ids of a shortest s-t path over edges with ``usable[e]``, or None."""
    prev = {s: (-1, -1)}
    q = deque([s])
    while q:
        u = q.popleft()
        if u == t:
            path = []
            while u != s:
                u, e = prev[u]
                path.append(e)
            return path
        for v, e in adj[u]:
            if usable[e] and v not in prev:
                prev[v] = (u, e)
                q.append(v)
    return None


def _milp(n, eu, ev, neg, time_limit: float) -> tuple[np.ndarray | None, bool]:
    """Correlation clustering as a binary programme over the ties; returns (labels, proven).

    ``y_e = 1`` when the ends of tie e are in different blocs. Minimise
    ``sum_{e+} y_e + sum_{e-} (1 - y_e)`` subject to the cycle inequalities
    ``y_e <= sum_{f in C - e} y_f`` (the multicut polytope, Chopra & Rao 1993):
    start with one cycle through each hostile tie (its shortest trust path), solve,
    add the inequality of every cut tie whose ends are still joined by uncut ties,
    and repeat until none is violated -- the last solution is then optimal.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp

    m = len(eu)
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for e, (u, v) in enumerate(zip(eu.tolist(), ev.tolist(), strict=True)):
        adj[u].append((v, e))
        adj[v].append((u, e))
    c = np.where(neg, -1.0, 1.0)
    cuts: list[tuple[int, list[int]]] = []
    seen: set[tuple[int, tuple[int, ...]]] = set()

    def add(e: int, path: list[int]) -> None:
        key = (e, tuple(sorted(path)))
        if key not in seen:
            seen.add(key)
            cuts.append((e, path))

    positive = ~neg
    for e in np.flatnonzero(neg).tolist():
        path = _bfs_path(adj, int(eu[e]), int(ev[e]), positive)
        if path is not None:
            add(e, path)
    deadline = time.perf_counter() + time_limit
    while True:
        rows, cols, vals = [], [], []
        for r, (e, path) in enumerate(cuts):
            rows += [r] * (len(path) + 1)
            cols += [e, *path]
            vals += [1.0] + [-1.0] * len(path)
        cons = ()
        if cuts:
            A = sp.csr_array((vals, (rows, cols)), shape=(len(cuts), m))
            cons = LinearConstraint(A, -np.inf, 0.0)
        left = deadline - time.perf_counter()
        if left <= 0.005:
            return None, False
        res = milp(c, integrality=np.ones(m), bounds=Bounds(np.zeros(m), np.ones(m)), constraints=cons,
                   options={"time_limit": left, "disp": False})
        if res.x is None or res.status != 0:
            return None, False
        y = np.round(res.x).astype(bool)
        uncut = ~y
        _, lab = connected_components(_sym(n, eu[uncut], ev[uncut], np.ones(int(uncut.sum()))), directed=False)
        violated = np.flatnonzero(y & (lab[eu] == lab[ev]))
        if violated.size == 0:
            return lab.astype(np.int64), True
        for e in violated.tolist():
            add(e, _bfs_path(adj, int(eu[e]), int(ev[e]), uncut))


def _local_search(labels: np.ndarray, adj: list[list[tuple[int, int]]], queue=None) -> np.ndarray:
    """Move single actors to the bloc that lowers the frustration most, until none does.

    For actor i, ``gain(C) = sum of signs of its ties into bloc C``; its frustrated
    ties number ``(trusting ties) - gain(own bloc)``, so it moves to the bloc of
    highest gain, or to a new bloc of its own (gain 0), when that beats staying.
    Only actors next to a move are looked at again. ``adj[i]``: (neighbour, sign) pairs.
    """
    n = len(labels)
    lab = labels.tolist()
    fresh = max(lab, default=-1) + 1
    todo = deque(range(n) if queue is None else queue)
    queued = [queue is None] * n
    if queue is not None:
        for i in queue:
            queued[i] = True
    while todo:
        i = todo.popleft()
        queued[i] = False
        gain: dict[int, int] = {}
        for j, s in adj[i]:
            c = lab[j]
            gain[c] = gain.get(c, 0) + s
        own = lab[i]
        stay = gain.get(own, 0)
        best_c, best_g = -1, 0  # -1: a new bloc of its own
        for c, g in gain.items():
            if g > best_g and c != own:
                best_c, best_g = c, g
            elif g == best_g and c != own and best_c != -1 and c < best_c:
                best_c = c
        if best_g <= stay:
            continue
        if best_c == -1:
            best_c, fresh = fresh, fresh + 1
        lab[i] = best_c
        for j, _ in adj[i]:
            if not queued[j]:
                queued[j] = True
                todo.append(j)
    return np.array(lab, dtype=np.int64)


def _spectral_split(S: sp.csr_array, rng) -> np.ndarray | None:
    """Two blocs by the sign of the leading eigenvector of the signed adjacency matrix."""
    n = S.shape[0]
    try:
        if n <= 30:
            vec = np.linalg.eigh(S.toarray().astype(np.float64))[1][:, -1]
        else:  # Lanczos; a dense eigh costs seconds of BLAS time from a few hundred actors up
            from scipy.sparse.linalg import eigsh

            vec = eigsh(S.astype(np.float64), k=1, which="LA", v0=rng.standard_normal(n), tol=1e-3,
                        maxiter=5 * n)[1][:, 0]
    except Exception:  # no convergence: the other start still runs
        return None
    return (vec >= 0).astype(np.int64)


def _heuristic(n, eu, ev, neg, seed: int = 0, kicks: int | None = None) -> np.ndarray:
    """Seeded local search: single-actor moves and bloc merges from two starts -- the trust
    components, and the two-bloc spectral split -- then random kicks (iterated local
    search) kept when not worse."""
    S = _sym(n, eu, ev, np.where(neg, -1, 1).astype(np.int64))
    S.sort_indices()
    indptr, indices, w = S.indptr, S.indices, S.data
    ptr, ind, wl = indptr.tolist(), indices.tolist(), w.tolist()
    adj = [list(zip(ind[ptr[i]:ptr[i + 1]], wl[ptr[i]:ptr[i + 1]], strict=True)) for i in range(n)]
    rng = np.random.default_rng(seed)
    if kicks is None:
        kicks = 30 if n <= 300 else 5

    def improve(lab, queue=None):
        while True:
            lab = _local_search(lab, adj, queue)
            merged = _merge_blocs(lab, eu, ev, neg)
            if merged is None:
                return lab
            moved = np.flatnonzero(merged != lab)  # look again at the merged actors and their ties
            queue = np.unique(np.concatenate([moved, indices[np.concatenate(
                [np.arange(indptr[i], indptr[i + 1]) for i in moved.tolist()])]])).tolist()
            lab = merged

    best, best_f = None, None
    for start in (_positive_labels(n, eu, ev, neg), _spectral_split(S, rng)):
        if start is not None:
            lab = improve(start)
            f = _cost(lab, eu, ev, neg)
            if best_f is None or f < best_f:
                best, best_f = lab, f
    size = max(1, n // 25)
    for _ in range(kicks):
        lab = best.copy()
        picked = rng.choice(n, size=min(size, n), replace=False)
        for i in picked.tolist():  # to the bloc of a random neighbour, or alone
            nb = indices[indptr[i]:indptr[i + 1]]
            lab[i] = lab[nb[rng.integers(len(nb))]] if len(nb) and rng.random() < 0.7 else lab.max() + 1
        touched = np.unique(np.concatenate([picked, *(indices[indptr[i]:indptr[i + 1]] for i in picked)]))
        lab = improve(lab, touched.tolist())
        f = _cost(lab, eu, ev, neg)
        if f <= best_f:
            best, best_f = lab, f
    return best


def _merge_blocs(lab: np.ndarray, eu, ev, neg) -> np.ndarray | None:
    """Merge pairs of blocs with more trusting than hostile ties between them (best first,
    each bloc at most once per round); None when no pair gains."""
    a, b = lab[eu], lab[ev]
    between = a != b
    if not between.any():
        return None
    lo, hi = np.minimum(a, b)[between], np.maximum(a, b)[between]
    sgn = np.where(neg[between], -1, 1)
    base = int(lab.max()) + 1
    keys, inv = np.unique(lo * base + hi, return_inverse=True)
    total = np.bincount(inv, weights=sgn, minlength=len(keys))
    good = np.flatnonzero(total > 0)
    if good.size == 0:
        return None
    good = good[np.lexsort((keys[good], -total[good]))]
    out = lab.copy()
    done: set[int] = set()
    for j in good.tolist():
        x, y = divmod(int(keys[j]), base)
        if x not in done and y not in done:
            done.update((x, y))
            out[lab == y] = x
    return out


def _solve_block(n, eu, ev, neg, method, seed, deadline, decompose=True):
    """Bloc labels of one block (or of a whole component too big to decompose)."""
    lab = _positive_labels(n, eu, ev, neg)
    if not np.any(neg & (lab[eu] == lab[ev])):
        return lab, True, "exact"  # clusterable (Davis 1967): nothing frustrated
    if method == "heuristic" or not decompose:
        return _heuristic(n, eu, ev, neg, seed), False, "heuristic"
    if n <= PARTITIONS_MAX_NODES and method != "milp":
        return _by_partitions(n, eu, ev, neg), True, "exact"
    left = deadline - time.perf_counter()
    if (method == "milp" or len(eu) <= MILP_MAX_EDGES) and left > 0.01:
        xm, optimal = _milp(n, eu, ev, neg, left)
        if optimal:
            return xm, True, "exact"
    return _heuristic(n, eu, ev, neg, seed), False, "heuristic"


def _blocks(eu, ev) -> list[np.ndarray]:
    """Edge-index arrays of the biconnected blocks of one component (deterministic order)."""
    H = nx.Graph()
    for k, (u, v) in enumerate(zip(eu.tolist(), ev.tolist(), strict=True)):
        H.add_edge(u, v, k=k)
    return [np.sort(np.array([H[u][v]["k"] for u, v in b], dtype=np.int64))
            for b in nx.biconnected_component_edges(H)]


def frustration_partition(G: nx.Graph, method: str = "auto", seed: int = 0,
                          time_budget: float = MILP_TIME_BUDGET) -> tuple[dict, bool, str]:
    """Blocs minimising the number of frustrated signed edges (weak balance).

    Returns ``(bloc, exact, method)`` with ``bloc`` mapping every node that has
    a signed (+1/-1) edge to a bloc number (0 = the largest bloc). ``method`` is
    ``"auto"`` (partitions, then MILP, then heuristic, by block size), ``"milp"``,
    or ``"heuristic"``.
    """
    nodes, eu, ev, sg = _signed_arrays(G)
    lab, exact, how = _partition(len(nodes), eu, ev, sg, method, seed, time_budget)
    return {nodes[i]: int(b) for i, b in enumerate(lab.tolist()) if b >= 0}, exact, how


def _partition(n, eu, ev, sg, method, seed, time_budget) -> tuple[np.ndarray, bool, str]:
    """Bloc number per node (-1: no signed tie), blocs numbered largest first, ties by first id."""
    lab = np.full(n, -1, dtype=np.int64)
    if len(eu) == 0:
        return lab, True, "exact"
    neg = sg < 0
    exact, used = True, set()
    deadline = time.perf_counter() + time_budget
    ncomp, comp = connected_components(_sym(n, eu, ev, np.ones(len(eu))), directed=False)
    edge_comp = comp[eu]
    order = np.argsort(edge_comp, kind="stable")
    bounds = np.searchsorted(edge_comp[order], np.arange(ncomp + 1))
    broken = np.zeros(len(eu), dtype=bool)  # trusting ties whose ends end up in different blocs
    for c in range(ncomp):
        ce = order[bounds[c]:bounds[c + 1]]
        if ce.size == 0 or not neg[ce].any():
            continue  # all trust: one bloc, nothing broken
        decompose = ce.size <= DECOMPOSE_MAX_EDGES
        for b in (_blocks(eu[ce], ev[ce]) if decompose else [np.arange(ce.size)]):
            e = ce[b]
            bn, inv = np.unique(np.concatenate([eu[e], ev[e]]), return_inverse=True)
            k = e.size
            x, ok, how = _solve_block(bn.size, inv[:k], inv[k:], neg[e], method, seed, deadline, decompose)
            exact &= ok
            used.add(how)
            broken[e] = ~neg[e] & (x[inv[:k]] != x[inv[k:]])
    keep = ~neg & ~broken
    _, blocs = connected_components(_sym(n, eu[keep], ev[keep], np.ones(int(keep.sum()))), directed=False)
    has_edge = np.zeros(n, dtype=bool)
    has_edge[eu] = has_edge[ev] = True
    placed = np.flatnonzero(has_edge)
    sizes = np.bincount(blocs[placed])
    first = np.full(len(sizes), n, dtype=np.int64)
    np.minimum.at(first, blocs[placed], placed)
    ranked = np.lexsort((first, -sizes))  # largest first, then by the first id
    rank = np.empty(len(sizes), dtype=np.int64)
    rank[ranked] = np.arange(len(sizes))
    lab[placed] = rank[blocs[placed]]
    return lab, exact, "heuristic" if "heuristic" in used else "exact"


def structural_balance(G: nx.Graph, method: str = "auto", seed: int = 0,
                       time_budget: float = MILP_TIME_BUDGET) -> BalanceResult:
    """Triangle index, frustration index, the blocs and the ties that contradict them.

    Parameters
    ----------
    G : networkx.Graph
        ``layers.signed_graph``: edge attributes ``sign`` (+1, -1, or 0 for a
        pair with ties of both signs) and ``ties`` (tie ids).
    method : {"auto", "milp", "heuristic"}
    seed : int
        Seed of the heuristic's random kicks.
    time_budget : float
        Seconds the exact MILP may use in total.

    Returns
    -------
    BalanceResult
        ``blocs``: as many as the signed ties need (weak balance, Davis 1967),
        largest first (equal sizes by first id), ids sorted; every bloc is
        joined by trust ties, and an actor with only hostile ties is a bloc of
        its own. ``frustration``: the number of signed actor pairs that
        contradict them (hostile inside a bloc, trusting across two), the
        fewest any grouping allows when ``exact``; one pair counts once however
        many ties of the same sign join it. ``frustrated_pairs`` lists those
        pairs and ``contradicting`` their tie ids. Actors with no signed tie are
        ``unplaced``. ``triangle_index`` is the strong-balance (Cartwright-Harary)
        share of balanced triangles. The result depends on the ids only, not on
        the order of nodes and edges in ``G``.

    References
    ----------
    .. [1] Cartwright, D. & Harary, F. (1956). Structural balance: a
       generalization of Heider's theory. *Psychological Review* 63(5): 277-293.
    .. [2] Davis, J. A. (1967). Clustering and structural balance in graphs.
       *Human Relations* 20(2): 181-187.
    .. [3] Bansal, N., Blum, A. & Chawla, S. (2004). Correlation clustering.
       *Machine Learning* 56: 89-113.
    .. [4] Chopra, S. & Rao, M. R. (1993). The partition problem.
       *Mathematical Programming* 59: 87-115 (cycle inequalities of the multicut polytope).
    .. [5] Doreian, P. & Mrvar, A. (1996). A partitioning approach to structural
       balance. *Social Networks* 18(2): 149-168.
    """
    nodes, eu, ev, sg = _signed_arrays(G)
    ti, t_all, t_bal = _triangle_index(len(nodes), eu, ev, sg)
    lab, exact, how = _partition(len(nodes), eu, ev, sg, method, seed, time_budget)
    blocs: list[list] = [[] for _ in range(int(lab.max()) + 1 if len(lab) else 0)]
    for i, b in enumerate(lab.tolist()):
        if b >= 0:
            blocs[b].append(nodes[i])  # nodes are in id order already
    unplaced = [nodes[i] for i in np.flatnonzero(lab < 0).tolist()]
    contradicting, pairs, mixed = [], [], []
    if len(eu):
        bad = np.flatnonzero((lab[eu] == lab[ev]) != (sg > 0))
        for k in bad.tolist():
            u, v = nodes[eu[k]], nodes[ev[k]]
            pairs.append((u, v))
            contradicting.extend(G[u][v].get("ties", []))
    for u, v, sgn in G.edges(data="sign"):
        if sgn == 0:
            a, b = sort_ids((u, v))
            mixed.append({"actors": [a, b], "ties": sorted(G[u][v].get("ties", []))})
    return BalanceResult(
        triangle_index=ti, triangles=t_all, balanced_triangles=t_bal,
        frustration=len(pairs), exact=exact, blocs=blocs,
        contradicting=sorted(contradicting), frustrated_pairs=pairs,
        mixed=sorted(mixed, key=lambda m: (str(m["actors"][0]), str(m["actors"][1]))),
        unplaced=unplaced, method=how,
    )
