"""Burt's structural-hole measures: constraint and effective size, vectorised.

Both are computed for every node at once with ``scipy.sparse`` products. They
give the same numbers as networkx's reference loops, but avoid two traps of
networkx 3.6: ``effective_size(G)`` without ``nodes`` normalises the marginal
strength by the wrong node's maximum on weighted or directed graphs, and
``constraint(G, nodes=[...])`` falls back to a per-node Python loop that is
about a thousand times slower. Isolated nodes get ``None`` (the measures are
undefined there), never NaN.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import scipy.sparse as sp


def _mutual(G: nx.Graph, weight: str | None) -> tuple[list, sp.csr_array]:
    """Nodes and the symmetric matrix of mutual weights ``z_ij + z_ji``, no diagonal."""
    nodes = list(G)
    if not nodes:
        return nodes, sp.csr_array((0, 0))
    W = nx.to_scipy_sparse_array(G, nodelist=nodes, weight=weight, format="csr").astype(float)
    Z = (W + W.T).tocsr()
    Z.setdiag(0)
    Z.eliminate_zeros()
    return nodes, Z


def _proportions(Z: sp.csr_array) -> tuple[sp.csr_array, np.ndarray]:
    """Row-normalised ``p_ij = z_ij / sum_q z_iq`` and the row sums."""
    s = np.asarray(Z.sum(axis=1)).ravel()
    inv = np.divide(1.0, s, out=np.zeros_like(s), where=s > 0)
    return (sp.diags_array(inv) @ Z).tocsr(), s


def _per_node(nodes: list, x: np.ndarray, s: np.ndarray) -> dict:
    """node -> float, or ``None`` where the node has no tie (``s == 0``)."""
    return {v: (float(x[i]) if s[i] > 0 else None) for i, v in enumerate(nodes)}


def constraint(G: nx.Graph, weight: str | None = "weight") -> dict:
    r"""Burt's aggregate constraint of every node.

    .. math:: c_i = \sum_{j \in N(i)} \Big(p_{ij} + \sum_{q \ne i,j} p_{iq} p_{qj}\Big)^2,
       \qquad p_{ij} = \frac{z_{ij} + z_{ji}}{\sum_q (z_{iq} + z_{qi})}

    where ``z`` is the tie strength (``weight``; 1 when ``None``). High
    constraint means the node's contacts are tied to each other (few
    structural holes); a node with a single contact has constraint 1.

    Parameters
    ----------
    G : networkx.Graph or DiGraph
    weight : str or None
        Edge attribute holding tie *strength* (not a distance).

    Returns
    -------
    dict
        node -> float, or ``None`` for isolated nodes.

    References
    ----------
    .. [1] Burt, R. S. (1992). *Structural Holes: The Social Structure of
       Competition*. Harvard University Press, ch. 2 (eq. 2.4).
    .. [2] Burt, R. S. (2004). Structural holes and good ideas. *American
       Journal of Sociology* 110(2): 349-399.
    """
    nodes, Z = _mutual(G, weight)
    if not nodes:
        return {}
    P, s = _proportions(Z)
    indirect = (P @ P).multiply(P != 0)  # only over the node's own contacts j
    local = (P + indirect).tocsr()
    local.data **= 2
    c = np.asarray(local.sum(axis=1)).ravel()
    return _per_node(nodes, c, s)


def effective_size(G: nx.Graph, weight: str | None = "weight") -> dict:
    r"""Burt's effective size of every node's ego network.

    .. math:: e_i = \sum_{j \in N(i)} \Big(1 - \sum_{q \ne i,j} p_{iq} m_{jq}\Big),
       \qquad m_{jq} = \frac{z_{jq} + z_{qj}}{\max_k (z_{jk} + z_{kj})}

    For unweighted undirected graphs this equals Borgatti's ``n - 2t/n``
    (``n`` contacts, ``t`` ties among them).

    Parameters
    ----------
    G : networkx.Graph or DiGraph
    weight : str or None
        Edge attribute holding tie strength.

    Returns
    -------
    dict
        node -> float, or ``None`` for isolated nodes.

    References
    ----------
    .. [1] Burt, R. S. (1992). *Structural Holes*, Harvard University Press,
       pp. 51-55 (redundancy and effective size).
    .. [2] Borgatti, S. P. (1997). Structural holes: unpacking Burt's
       redundancy measures. *Connections* 20(1): 35-38.
    """
    nodes, Z = _mutual(G, weight)
    if not nodes:
        return {}
    P, s = _proportions(Z)
    rowmax = Z.max(axis=1).toarray().ravel()
    inv = np.divide(1.0, rowmax, out=np.zeros_like(rowmax), where=rowmax > 0)
    M = (sp.diags_array(inv) @ Z).tocsr()
    A = (Z != 0).astype(float)
    redundancy = np.asarray(P.multiply(A @ M).sum(axis=1)).ravel()
    degree = np.diff(Z.indptr)
    e = degree - redundancy
    return _per_node(nodes, e, s)
