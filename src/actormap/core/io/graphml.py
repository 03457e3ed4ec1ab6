"""GraphML import and export (via networkx), parsed safely with defusedxml.

Export writes one directed multigraph: node id = actor id, edge id = tie id,
every actor and tie field as a ``<data>`` attribute (lists as JSON text, plus
``label`` = name for Gephi and yEd), and
the map properties (title, viewpoint, ...) as graph attributes, so export then
import gives the same map back. Import also reads GraphML from other tools
(Gephi, yEd, networkx): see the README section "File format and conversion"
for how attributes map to actor and tie fields.

networkx's own parser (:mod:`xml.etree`) expands entities, so it is never
given the file: :func:`defusedxml.ElementTree.fromstring` parses it with DTDs,
entities and external references forbidden, and networkx's ``GraphMLReader``
then decodes that tree.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import networkx as nx
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError
from defusedxml.ElementTree import fromstring as safe_fromstring
from networkx.readwrite.graphml import GraphMLReader

from ..model import Actor, ActorMap, Tie, TieKind
from . import fields
from .errors import MapFileError, MapWriteError
from .store import MapStore


def map_to_graph(amap: ActorMap) -> nx.MultiDiGraph:
    """The map as a networkx multigraph with flat, GraphML-friendly attributes."""
    G = nx.MultiDiGraph()
    G.graph.update(fields.map_record(amap))
    for a in sorted(amap.actors, key=lambda a: a.id):
        G.add_node(a.id, label=a.name, **fields.flat_record(a, skip=("id",)))
    for t in sorted(amap.ties, key=lambda t: t.id):
        G.add_edge(t.source, t.target, key=t.id, **fields.flat_record(t, skip=("id", "source", "target")))
    return G


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def dumps_graphml(amap: ActorMap, path: str | Path | None = None) -> str:
    """GraphML text of a map (UTF-8, one attribute key per field).

    Raises :class:`MapWriteError` if a text holds a control character that
    XML 1.0 cannot carry.
    """
    bad = next(filter(None, map(_XML_ILLEGAL.search, _strings(amap.model_dump(mode="json")))), None)
    if bad:
        raise MapWriteError(
            path, f"a text in the map holds the control character {bad.group()!r}, which GraphML cannot store"
        )
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
        graph = root.find(f"{{{self.NS_GRAPHML}}}graph")
        if graph is None:
            raise nx.NetworkXError("no <graph> element in the GraphML namespace")
        return self.make_graph(graph, keys, defaults, G=nx.MultiDiGraph())


def parse_graph(data: bytes, path: Path) -> nx.MultiDiGraph:
    """Parse GraphML bytes safely; every XML or GraphML problem is a MapFileError."""
    if not data.strip():
        raise MapFileError(path, "the file is empty")
    try:
        root = safe_fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise MapFileError(path, "the XML declares a DTD or entities, which are refused for safety") from None
    except ParseError as err:
        raise MapFileError(path, f"it is not valid XML ({err}); the file may be truncated or damaged") from None
    except (ValueError, RecursionError) as err:
        raise MapFileError(path, f"it is not valid XML ({err})") from None
    try:
        with warnings.catch_warnings():  # networkx warns about ports and untyped keys: not errors
            warnings.simplefilter("ignore")
            return _OrderedReader().read(root)
    except nx.NetworkXError as err:
        raise MapFileError(path, f"it is not valid GraphML: {err}") from None
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, SyntaxError) as err:
        raise MapFileError(path, f"it is not valid GraphML ({type(err).__name__}: {err})") from None
    except RecursionError:
        raise MapFileError(path, "the GraphML is nested too deeply") from None


def graph_to_map(G: nx.MultiDiGraph, path: Path, default_kind: TieKind = TieKind.SYMBIOTIC) -> ActorMap:
    """Build a validated map from a networkx graph read from GraphML."""
    meta = fields.meta_record(G.graph, "the graph", path)
    meta.setdefault("title", G.graph.get("name") or path.stem or "Untitled map")
    actors = []
    for node, raw in G.nodes(data=True):
        what = f"node {node!r}"
        data = fields.actor_record(raw, what, path)
        data["id"] = node
        data.setdefault("name", node)
        actors.append(fields.build(Actor, data, what, path))
    records = []
    for i, (u, v, key, raw) in enumerate(G.edges(keys=True, data=True)):
        tie_id = key if isinstance(key, str) and key else raw.get("id") or fields.stable_tie_id(u, v, i)
        what = f"edge {tie_id!r} ({u} -> {v})"
        data = fields.tie_record(raw, what, path, default_kind)
        data.update(id=tie_id, source=u, target=v)
        records.append((data, raw.get("weight"), what))
    fields.fill_strengths(records, path)
    ties = [fields.build(Tie, data, what, path) for data, _, what in records]
    return fields.assemble(meta, actors, ties, path)


def loads_graphml(data: bytes, path: str | Path = "<graphml>", default_kind: TieKind = TieKind.SYMBIOTIC) -> ActorMap:
    p = Path(path)
    return graph_to_map(parse_graph(data, p), p, default_kind)


def load_graphml(
    path: str | Path, default_kind: TieKind = TieKind.SYMBIOTIC, store: MapStore | None = None
) -> ActorMap:
    """Read a GraphML file (size-checked, DTD-free) into a validated map."""
    return loads_graphml((store or MapStore()).read_bytes(path), path, default_kind)
