"""GraphML and CSV import/export: round trips, foreign files, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actormap.core.io import MapFileError, dumps_map, load_map, save_map
from actormap.core.io.convert import convert, read_any, write_any
from actormap.core.io.csv_io import csv_paths, load_csv
from actormap.core.io.errors import MapWriteError
from actormap.core.io.fields import weights_to_strengths
from actormap.core.io.graphml import dumps_graphml, load_graphml, loads_graphml
from actormap.core.io.kinds import KindMap, UnknownKindsError
from actormap.core.model import ActorMap, TieKind

SYMBIOTIC_DEFAULT = KindMap(default_tie=TieKind.SYMBIOTIC)

FIXTURES = Path(__file__).parent.parent / "fixtures"
SAMPLE = FIXTURES / "sample_like.actormap"
SAMPLE_MAPS = sorted((Path(__file__).parent.parent.parent / "sample_maps").glob("*.actormap"))
NS = 'xmlns="http://graphml.graphdrawing.org/xmlns"'


@pytest.fixture
def sample() -> ActorMap:
    return load_map(SAMPLE)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# ---- round trips -------------------------------------------------------------
def test_fixture_uses_every_field(sample):
    """The round-trip fixture must exercise lists, dates, None, flags and unicode."""
    assert any(a.labels for a in sample.actors) and any(a.sources for a in sample.actors)
    assert any(a.legitimacy is None for a in sample.actors)
    assert any(a.external for a in sample.actors) and any(a.is_self for a in sample.actors)
    assert any(a.pinned for a in sample.actors) and any(a.agenda is None for a in sample.actors)
    assert any(t.start for t in sample.ties) and any(t.end for t in sample.ties)
    assert sample.as_of and len(sample.authors) == 2 and any("\n" in a.notes for a in sample.actors)
    assert len(sample.views) == 2 and sample.views[0].id > sample.views[1].id, "views keep their own order"
    pairs = [(t.source, t.target) for t in sample.ties]
    assert len(pairs) > len(set(pairs)), "parallel ties must be covered"


@pytest.mark.parametrize("ext", [".graphml", ".csv", ".actors.csv", ".actormap"])
def test_export_then_import_gives_the_same_map(tmp_path, sample, ext):
    out = tmp_path / f"m{ext}"
    write_any(sample, out)
    back = read_any(out)
    assert dumps_map(back) == SAMPLE.read_text(encoding="utf-8")


@pytest.mark.parametrize("ext", [".graphml", ".csv"])
@pytest.mark.parametrize("path", SAMPLE_MAPS, ids=lambda p: p.name)
def test_sample_maps_survive_export_and_import(tmp_path, path, ext):
    write_any(load_map(path), tmp_path / f"m{ext}")
    assert dumps_map(read_any(tmp_path / f"m{ext}")) == path.read_text(encoding="utf-8")


def test_csv_writes_three_files(tmp_path, sample):
    written = write_any(sample, tmp_path / "m.csv")
    assert sorted(p.name for p in written) == ["m.actors.csv", "m.map.json", "m.ties.csv"]
    raw = (tmp_path / "m.ties.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a UTF-8 byte-order mark, so Excel reads the file as UTF-8"
    assert raw[3:].decode("utf-8").splitlines()[0].startswith("id,source,target,kind,strength")
    assert not (tmp_path / "m.map.json").read_bytes().startswith(b"\xef"), "JSON has no byte-order mark"


def test_csv_paths_accept_any_of_the_names():
    for name in ("X.csv", "X.actors.csv", "X.ties.csv"):
        assert [p.name for p in csv_paths(Path("/d") / name)] == ["X.actors.csv", "X.ties.csv", "X.map.json"]


def test_graphml_is_plain_graphml_readable_by_networkx(sample):
    import networkx as nx

    G = nx.parse_graphml(dumps_graphml(sample))
    assert G.is_directed() and G.number_of_nodes() == len(sample.actors)
    assert G.nodes["a-church"]["label"] == "Bishop Fabio Colindres"
    assert G.graph["title"] == sample.title


def test_chained_conversion_is_lossless(tmp_path):
    convert(SAMPLE, tmp_path / "a.graphml")
    convert(tmp_path / "a.graphml", tmp_path / "b.csv")
    convert(tmp_path / "b.actors.csv", tmp_path / "c.actormap")
    assert (tmp_path / "c.actormap").read_bytes() == SAMPLE.read_bytes()


# ---- GraphML from other tools ----------------------------------------------
GEPHI_LIKE = f"""<?xml version="1.0" encoding="UTF-8"?>
<graphml {NS}>
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="fac" for="node" attr.name="faction" attr.type="string"/>
  <key id="pow" for="node" attr.name="power" attr.type="int"/>
  <key id="leg" for="node" attr.name="legitimacy" attr.type="double"/>
  <key id="col" for="node" attr.name="color" attr.type="string"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <key id="ek" for="edge" attr.name="kind" attr.type="string"/>
  <graph edgedefault="{{edgedefault}}">
    <node id="n0"><data key="label">Cartel del Golfo</data><data key="kind">Cartel</data>
      <data key="pow">5</data><data key="col">red</data></node>
    <node id="n1"><data key="label">Los Zetas</data><data key="kind">cartel</data><data key="fac">Zetas</data></node>
    <node id="n2"><data key="label">Autodefensas</data><data key="kind">Militia</data><data key="leg">0.4</data></node>
    <node id="n3"/>
    <edge source="n0" target="n1"><data key="w">10</data><data key="ek">conflict</data></edge>
    <edge source="n1" target="n2"><data key="w">5</data></edge>
    <edge source="n2" target="n0"><data key="w">1</data></edge>
    <edge id="e9" source="n2" target="n3"/>
  </graph>
