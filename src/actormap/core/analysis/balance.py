"""Structural balance of the signed graph: triangle index, frustration index, blocs.

The signed graph (``layers.signed_graph``) has trust ties as ``+1`` and
hostile ties as ``-1``; dialogue ties are neutral and left out. A pair of
actors with ties of both signs (``sign == 0``, ``mixed``) contradicts *every*
split into two blocs -- one of its ties always disagrees -- so such pairs are
left out of the triangle and frustration counts and reported separately under
``mixed`` with all their tie ids.

The frustration index is computed per biconnected block (it is additive over
blocks and bridges never need to be frustrated): a block that is balanced
costs 0; small blocks are solved exactly by exhaustive search, medium ones by
binary linear programming (HiGHS via ``scipy.optimize.milp``, exact when the
solver proves optimality within its time limit); larger blocks get a seeded
heuristic (spectral start and random restarts, greedy single-actor moves with
random kicks), and the result is flagged ``exact = False``.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field

import networkx as nx
import numpy as np
import scipy.sparse as sp

BRUTE_MAX_NODES = 18
"""Blocks up to this many actors are solved by exhaustive search (2^(n-1) splits)."""
MILP_MAX_EDGES = 600
"""Blocks up to this many signed ties (and more than BRUTE_MAX_NODES actors) go to the MILP."""
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
    blocs: list[list] = field(default_factory=lambda: [[], []])
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
    """Nodes, and end-index / sign arrays of the pure (+1/-1) signed edges."""
    nodes = list(G)
    idx = {v: i for i, v in enumerate(nodes)}
    eu, ev, sg = [], [], []
    for u, v, s in G.edges(data="sign"):
        if s == 1 or s == -1:
            eu.append(idx[u])
            ev.append(idx[v])
            sg.append(s)
    return (nodes, np.array(eu, dtype=np.int64), np.array(ev, dtype=np.int64),
            np.array(sg, dtype=np.int64))


def _sym(n, eu, ev, w) -> sp.csr_array:
    return sp.csr_array((np.concatenate([w, w]), (np.concatenate([eu, ev]), np.concatenate([ev, eu]))),
                        shape=(n, n))


def triangle_index(G: nx.Graph) -> tuple[float | None, int, int]:
    """Share of balanced triangles among the signed triangles of ``G``.

    A triangle is balanced when the product of its three signs is positive
    (Cartwright & Harary 1956). Pairs with mixed sign (``sign == 0``) are not
    signed edges here. Counted with sparse matrix traces:
    ``T = tr(|A|^3)/6`` triangles, of which ``(T + tr(A^3)/6) / 2`` balanced.

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


# --- exact and heuristic solvers on one block (nodes 0..n-1, edge arrays) ------------------


def _frustration_of(x: np.ndarray, eu: np.ndarray, ev: np.ndarray, neg: np.ndarray) -> int:
    return int(np.count_nonzero((x[eu] != x[ev]) != neg))


def _brute_force(n: int, eu, ev, neg) -> np.ndarray:
    """Every split with node 0 on side 0; returns the best 0/1 side vector."""
    codes = np.arange(1 << (n - 1), dtype=np.int64)
    bits = np.zeros((n, codes.size), dtype=np.uint8)
    for i in range(1, n):
        bits[i] = (codes >> (i - 1)) & 1
    cost = np.zeros(codes.size, dtype=np.int32)
    for u, v, ng in zip(eu.tolist(), ev.tolist(), neg.tolist(), strict=True):
        f = bits[u] ^ bits[v]
        cost += (f ^ 1) if ng else f
    best = int(np.argmin(cost))
    return bits[:, best].astype(np.int8)


