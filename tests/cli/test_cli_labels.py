"""`actormap labels` and `actormap compare --perspective`: JSON by hand, readable output, errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cli_run import run

from actormap.core.io import save_map
from actormap.core.model import Actor, ActorMap, Label, Perspective, Tie
from actormap.core.perspective import perspective_patch

SAMPLES = Path(__file__).resolve().parents[2] / "sample_maps"



@pytest.fixture
def town(tmp_path) -> Path:
    gang = Actor(id="g", name="Gang", kind="gang", labels=[
        Label(source="Police", label="criminal gang", end=date(2020, 1, 1)),
        Label(source="Police", label="terrorist organisation", designation=True, jurisdiction="Country",
              start=date(2020, 1, 1)),
        Label(source="Residents", label="the boys")])
    com = Actor(id="c", name="Barrio", kind="community")
    pol = Actor(id="p", name="Police force", kind="state_agent", labels=[Label(source="Residents", label="the law")])
    base = ActorMap(title="Town", as_of=date(2021, 6, 1), actors=[gang, com, pol],
                    ties=[Tie(id="t1", source="g", target="c", kind="protective"),
                          Tie(id="t2", source="p", target="g", kind="conflict")])
    seen = base.model_copy(update={"ties": [Tie(id="t1", source="g", target="c", kind="coercive"), base.ties[1]]})
    m = base.model_copy(update={"perspectives": [
        Perspective(id="pp", name="As seen by the police", seen_by="p", changes=perspective_patch(base, seen))]})
    path = tmp_path / "town.actormap"
    save_map(m, path)
    return path


def test_labels_json_is_the_matrix_with_designations_and_history(capsys, town):
    code, out, err = run(capsys, "labels", town, "--json")
    assert code == 0, err
    res = json.loads(out)
    assert res["sources"] == ["Police", "Residents"]
    actors = {a["id"]: a for a in res["actors"]}
    assert [a["name"] for a in res["actors"]] == ["Barrio", "Gang", "Police force"]
    assert actors["g"]["labels"] == {"Police": "terrorist organisation", "Residents": "the boys"}
    assert actors["p"]["labels"] == {"Residents": "the law"}
    assert actors["c"] == {"id": "c", "name": "Barrio", "labels": {}, "designations": []}
    assert actors["g"]["designations"] == [{"source": "Police", "jurisdiction": "Country",
                                            "label": "terrorist organisation", "start": "2020-01-01", "end": None,
                                            "in_force": True}]
    assert res["history"] == [{"date": "2020-01-01", "actor_id": "g", "actor": "Gang", "source": "Police",
                               "change": "relabelled", "old": "criminal gang", "new": "terrorist organisation",
                               "designation": "listed", "jurisdiction": "Country"}]


def test_labels_for_one_source_and_readable_text(capsys, town):
    code, out, _ = run(capsys, "labels", town, "--source", "residents", "--json")
    res = json.loads(out)
    assert code == 0 and res["sources"] == ["Residents"]
    assert [a["id"] for a in res["actors"]] == ["g", "p"] and res["history"] == []
    code, out, _ = run(capsys, "labels", town)
    assert code == 0
    assert "labels in force on 2021-06-01" in out
    assert "Police: terrorist organisation" in out
    assert "2020-01-01  Police relabels Gang: 'criminal gang' -> 'terrorist organisation' -- a legal designation " \
           "(Country): engaging may become a crime there (a door closes)" in out.replace("\n      ", " ")


def test_labels_unknown_source_is_one_line(capsys, town):
    code, out, err = run(capsys, "labels", town, "--source", "Army")
    assert code == 2 and out == ""
    assert err.startswith("actormap: no source 'Army'") and "Police; Residents" in err and err.count("\n") == 1


def test_compare_perspective_lists_the_disagreeing_ties_by_name(capsys, town):
    code, out, err = run(capsys, "compare", town, "--perspective", "As seen by the police", "--json")
    assert code == 0, err
    res = json.loads(out)
    (p,) = res["perspectives"]
    assert p["name"] == "As seen by the police" and p["seen_by"] == "p"
    (d,) = p["disagreements"]
    assert d["names"] == ["Barrio", "Gang"]
    assert [t["kind"] for t in d["a"]] == ["protective"] and [t["kind"] for t in d["b"]] == ["coercive"]
    assert d["sign_flip"] is True and d["what"] == "kinds_differ"
    assert res["base"]["community_exposure"] == 0 and p["summary"]["community_exposure"] == 1
    code, out, _ = run(capsys, "compare", town, "--perspective", "all")
    assert "Barrio / Gang: shared map: protective → Barrio; this perspective: coercive → Barrio [sign flips]" in \
        out.replace("\n      ", " ")


def test_compare_perspective_errors(capsys, town):
    code, _, err = run(capsys, "compare", town, "--perspective", "army")
    assert code == 2 and "no perspective 'army'" in err
    code, _, err = run(capsys, "compare", town, "--perspective", "all", "--scenario", "x")
    assert code == 2 and "not both" in err


def test_analyze_a_perspective_is_analysing_the_map_it_draws(capsys, town, tmp_path):
    from actormap.core.io import load_map

    code, out, err = run(capsys, "analyze", town, "--perspective", "as seen by the police", "--json")
    assert code == 0, err
    # the same map written by hand: the police draw the gang coercing the barrio
    m = load_map(town)
    by_hand = m.model_copy(update={"perspectives": [], "ties": [
        Tie(id="t1", source="g", target="c", kind="coercive"), m.ties[1]]})
    save_map(by_hand, tmp_path / "by_hand.actormap")
    _, expected, _ = run(capsys, "analyze", tmp_path / "by_hand.actormap", "--json")
    _, shared, _ = run(capsys, "analyze", town, "--json")
    got = json.loads(out)
    assert got["map"].pop("perspective") == "As seen by the police"  # the JSON says whose map it is
    got["map"]["perspective"] = None
    assert got == json.loads(expected) != json.loads(shared)


def test_the_mexico_sample_lists_the_2025_fto_listings_in_its_history(capsys):
    code, out, _ = run(capsys, "labels", SAMPLES / "mexico_kingpin_strategy.actormap", "--source",
                       "US State Department", "--json")
    res = json.loads(out)
    listed = sorted((c["actor"], c["date"]) for c in res["history"] if c["designation"] == "listed")
    assert [d for _, d in listed] == ["2025-02-20"] * 4
    assert any(name.startswith("Jalisco New Generation Cartel") for name, _ in listed)
    # the map's date is 2018: not in force then, so no column entry but the designation is listed
    cjng = next(a for a in res["actors"] if a["name"].startswith("Jalisco"))
    assert cjng["labels"] == {} and cjng["designations"][0]["in_force"] is False
