"""GraphML import and export (via networkx), parsed safely with defusedxml.

Export writes one directed multigraph with a ``<graph id>`` (SocNetV needs one): node
id = actor id, edge id = tie id, every actor and tie field as a ``<data>`` attribute
(lists as JSON text), and the map properties (title, viewpoint, ...) as graph
attributes, so export then import gives the same map back. For other tools it adds
``label`` (the name; on edges the kind), ``color`` and ``size`` (the canvas look),
``weight`` (= strength) and SocNetV's ``x_coordinate``/``y_coordinate`` (0-1, y down);
``y`` is written y-up as Gephi reads it. Import also reads GraphML from other tools
(Gephi, yEd, SocNetV, networkx): yEd's node labels and geometry (y down) and its edge
labels, which set the tie kind where they name one; kinds are read by
:class:`~.kinds.KindReader` (unknown ones stop the import unless mapped). See the
README section "File format and conversion".

networkx's own parser (:mod:`xml.etree`) expands entities, so it is never
given the file: :func:`.xml_safety.parse_xml` parses it with DTDs, entities and
external references forbidden, and networkx's ``GraphMLReader`` then decodes that tree.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from networkx.readwrite.graphml import GraphMLReader

from ..model import Actor, ActorMap, Tie
from . import fields
from .kinds import ImportReport, KindMap, KindReader
from .store import MapStore
from .viz import KIND_COLORS, actor_radius, flip_y, tie_color
from .xml_safety import check_xml_text, parse_xml, reader_errors

GRAPH_ID = "actormap"
SOCNETV_MARGIN = 0.05
"""SocNetV's relative coordinates keep this share of the canvas free on each side."""


def _relative(values: list[float]) -> tuple[float, float]:
    lo, hi = min(values, default=0.0), max(values, default=0.0)
    return lo, (hi - lo) or 1.0


def map_to_graph(amap: ActorMap) -> nx.MultiDiGraph:
    """The map as a networkx multigraph with flat, GraphML-friendly attributes."""
    G = nx.MultiDiGraph()
    G.graph.update(fields.map_record(amap))
    G.graph["id"] = GRAPH_ID
    x0, xs = _relative([a.x for a in amap.actors])
    y0, ys = _relative([a.y for a in amap.actors])
    inner = 1 - 2 * SOCNETV_MARGIN
    for a in sorted(amap.actors, key=lambda a: a.id):
        record = fields.flat_record(a, skip=("id",))
        record["y"] = flip_y(a.y)
        G.add_node(a.id, label=a.name, color=KIND_COLORS[a.kind], size=actor_radius(a.power) / 2,
                   x_coordinate=round(SOCNETV_MARGIN + inner * (a.x - x0) / xs, 6),
                   y_coordinate=round(SOCNETV_MARGIN + inner * (a.y - y0) / ys, 6), **record)
    for t in sorted(amap.ties, key=lambda t: t.id):
        G.add_edge(t.source, t.target, key=t.id, label=t.kind.value, weight=float(t.strength),
                   color=tie_color(t.kind), **fields.flat_record(t, skip=("id", "source", "target")))
    return G


def dumps_graphml(amap: ActorMap, path: str | Path | None = None) -> str:
    """GraphML text of a map (UTF-8, one attribute key per field).

    Raises :class:`MapWriteError` if a text holds a control character that
    XML 1.0 cannot carry.
    """
    check_xml_text(amap, path, "GraphML")
    return "\n".join(nx.generate_graphml(map_to_graph(amap), encoding="utf-8")) + "\n"


