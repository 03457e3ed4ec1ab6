"""Key-player sets: the k nodes whose joint removal fragments a network most (KPP-Neg).

References
----------
.. [1] Borgatti, S. P. (2006). Identifying sets of key players in a social network.
   Computational and Mathematical Organization Theory 12(1), 21-34.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np

from ._adjacency import csr_adjacency
from .fragmentation import _cuts, _removal_f, _sort_ids

__all__ = ["KeyPlayerResult", "kpp_neg"]


@dataclass(frozen=True)
class KeyPlayerResult:
    """The key-player set found (ids sorted) and the fragmentation F it leaves."""

    set: list
    F: float


def kpp_neg(G: nx.Graph, k: int, restarts: int = 10, seed: int = 0, max_iter: int = 100) -> KeyPlayerResult:
    """Find k nodes whose removal maximises fragmentation F (Borgatti's KPP-Neg).

    Parameters
    ----------
    G : networkx.Graph
        Undirected graph; weights and self-loops ignored.
    k : int
        Size of the set, ``1 <= k < n``.
    restarts : int
        Number of random starting sets; the best local optimum is returned.
    seed : int
        Seed of the random starting sets (the result is deterministic for a seed).
    max_iter : int
        Maximum number of improvement passes per restart.

    Returns
    -------
    KeyPlayerResult
        ``set``: the k nodes (sorted); ``F``: fragmentation of ``G`` without them,
        over the remaining n - k nodes, as the KeyPlayer program reports it.

    Notes
    -----
    Borgatti's greedy swap [1]_: start from a random k-set S; for each member u of S
    try every outside node v in its place and keep the best swap if it raises F;
    repeat until a full pass brings no gain. All swaps for one u are evaluated at once:
    they are the single-node removals from ``G - (S - {u})``, which one
    articulation-point pass gives in O(n + m) (see
    :func:`actormap.core.analysis.fragmentation.removal_impact`), so a pass costs
    O(k (n + m)) instead of O(k n (n + m)).

    References
    ----------
    .. [1] Borgatti, S. P. (2006). Identifying sets of key players in a social
       network. Comput. Math. Organiz. Theor. 12, 21-34.
    """
    n = G.number_of_nodes()
    if isinstance(k, bool) or not isinstance(k, int | np.integer):
        raise ValueError(f"k must be a whole number, got {k!r}")
    if not 1 <= k < n:
        raise ValueError(f"k must be at least 1 and less than the number of actors ({n}), got {k}")
    if restarts < 1:
        raise ValueError(f"restarts must be at least 1, got {restarts}")
    nodes, A = csr_adjacency(G)
    rng = np.random.default_rng(seed)

    def swap_scores(others: list[int]) -> tuple[np.ndarray, np.ndarray]:
        keep = np.ones(n, dtype=bool)
        keep[others] = False
        kept = np.flatnonzero(keep)
        sub = A[kept][:, kept] if others else A
        return kept, _removal_f(_cuts(sub))

    best_F, best_S = -1.0, None
    for _ in range(restarts):
        S = [int(x) for x in rng.choice(n, size=k, replace=False)]
        current = None
        for _ in range(max_iter):
            improved = False
            for pos in range(k):
                kept, F = swap_scores(S[:pos] + S[pos + 1:])
                j = int(np.argmax(F))
                if current is None:  # F of the starting set itself
                    current = float(F[np.searchsorted(kept, S[pos])])
                if F[j] > current + 1e-12:
                    S[pos], current = int(kept[j]), float(F[j])
                    improved = True
            if not improved:
                break
        if current > best_F + 1e-12:
            best_F, best_S = current, sorted(S)
    return KeyPlayerResult(_sort_ids([nodes[i] for i in best_S]), float(best_F))