</graphml>
"""


def test_import_foreign_undirected_graphml(tmp_path):
    m = load_graphml(write(tmp_path / "gephi.graphml", GEPHI_LIKE.format(edgedefault="undirected")),
                     SYMBIOTIC_DEFAULT)
    by_id = m.actors_by_id()
    assert by_id["n0"].name == "Cartel del Golfo" and by_id["n0"].kind == "cartel" and by_id["n0"].power == 5
    assert by_id["n1"].faction == "Zetas" and by_id["n2"].kind == "militia" and by_id["n2"].legitimacy == 0.4
    assert by_id["n3"].name == "n3", "a node without name or label is named by its id"
    assert m.title == "gephi"
    ties = {(t.source, t.target): t for t in m.ties}
    assert ties["n0", "n1"].kind == "conflict"
    assert ties["n1", "n2"].kind == "symbiotic", "edges without kind take the kind the user chose"
    # weights 10, 5, 1 scaled by the maximum 10: 1.0 -> 3, 0.5 -> 2, 0.1 -> 1; no weight -> default 2
    assert [ties[k].strength for k in (("n0", "n1"), ("n1", "n2"), ("n2", "n0"), ("n2", "n3"))] == [3, 2, 1, 2]
    assert ties["n2", "n3"].id == "e9"


def test_import_ids_of_edges_without_id_are_stable(tmp_path):
    p = write(tmp_path / "g.graphml", GEPHI_LIKE.format(edgedefault="directed"))
    assert dumps_map(load_graphml(p, SYMBIOTIC_DEFAULT)) == dumps_map(load_graphml(p, SYMBIOTIC_DEFAULT))


def test_edges_without_kind_stop_the_import_unless_a_default_is_given(tmp_path):
    p = write(tmp_path / "g.graphml", GEPHI_LIKE.format(edgedefault="directed"))
    with pytest.raises(UnknownKindsError, match="3 ties have no kind") as info:
        load_graphml(p)
    assert info.value.missing_ties == 3 and info.value.ties == {} and info.value.actors == {}
    kinds = {(t.source, t.target): t.kind for t in load_graphml(p, KindMap(default_tie=TieKind.DIALOGUE)).ties}
    assert kinds["n1", "n2"] == "dialogue" and kinds["n0", "n1"] == "conflict"


def test_weight_mapping():
    assert weights_to_strengths([1, 2, 3]) == {1: 1, 2: 2, 3: 3}
    assert weights_to_strengths([1, 3]) == {1: 1, 3: 3}
    assert weights_to_strengths([0.3, 0.6, 0.9]) == {0.3: 1, 0.6: 2, 0.9: 3}
    assert weights_to_strengths([100, 40, 30]) == {100: 3, 40: 2, 30: 1}


def test_strength_wins_over_weight(tmp_path):
    text = f"""<graphml {NS}><key id="s" for="edge" attr.name="strength" attr.type="int"/>
      <key id="w" for="edge" attr.name="weight" attr.type="double"/>
      <graph edgedefault="undirected"><node id="a"/><node id="b"/>
      <edge source="a" target="b"><data key="s">1</data><data key="w">99</data></edge></graph></graphml>"""
    assert load_graphml(write(tmp_path / "s.graphml", text), SYMBIOTIC_DEFAULT).ties[0].strength == 1


# ---- bad GraphML -------------------------------------------------------------
BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
<node id="n0"><data key="d0">&lol3;</data></node></graph></graphml>"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="&x;"/></graph></graphml>"""


