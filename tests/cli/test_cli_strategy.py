"""`actormap whatif` and `actormap compare`: JSON against hand-computed values, readable output,
agreements in `analyze --json`, the export note, and one-line errors with exit status 2."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from cli_run import run

from actormap.core.edits import make_actor, make_tie
from actormap.core.io import dumps_map, load_map, save_map
from actormap.core.model import ActorMap, CollectionPatch, ItemPatch, Patch, Scenario
from actormap.core.scenario import compare_json_schema, whatif_json_schema

SAMPLES = Path(__file__).resolve().parents[2] / "sample_maps"
ES = SAMPLES / "el_salvador_2012_truce.actormap"



@pytest.fixture
def town(tmp_path) -> Path:
    """Gang G (a1 with a2, a3 by trust), gang H (b1, at war with a1), community c (coerced by a2,
    extorted by b1), parish m trusted by a2 and b1."""
    actors = [make_actor(id=i, name=n, kind=k, faction=f) for i, n, k, f in (
        ("a1", "Alpha boss", "gang", "G"), ("a2", "Alpha north", "gang", "G"), ("a3", "Alpha south", "gang", "G"),
        ("b1", "Bravo", "gang", "H"), ("c", "Barrio", "community", "Town"), ("m", "Parish", "religious", "Church"))]
    ties = [make_tie(id=i, source=s, target=t, kind=k) for i, s, t, k in (
        ("T1", "a1", "a2", "trust"), ("T2", "a1", "a3", "trust"), ("T3", "a1", "b1", "conflict"),
        ("T4", "a2", "c", "coercive"), ("T5", "b1", "c", "parasitic"), ("T7", "m", "a2", "trust"),
        ("T8", "m", "b1", "trust"))]
    p = tmp_path / "town.actormap"
    save_map(ActorMap(title="Town", actors=actors, ties=ties), p)
    return p


def test_whatif_json_by_hand(capsys, town):
    code, out, err = run(capsys, "whatif", town, "--remove", "Alpha boss", "--json")
    assert code == 0, err
    res = json.loads(out)
    jsonschema.validate(res, whatif_json_schema())
    assert set(res) == {"base", "scenario", "delta"}
    b, s, d = res["base"], res["scenario"], res["delta"]
    assert {k for k in b} >= {"F", "components", "hostile_ties", "community_exposure", "mediators", "blocs",
                              "splinters"}
    assert (b["F"], b["components"], b["hostile_ties"], b["community_exposure"]) == (0.0, 1, 3, 2)
    # without a1: a2-c, b1-c, m-a2, m-b1 hold a2, b1, c, m together; a3 is alone
    assert s["components"] == 2 and s["F"] == pytest.approx(1 - (4 * 3) / (5 * 4))
    assert (s["hostile_ties"], d["hostile_ties"], d["community_exposure"]) == (2, -1, 0)
    assert s["splinters"] == [{"camp": "G", "removed": ["a1"], "groups": [["a2"], ["a3"]]}]
    assert d["removed"] == ["a1"] and d["splits"] == [[["a2", "b1", "c", "m"], ["a3"]]]


def test_whatif_ties_drops_and_sets(capsys, town):
    code, out, err = run(capsys, "whatif", town, "--drop-tie", "Alpha boss>Bravo", "--tie", "Parish>a3=trust",
                         "--set", "Alpha north.agenda=social", "--set", "bravo.legitimacy=0.3", "--json")
    assert code == 0, err
    d = json.loads(out)["delta"]
    assert d["hostile_ties"] == -1 and d["components"] == 0 and d["removed"] == []


def test_whatif_readable(capsys, town):
    code, out, _ = run(capsys, "whatif", town, "--remove", "a1")
    assert code == 0
    assert "Fragmentation F" in out and "0.400 (+0.400)" in out
    assert "Camp G without Alpha boss: splinters into 2 groups: Alpha north | Alpha south" in out


@pytest.mark.parametrize("args, message", [
    (["--remove", "Nobody"], "no actor 'Nobody' on the map"),
    (["--remove", "Alpha"], "'Alpha' names several actors"),
    (["--tie", "Parish>Bravo"], 'write it as "A>B=KIND"'),
    (["--tie", "Parish-Bravo=trust"], 'write it as "A>B=KIND"'),
    (["--tie", "Parish>Bravo=friendship"], "unknown kind 'friendship'"),
    (["--drop-tie", "Parish>Barrio"], "no tie from 'Parish' to 'Barrio' to drop"),
    (["--set", "Bravo.colour=red"], "actors have no field 'colour'"),
    (["--set", "Bravo=3"], 'write it as "ACTOR.FIELD=VALUE"'),
    (["--set", "Bravo.legitimacy=7"], "legitimacy"),
    (["--remove", "Bravo", "--set", "Bravo.agenda=social"], "'Bravo' is removed (--remove) and then edited"),
    (["--remove", "Bravo", "--tie", "Parish>Bravo=trust"], "'Bravo' is removed (--remove) and then edited"),
    ([], "no strategy given"),
])
def test_whatif_errors_are_one_line_exit_2(capsys, town, args, message):
    code, out, err = run(capsys, "whatif", town, *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("actormap: ") and message in err, err


def test_compare_json_on_el_salvador(capsys):
    code, out, err = run(capsys, "compare", ES, "--json")
    assert code == 0, err
    res = json.loads(out)
    jsonschema.validate(res, compare_json_schema())
    assert [(s["name"], s["strategy"]) for s in res["scenarios"]] == [
        ("Mano dura: the leaderships back in isolation", "confrontation"),
        ("The truce reaches the street cliques", "accommodation"),
        ("Peace zones with municipalities and churches", "transformation")]
    for s in res["scenarios"]:
        assert set(s) >= {"name", "strategy", "summary", "delta"} and s["problems"] == []
    amap = load_map(ES)
    ids = {a.name: a.id for a in amap.actors}
    mano, truce, zones = res["scenarios"]
    leaders = sorted(ids[n] for n in ("MS-13 imprisoned leadership (ranfla)", "Barrio 18 Sureños imprisoned leadership",
                                      "Barrio 18 Revolucionarios imprisoned leadership"))
    assert mano["delta"]["removed"] == leaders
    # hand count from the sample data: the leaders' hostile ties are the prison authority's 3
    # coercive ties and the US designation; the street truce retypes the 3 clique wars
    assert mano["delta"]["hostile_ties"] == -4 and truce["delta"]["hostile_ties"] == -3
    # peace zones: the 3 cliques stop coercing residents (extortion stays), and the covenant
    # turns the MS-13 / Revolucionarios war into dialogue
    assert (zones["delta"]["community_exposure"], zones["delta"]["hostile_ties"]) == (-3, -3 - 1)


def test_compare_one_scenario_by_name_and_readable(capsys):
    code, out, _ = run(capsys, "compare", ES, "--scenario", "the truce reaches the street cliques")
    assert code == 0
    assert "1 scenario(s) compared" in out and "Spoilers of 'Street truce between the cliques'" in out


def test_compare_errors(capsys, tmp_path):
    code, out, err = run(capsys, "compare", ES, "--scenario", "Surrender")
    assert code == 2 and out == "" and "no scenario 'Surrender'" in err and err.count("\n") == 1
    bad = Patch(collections={"actors": CollectionPatch(remove=["a"], update=[ItemPatch(id="a", set={"power": 1})])})
    amap = ActorMap(actors=[make_actor(id="a", name="A"), make_actor(id="b", name="B")],
                    ties=[make_tie(source="a", target="b")], scenarios=[Scenario(name="Both", changes=bad)])
    p = tmp_path / "bad.actormap"
    save_map(amap, p)
    code, out, err = run(capsys, "compare", p)
    assert code == 2 and "'Both' removes actor 'a' and then edits it" in err and err.count("\n") == 1


def test_compare_without_scenarios_gives_the_base(capsys, town):
    code, out, _ = run(capsys, "compare", town, "--json")
    assert code == 0 and json.loads(out)["scenarios"] == []


def test_analyze_json_has_agreements(capsys):
    code, out, _ = run(capsys, "analyze", ES, "--json")
    assert code == 0
    ags = json.loads(out)["agreements"]
    assert [a["id"] for a in ags] == sorted(g.id for g in load_map(ES).agreements)
    for a in ags:
        assert set(a) >= {"id", "name", "kind", "status", "parties", "facilitators", "spoilers"}
    truce = next(a for a in ags if a["kind"] == "truce")
    assert len(truce["parties"]) == 3 and len(truce["spoilers"]) == 3


@pytest.mark.parametrize("ext", ["graphml", "csv"])
def test_export_says_what_it_leaves_out_and_keeps_it(capsys, tmp_path, ext):
    out_path = tmp_path / f"es.{ext}"
    code, out, err = run(capsys, "convert", ES, out_path)
    assert code == 0
    assert err == (f"Note: {ext.upper()} holds the base map's actors and ties; its 3 scenarios, 2 agreements and 8 events "
                   "travel only as JSON text in " + ("graph attributes" if ext == "graphml" else "the .map.json file")
                   + ": other programs show no scenario applied and no agreement drawn.\n")
    back = tmp_path / "back.actormap"
    assert run(capsys, "convert", out_path, back)[0] == 0
    assert dumps_map(load_map(back)) == dumps_map(load_map(ES))  # actormap itself reads them back


def test_export_of_a_plain_map_says_nothing(capsys, town, tmp_path):
    code, _, err = run(capsys, "convert", town, tmp_path / "t.graphml")
    assert code == 0 and err == ""


@pytest.mark.parametrize("flag", ["--whatif", "--compare"])
def test_schema_flags(capsys, flag):
    code, out, _ = run(capsys, "schema", flag)
    assert code == 0 and json.loads(out)["$schema"].endswith("2020-12/schema")


def test_report_has_the_strategies_compared(capsys, tmp_path):
    out_path = tmp_path / "es.html"
    code, out, err = run(capsys, "report", ES, "-o", out_path)
    assert code == 0, err
    page = out_path.read_text(encoding="utf-8")
    assert 'id="strategies"' in page and 'id="agreements"' in page
    assert "Peace zones with municipalities and churches" in page


def test_readable_analysis_lists_agreements_and_spoilers(capsys):
    code, out, _ = run(capsys, "analyze", SAMPLES / "mexico_kingpin_strategy.actormap")
    assert code == 0
    assert "Agreements and possible spoilers (Stedman 1997)" in out
    assert " ".join(out.split()).count(
        "Knights Templar (Caballeros Templarios) [Knights Templar]: has conflict ties with 1 party to it: "
        "Self-defence groups (autodefensas) of Michoacán") == 1
