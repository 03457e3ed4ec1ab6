"""Interop with Kumu, Gephi, yEd, SocNetV and Excel: meaning kept or asked, never silently defaulted.

Every format round-trips the sample maps where it can hold them and says what it leaves
out where it cannot; files as other tools write them are read with their kinds, and an
unknown kind stops the import with the list of unknown values unless it is mapped.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import networkx as nx
import pytest

from actormap.core.errors import ActorMapError
from actormap.core.io import MapFileError, dumps_map, load_map
from actormap.core.io.convert import import_map, left_out, read_any, write_any
from actormap.core.io.kinds import ImportReport, KindMap, UnknownKindsError
from actormap.core.io.viz import KIND_COLORS, actor_radius, rgb
from actormap.core.io.xlsx import xlsx_bytes
from actormap.core.model import ActorKind, ActorMap, TieKind

ROOT = Path(__file__).parent.parent.parent
SAMPLE_MAPS = sorted((ROOT / "sample_maps").glob("*.actormap"))
FIXTURE = ROOT / "tests" / "fixtures" / "sample_like.actormap"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def only_actors_and_ties(amap: ActorMap, like: ActorMap) -> str:
    """The map with what GEXF cannot hold taken from ``like`` (to compare the rest exactly)."""
    keep = {c.name: getattr(like, c.name) for c in amap.COLLECTIONS if c.name not in ("actors", "ties")}
    keep.update({f: getattr(like, f) for f in ("title", "description", "viewpoint", "as_of", "authors",
                                                "sensitivity", "redacted")})
    return dumps_map(amap.model_copy(update=keep))


# ---- round trips --------------------------------------------------------------------------------
@pytest.mark.parametrize("path", [*SAMPLE_MAPS, FIXTURE], ids=lambda p: p.name)
def test_xlsx_round_trips_every_sample_exactly(tmp_path, path):
    amap = load_map(path)
    write_any(amap, tmp_path / "m.xlsx")
    result = import_map(tmp_path / "m.xlsx")
    assert dumps_map(result.map) == path.read_text(encoding="utf-8")
    assert result.report.lines() == []
    assert left_out(amap, tmp_path / "m.xlsx") == []


@pytest.mark.parametrize("path", [*SAMPLE_MAPS, FIXTURE], ids=lambda p: p.name)
def test_gexf_round_trips_actors_and_ties_and_says_what_it_leaves_out(tmp_path, path):
    amap = load_map(path)
    write_any(amap, tmp_path / "m.gexf")
    back = read_any(tmp_path / "m.gexf")
    assert back.title == amap.title
    assert only_actors_and_ties(back, amap) == path.read_text(encoding="utf-8")
    gone = left_out(amap, tmp_path / "m.gexf")
    if amap.views:
        assert f"{len(amap.views)} saved view{'s' * (len(amap.views) != 1)}" in gone
    if amap.viewpoint:
        assert any("viewpoint" in g for g in gone)


def test_gexf_of_a_map_with_only_actors_and_ties_leaves_nothing_out(tmp_path):
    amap = load_map(SAMPLE_MAPS[0])
    bare = ActorMap(title=amap.title, actors=amap.actors, ties=amap.ties)
    assert left_out(bare, tmp_path / "m.gexf") == []


@pytest.mark.parametrize("ext", [".graphml", ".csv"])
@pytest.mark.parametrize("path", SAMPLE_MAPS, ids=lambda p: p.name)
def test_graphml_and_csv_still_round_trip_exactly(tmp_path, path, ext):
    write_any(load_map(path), tmp_path / f"m{ext}")
    assert dumps_map(read_any(tmp_path / f"m{ext}")) == path.read_text(encoding="utf-8")


# ---- what other tools see -----------------------------------------------------------------------
def test_the_gexf_opens_in_networkx_with_colours_sizes_and_gephi_positions(tmp_path):
    amap = load_map(SAMPLE_MAPS[0])
    write_any(amap, tmp_path / "m.gexf")
    G = nx.read_gexf(tmp_path / "m.gexf")
    assert (G.number_of_nodes(), G.number_of_edges()) == (len(amap.actors), len(amap.ties))
    for a in amap.actors:
        viz = G.nodes[a.id]["viz"]
        assert (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"]) == rgb(KIND_COLORS[a.kind])
        assert viz["size"] == actor_radius(a.power)
        assert (viz["position"]["x"], viz["position"]["y"]) == (a.x, -a.y), "Gephi's y axis points up"
        assert G.nodes[a.id]["label"] == a.name
    t = amap.ties[0]
    assert G.edges[t.source, t.target, t.id]["label"] == t.kind.value


def test_the_gexf_and_graphml_open_in_igraph(tmp_path):
    igraph = pytest.importorskip("igraph", reason="python-igraph is not installed (pip install python-igraph)")
    amap = load_map(SAMPLE_MAPS[0])
    write_any(amap, tmp_path / "m.graphml")
    g = igraph.Graph.Read_GraphML(str(tmp_path / "m.graphml"))
    assert (g.vcount(), g.ecount(), g.is_directed()) == (len(amap.actors), len(amap.ties), True)
    assert sorted(g.vs["label"]) == sorted(a.name for a in amap.actors)
    assert sorted(g.es["kind"]) == sorted(t.kind.value for t in amap.ties)
    # igraph has no GEXF reader: it takes the graph networkx read from our GEXF
    write_any(amap, tmp_path / "m.gexf")
    h = igraph.Graph.from_networkx(nx.read_gexf(tmp_path / "m.gexf"))
    assert (h.vcount(), h.ecount()) == (len(amap.actors), len(amap.ties))


def test_graphml_for_socnetv_and_gephi(tmp_path):
    from defusedxml.ElementTree import fromstring

    amap = load_map(SAMPLE_MAPS[0])
    write_any(amap, tmp_path / "m.graphml")
    root = fromstring((tmp_path / "m.graphml").read_bytes())
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    assert root.find(f"{ns}graph").get("id"), "SocNetV shows no ties from a <graph> without an id"
    G = nx.read_graphml(tmp_path / "m.graphml")
    xs = [G.nodes[a.id]["x_coordinate"] for a in amap.actors]
    ys = [G.nodes[a.id]["y_coordinate"] for a in amap.actors]
    assert min(xs) == pytest.approx(0.05) and max(xs) == pytest.approx(0.95)
    assert min(ys) == pytest.approx(0.05) and max(ys) == pytest.approx(0.95)
    top = min(amap.actors, key=lambda a: a.y)  # the actor drawn highest on our canvas
    assert G.nodes[top.id]["y_coordinate"] == pytest.approx(0.05), "SocNetV's y axis points down, like ours"
    assert G.nodes[top.id]["y"] == max(G.nodes[a.id]["y"] for a in amap.actors), "Gephi's y axis points up"


def test_xlsx_is_kumus_layout_and_cells_cannot_run_as_formulas(tmp_path):
    from openpyxl import load_workbook

    amap = ActorMap.model_validate({
        "title": "t",
        "actors": [{"id": "a", "name": "=HYPERLINK(\"http://x\")", "kind": "gang", "faction": "Sur",
                    "notes": "@risk"},
                   {"id": "b", "name": "Church", "kind": "religious"}],
        "ties": [{"id": "t", "source": "a", "target": "b", "kind": "protective", "notes": "+1"}]})
    wb = load_workbook(io.BytesIO(xlsx_bytes(amap)))
    assert wb.sheetnames == ["Elements", "Connections", "actormap"]
    el, co = wb["Elements"], wb["Connections"]
    assert [c.value for c in el[1][:5]] == ["Label", "Type", "Description", "Tags", "ID"]
    assert [c.value for c in co[1][:6]] == ["From", "To", "Type", "Direction", "Description", "ID"]
    row = {h.value: c for h, c in zip(el[1], el[2], strict=True)}
    assert row["Label"].value == "'=HYPERLINK(\"http://x\")" and row["Label"].data_type == "s"
    assert row["Description"].value == "'@risk" and row["Tags"].value == "Sur"
    conn = {h.value: c.value for h, c in zip(co[1], co[2], strict=True)}
    assert (conn["From"], conn["To"], conn["Type"], conn["Direction"]) == ("'=HYPERLINK(\"http://x\")", "Church",
                                                                         "protective", "directed")
    write_any(amap, tmp_path / "m.xlsx")
    assert read_any(tmp_path / "m.xlsx") == amap


def test_xlsx_refers_to_ids_when_two_actors_share_a_name(tmp_path):
    amap = ActorMap.model_validate({
        "actors": [{"id": "a1", "name": "Police"}, {"id": "a2", "name": "Police"}],
        "ties": [{"id": "t", "source": "a1", "target": "a2", "kind": "conflict"}]})
    write_any(amap, tmp_path / "m.xlsx")
    assert read_any(tmp_path / "m.xlsx") == amap


# ---- files as other tools write them -------------------------------------------------------------
YED = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30" width="30" x="100.0" y="-50.0"/>
      <y:NodeLabel>MS-13</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:Geometry height="30" width="30" x="300.0" y="80.0"/>
      <y:NodeLabel>Barrio 18</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n2"><data key="d6"><y:ShapeNode><y:Geometry height="30" width="30" x="0" y="0"/>
      <y:NodeLabel>Church</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"><data key="d10"><y:PolyLineEdge>
      <y:EdgeLabel>conflict</y:EdgeLabel></y:PolyLineEdge></data></edge>
    <edge id="e1" source="n2" target="n0"><data key="d10"><y:PolyLineEdge>
      <y:EdgeLabel>{label}</y:EdgeLabel></y:PolyLineEdge></data></edge>
  </graph>
</graphml>
"""