def _milp(n: int, eu, ev, neg, time_limit: float) -> tuple[np.ndarray | None, bool]:
    """Aref-Mason-Wilson binary programme ("AND" model); returns (sides, proven_optimal)."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    m = len(eu)
    # variables: x_0..x_{n-1} (sides), y_0..y_{m-1} (y_e = x_u AND x_v)
    # frustration of a + edge: x_u + x_v - 2 y_e; of a - edge: 1 - x_u - x_v + 2 y_e
    c = np.zeros(n + m)
    sgn = np.where(neg, -1.0, 1.0)
    np.add.at(c, eu, sgn)
    np.add.at(c, ev, sgn)
    c[n:] = -2.0 * sgn
    rows, cols, vals, lo, hi = [], [], [], [], []
    r = 0
    for e in range(m):
        u, v, y = int(eu[e]), int(ev[e]), n + e
        if neg[e]:  # y >= x_u + x_v - 1  <=>  x_u + x_v - y <= 1
            rows += [r, r, r]
            cols += [u, v, y]
            vals += [1, 1, -1]
            lo.append(-np.inf)
            hi.append(1)
            r += 1
        else:  # y <= x_u, y <= x_v
            for w in (u, v):
                rows += [r, r]
                cols += [y, w]
                vals += [1, -1]
                lo.append(-np.inf)
                hi.append(0)
                r += 1
    A = sp.csr_array((vals, (rows, cols)), shape=(r, n + m))
    lb = np.zeros(n + m)
    ub = np.ones(n + m)
    deg = np.bincount(np.concatenate([eu, ev]), minlength=n)
    lb[int(np.argmax(deg))] = 1  # break the symmetry of the two sides
    res = milp(c, integrality=np.ones(n + m), bounds=Bounds(lb, ub),
               constraints=LinearConstraint(A, lo, hi),
               options={"time_limit": max(time_limit, 0.01), "disp": False})
    if res.x is None:
        return None, False
    return np.round(res.x[:n]).astype(np.int8), bool(res.status == 0)


def _local_search(s: np.ndarray, S: sp.csr_array) -> np.ndarray:
    """Flip the most unhappy actor until no single flip lowers the frustration."""
    h = S @ s
    gain = s * h  # (satisfied - frustrated) ties of each node; flipping changes frustration by gain
    indptr, indices, data = S.indptr, S.indices, S.data
    while True:
        i = int(np.argmin(gain))
        if gain[i] >= 0:
            return s
        si = s[i]
        s[i] = -si
        nb = indices[indptr[i]:indptr[i + 1]]
        w = data[indptr[i]:indptr[i + 1]]
        h[nb] -= 2 * si * w
        gain[nb] = s[nb] * h[nb]
        gain[i] = -gain[i]


def _heuristic(n: int, eu, ev, neg, seed: int = 0, restarts: int | None = None) -> np.ndarray:
    """Spectral start plus random restarts, each refined by greedy flips and random kicks."""
    if restarts is None:
        restarts = 10 if n <= 300 else 3
    kicks = 10 if n <= 300 else 4
    S = _sym(n, eu, ev, np.where(neg, -1.0, 1.0))
    rng = np.random.default_rng(seed)
    starts = []
    try:
        if n <= 400:
            vec = np.linalg.eigh(S.toarray())[1][:, -1]
        else:
            from scipy.sparse.linalg import eigsh

            vec = eigsh(S, k=1, which="LA", v0=rng.standard_normal(n), maxiter=5 * n)[1][:, 0]
        starts.append(np.where(vec >= 0, 1.0, -1.0))
    except Exception:  # no convergence: the random starts still run
        pass
    starts += [rng.choice([-1.0, 1.0], size=n) for _ in range(restarts)]
    best, best_f = None, None
    kick = max(1, n // 20)
    for s in starts:
        s = _local_search(s.copy(), S)
        f = _frustration_of(s > 0, eu, ev, neg)
        for _ in range(kicks):  # iterated local search: perturb a few actors, keep if not worse
            t = s.copy()
            idx = rng.choice(n, size=min(kick, n), replace=False)
            t[idx] = -t[idx]
            t = _local_search(t, S)
            ft = _frustration_of(t > 0, eu, ev, neg)
            if ft <= f:
                s, f = t, ft
        if best_f is None or f < best_f:
            best, best_f = s, f
    return (best > 0).astype(np.int8)


def _two_colour(n: int, eu, ev, neg) -> np.ndarray | None:
    """Sides of a balanced block by BFS, or None if the block is not balanced."""
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, ng in zip(eu.tolist(), ev.tolist(), neg.tolist(), strict=True):
        adj[u].append((v, ng))
        adj[v].append((u, ng))
    x = np.full(n, -1, dtype=np.int8)
    x[0] = 0
    q = deque([0])
    while q:
        u = q.popleft()
        for v, ng in adj[u]:
            want = x[u] ^ int(ng)
            if x[v] < 0:
                x[v] = want
                q.append(v)
            elif x[v] != want:
                return None
    return x


def _solve_block(n, eu, ev, neg, method, seed, deadline, decompose=True):
    """Best 0/1 sides of one block (or of a whole component when it is too big to decompose)."""
    x = _two_colour(n, eu, ev, neg)
    if x is not None:
        return x, True, "exact"
    if method == "heuristic" or not decompose:
        return _heuristic(n, eu, ev, neg, seed), False, "heuristic"
    if n <= BRUTE_MAX_NODES and method != "milp":
        return _brute_force(n, eu, ev, neg), True, "exact"
    left = deadline - time.perf_counter()
    if (method == "milp" or len(eu) <= MILP_MAX_EDGES) and left > 0.01:
        xm, optimal = _milp(n, eu, ev, neg, left)
        if optimal:
            return xm, True, "exact"
        h = _heuristic(n, eu, ev, neg, seed)
        if xm is not None and _frustration_of(xm, eu, ev, neg) <= _frustration_of(h, eu, ev, neg):
            return xm, False, "heuristic"
        return h, False, "heuristic"
    return _heuristic(n, eu, ev, neg, seed), False, "heuristic"


def _blocks(eu, ev) -> list[np.ndarray]:
    """Edge-index arrays of the biconnected blocks of one component."""
    H = nx.Graph()
    for k, (u, v) in enumerate(zip(eu.tolist(), ev.tolist(), strict=True)):
        H.add_edge(u, v, k=k)
    return [np.array([H[u][v]["k"] for u, v in b], dtype=np.int64)
            for b in nx.biconnected_component_edges(H)]


def frustration_partition(G: nx.Graph, method: str = "auto", seed: int = 0,
                          time_budget: float = MILP_TIME_BUDGET) -> tuple[dict, bool, str]:
    """Two-bloc split minimising the number of frustrated signed edges.

    Returns ``(side, exact, method)`` with ``side`` mapping every node that has
    a signed (+1/-1) edge to 0 or 1. ``method`` is ``"auto"`` (exhaustive,
    then MILP, then heuristic, by block size), ``"milp"``, or ``"heuristic"``.
    """
    nodes, eu, ev, sg = _signed_arrays(G)
    return _partition(nodes, eu, ev, sg, method, seed, time_budget)


def _partition(nodes, eu, ev, sg, method, seed, time_budget):
    from scipy.sparse.csgraph import connected_components

    n = len(nodes)
    side: dict = {}
    if len(eu) == 0:
        return side, True, "exact"
    exact, used = True, set()
    deadline = time.perf_counter() + time_budget
    ncomp, lab = connected_components(_sym(n, eu, ev, np.ones(len(eu))), directed=False)
    has_edge = np.zeros(n, dtype=bool)
    has_edge[eu] = has_edge[ev] = True
    edge_comp = lab[eu]
    order = np.argsort(edge_comp, kind="stable")
    bounds = np.searchsorted(edge_comp[order], np.arange(ncomp + 1))
    sd = np.full(n, -1, dtype=np.int64)
    for c in range(ncomp):
        ce = order[bounds[c]:bounds[c + 1]]
        if ce.size == 0:
            continue
        cu, cv, cneg = eu[ce], ev[ce], sg[ce] < 0
        comp_nodes = np.unique(np.concatenate([cu, cv]))
        decompose = ce.size <= DECOMPOSE_MAX_EDGES
        blocks = _blocks(cu, cv) if decompose else [np.arange(ce.size)]
        local = []
        for b in blocks:
            bn, inv = np.unique(np.concatenate([cu[b], cv[b]]), return_inverse=True)
            k = b.size
            x, ok, how = _solve_block(bn.size, inv[:k], inv[k:], cneg[b], method, seed, deadline, decompose)
            exact &= ok
            used.add(how)
            local.append(dict(zip(bn.tolist(), x.tolist(), strict=True)))
        # glue the blocks along the block-cut tree: each block shares one node with those before
        member: dict = {}
        for bi, loc in enumerate(local):
            for v in loc:
                member.setdefault(v, []).append(bi)
        start = int(comp_nodes[0])
        sd[start] = 0
        done_blocks: set[int] = set()
        q = deque([start])
        while q:
            v = q.popleft()
            for bi in member.get(v, []):
                if bi in done_blocks:
                    continue
                done_blocks.add(bi)
                flip = int(sd[v]) ^ local[bi][v]
                for u, xu in local[bi].items():
                    if sd[u] < 0:
                        sd[u] = xu ^ flip
                        q.append(u)
        # orient: the larger side of each component is the first bloc
        ones = int(sd[comp_nodes].sum())
        if ones * 2 > comp_nodes.size or (ones * 2 == comp_nodes.size and sd[start] == 1):
            sd[comp_nodes] ^= 1
    side = {nodes[i]: int(sd[i]) for i in np.flatnonzero(has_edge)}
    how = "heuristic" if "heuristic" in used else "exact"
    return side, exact, how


def structural_balance(G: nx.Graph, method: str = "auto", seed: int = 0,
                       time_budget: float = MILP_TIME_BUDGET) -> BalanceResult:
    """Triangle index, frustration index, the two blocs and the ties that contradict them.

    Parameters
    ----------
    G : networkx.Graph
        ``layers.signed_graph``: edge attributes ``sign`` (+1, -1, or 0 for a
        pair with ties of both signs) and ``ties`` (tie ids).
    method : {"auto", "milp", "heuristic"}
    seed : int
        Seed of the heuristic's random restarts.
    time_budget : float
        Seconds the exact MILP may use in total.

    Returns
    -------
    BalanceResult
        ``frustration`` is the number of actor pairs whose sign contradicts the
        split (same bloc and hostile, or different blocs and trusting);
        ``contradicting`` lists their tie ids; ``exact`` says whether the
        minimum is proven. Actors with no signed tie are ``unplaced``. When the
        signed graph has several components, each is oriented with its larger
        side in the first bloc (no tie fixes how components sit relative to each other).

    References
    ----------
    .. [1] Cartwright, D. & Harary, F. (1956). Structural balance: a
       generalization of Heider's theory. *Psychological Review* 63(5): 277-293.
    .. [2] Harary, F. (1959). On the measurement of structural balance.
       *Behavioral Science* 4(4): 316-323 (the line index of balance).
    .. [3] Aref, S., Mason, A. J. & Wilson, M. C. (2018). Computing the line
       index of balance using integer programming optimisation. In
       *Optimization Problems in Graph Theory*, Springer, 65-84.
    .. [4] Aref, S., Mason, A. J. & Wilson, M. C. (2020). A modeling and
       computational study of the frustration index in signed networks.
       *Networks* 75(1): 95-110.
    """
    nodes, eu, ev, sg = _signed_arrays(G)
    ti, t_all, t_bal = _triangle_index(len(nodes), eu, ev, sg)
    side, exact, how = _partition(nodes, eu, ev, sg, method, seed, time_budget)
    blocs: list[list] = [[], []]
    for v, x in side.items():
        blocs[x].append(v)
    blocs = [sorted(b, key=str) for b in blocs]
    unplaced = sorted((v for v in G if v not in side), key=str)
    contradicting, pairs, mixed = [], [], []
    if len(eu):
        sd = np.array([side.get(v, 0) for v in nodes], dtype=np.int64)
        bad = np.flatnonzero((sd[eu] == sd[ev]) != (sg > 0))
        for k in bad.tolist():
            u, v = nodes[eu[k]], nodes[ev[k]]
            a, b = sorted((u, v), key=str)
            pairs.append((a, b))
            contradicting.extend(G[u][v].get("ties", []))
    for u, v, sgn in G.edges(data="sign"):
        if sgn == 0:
            a, b = sorted((u, v), key=str)
            mixed.append({"actors": [a, b], "ties": sorted(G[u][v].get("ties", []))})
    return BalanceResult(
        triangle_index=ti, triangles=t_all, balanced_triangles=t_bal,
        frustration=len(pairs), exact=exact, blocs=blocs,
        contradicting=sorted(contradicting), frustrated_pairs=sorted(pairs, key=lambda p: (str(p[0]), str(p[1]))),
        mixed=sorted(mixed, key=lambda m: (str(m["actors"][0]), str(m["actors"][1]))),
        unplaced=unplaced, method=how,
    )
