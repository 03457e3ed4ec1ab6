"""``--as-of`` (analyze, render, report) and ``actormap timeline`` on hand-built dated maps.

Expected values are worked out by hand from the map below; errors are one line, exit 2.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest
from cli_run import run
from defusedxml import ElementTree

from actormap.core.io import save_map
from actormap.core.model import Actor, ActorMap, Event, SavedView, Tie, ViewFocus

D = date


@pytest.fixture(scope="module")
def dated_file(tmp_path_factory):
    """A kingpin story: the boss B holds L1 and L2 together until he is killed on 2010-06-15;
    from 2011-01-01 the lieutenants fight; the army coerces B until then; the town is extorted by L1."""
    actors = [
        Actor(id="boss", name="Boss", kind="cartel", faction="Cartel", end=D(2010, 6, 15), x=0, y=0),
        Actor(id="l1", name="Lieutenant One", kind="cartel", faction="Cartel", x=-300, y=200),
        Actor(id="l2", name="Lieutenant Two", kind="cartel", faction="Cartel", x=300, y=200),
        Actor(id="army", name="Army", kind="state_agent", faction="State", x=0, y=-300),
        Actor(id="town", name="Town", kind="community", faction="Town", x=-300, y=450),
        Actor(id="split", name="Splinter", kind="cartel", faction="Splinter", start=D(2011, 1, 1), x=300, y=450),
    ]
    ties = [
        Tie(id="b1", source="boss", target="l1", kind="trust"),
        Tie(id="b2", source="boss", target="l2", kind="trust"),
        Tie(id="ab", source="army", target="boss", kind="coercive"),
        Tie(id="ext", source="l1", target="town", kind="parasitic"),
        Tie(id="war", source="l1", target="l2", kind="conflict", start=D(2011, 1, 1)),
        Tie(id="sp", source="l2", target="split", kind="symbiotic"),
    ]
    events = [Event(id="kill", name="Boss killed", date=D(2010, 6, 15), actor_ids=["boss", "army"]),
              Event(id="ev_war", name="War of succession", date=D(2011, 1, 1), tie_ids=["war"])]
    views = [SavedView(id="v", name="Before", focus=ViewFocus(), as_of=D(2010, 1, 1))]
    amap = ActorMap(title="Kingpin story", as_of=D(2012, 1, 1), actors=actors, ties=ties, events=events,
                    views=views)
    path = tmp_path_factory.mktemp("dated") / "story.actormap"
    save_map(amap, path)
    return path



def test_analyze_as_of_before_and_after_the_killing(capsys, dated_file):
    code, out, err = run(capsys, "analyze", dated_file, "--as-of", "2010-06-14", "--json")
    assert code == 0, err
    res = json.loads(out)
    # boss, l1, l2, army, town (split not yet); ties b1 b2 ab ext: one component
    assert res["map"]["actors"] == 5 and res["map"]["ties"] == 4
    assert res["map"]["as_of"] == "2010-06-14" and res["map"]["perspective"] is None  # the JSON says which day
    assert {a["id"] for a in res["actors"]} == {"boss", "l1", "l2", "army", "town"}
    assert res["fragmentation"]["components"] == 1 and res["fragmentation"]["F"] == 0.0
    code, out, _ = run(capsys, "analyze", dated_file, "--as-of", "2010-06-15", "--json")
    res = json.loads(out)
    # the boss is gone with his ties: {l1, town}, {l2}, {army}: reachable ordered pairs 2 of 4*3
    assert {a["id"] for a in res["actors"]} == {"l1", "l2", "army", "town"}
    assert res["fragmentation"]["components"] == 3
    assert res["fragmentation"]["F"] == pytest.approx(1 - 2 / 12)
    code, out, _ = run(capsys, "analyze", dated_file, "--as-of", "2011-01-01")
    assert code == 0
    assert out.startswith("As of 2011-01-01: 5 of 6 actors, 3 of 6 ties. Undated")


def test_timeline_json_rows(capsys, dated_file):
    code, out, err = run(capsys, "timeline", dated_file, "--from", "2010-01-01", "--to", "2011-07-01",
                         "--step", "quarter", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["from"], data["to"], data["step"]) == ("2010-01-01", "2011-07-01", "quarter")
    rows = {r["date"]: r for r in data["rows"]}
    assert list(rows) == ["2010-01-01", "2010-04-01", "2010-07-01", "2010-10-01", "2011-01-01",
                          "2011-04-01", "2011-07-01"]
    before, after, war = rows["2010-04-01"], rows["2010-07-01"], rows["2011-01-01"]
    assert (before["actors"], before["ties"], before["components"], before["hostile_ties"]) == (5, 4, 1, 2)
    assert (after["actors"], after["ties"], after["components"], after["hostile_ties"]) == (4, 1, 3, 1)
    assert after["community_exposure"] == 1  # l1 extorts the town
    assert [e["id"] for e in after["events"]] == ["kill"]  # 15 June is in (1 April, 1 July]
    # 2011: the splinter and the war join: {l1, l2, town, split} and {army}: 12 of 20 ordered pairs
    assert (war["actors"], war["ties"], war["components"]) == (5, 3, 2)
    assert war["F"] == pytest.approx(1 - 12 / 20)
    assert [e["id"] for e in war["events"]] == ["ev_war"]
    assert data["undated_actors"] == 4 and data["undated_ties"] == 5


def test_timeline_text_and_default_range(capsys, dated_file):
    code, out, _ = run(capsys, "timeline", dated_file, "--step", "year")
    assert code == 0
    assert "From 2010-01-01 to 2012-01-01, by year." in out
    assert "4 undated actor(s) and 5 undated tie(s)" in out
    assert "* 2010-06-15  Boss killed" in out


@pytest.mark.parametrize("argv, fragment", [
    (["analyze", "{f}", "--as-of", "2010-02-30"], "the --as-of date '2010-02-30' is not a date"),
    (["timeline", "{f}", "--from", "2012-01-01", "--to", "2011-01-01"], "--from (2012-01-01) is after --to"),
    (["timeline", "{f}", "--from", "yesterday"], "the --from date 'yesterday' is not a date"),
    (["timeline", "{f}", "--step", "week"], "unknown --step 'week'"),
    (["timeline", "{f}", "--top", "-1"], "must be 0 or more, not -1"),
    (["analyze", "{f}", "--as-of", "2010-07-01", "--key-players", "3"], "between 1 and 2"),
    (["render", "{f}", "-o", "{out}", "--as-of", "2010/01/01"], "the --as-of date '2010/01/01' is not a date"),
])
def test_errors_are_one_line_exit_2(capsys, dated_file, tmp_path, argv, fragment):
    argv = [a.format(f=dated_file, out=tmp_path / "x.png") for a in argv]
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert fragment in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_an_actor_ending_before_it_starts_is_one_line_exit_2(capsys, tmp_path):
    bad = tmp_path / "bad.actormap"
    bad.write_text('{"format": "actormap", "schema_version": 2, "title": "t", "actors": [{"id": "a", '
                   '"name": "Ghost", "start": "2012-01-01", "end": "2011-01-01"}], "ties": []}')
    for cmd in (["analyze", bad, "--as-of", "2011-06-01"], ["timeline", bad]):
        code, out, err = run(capsys, *cmd)
        assert code == 2 and err.count("\n") == 1
        assert "actor 'Ghost' ends (2011-01-01) before it starts (2012-01-01)" in err


def _run(*args, timeout=120):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "actormap.cli", *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=timeout)


def _svg_texts(path):
    root = ElementTree.parse(str(path)).getroot()
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    desc = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}desc"))
    return texts, desc


def test_render_as_of_draws_that_date_and_states_it(dated_file, tmp_path):
    out = tmp_path / "a.svg"
    r = _run("render", dated_file, "-o", out, "--as-of", "2010-07-01")
    assert r.returncode == 0, r.stderr
    texts, desc = _svg_texts(out)
    assert "As of 2010-07-01" in texts and "2010-07-01" in desc
    # the legend lists what is drawn: after the killing only the extortion tie is left
    assert "parasitic" in texts and "trust (close" not in texts and "coercive" not in texts
    # a saved view pins its date: "Before" shows the boss's trust ties and the army's coercion
    r = _run("render", dated_file, "-o", out, "--view", "Before")
    assert r.returncode == 0, r.stderr
    texts, _ = _svg_texts(out)
    assert "As of 2010-01-01" in texts and "trust (close relationship)" in texts and "coercive" in texts


def test_report_as_of_states_the_date(dated_file, tmp_path):
    out = tmp_path / "r.html"
    r = _run("report", dated_file, "-o", out, "--as-of", "2011-02-01")
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert '<dt>As of</dt><dd dir="auto">2011-02-01</dd>' in html
    assert "Splinter" in html and "Boss" not in html