def test_yed_labels_name_actors_and_tie_kinds_and_positions_keep_yeds_axis(tmp_path):
    m = read_any(write(tmp_path / "y.graphml", YED.format(label="Dialogue")))
    names = {a.name: a for a in m.actors}
    kinds = {(names_of(m, t.source), names_of(m, t.target)): t.kind for t in m.ties}
    assert kinds == {("MS-13", "Barrio 18"): TieKind.CONFLICT, ("Church", "MS-13"): TieKind.DIALOGUE}
    assert (names["MS-13"].x, names["MS-13"].y) == (100.0, -50.0), "yEd's y axis points down, as ours"


def names_of(amap: ActorMap, actor_id: str) -> str:
    return amap.actor(actor_id).name


def test_a_yed_label_that_is_no_kind_is_asked_for_then_mapped(tmp_path):
    p = write(tmp_path / "y.graphml", YED.format(label="pays protection"))
    with pytest.raises(UnknownKindsError) as info:
        read_any(p)
    assert info.value.ties == {"pays protection": 1}
    assert "unknown tie kinds: 'pays protection' (1)" in str(info.value)
    result = import_map(p, KindMap.parse(["pays protection=parasitic"]))
    assert sorted(t.kind.value for t in result.map.ties) == ["conflict", "parasitic"]
    assert result.report.lines() == ["1 tie of kind 'pays protection' mapped to parasitic",
                                     "3 actors without a known kind set to other"]