def _graphml(nodes: str, edges: str = "", keys: str = "", default: str = "undirected") -> str:
    return f'<graphml {NS}>{keys}<graph edgedefault="{default}">{nodes}{edges}</graph></graphml>'


KIND_KEY = '<key id="k" for="node" attr.name="kind" attr.type="string"/>'
EKIND_KEY = '<key id="ek" for="edge" attr.name="kind" attr.type="string"/>'
POWER_KEY = '<key id="p" for="node" attr.name="power" attr.type="string"/>'
WEIGHT_KEY = '<key id="w" for="edge" attr.name="weight" attr.type="string"/>'

BAD_GRAPHML = {
    "entity bomb": (BOMB, "DTD"),
    "external entity": (XXE, "DTD"),
    "truncated": (GEPHI_LIKE.format(edgedefault="directed")[:400], "not valid XML"),
    "not xml": ("this is not xml", "not valid XML"),
    "empty": ("", "empty"),
    "binary junk": ("\x00\x01\x02garbage", "not valid XML"),
    "undeclared key": (_graphml('<node id="a"><data key="nokey">1</data></node>'), "no key"),
    "unknown actor kind": (_graphml('<node id="a"><data key="k">wizard</data></node>', keys=KIND_KEY),
                           "unknown actor kinds: 'wizard' (1); map them"),
    "unknown tie kind": (_graphml('<node id="a"/><node id="b"/>',
                                  '<edge id="e1" source="a" target="b"><data key="ek">friendship</data></edge>',
                                  keys=EKIND_KEY), "unknown tie kinds: 'friendship' (1); map them, e.g. --map-kind"),
    "bad number": (_graphml('<node id="a"><data key="p">huge</data></node>', keys=POWER_KEY), "node 'a': power"),
    "power out of range": (_graphml('<node id="a"><data key="p">9</data></node>', keys=POWER_KEY), "node 'a': power"),
    "bad weight": (_graphml('<node id="a"/><node id="b"/>', '<edge source="a" target="b"><data key="w">-2</data></edge>',
                            keys=WEIGHT_KEY), "weight '-2' should be a positive number"),
    "self loop": (_graphml('<node id="a"/>', '<edge id="e" source="a" target="a"/>'), "to itself"),
    "id with spaces": (_graphml('<node id="a b"/>'), "node 'a b': id"),
    "duplicate id": (_graphml('<node id="a"/><node id="b"/>', '<edge id="a" source="a" target="b"/>'), "used twice"),
    "hyperedge": (_graphml('<node id="a"/><hyperedge/>'), "hyperedges"),
    "node declared twice": (_graphml('<node id="a"><data key="k">gang</data></node><node id="b"/>'
                                     '<node id="a"><data key="k">militia</data></node>', keys=KIND_KEY),
                            "not valid GraphML: node id 'a' is declared twice"),
    "same edge id twice, same ends": (_graphml('<node id="a"/><node id="b"/>',
                                               '<edge id="e1" source="a" target="b"><data key="ek">symbiotic</data></edge>'
                                               '<edge id="e1" source="a" target="b"><data key="ek">conflict</data></edge>',
                                               keys=EKIND_KEY), "not valid GraphML: edge id 'e1' is used twice"),
    "same edge id twice, other ends": (_graphml('<node id="a"/><node id="b"/><node id="c"/>',
                                                '<edge id="e1" source="a" target="b"/><edge id="e1" source="b" target="c"/>'),
                                       "not valid GraphML: edge id 'e1' is used twice"),
    "broken views": (_graphml('<node id="a"/><data key="v">[{"name": </data>',
                              keys='<key id="v" for="graph" attr.name="views" attr.type="string"/>'),
                     "the graph: views is not a valid JSON list"),
    "no graph element": (f"<graphml {NS}></graphml>", "no <graph> element"),
}