class _OrderedReader(GraphMLReader):
    """networkx's reader, keeping each edge's source -> target order from the file.

    Every graph is read into a ``MultiDiGraph`` (undirected GraphML would lose
    the order, which matters for protective, parasitic and coercive ties);
    per-edge ``directed`` flags are dropped for the same reason. A node or edge
    id used twice is an error (networkx would let the second silently win).
    """

    def __init__(self) -> None:
        super().__init__(node_type=str, edge_key_type=str, force_multigraph=True)
        self._node_ids: set[str | None] = set()
        self._edge_ids: set[str] = set()

    def add_node(self, G, node_xml, graphml_keys, defaults):
        node_id = node_xml.get("id")
        if node_id in self._node_ids:
            raise nx.NetworkXError(f"node id {node_id!r} is declared twice")
        self._node_ids.add(node_id)
        super().add_node(G, node_xml, graphml_keys, defaults)

    def add_edge(self, G, edge_element, graphml_keys):
        edge_id = edge_element.get("id")
        if edge_id:
            if edge_id in self._edge_ids:
                raise nx.NetworkXError(f"edge id {edge_id!r} is used twice")
            self._edge_ids.add(edge_id)
        edge_element.attrib.pop("directed", None)
        for end in ("source", "target"):
            if edge_element.get(end) not in G:
                raise nx.NetworkXError(
                    f"edge {edge_element.get('id') or ''} ({edge_element.get('source')} -> "
                    f"{edge_element.get('target')}) points at a node that is not declared: {edge_element.get(end)!r}"
                )
        super().add_edge(G, edge_element, graphml_keys)

    def read(self, root) -> nx.MultiDiGraph:
        self.xml = root
        keys, defaults = self.find_graphml_keys(root)
        self.yed = any(k.get("yfiles.type") for k in root.findall(f"{{{self.NS_GRAPHML}}}key"))
        graph = root.find(f"{{{self.NS_GRAPHML}}}graph")
        if graph is None:
            raise nx.NetworkXError("no <graph> element in the GraphML namespace")
        return self.make_graph(graph, keys, defaults, G=nx.MultiDiGraph())


def parse_graph(data: bytes, path: Path) -> tuple[nx.MultiDiGraph, bool]:
    """Parse GraphML bytes safely; every XML or GraphML problem is a MapFileError."""
    root = parse_xml(data, path)
    with reader_errors(path, "GraphML"):
        reader = _OrderedReader()
        return reader.read(root), reader.yed


def _position(raw: dict, y_down: bool) -> None:
    """Node position in map units: yEd's geometry (y down), else ``x``/``y`` (y up, as written
    for Gephi), else SocNetV's relative coordinates scaled to a 1000-unit canvas."""
    try:
        if "x" in raw or "y" in raw:
            if not y_down and raw.get("y") not in (None, ""):
                raw["y"] = flip_y(float(raw["y"]))
        elif raw.get("x_coordinate") not in (None, "") and raw.get("y_coordinate") not in (None, ""):
            raw["x"], raw["y"] = float(raw["x_coordinate"]) * 1000, float(raw["y_coordinate"]) * 1000
    except (TypeError, ValueError):
        pass  # the model reports the bad number


def graph_to_map(G: nx.MultiDiGraph, path: Path, kinds: KindMap | None = None, y_down: bool = False,
                 report: ImportReport | None = None) -> tuple[ActorMap, ImportReport]:
    """Build a validated map from a networkx graph read from GraphML, and what the import did."""
    reader = KindReader(kinds, path, report)
    meta = fields.meta_record(G.graph, "the graph", path)
    meta.setdefault("title", G.graph.get("name") or path.stem or "Untitled map")
    actors = []
    for node, raw in G.nodes(data=True):
        what = f"node {node!r}"
        raw = fields.keyed(raw)
        _position(raw, y_down)
        data = fields.actor_record(raw, what, path, reader)
        data["id"] = node
        data.setdefault("name", node)
        actors.append((data, what))
    records = []
    for i, (u, v, key, raw) in enumerate(G.edges(keys=True, data=True)):
        raw = fields.keyed(raw)
        tie_id = key if isinstance(key, str) and key else raw.get("id") or fields.stable_tie_id(u, v, i)
        what = f"edge {tie_id!r} ({u} -> {v})"
        data = fields.tie_record(raw, what, path, reader)
        data.update(id=tie_id, source=u, target=v)
        records.append((data, raw.get("weight"), what))
    report = reader.finish()
    fields.fill_strengths(records, path)
    built = [fields.build(Actor, data, what, path) for data, what in actors]
    ties = [fields.build(Tie, data, what, path) for data, _, what in records]
    return fields.assemble(meta, built, ties, path), report


def import_graphml(data: bytes, path: str | Path = "<graphml>",
                   kinds: KindMap | None = None) -> tuple[ActorMap, ImportReport]:
    """A map and the import report from GraphML bytes."""
    p = Path(path)
    G, yed = parse_graph(data, p)
    return graph_to_map(G, p, kinds, y_down=yed)


def loads_graphml(data: bytes, path: str | Path = "<graphml>", kinds: KindMap | None = None) -> ActorMap:
    return import_graphml(data, path, kinds)[0]


def load_graphml(path: str | Path, kinds: KindMap | None = None, store: MapStore | None = None) -> ActorMap:
    """Read a GraphML file (size-checked, DTD-free) into a validated map."""
    return loads_graphml((store or MapStore()).read_bytes(path), path, kinds)