GEPHI_GEXF = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta><creator>Gephi 0.10</creator></meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node"><attribute id="type" title="Type" type="string"/>
      <attribute id="modularity_class" title="Modularity Class" type="integer"/></attributes>
    <nodes>
      <node id="1" label="Sinaloa"><attvalues><attvalue for="type" value="Cartel"/>
        <attvalue for="modularity_class" value="0"/></attvalues>
        <viz:size value="20.0"/><viz:position x="10.0" y="40.0" z="0.0"/><viz:color r="200" g="10" b="10"/></node>
      <node id="2" label="Jalisco"><attvalues><attvalue for="type" value="{actor_type}"/></attvalues>
        <viz:position x="-5.0" y="-20.0" z="0.0"/></node>
    </nodes>
    <edges>
      <edge id="0" source="2" target="1" label="{edge_label}" weight="3.0"/>
    </edges>
  </graph>
</gexf>
"""


def test_a_gephi_gexf_with_types_labels_and_positions(tmp_path):
    result = import_map(write(tmp_path / "g.gexf", GEPHI_GEXF.format(actor_type="cartel", edge_label="Conflict")))
    m = result.map
    assert {a.name: a.kind for a in m.actors} == {"Sinaloa": ActorKind.CARTEL, "Jalisco": ActorKind.CARTEL}
    (t,) = m.ties
    assert (t.source, t.target, t.kind, t.strength) == ("2", "1", TieKind.CONFLICT, 3), "direction kept"
    assert (m.actor("1").x, m.actor("1").y) == (10.0, -40.0), "Gephi's y up becomes our y down"
    assert result.report.lines() == ["not imported (actors): modularity_class"]


def test_unknown_gexf_kinds_are_listed_and_can_be_mapped_or_defaulted(tmp_path):
    p = write(tmp_path / "g.gexf", GEPHI_GEXF.format(actor_type="Narco", edge_label="funds"))
    with pytest.raises(UnknownKindsError) as info:
        read_any(p)
    assert (info.value.ties, info.value.actors) == ({"funds": 1}, {"Narco": 1})
    result = import_map(p, KindMap.parse(["funds=symbiotic,narco=cartel"]))
    assert [t.kind for t in result.map.ties] == [TieKind.SYMBIOTIC]
    assert sorted(result.report.lines())[:2] == ["1 actor of kind 'Narco' mapped to cartel",
                                                 "1 tie of kind 'funds' mapped to symbiotic"]
    result = import_map(p, KindMap.parse(defaults=["dialogue", "other"]))
    assert result.report.defaulted == {("tie", "dialogue"): 1, ("actor", "other"): 1}


@pytest.mark.parametrize("text, message", [
    ('<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="a"/><node id="a"/></nodes></graph></gexf>',
     "node id 'a' is declared twice"),
    ('<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="a"/></nodes><edges>'
     '<edge id="e" source="a" target="ghost"/></edges></graph></gexf>', "not declared: 'ghost'"),
    ('<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x "y">]><gexf xmlns="http://gexf.net/1.3"><graph/></gexf>', "DTD"),
    ("<gexf", "not valid XML"),
    ('<gexf xmlns="http://example.org/other"><graph/></gexf>', "no <graph> element"),
    ("", "empty"),
])
def test_bad_gexf_gives_one_clear_error(tmp_path, text, message):
    p = write(tmp_path / "bad.gexf", text)
    with pytest.raises(MapFileError) as info:
        read_any(p)
    assert message in str(info.value) and str(p) in str(info.value)


# ---- spreadsheets: Gephi's and Kumu's CSV, Kumu's Excel -----------------------------------------
def test_gephi_spreadsheet_csv_with_capitalised_headers_and_its_nodes_table(tmp_path):
    write(tmp_path / "cartels_nodes.csv", "Id,Label,Type,Color\nsin,Sinaloa,Cartel,#f00\ncjng,CJNG,cartel,#0f0\n"
                                          "pol,Policía,State agent,\n")
    p = write(tmp_path / "cartels_edges.csv", "Source,Target,Type,Weight,Label\nsin,cjng,Undirected,2,conflict\n"
                                              "pol,sin,Directed,1,Parasitic\n")
    result = import_map(p)
    m = result.map
    assert {a.id: (a.name, a.kind.value) for a in m.actors} == {
        "sin": ("Sinaloa", "cartel"), "cjng": ("CJNG", "cartel"), "pol": ("Policía", "state_agent")}
    ties = {(t.source, t.target): (t.kind.value, t.strength) for t in m.ties}
    assert ties == {("sin", "cjng"): ("conflict", 2), ("pol", "sin"): ("parasitic", 1)}
    assert m.title == "cartels_edges"
    assert result.report.lines() == []
    assert read_any(tmp_path / "cartels_nodes.csv") == m.model_copy(update={"title": "cartels_nodes"})


def test_an_edges_only_file_makes_actors_from_the_names(tmp_path):
    p = write(tmp_path / "list.csv", "source;target;kind\nMS-13;Barrio 18;conflict\nIglesia San José;MS-13;dialogue\n")
    result = import_map(p)
    assert sorted(a.name for a in result.map.actors) == ["Barrio 18", "Iglesia San José", "MS-13"]
    assert all(a.kind == ActorKind.OTHER for a in result.map.actors)
    assert result.report.lines() == ["3 actors without a known kind set to other",
                                     "3 actors made from names found only in the ties"]
    assert read_any(p) == result.map, "the same file gives the same ids"


def test_an_edges_only_gephi_file_without_kinds_stops_and_names_the_way_out(tmp_path):
    p = write(tmp_path / "edges.csv", "Source,Target,Type,Weight\nA,B,Directed,1\nB,C,Directed,1\n")
    with pytest.raises(UnknownKindsError, match="2 ties have no kind") as info:
        read_any(p)
    assert "--default-kind KIND" in str(info.value)
    assert [t.kind for t in read_any(p, KindMap(default_tie=TieKind.DIALOGUE)).ties] == [TieKind.DIALOGUE] * 2


def test_kumu_csv_elements_and_connections(tmp_path):
    write(tmp_path / "kumu elements.csv", "Label,Type,Description,Tags\nMS-13,Gang,street gang,Maras\n"
                                          "Barrio 18,Gang,,Maras\nChurch,Religious,,\n")
    p = write(tmp_path / "kumu connections.csv", "From,To,Type,Direction\nMS-13,Barrio 18,Conflict,mutual\n"
                                                  "Church,MS-13,dialogue,directed\nChurch,Mayor,trust,mutual\n")
    result = import_map(p)
    m = result.map
    by_name = {a.name: a for a in m.actors}
    assert by_name["MS-13"].notes == "street gang" and by_name["MS-13"].faction == "Maras"
    assert by_name["Church"].kind == ActorKind.RELIGIOUS and by_name["Mayor"].kind == ActorKind.OTHER
    assert sorted((names_of(m, t.source), names_of(m, t.target), t.kind.value) for t in m.ties) == [
        ("Church", "MS-13", "dialogue"), ("Church", "Mayor", "trust"), ("MS-13", "Barrio 18", "conflict")]
    assert "1 actor made from names found only in the ties" in result.report.lines()


def test_a_kumu_workbook_as_kumu_users_write_it(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    el = wb.active
    el.title = "elements"
    for row in (["Label", "Type", "Description", "Tags", "Size"], ["FARC", "Rebel group", "", "Guerrilla", 3],
                ["Army", "state agent", "", "", 5]):
        el.append(row)
    co = wb.create_sheet("connections")
    for row in (["From", "To", "Type", "Direction", "Strength"], ["Army", "FARC", "Coercive", "directed", 3]):
        co.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    (tmp_path / "k.xlsx").write_bytes(buf.getvalue())
    m = read_any(tmp_path / "k.xlsx")
    assert {a.name: a.kind.value for a in m.actors} == {"FARC": "rebel_group", "Army": "state_agent"}
    assert [(t.kind.value, t.strength) for t in m.ties] == [("coercive", 3)]
    assert m.actors[0].faction == "Guerrilla"
    co["C2"] = "attacks"
    buf = io.BytesIO()
    wb.save(buf)
    (tmp_path / "k2.xlsx").write_bytes(buf.getvalue())
    with pytest.raises(UnknownKindsError, match="'attacks' \\(1\\)"):
        read_any(tmp_path / "k2.xlsx")


@pytest.mark.parametrize("data, message", [
    (b"not a zip at all", "not an Excel workbook"),
    (b"", "empty"),
])
def test_bad_workbooks(tmp_path, data, message):
    (tmp_path / "b.xlsx").write_bytes(data)
    with pytest.raises(MapFileError, match=message):
        read_any(tmp_path / "b.xlsx")


def test_a_workbook_that_would_unpack_too_large_is_refused_unopened(tmp_path, monkeypatch):
    import actormap.core.io.xlsx as xlsx

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/big.xml", b"\0" * 100_000)  # compresses to ~100 bytes
    monkeypatch.setattr(xlsx, "MAX_UNPACKED", 50_000)
    (tmp_path / "bomb.xlsx").write_bytes(buf.getvalue())
    with pytest.raises(MapFileError, match="unpack to more than"):
        read_any(tmp_path / "bomb.xlsx")


def test_a_workbook_without_any_map_sheet(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Budget", "2024"])
    buf = io.BytesIO()
    wb.save(buf)
    (tmp_path / "b.xlsx").write_bytes(buf.getvalue())
    with pytest.raises(MapFileError, match="no sheet holds actors"):
        read_any(tmp_path / "b.xlsx")


# ---- the kind map ----------------------------------------------------------------------------
def test_kind_map_parsing():
    km = KindMap.parse(["Funds = symbiotic", "NGO=civil society,pays=parasitic"], ["dialogue", "other"])
    assert km.ties == {"funds": TieKind.SYMBIOTIC, "pays": TieKind.PARASITIC}
    assert km.actors == {"ngo": ActorKind.CIVIL_SOCIETY}
    assert (km.default_tie, km.default_actor) == (TieKind.DIALOGUE, ActorKind.OTHER)
    for bad, message in (("funds", "write VALUE=KIND"), ("=trust", "value to map is empty"),
                         ("funds=friends", "'friends' is not a kind")):
        with pytest.raises(ActorMapError, match=message):
            KindMap.parse([bad])


def test_the_report_lines():
    r = ImportReport()
    r.mapped["tie", "funds", "symbiotic"] += 3
    r.defaulted["tie", "dialogue"] += 1
    r.drop("actors", ["colour_class", ""])
    assert r.lines() == ["3 ties of kind 'funds' mapped to symbiotic", "1 tie without a known kind set to dialogue",
                         "not imported (actors): colour_class"]


# ---- every import path refuses unknown kinds the same way -------------------------------------------
def _xlsx(rows_el, rows_co) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Elements"
    for r in rows_el:
        wb.active.append(r)
    co = wb.create_sheet("Connections")
    for r in rows_co:
        co.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


UNKNOWN_FILES = {
    "graphml": ("m.graphml", '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                '<key id="t" for="node" attr.name="type" attr.type="string"/>'
                '<key id="k" for="edge" attr.name="kind" attr.type="string"/><graph edgedefault="directed">'
                '<node id="a"><data key="t">Narco</data></node><node id="b"/>'
                '<edge source="a" target="b"><data key="k">funds</data></edge></graph></graphml>'),
    "gexf": ("m.gexf", '<gexf xmlns="http://gexf.net/1.3"><graph><attributes class="node">'
             '<attribute id="0" title="type" type="string"/></attributes><nodes>'
             '<node id="a" label="A"><attvalues><attvalue for="0" value="Narco"/></attvalues></node>'
             '<node id="b" label="B"/></nodes><edges><edge id="e" source="a" target="b" label="funds"/></edges>'
             '</graph></gexf>'),
    "xlsx (Kumu)": ("m.xlsx", _xlsx([["Label", "Type"], ["A", "Narco"], ["B", ""]],
                                    [["From", "To", "Type"], ["A", "B", "funds"]])),
    "csv (actormap)": ("m.csv", {"m.actors.csv": "id,name,kind\na,A,Narco\nb,B,\n",
                                 "m.ties.csv": "source,target,kind\na,b,funds\n"}),
    "csv (Gephi)": ("g_edges.csv", {"g_nodes.csv": "Id,Label,Type\na,A,Narco\nb,B,\n",
                                    "g_edges.csv": "Source,Target,Type,Label\na,b,Directed,funds\n"}),
    "csv (Kumu)": ("k connections.csv", {"k elements.csv": "Label,Type\nA,Narco\nB,\n",
                                         "k connections.csv": "From,To,Type,Direction\nA,B,funds,directed\n"}),
}


@pytest.mark.parametrize("case", sorted(UNKNOWN_FILES))
def test_each_import_path_lists_unknown_kinds_and_takes_a_mapping(tmp_path, case):
    name, content = UNKNOWN_FILES[case]
    if isinstance(content, dict):
        for fname, text in content.items():
            write(tmp_path / fname, text)
    elif isinstance(content, bytes):
        (tmp_path / name).write_bytes(content)
    else:
        write(tmp_path / name, content)
    with pytest.raises(UnknownKindsError) as info:
        read_any(tmp_path / name)
    assert (info.value.ties, info.value.actors) == ({"funds": 1}, {"Narco": 1})
    result = import_map(tmp_path / name, KindMap.parse(["funds=symbiotic", "narco=cartel"]))
    assert [t.kind for t in result.map.ties] == [TieKind.SYMBIOTIC]
    assert sorted(a.kind.value for a in result.map.actors) == ["cartel", "other"]
    assert "1 tie of kind 'funds' mapped to symbiotic" in result.report.lines()
