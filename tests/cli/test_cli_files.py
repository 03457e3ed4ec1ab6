"""``actormap validate``, ``schema`` and ``convert``: exit codes, messages, files on disk."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import run

from actormap.core.io import dumps_map, load_map
from actormap.core.model import SCHEMA_VERSION, ActorMap

ROOT = Path(__file__).parent.parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "sample_like.actormap"
V0 = ROOT / "tests" / "fixtures" / "v0_map.json"



def snapshot(d: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(d.iterdir())}


# ---- validate ---------------------------------------------------------------------
def test_validate_ok(capsys):
    code, out, err = run(capsys, "validate", SAMPLE)
    assert code == 0 and err == ""
    assert out == f"{SAMPLE}: ok (8 actors, 9 ties)\n"


def test_validate_every_sample_map(capsys):
    maps = sorted((ROOT / "sample_maps").glob("*.actormap"))
    code, out, err = run(capsys, "validate", *maps)
    assert code == 0 and err == "" and out.count(": ok (") == len(maps)


BAD_FILES = {
    "truncated.actormap": SAMPLE.read_bytes()[:300],
    "junk.actormap": bytes(range(256)),
    "empty.actormap": b"",
    "list.actormap": b"[]",
    "deep.actormap": b"[" * 100_000,
    "newer.actormap": json.dumps({"format": "actormap", "schema_version": 99}).encode(),
    "dangling.actormap": SAMPLE.read_bytes().replace(b'"target": "a-b18"', b'"target": "ghost"', 1),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_validate_bad_file_prints_one_line_and_exits_2(tmp_path, capsys, name):
    p = tmp_path / name
    p.write_bytes(BAD_FILES[name])
    before = snapshot(tmp_path)
    code, out, err = run(capsys, "validate", p)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"actormap: Cannot read '{p}': ")
    assert "Traceback" not in err
    assert snapshot(tmp_path) == before


def test_validate_missing_file(tmp_path, capsys):
    code, out, err = run(capsys, "validate", tmp_path / "nope.actormap")
    assert code == 2 and err == f"actormap: Cannot read '{tmp_path / 'nope.actormap'}': no such file\n"


def test_validate_mixed_reports_each_and_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.actormap"
    bad.write_bytes(b"{")
    code, out, err = run(capsys, "validate", SAMPLE, bad, V0)
    assert code == 2
    assert out.splitlines() == [f"{SAMPLE}: ok (8 actors, 9 ties)", f"{V0}: ok (7 actors, 7 ties)"]
    assert err.count("\n") == 1 and "bad.actormap" in err


def test_validate_as_a_real_process_has_no_traceback(tmp_path):
    p = tmp_path / "bad.actormap"
    p.write_bytes(b"\xff\xfegarbage")
    out = subprocess.run([sys.executable, "-m", "actormap.cli", "validate", str(p)], capture_output=True, text=True)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip().splitlines() == [f"actormap: Cannot read '{p}': it is not a text file (not valid UTF-8); is it a map file?"]


# ---- schema -------------------------------------------------------------------------
def test_schema_is_a_valid_json_schema_that_accepts_real_files_and_refuses_bad_ones(capsys):
    import jsonschema

    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    validator = jsonschema.Draft202012Validator
    validator.check_schema(schema)
    v = validator(schema)
    for path in [SAMPLE, *sorted((ROOT / "sample_maps").glob("*.actormap"))]:
        assert list(v.iter_errors(json.loads(path.read_text(encoding="utf-8")))) == [], path
    good = json.loads(SAMPLE.read_text(encoding="utf-8"))
    good["actors"][0]["power"] = 9
    assert not v.is_valid(good)
    good["actors"][0]["power"] = 3
    good["ties"][0]["kind"] = "friendship"
    assert not v.is_valid(good)


def test_schema_prints_json_schema(capsys):
    code, out, err = run(capsys, "schema")
    assert code == 0 and err == ""
    schema = json.loads(out)
    assert schema["type"] == "object" and schema["title"] == "ActorMap"
    assert {"actors", "ties", "format", "schema_version", "title"} <= set(schema["properties"])
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION == 2
    assert set(schema["$defs"]) >= {"Actor", "Tie", "ActorKind", "TieKind"}
    assert schema["$defs"]["Actor"]["properties"]["power"]["maximum"] == 5


# ---- convert ---------------------------------------------------------------------------
@pytest.mark.parametrize("ext", [".graphml", ".csv"])
def test_convert_round_trip(tmp_path, capsys, ext):
    mid, back = tmp_path / f"m{ext}", tmp_path / "back.actormap"
    code, out, err = run(capsys, "convert", SAMPLE, mid)
    assert code == 0 and err == "" and out.startswith("wrote ")
    code, out, err = run(capsys, "convert", mid, back)
    assert code == 0 and out == f"wrote {back}\n"
    assert back.read_bytes() == SAMPLE.read_bytes()


def test_convert_csv_reports_all_three_files(tmp_path, capsys):
    code, out, _ = run(capsys, "convert", SAMPLE, tmp_path / "m.actors.csv")
    assert code == 0
    assert out == f"wrote {tmp_path / 'm.actors.csv'}, {tmp_path / 'm.ties.csv'}, {tmp_path / 'm.map.json'}\n"


def test_convert_migrates_old_files(tmp_path, capsys):
    code, _, _ = run(capsys, "convert", V0.with_suffix(".json"), tmp_path / "x.actormap")
    assert code == 2, ".json is not a known extension"
    old = tmp_path / "old.actormap"
    old.write_bytes(V0.read_bytes())
    code, _, _ = run(capsys, "convert", old, tmp_path / "new.actormap")
    assert code == 0 and dumps_map(load_map(tmp_path / "new.actormap")) == dumps_map(load_map(old))


@pytest.mark.parametrize("src, dst, expected", [
    ("in.txt", "out.actormap", "Cannot read '{d}/in.txt': unknown file type '.txt'"),
    ("in.actormap", "out.docx", "Cannot write '{d}/out.docx': unknown file type '.docx'"),
    ("in.actormap", "out", "Cannot write '{d}/out': unknown file type '(no extension)'"),
])
def test_convert_bad_extension(tmp_path, capsys, src, dst, expected):
    (tmp_path / "in.actormap").write_bytes(SAMPLE.read_bytes())
    before = snapshot(tmp_path)
    code, out, err = run(capsys, "convert", tmp_path / src, tmp_path / dst)
    assert code == 2 and out == ""
    assert err.startswith("actormap: " + expected.format(d=tmp_path)) and err.count("\n") == 1
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("name, content", [
    ("bad.graphml", b"<graphml><graph>"),
    ("bomb.graphml", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><graphml>&a;</graphml>'),
    ("bad.actormap", b"{"),
    ("bad.actors.csv", b"kind\ngang\n"),
])
def test_convert_bad_input_exits_2_and_writes_nothing(tmp_path, capsys, name, content):
    (tmp_path / name).write_bytes(content)
    if name.endswith(".actors.csv"):
        (tmp_path / "bad.ties.csv").write_bytes(b"source,target\n")
    before = snapshot(tmp_path)
    for out_name in ("out.actormap", "out.graphml", "out.csv"):
        code, out, err = run(capsys, "convert", tmp_path / name, tmp_path / out_name)
        assert code == 2 and out == "" and err.count("\n") == 1 and "Cannot read" in err
    assert snapshot(tmp_path) == before


def test_convert_overwrites_existing_output_only_on_success(tmp_path, capsys):
    out = tmp_path / "out.actormap"
    out.write_bytes(b"precious old content")
    bad = tmp_path / "bad.graphml"
    bad.write_bytes(b"not xml")
    code, _, _ = run(capsys, "convert", bad, out)
    assert code == 2 and out.read_bytes() == b"precious old content"
    code, _, _ = run(capsys, "convert", SAMPLE, out)
    assert code == 0 and out.read_bytes() == SAMPLE.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.graphml", "out.actormap"], "no temp files left"


def test_convert_output_write_failure_is_one_line(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_bytes(b"x")
    code, out, err = run(capsys, "convert", SAMPLE, blocker / "out.graphml")
    assert code == 2 and out == "" and err.startswith(f"actormap: Cannot write '{blocker / 'out.graphml'}'")
    assert err.count("\n") == 1


def test_convert_default_kind_option(tmp_path, capsys):
    g = tmp_path / "g.graphml"
    g.write_text('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">'
                 '<node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>', encoding="utf-8")
    code, _, err = run(capsys, "convert", g, tmp_path / "n.actormap")
    assert code == 2 and "1 tie has no kind" in err and "--default-kind" in err
    assert not (tmp_path / "n.actormap").exists()
    code, out, _ = run(capsys, "convert", "--default-kind", "dialogue", g, tmp_path / "o.actormap")
    assert code == 0 and load_map(tmp_path / "o.actormap").ties[0].kind == "dialogue"
    assert "1 tie without a known kind set to dialogue" in out
    code, _, err = run(capsys, "convert", "--default-kind", "love", g, tmp_path / "p.actormap")
    assert code == 2 and "--default-kind: 'love' is not a kind" in err and err.count("\n") == 1


def test_convert_empty_map(tmp_path, capsys):
    src = tmp_path / "empty.actormap"
    src.write_text(dumps_map(ActorMap()), encoding="utf-8")
    for ext in (".graphml", ".csv"):
        assert run(capsys, "convert", src, tmp_path / f"e{ext}")[0] == 0
        assert run(capsys, "convert", tmp_path / f"e{ext}", tmp_path / f"back{ext}.actormap")[0] == 0
        assert load_map(tmp_path / f"back{ext}.actormap").actors == []


# ---- refuse, don't guess (issue 13): a map that lost its schema_version -------------------------
def test_a_map_without_schema_version_is_refused_not_validated_as_empty(tmp_path, capsys):
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    del data["schema_version"]
    p = tmp_path / "lost.actormap"
    p.write_text(json.dumps(data), encoding="utf-8")
    before = snapshot(tmp_path)
    code, out, err = run(capsys, "validate", p)
    assert code == 2 and out == ""
    assert err.startswith(f"actormap: Cannot read '{p}': it has no schema_version, but it has 'actors'")
    assert err.count("\n") == 1
    code, out, err = run(capsys, "convert", p, tmp_path / "out.csv")
    assert code == 2 and out == "" and "has no schema_version" in err
    assert snapshot(tmp_path) == before, "nothing was written or changed"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_convert_creates_private_files(tmp_path, capsys):
    code, out, _ = run(capsys, "convert", SAMPLE, tmp_path / "x.csv")
    assert code == 0
    assert sorted((p.name, p.stat().st_mode & 0o777) for p in tmp_path.iterdir()) == [
        ("x.actors.csv", 0o600), ("x.map.json", 0o600), ("x.ties.csv", 0o600)]