@pytest.mark.parametrize("case", sorted(BAD_GRAPHML))
def test_bad_graphml_gives_one_clear_error(tmp_path, case):
    text, expected = BAD_GRAPHML[case]
    p = write(tmp_path / "bad.graphml", text)
    with pytest.raises(MapFileError) as info:
        load_graphml(p, None if case.startswith("unknown") else SYMBIOTIC_DEFAULT)
    assert type(info.value) is (UnknownKindsError if case.startswith("unknown") else MapFileError)
    assert str(p) in str(info.value) and expected in str(info.value)


def test_edge_to_a_missing_node_is_refused(tmp_path):
    """networkx would invent the node; a map file with a dangling tie is damaged, so refuse it."""
    p = write(tmp_path / "m.graphml", _graphml('<node id="a"/>', '<edge id="e" source="a" target="ghost"/>'))
    with pytest.raises(MapFileError, match="edge e \\(a -> ghost\\) points at a node that is not declared: 'ghost'"):
        load_graphml(p)


def test_export_refuses_control_characters(sample):
    amap = sample.model_copy(update={"description": "bell \x07 here"})
    with pytest.raises(MapWriteError, match="control character"):
        dumps_graphml(amap, "x.graphml")


def test_loads_graphml_of_bytes_without_path():
    with pytest.raises(MapFileError):
        loads_graphml(b"<x/>")


# ---- CSV from other tools and bad CSV ------------------------------------------
def _csv(tmp_path: Path, actors: str, ties: str = "source,target\n", meta: str | None = None) -> Path:
    write(tmp_path / "m.actors.csv", actors)
    write(tmp_path / "m.ties.csv", ties)
    if meta is not None:
        write(tmp_path / "m.map.json", meta)
    return tmp_path / "m.csv"


def test_minimal_hand_written_csv(tmp_path):
    p = _csv(tmp_path, "id,label,kind\nA,Comando Vermelho,gang\nB,Milícia,Militia\n",
             "source,target,kind,weight\nA,B,conflict,4\nB,A,,2\n")
    m = load_csv(p, SYMBIOTIC_DEFAULT)
    assert m.title == "m" and m.actor("B").name == "Milícia" and m.actor("B").kind == "militia"
    kinds = sorted((t.source, t.kind, t.strength) for t in m.ties)
    assert kinds == [("A", "conflict", 3), ("B", "symbiotic", 2)]


def test_semicolon_csv_with_bom_and_plain_text_sources(tmp_path):
    p = _csv(tmp_path, "\ufeffid;name;sources\nA;Alpha;El Faro 2012\nB;Beta;\n", "source;target;kind\nA;B;trust\n")
    m = load_csv(p)
    assert m.actor("A").sources == ["El Faro 2012"] and m.actor("B").sources == []


