"""``actormap diff``, ``merge`` and ``git-setup``; a real ``git merge`` with the driver configured."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cli_run import run

from actormap.core.document import MapDocument
from actormap.core.edits import AddItems, RemoveItems, UpdateActor, make_tie
from actormap.core.io import load_map, save_map

ROOT = Path(__file__).parent.parent.parent
SAMPLE = ROOT / "sample_maps" / "el_salvador_2012_truce.actormap"



def edited(path: Path, *edits, author: str = "") -> None:
    doc = MapDocument(load_map(path))
    doc.author = author
    for e in edits:
        e.apply(doc)
    save_map(doc.snapshot(), path)


def names(amap) -> dict[str, str]:
    return {a.name: a.id for a in amap.actors}


@pytest.fixture
def three(tmp_path):
    """base, ours and theirs copies of the El Salvador sample."""
    paths = [tmp_path / f"{n}.actormap" for n in ("base", "ours", "theirs")]
    for p in paths:
        shutil.copyfile(SAMPLE, p)
    return paths


# ---- diff -------------------------------------------------------------------------------------
def test_diff_of_equal_maps_exits_0(capsys, three):
    code, out, err = run(capsys, "diff", three[0], three[1])
    assert (code, out, err) == (0, "The maps are the same.\n", "")


def test_diff_lists_by_name_and_exits_1(capsys, three):
    base, ours, _ = three
    ids = names(load_map(base))
    ms, b18 = ids["MS-13 street cliques (clicas)"], ids["Barrio 18 Sureños street cliques"]
    edited(ours, UpdateActor(ms, {"power": 1}),
           AddItems(ties=[make_tie(id="new-tie", source=ms, target=b18, kind="trust")]), author="Ana")
    code, out, err = run(capsys, "diff", base, ours)
    assert code == 1 and err == ""
    old = load_map(base).actor(ms).power
    assert f"  ~ MS-13 street cliques (clicas): power {old} -> 1 (by Ana)\n" in out
    assert "  + MS-13 street cliques (clicas) -> Barrio 18 Sureños street cliques (trust) (by Ana)\n" in out
    code, out, _ = run(capsys, "diff", base, ours, "--json")
    data = json.loads(out)
    assert code == 1 and data["equal"] is False
    assert {(d["collection"], d["change"], d["id"]) for d in data["differences"]} == {
        ("actors", "changed", ms), ("ties", "added", "new-tie")}


def test_diff_of_a_bad_file_exits_2(capsys, three, tmp_path):
    bad = tmp_path / "bad.actormap"
    bad.write_text("{", encoding="utf-8")
    code, out, err = run(capsys, "diff", three[0], bad)
    assert code == 2 and out == "" and err.startswith("actormap: Cannot read") and "\n" == err[-1]


# ---- merge ------------------------------------------------------------------------------------
def test_merge_without_o_writes_ours_and_exits_0_when_clean(capsys, three):
    base, ours, theirs = three
    ids = names(load_map(base))
    edited(ours, UpdateActor(ids["MS-13 street cliques (clicas)"], {"power": 1}))
    edited(theirs, UpdateActor(ids["Barrio 18 Sureños street cliques"], {"power": 2}))
    theirs_before = theirs.read_bytes()
    code, out, err = run(capsys, "merge", base, ours, theirs)
    assert code == 0 and "without conflicts" in err
    merged = load_map(ours)
    assert merged.actor(ids["MS-13 street cliques (clicas)"]).power == 1
    assert merged.actor(ids["Barrio 18 Sureños street cliques"]).power == 2
    assert theirs.read_bytes() == theirs_before


def test_merge_to_out_lists_conflicts_by_name_and_exits_1(capsys, three, tmp_path):
    base, ours, theirs = three
    ids = names(load_map(base))
    ms = ids["MS-13 street cliques (clicas)"]
    old = load_map(base).actor(ms).power
    edited(ours, UpdateActor(ms, {"power": 1}), author="Ana")
    edited(theirs, UpdateActor(ms, {"power": 3}), author="Ben")
    ours_before = ours.read_bytes()
    out_path = tmp_path / "out.actormap"
    code, out, err = run(capsys, "merge", base, ours, theirs, "-o", out_path)
    assert code == 1 and ours.read_bytes() == ours_before
    assert "1 conflict to resolve" in err
    assert f"actor 'MS-13 street cliques (clicas)': power: ours 1 by Ana, theirs 3 by Ben (base {old})" in err
    assert len(load_map(out_path).conflicts) == 1


def test_merge_with_an_empty_base_and_errors(capsys, three, tmp_path):
    _, ours, theirs = three
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    code, _, err = run(capsys, "merge", empty, ours, theirs)
    assert code == 0, err
    missing = tmp_path / "missing.actormap"
    before = ours.read_bytes()
    code, _, err = run(capsys, "merge", missing, ours, theirs)
    assert code == 2 and "no such file" in err and ours.read_bytes() == before


def test_a_file_with_git_conflict_markers_is_named_as_such(capsys, tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    conflicted = "".join(lines[:10]) + "<<<<<<< HEAD\n" + lines[10] + "=======\n" + lines[10] + \
        ">>>>>>> theirs\n" + "".join(lines[11:])
    p = tmp_path / "conflicted.actormap"
    p.write_text(conflicted, encoding="utf-8")
    code, _, err = run(capsys, "validate", p)
    assert code == 2
    assert "git conflict markers" in err and "actormap merge BASE OURS THEIRS" in err
    assert "truncated or damaged" not in err


# ---- git --------------------------------------------------------------------------------------
GIT = shutil.which("git")
needs_git = pytest.mark.skipif(GIT is None, reason="git is not installed on this machine")


def git(repo: Path, *argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo.parent), "GIT_AUTHOR_NAME": "T",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", "-C", str(repo), *argv], capture_output=True, text=True, env=env, check=False)


@pytest.fixture
def repo(tmp_path):
    r = tmp_path / "repo"
    r.mkdir()
    assert git(r, "init", "-q", "-b", "main").returncode == 0
    shutil.copyfile(SAMPLE, r / "map.actormap")
    git(r, "add", ".")
    assert git(r, "commit", "-qm", "base").returncode == 0
    return r


@needs_git
def test_git_setup_is_idempotent(capsys, repo):
    code, out, _ = run(capsys, "git-setup", repo)
    assert code == 0 and "added '*.actormap merge=actormap'" in out
    assert (repo / ".gitattributes").read_text() == "*.actormap merge=actormap\n"
    driver = git(repo, "config", "--get", "merge.actormap.driver").stdout.strip()
    assert driver.endswith("-m actormap merge %O %A %B")
    code, out, _ = run(capsys, "git-setup", repo / ".git" / "..")
    assert code == 0 and "already has" in out and out.count("already set") == 2
    assert (repo / ".gitattributes").read_text() == "*.actormap merge=actormap\n"


@needs_git
def test_git_setup_outside_a_repository(capsys, tmp_path):
    code, _, err = run(capsys, "git-setup", tmp_path)
    assert code == 2 and "not inside a git repository" in err


def branch_edit(repo: Path, branch: str, *edits, author: str) -> None:
    assert git(repo, "checkout", "-q", "-b", branch, "main").returncode == 0
    edited(repo / "map.actormap", *edits, author=author)
    assert git(repo, "commit", "-qam", branch).returncode == 0


@needs_git
def test_a_real_git_merge_uses_the_driver(capsys, repo):
    run(capsys, "git-setup", repo)
    git(repo, "add", ".gitattributes")
    git(repo, "commit", "-qm", "driver")
    ids = names(load_map(repo / "map.actormap"))
    church, b18 = ids["Evangelical churches and prison ministries"], ids["Barrio 18 Sureños street cliques"]
    ms = ids["MS-13 street cliques (clicas)"]
    # different actors: a clean merge
    branch_edit(repo, "ana", UpdateActor(ms, {"power": 1}), author="Ana")
    branch_edit(repo, "ben", UpdateActor(b18, {"power": 2}), author="Ben")
    done = git(repo, "merge", "-q", "--no-edit", "ana")
    assert done.returncode == 0, done.stderr
    merged = load_map(repo / "map.actormap")
    assert (merged.actor(ms).power, merged.actor(b18).power) == (1, 2) and merged.conflicts == []
    # Ana deletes an actor, Ben adds a tie to it: git reports a conflict, the file is a valid map
    git(repo, "checkout", "-q", "main")
    branch_edit(repo, "ana2", RemoveItems([church]), author="Ana")
    branch_edit(repo, "ben2", AddItems(ties=[make_tie(id="ben-tie", source=church, target=b18, kind="trust")]),
                author="Ben")
    done = git(repo, "merge", "--no-edit", "ana2")
    assert done.returncode != 0 and "CONFLICT" in done.stdout
    text = (repo / "map.actormap").read_text(encoding="utf-8")
    assert "<<<<<<<" not in text
    merged = load_map(repo / "map.actormap")
    assert [(c.collection, c.item_id, c.field) for c in merged.conflicts] == [("actors", church, "")]
    assert any(t.id == "ben-tie" for t in merged.ties)


def test_convert_says_what_gexf_leaves_out_and_what_the_import_did(capsys, tmp_path):
    code, out, _ = run(capsys, "convert", SAMPLE, tmp_path / "m.gexf")
    amap = load_map(SAMPLE)
    assert code == 0 and out.startswith(f"wrote {tmp_path / 'm.gexf'}\n")
    assert f"GEXF cannot hold, so it leaves out: {len(amap.views)} saved views" in out
    edges = tmp_path / "e.csv"
    edges.write_text("Source,Target,Relation\nA,B,funds\nB,C,\n", encoding="utf-8")
    code, out, err = run(capsys, "convert", edges, tmp_path / "e.actormap", "--map-kind", "funds=symbiotic",
                         "--default-kind", "dialogue")
    assert code == 0, err
    assert "  1 tie of kind 'funds' mapped to symbiotic\n" in out
    assert "  1 tie without a known kind set to dialogue\n" in out
    assert "  3 actors made from names found only in the ties\n" in out
