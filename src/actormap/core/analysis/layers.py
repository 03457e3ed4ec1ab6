"""Networkx graphs of a map, one per analysis layer (see :mod:`..semantics`).

- ``skeleton(amap)``: every tie as an undirected, unweighted edge (``Layer.ALL``).
- ``trust_graph(amap)``: symbiotic + protective ties, undirected, weight = summed strength.
- ``trust_digraph(amap)``: the directed trust layer: symbiotic = arcs both ways,
  protective = protector -> protected (used for Gould-Fernandez brokerage).
- ``hostile_graph(amap)``: coercive + parasitic + conflict, undirected.
- ``signed_graph(amap)``: undirected; edge attribute ``sign`` +1/-1 (neutral ties
  left out; where a pair has ties of both signs the edge carries ``sign=0``
  and ``mixed=True``).

Every actor is a node of every layer, with ``name``, ``kind`` and ``faction``.
"""

from __future__ import annotations

import networkx as nx

from ..model import ActorMap
from ..semantics import SEMANTICS, Layer


def _add_nodes(g: nx.Graph, amap: ActorMap) -> None:
    for a in amap.actors:
        g.add_node(a.id, name=a.name, kind=str(a.kind), faction=a.faction or "")


def faction_of(actor) -> str:
    """The declared faction, falling back to the kind when no faction is set."""
    return actor.faction or f"({actor.kind})"


def skeleton(amap: ActorMap) -> nx.Graph:
    g = nx.Graph()
    _add_nodes(g, amap)
    g.add_edges_from((t.source, t.target) for t in amap.ties)
    return g


def _undirected_layer(amap: ActorMap, layer: Layer) -> nx.Graph:
    g = nx.Graph()
    _add_nodes(g, amap)
    for t in amap.ties:
        if layer in SEMANTICS[t.kind].layers:
            if g.has_edge(t.source, t.target):
                g[t.source][t.target]["weight"] += t.strength
            else:
                g.add_edge(t.source, t.target, weight=t.strength)
    return g


def trust_graph(amap: ActorMap) -> nx.Graph:
    return _undirected_layer(amap, Layer.TRUST)


def hostile_graph(amap: ActorMap) -> nx.Graph:
    return _undirected_layer(amap, Layer.HOSTILE)


def trust_digraph(amap: ActorMap) -> nx.DiGraph:
    g = nx.DiGraph()
    _add_nodes(g, amap)
    for t in amap.ties:
        s = SEMANTICS[t.kind]
        if Layer.TRUST not in s.layers:
            continue
        g.add_edge(t.source, t.target)
        if not s.directed:
            g.add_edge(t.target, t.source)
    return g


def signed_graph(amap: ActorMap) -> nx.Graph:
    g = nx.Graph()
    _add_nodes(g, amap)
    for t in amap.ties:
        sg = SEMANTICS[t.kind].sign
        if sg == 0:
            continue
        if g.has_edge(t.source, t.target):
            d = g[t.source][t.target]
            if d["sign"] != sg:
                d["sign"], d["mixed"] = 0, True
            d["ties"].append(t.id)
        else:
            g.add_edge(t.source, t.target, sign=sg, mixed=False, ties=[t.id])
    return g