def test_sidecar_metadata_is_read(tmp_path):
    p = _csv(tmp_path, "id,name\nA,Alpha\n", meta='{"title": "Rio", "authors": ["X"], "as_of": "2014-01-01"}')
    m = load_csv(p)
    assert (m.title, m.authors, str(m.as_of)) == ("Rio", ["X"], "2014-01-01")


BAD_CSV = {
    "missing actor columns": (("kind,power\ngang,3\n", "source,target\n"), "actors.csv",
                              "missing column id or name (or label) (the header row has: kind, power)"),
    "missing tie columns": (("id,name\nA,a\n", "start,end\nA,A\n"), "ties.csv",
                            "missing columns source, target (or from, to)"),
    "bad number": (("id,name,power\nA,a,lots\n", "source,target\n"), "actors.csv", "line 2 (actor 'A'): power"),
    "bad float": (("id,name,legitimacy\nA,a,nan\n", "source,target\n"), "actors.csv", "legitimacy"),
    "bad date": (("id,name\nA,a\nB,b\n", "source,target,kind,start\nA,B,trust,yesterday\n"), "ties.csv", "start"),
    "end before start": (("id,name\nA,a\nB,b\n",
                          "source,target,kind,start,end\nA,B,trust,2012-01-02,2012-01-01\n"),
                         "ties.csv", "before it starts"),
    "tie to missing actor": (("id,name\nA,a\n", "id,source,target,kind\nt1,A,Z,trust\n"), "ties.csv",
                             "tie 't1' points at a missing actor 'Z'"),
    "unknown kind": (("id,name,kind\nA,a,wizard\n", "source,target\n"), "ties.csv", "unknown actor kinds: 'wizard'"),
    "unknown tie kind": (("id,name\nA,a\nB,b\n", "source,target,kind\nA,B,love\n"), "ties.csv",
                         "tie kinds: trust, symbiotic, protective, parasitic, coercive, conflict, dialogue"),
    "bad labels": (("id,name,labels\nA,a,terrorists\n", "source,target\n"), "actors.csv", "labels should be a JSON list"),
    "broken json list": (("id,name,sources\nA,a,[oops\n", "source,target\n"), "actors.csv", "not a valid JSON list"),
    "extra cells": (("id,name\nA,a,surplus\n", "source,target\n"), "actors.csv", "more cells than columns"),
    "nul byte": (("id,name\nA,a\x00b\n", "source,target\n"), "actors.csv", "binary data"),
    "unterminated quote": (('id,name\nA,"open\n', "source,target\n"), "actors.csv", "not valid CSV"),
    "empty actors file": (("", "source,target\n"), "actors.csv", "empty"),
    "duplicate ids": (("id,name\nA,a\nA,b\n", "source,target\n"), "ties.csv", "two actors share the id 'A'"),
}


@pytest.mark.parametrize("case", sorted(BAD_CSV))
def test_bad_csv_gives_one_error_naming_the_file(tmp_path, case):
    (actors, ties), file, expected = BAD_CSV[case]
    p = _csv(tmp_path, actors, ties)
    with pytest.raises(MapFileError) as info:
        load_csv(p)
    assert type(info.value) is (UnknownKindsError if case.startswith("unknown") else MapFileError)
    assert f"m.{file}" in str(info.value) and expected in str(info.value), str(info.value)


def test_csv_not_utf8(tmp_path):
    (tmp_path / "m.actors.csv").write_bytes("id,name\nA,Mil\xedcia\n".encode("latin-1"))
    write(tmp_path / "m.ties.csv", "source,target\n")
    with pytest.raises(MapFileError, match="not UTF-8"):
        load_csv(tmp_path / "m.csv")


def test_csv_missing_ties_file(tmp_path):
    write(tmp_path / "m.actors.csv", "id,name\nA,a\n")
    with pytest.raises(MapFileError, match=r"m\.ties\.csv'.*no such file"):
        load_csv(tmp_path / "m.csv")


