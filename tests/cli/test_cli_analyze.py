"""`actormap analyze`: JSON output, readable report, and one-line errors with exit status 2."""

import json
from pathlib import Path

import pytest
from cli_run import run

from actormap.core.io import load_map

SAMPLE = Path(__file__).resolve().parents[2] / "sample_maps" / "el_salvador_2012_truce.actormap"
pytestmark = pytest.mark.skipif(not SAMPLE.exists(), reason="El Salvador sample map not present")



def test_json_parses_has_the_keys_and_actor_ids(capsys):
    code, out, err = run(capsys, "analyze", str(SAMPLE), "--json")
    assert code == 0, err
    res = json.loads(out, parse_constant=lambda c: pytest.fail(f"non-strict JSON constant {c}"))
    for key in ("map", "fragmentation", "balance", "factions", "mediators", "actors", "layers", "approximate"):
        assert key in res
    assert set(res["fragmentation"]) >= {"F", "DF", "components"}
    assert set(res["balance"]) >= {"triangle_index", "frustration", "exact", "blocs", "contradicting"}
    assert set(res["factions"]) == {"declared", "detected"}
    ids = {a.id for a in load_map(SAMPLE).actors}
    assert {a["id"] for a in res["actors"]} == ids
    assert {m["id"] for m in res["mediators"]} <= ids
    for bloc in res["balance"]["blocs"]:
        assert set(bloc) <= ids
    a = res["actors"][0]
    assert set(a) >= {"id", "name", "kind", "faction", "betweenness", "betweenness_raw", "constraint",
                      "effective_size", "brokerage", "removal"}
    assert set(a["removal"]) >= {"F", "pairs_disconnected", "splinters", "faction_pairs_disconnected"}
    m = res["mediators"][0]
    assert set(m) >= {"id", "name", "score", "components", "reasons"}


def test_readable_report_by_default(capsys):
    code, out, _ = run(capsys, "analyze", str(SAMPLE))
    assert code == 0
    assert "Insider-mediator shortlist" in out and "Monsignor Fabio Colindres" in out


def test_weights_option(capsys):
    code, out, _ = run(capsys, "analyze", str(SAMPLE), "--json", "--weights", "legitimacy=1,brokerage=0,"
                       "reach=0,access=0,adversaries=0,autonomy=0,trust_share=0,independence=0,rumoured=0.2")
    assert code == 0
    res = json.loads(out)
    assert res["mediator_weights"]["legitimacy"] == 1.0
    assert res["mediator_confidence"] == {"rumoured": 0.2, "reported": 0.75, "confirmed": 1.0}
    top = res["mediators"][0]
    assert top["score"] == pytest.approx(max(m["components"]["legitimacy"] for m in res["mediators"]))


@pytest.mark.parametrize("weights", ["charisma=1", "reach=-1", "reach", "reach=abc"])
def test_bad_weights_exit_2_one_line(capsys, weights):
    code, out, err = run(capsys, "analyze", str(SAMPLE), "--weights", weights)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("actormap:") and "weight" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("k", ["0", "-3", "999"])
def test_bad_key_players_exit_2(capsys, k):
    code, out, err = run(capsys, "analyze", str(SAMPLE), "--key-players", k)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "key players" in err and "between 1 and" in err


def test_bad_file_exit_2_one_line(capsys, tmp_path):
    bad = tmp_path / "broken.actormap"
    bad.write_text("{ not json")
    code, out, err = run(capsys, "analyze", str(bad), "--json")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "broken.actormap" in err
    code, _, err = run(capsys, "analyze", str(tmp_path / "missing.actormap"))
    assert code == 2 and err.count("\n") == 1


def test_key_players_option(capsys):
    code, out, err = run(capsys, "analyze", str(SAMPLE), "--json", "--key-players", "2")
    assert code == 0, err
    kp = json.loads(out)["key_players"]
    assert kp["k"] == 2 and len(kp["set"]) == 2


SAMPLES = sorted(SAMPLE.parent.glob("*.actormap"))


def test_schema_result_validates_analyze_json_of_every_sample(capsys):
    import jsonschema

    code, out, _ = run(capsys, "schema", "--result")
    assert code == 0
    schema = json.loads(out)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    assert len(SAMPLES) == 4
    for path in SAMPLES:
        for extra in ([], ["--key-players", "2"]):
            code, out, err = run(capsys, "analyze", str(path), "--json", *extra)
            assert code == 0, err
            res = json.loads(out)
            assert list(validator.iter_errors(res)) == [], path
            assert ("key_players" in res) == bool(extra)
    # and the schema is not vacuous: a drifted result is refused
    res["mediators"][0]["components"]["cross_brokerage"] = 1.0
    res["gated"][0]["reasons"][0] = "no trust tie outside its own camp"  # a sentence, not a reason
    errors = list(validator.iter_errors(res))
    assert len(errors) == 2


def test_every_reason_in_the_json_has_a_code_params_and_text(capsys):
    from actormap.core.analysis.reasons import REASONS
    from actormap.core.messages import render

    for path in SAMPLES:
        code, out, err = run(capsys, "analyze", str(path), "--json")
        assert code == 0, err
        res = json.loads(out)
        reasons = [r for item in res["mediators"] + res["gated"] for r in item["reasons"]]
        assert reasons and all(item["reasons"] for item in res["gated"])
        for r in reasons:
            assert set(r) == {"code", "params", "text"}
            assert r["code"] in REASONS and isinstance(r["params"], dict)
            assert isinstance(r["text"], str) and r["text"].strip()
            assert r["text"] == render(r)  # the English text of that code and those values


def test_json_reasons_are_objects_with_code_and_text(capsys):
    code, out, _ = run(capsys, "analyze", str(SAMPLE), "--json")
    res = json.loads(out)
    top = res["mediators"][0]
    assert top["name"].startswith("Monsignor Fabio Colindres")
    first = {r["code"]: r for r in top["reasons"]}["trusted_by_camps"]
    assert "MS-13" in first["params"]["camps"]
    assert first["text"].startswith(f"trusted by {len(first['params']['camps'])} other camps: ")
    police = next(g for g in res["gated"] if g["name"] == "National Civil Police (PNC)")
    assert "gate_coercion_untrusted_camp" in {r["code"] for r in police["reasons"]}
    assert any(r["text"].startswith("uses coercion against ") for r in police["reasons"])
