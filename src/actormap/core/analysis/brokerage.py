"""Gould-Fernandez brokerage roles against a partition of the actors into groups.

Counts are the raw counts of R's ``sna::brokerage`` (``$raw.nli``), so results
can be checked against that independent implementation (see the tests).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping

import networkx as nx

ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")
"""The five roles, in the column order of ``sna::brokerage``: w_I, w_O, b_IO, b_OI, b_O."""


def gould_fernandez(D: nx.DiGraph, group: Mapping[Hashable, Hashable]) -> dict:
    """Gould-Fernandez brokerage role counts of every node.

    Node ``j`` brokers the two-path ``i -> j -> k`` (``i``, ``j``, ``k``
    distinct) when there is no arc ``i -> k``. Each such two-path counts once,
    for its middle node, in the role fixed by the groups of the three nodes:

    ==============  ===========  ==========================================
    role            sna column   groups of i, j, k
    ==============  ===========  ==========================================
    coordinator     w_I          A -> A -> A (all in the broker's group)
    itinerant       w_O          A -> B -> A (both ends in one other group)
    representative  b_IO         A -> A -> B (from own group to another)
    gatekeeper      b_OI         A -> B -> B (from another group into own)
    liaison         b_O          A -> B -> C (three different groups)
    ==============  ===========  ==========================================

    ``total`` is the sum of the five. Only the arc ``i -> k`` suppresses a
    two-path (an arc ``k -> i`` does not), as in ``sna::brokerage``.

    Parameters
    ----------
    D : networkx.DiGraph
        Arcs ``i -> j`` (self-loops are ignored).
    group : mapping
        node -> group label (every node of ``D`` must have one).

    Returns
    -------
    dict
        node -> {"coordinator", "itinerant", "representative", "gatekeeper",
        "liaison", "total"} (ints).

    References
    ----------
    .. [1] Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a
       formal approach to brokerage in transaction networks. *Sociological
       Methodology* 19: 89-126.
    .. [2] Butts, C. T. (2008). Social network analysis with sna. *Journal of
       Statistical Software* 24(6); ``sna::brokerage`` (the ``raw.nli`` counts).

    Notes
    -----
    Runs in O(m + T) set operations, where T is the number of transitive
    triples ``i -> j -> k`` with ``i -> k`` (which are subtracted), instead of
    enumerating all two-paths.
    """
    succ = {v: set(D.successors(v)) - {v} for v in D}
    cls = {v: group[v] for v in D}
    out_counts = {v: Counter(cls[k] for k in s) for v, s in succ.items()}
    res = {v: dict.fromkeys(ROLES, 0) for v in D}
    for j in D:
        out_j = succ[j]
        if not out_j:
            continue
        cj = cls[j]
        cnt_j = out_counts[j]
        r = res[j]
        for i in D.predecessors(j):
            if i == j:
                continue
            ci = cls[i]
            # valid k: successors of j, minus i itself, minus successors of i
            closed = out_j & succ[i]
            total = len(out_j) - len(closed)
            same_j = cnt_j[cj] - sum(1 for k in closed if cls[k] == cj)
            same_i = cnt_j[ci] - sum(1 for k in closed if cls[k] == ci)
            if i in out_j:
                total -= 1
                same_i -= 1
                if ci == cj:
                    same_j -= 1
            if ci == cj:
                r["coordinator"] += same_j
                r["representative"] += total - same_j
            else:
                r["gatekeeper"] += same_j
                r["itinerant"] += same_i
                r["liaison"] += total - same_j - same_i
    for r in res.values():
        r["total"] = sum(r[k] for k in ROLES)
    return res