@pytest.mark.parametrize(
    "meta",
    ["[1, 2]", "{not json", '{"sensitivity": "top secret"}', "[" * 100, '{"views": [{"zoom": 2}]}', '{"views": "x"}'],
)
def test_bad_sidecar(tmp_path, meta):
    p = _csv(tmp_path, "id,name\nA,a\n", meta=meta)
    with pytest.raises(MapFileError, match=r"m\.map\.json"):
        load_csv(p)


# ---- convert: atomic and all-or-nothing ----------------------------------------
def test_convert_bad_input_writes_nothing(tmp_path):
    bad = write(tmp_path / "bad.graphml", "<graphml")
    out = tmp_path / "out.actormap"
    with pytest.raises(MapFileError):
        convert(bad, out)
    assert not out.exists() and list(tmp_path.iterdir()) == [bad]


def test_convert_overwrites_only_on_success(tmp_path, sample):
    out = tmp_path / "out.csv"
    write_any(sample, out)
    before = {p: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(MapFileError):
        convert(write(tmp_path / "bad.graphml", "junk"), out)
    after = {p: p.read_bytes() for p in tmp_path.iterdir() if p.name != "bad.graphml"}
    assert after == before
    small = sample.model_copy(update={"actors": sample.actors[:1], "ties": [], "views": []})
    save_map(small, tmp_path / "small.actormap")
    convert(tmp_path / "small.actormap", out)
    assert load_csv(out).actors == small.actors


def test_csv_write_failure_leaves_old_files_and_no_temp(tmp_path, sample, monkeypatch):
    import os

    out = tmp_path / "out.csv"
    write_any(sample, out)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    calls = []
    real_fsync = os.fsync

    def failing_fsync(fd):
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    small = sample.model_copy(update={"actors": sample.actors[:1], "ties": [], "views": []})
    with pytest.raises(MapWriteError, match="No space left"):
        write_any(small, out)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_unknown_extensions(tmp_path, sample):
    with pytest.raises(MapFileError, match="unknown file type '.txt'"):
        read_any(tmp_path / "m.txt")
    with pytest.raises(MapWriteError, match="unknown file type '.docx'"):
        write_any(sample, tmp_path / "m.docx")
    assert list(tmp_path.iterdir()) == []


# ---- fuzzing: only MapFileError may escape the importers ----------------------------
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GRAPHML_BYTES = dumps_graphml(load_map(SAMPLE)).encode("utf-8")


def _only_map_file_error(fn):
    try:
        fn()
    except MapFileError:
        pass


@FUZZ
@given(st.integers(0, len(GRAPHML_BYTES) - 1), st.binary(min_size=1, max_size=12))
def test_fuzz_corrupted_graphml(pos, junk):
    data = GRAPHML_BYTES[:pos] + junk + GRAPHML_BYTES[pos + len(junk):]
    _only_map_file_error(lambda: loads_graphml(data, "fuzz.graphml"))


@FUZZ
@given(st.integers(0, len(GRAPHML_BYTES) - 1), st.sampled_from(
    [b'"', b"<", b">", b"&", b"&amp;", b"-1", b"1e999", b"NaN", b"true", b"[", b"{}", b"</data>", b" "]))
def test_fuzz_graphml_with_syntax_pieces(pos, piece):
    data = GRAPHML_BYTES[:pos] + piece + GRAPHML_BYTES[pos:]
    _only_map_file_error(lambda: loads_graphml(data, "fuzz.graphml"))


@FUZZ
@given(st.text(max_size=300), st.text(max_size=300), st.sampled_from(["actors", "ties"]))
def test_fuzz_csv_text(tmp_path_factory, actors_tail, ties_tail, which):
    d = tmp_path_factory.mktemp("csv")
    write(d / "m.actors.csv", "id,name,kind,power,legitimacy,labels\n" + (actors_tail if which == "actors" else "A,a\n"))
    write(d / "m.ties.csv", "id,source,target,kind,weight,start\n" + (ties_tail if which == "ties" else ""))
    _only_map_file_error(lambda: load_csv(d / "m.csv"))
