"""GEXF import and export (via networkx), parsed safely with defusedxml: Gephi's own format.

Export writes a directed multigraph: node id = actor id and label = name, with ``viz``
colour (the actor kind's Okabe-Ito colour), size (the circle radius) and position
(y up, as Gephi draws it), every other actor field as a node attribute; edge id = tie
id, label = kind, weight = strength, ``viz`` colour by sign and thickness by strength,
every tie field as an edge attribute. Actors and ties come back unchanged; GEXF has no
place for the map's saved views, agreements, events, scenarios or its properties other
than the title, and :func:`~.convert.left_out` says so when a map has any.

Import reads GEXF 1.1-1.3 from Gephi and other tools: node and edge kinds go through
:class:`~.kinds.KindReader` (an edge label naming a kind sets it; unknown kinds stop the
import unless mapped); positions from ``viz`` (y flipped back); colours and sizes are
drawing, not data, and are not imported. Every edge keeps its source -> target order
(undirected and mutual edges too); duplicate ids and edges to undeclared nodes are errors.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from networkx.readwrite.gexf import GEXFReader

from ..model import Actor, ActorMap, Tie
from . import fields
from .errors import MapFileError
from .kinds import ImportReport, KindMap, KindReader
from .viz import KIND_COLORS, actor_radius, flip_y, rgb, tie_color
from .xml_safety import check_xml_text, parse_xml, reader_errors

GEXF_KEEPS = ("actors", "ties")
"""The collections a GEXF file holds (the rest are left out, and :func:`~.convert.left_out` says so)."""


def _color(hex_color: str) -> dict:
    r, g, b = rgb(hex_color)
    return {"r": r, "g": g, "b": b, "a": 1.0}


def map_to_gexf_graph(amap: ActorMap) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(name=amap.title)
    for a in sorted(amap.actors, key=lambda a: a.id):
        record = fields.flat_record(a, skip=("id", "name", "x", "y"))
        viz = {"color": _color(KIND_COLORS[a.kind]), "size": actor_radius(a.power),
               "position": {"x": a.x, "y": flip_y(a.y), "z": 0.0}}
        G.add_node(a.id, label=a.name, viz=viz, **record)
    for t in sorted(amap.ties, key=lambda t: t.id):
        record = fields.flat_record(t, skip=("id", "source", "target"))
        viz = {"color": _color(tie_color(t.kind)), "thickness": float(t.strength)}
        G.add_edge(t.source, t.target, key=t.id, id=t.id, label=t.kind.value, weight=float(t.strength),
                   viz=viz, **record)
    return G


def dumps_gexf(amap: ActorMap, path: str | Path | None = None) -> bytes:
    """GEXF 1.2 bytes of a map (UTF-8); a control character XML cannot carry is refused."""
    check_xml_text(amap, path, "GEXF")
    return ("\n".join(nx.generate_gexf(map_to_gexf_graph(amap), version="1.2draft")) + "\n").encode("utf-8")


def _graph_element(root, reader: GEXFReader, path: Path):
    for version in reader.versions:
        reader.set_version(version)
        g = root.find(f"{{{reader.NS_GEXF}}}graph")
        if g is not None:
            return g
    raise MapFileError(path, "it is not valid GEXF: no <graph> element in a GEXF namespace")


def _check_ids(g, ns: str, path: Path) -> None:
    nodes: set[str] = set()
    for n in g.iter(f"{{{ns}}}node"):
        nid = n.get("id")
        if nid is None:
            raise MapFileError(path, "it is not valid GEXF: a node has no id")
        if nid in nodes:
            raise MapFileError(path, f"it is not valid GEXF: node id {nid!r} is declared twice")
        nodes.add(nid)
    edges: set[str] = set()
    for e in g.iter(f"{{{ns}}}edge"):
        eid = e.get("id")
        if eid:
            if eid in edges:
                raise MapFileError(path, f"it is not valid GEXF: edge id {eid!r} is used twice")
            edges.add(eid)
        for end in ("source", "target"):
            if e.get(end) not in nodes:
                raise MapFileError(path, f"edge {eid or ''} ({e.get('source')} -> {e.get('target')}) points at a "
                                         f"node that is not declared: {e.get(end)!r}")
        e.attrib.pop("type", None)  # keep every edge's source -> target order (as for GraphML)


def parse_gexf(data: bytes, path: Path) -> nx.Graph:
    """Parse GEXF bytes safely; every XML or GEXF problem is a MapFileError."""
    root = parse_xml(data, path)
    reader = GEXFReader(node_type=None)
    g = _graph_element(root, reader, path)
    _check_ids(g, reader.NS_GEXF, path)
    g.set("defaultedgetype", "directed")
    with reader_errors(path, "GEXF"):
        return reader.make_graph(g)


def import_gexf(data: bytes, path: str | Path = "<gexf>", kinds: KindMap | None = None) -> tuple[ActorMap, ImportReport]:
    """A map and the import report from GEXF bytes."""
    p = Path(path)
    G = parse_gexf(data, p)
    reader = KindReader(kinds, p)
    actors = []
    for node, raw in G.nodes(data=True):
        raw = fields.keyed(raw)
        position = (raw.pop("viz", None) or {}).get("position") or {}
        if "x" in position and "y" in position:
            raw.setdefault("x", float(position["x"]))
            raw.setdefault("y", flip_y(float(position["y"])))
        what = f"node {node!r}"
        data_ = fields.actor_record(raw, what, p, reader)
        data_["id"] = node
        data_.setdefault("name", node)
        actors.append((data_, what))
    edges = (G.edges(keys=True, data=True) if G.is_multigraph()
             else ((u, v, d.get("id"), d) for u, v, d in G.edges(data=True)))
    records = []
    for i, (u, v, key, raw) in enumerate(edges):
        raw = fields.keyed(raw)
        raw.pop("viz", None)
        tie_id = raw.get("id") or (key if isinstance(key, str) and key else fields.stable_tie_id(u, v, i))
        what = f"edge {tie_id!r} ({u} -> {v})"
        data_ = fields.tie_record(raw, what, p, reader)
        data_.update(id=str(tie_id), source=u, target=v)
        records.append((data_, raw.get("weight"), what))
    report = reader.finish()
    fields.fill_strengths(records, p)
    built = [fields.build(Actor, d, what, p) for d, what in actors]
    ties = [fields.build(Tie, d, what, p) for d, _, what in records]
    meta = {"title": G.graph.get("name") or p.stem or "Untitled map"}
    return fields.assemble(meta, built, ties, p), report
