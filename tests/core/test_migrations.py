"""Schema migrations: a real version-0 file upgrades; newer or odd versions are refused."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from actormap.core.io import MapFileError, dumps_map, load_map, loads_map
from actormap.core.io.migrations import MIGRATIONS, MigrationError, migrate
from actormap.core.model import SCHEMA_VERSION

V0 = Path(__file__).parent.parent / "fixtures" / "v0_map.json"


def v0(**changes) -> bytes:
    data = json.loads(V0.read_text(encoding="utf-8"))
    data.update(changes)
    return json.dumps(data).encode()


def v0_node(i: int, **changes) -> bytes:
    data = json.loads(V0.read_text(encoding="utf-8"))
    data["nodes"][i].update(changes)
    return json.dumps(data).encode()


def test_chain_covers_every_version():
    assert sorted(MIGRATIONS) == list(range(SCHEMA_VERSION))


def test_v0_fixture_really_is_version_0():
    raw = json.loads(V0.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 0 and "nodes" in raw and "actors" not in raw


def test_v0_map_migrates_to_the_expected_v1_content():
    m = load_map(V0)
    assert m.schema_version == SCHEMA_VERSION
    assert (m.title, m.as_of, m.authors) == ("Libya 2013 (prototype map)", date(2013, 5, 1), ["Field team"])
    a = m.actors_by_id()
    assert len(a) == 7
    z = a["zintan"]
    assert (z.name, z.kind, z.faction, z.power, z.legitimacy, z.x, z.y) == (
        "Zintan brigades", "militia", "Zintan", 4, 0.45, -200.0, 10.0)
    assert z.sources == ["Small Arms Survey 2012"]
    assert a["gnc"].kind == "state_agent" and a["gnc"].legitimacy is None
    assert a["mufti"].kind == "religious" and a["mufti"].legitimacy == pytest.approx(0.605)
    assert a["un"].external and not a["zintan"].external
    assert a["smugglers"].legitimacy is None and (a["smugglers"].x, a["smugglers"].y) == (0.0, 0.0)
    assert a["elders"].notes == "Brokered local ceasefires"
    t = {x.id: x for x in m.ties}
    assert (t["l1"].source, t["l1"].target, t["l1"].kind, t["l1"].strength, t["l1"].confidence) == (
        "zintan", "misrata", "conflict", 3, "confirmed")
    assert t["l2"].kind == t["l3"].kind == "dialogue"
    assert t["l3"].strength == 2, "a link without weight gets the default strength"
    assert t["l4"].kind == "coercive" and t["l4"].start == date(2013, 5, 5)
    assert t["l5"].kind == "symbiotic" and t["l6"].kind == "protective"
    assert t["l7"].kind == "symbiotic", "a link without type gets the default kind"


def test_migrated_map_saves_as_a_valid_current_file():
    text = dumps_map(load_map(V0))
    assert json.loads(text)["schema_version"] == SCHEMA_VERSION
    assert dumps_map(loads_map(text.encode())) == text


def test_migrate_leaves_current_documents_alone():
    doc = {"format": "actormap", "schema_version": SCHEMA_VERSION, "title": "x"}
    assert migrate(dict(doc)) == doc


def test_missing_version_is_treated_as_version_0():
    data = json.loads(V0.read_text(encoding="utf-8"))
    del data["schema_version"]
    assert load_map(V0) == loads_map(json.dumps(data).encode(), V0)


@pytest.mark.parametrize("version", [99, SCHEMA_VERSION + 1])
def test_newer_version_is_refused_politely(tmp_path, version):
    p = tmp_path / "new.actormap"
    p.write_bytes(v0(schema_version=version))
    with pytest.raises(MapFileError) as info:
        load_map(p)
    msg = str(info.value)
    assert str(p) in msg and f"schema version {version}" in msg and "Please update actormap" in msg


@pytest.mark.parametrize("version", ["1", 1.0, 0.5, -1, True, None, [1], {"v": 1}])
def test_non_integer_versions_are_refused(version):
    with pytest.raises(MapFileError, match="schema_version should be a whole number"):
        loads_map(v0(schema_version=version), "odd.actormap")


@pytest.mark.parametrize(
    "content, expected",
    [
        (v0(nodes={"a": 1}), "'nodes' should be a list of objects"),
        (v0(links=[1, 2]), "'links' should be a list of objects"),
        (v0_node(0, pos=[1, 2, 3]), "nodes.0.pos should be a pair"),
        (v0_node(1, legitimacy="high"), "nodes.1.legitimacy should be a percentage"),
        (v0_node(1, legitimacy=150), "actors.1.legitimacy"),
        (v0_node(2, type="wizard"), "actors.2.kind"),
        (v0_node(0, colour="red"), "actors.0.colour"),
    ],
)
def test_bad_version_0_content_is_one_clear_error(content, expected):
    with pytest.raises(MapFileError) as info:
        loads_map(content, "proto.actormap")
    assert type(info.value) is MapFileError
    assert str(info.value).startswith("Cannot read 'proto.actormap': ") and expected in str(info.value)


def test_migration_error_is_a_value_error():
    with pytest.raises(MigrationError):
        migrate({"schema_version": 1000})


V1 = Path(__file__).parent.parent / "fixtures" / "v1_el_salvador.actormap"


def test_v1_fixture_really_is_version_1():
    raw = json.loads(V1.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 1
    assert all("zoom" in v and "width" not in v for v in raw["views"]) and raw["views"]


def test_v1_map_migrates_views_to_regions_and_keeps_everything_else():
    raw = json.loads(V1.read_text(encoding="utf-8"))
    m = load_map(V1)
    assert m.schema_version == SCHEMA_VERSION
    # a v1 zoom was pixels per map unit in a 1280x800 window: the region shown is 1280/zoom x 800/zoom
    for old, new in zip(raw["views"], m.views, strict=True):
        assert (new.id, new.name, new.center_x, new.center_y) == (old["id"], old["name"], old["center_x"],
                                                                  old["center_y"])
        assert new.width == pytest.approx(1280 / old["zoom"]) and new.height == pytest.approx(800 / old["zoom"])
        assert new.focus.model_dump(mode="json") == old["focus"]
    # actors and ties keep every v1 value (no silent re-typing of symbiotic ties as trust)
    for key in ("actors", "ties"):
        got = {i.id: i.model_dump(mode="json") for i in getattr(m, key)}
        for old in raw[key]:
            new = got[old["id"]]
            assert {k: new[k] for k in old if k != "labels"} == {k: v for k, v in old.items() if k != "labels"}
            assert [{k: lab[k] for k in ("source", "label")} for lab in new.get("labels", [])] == old.get("labels", [])
    assert {t.kind for t in m.ties} == {t["kind"] for t in raw["ties"]}
    assert (m.agreements, m.events, m.scenarios, m.perspectives, m.conflicts) == ([], [], [], [], [])


def test_v1_view_with_a_bad_zoom_is_one_clear_error(tmp_path):
    raw = json.loads(V1.read_text(encoding="utf-8"))
    raw["views"][0]["zoom"] = 0
    p = tmp_path / "bad.actormap"
    p.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(MapFileError, match=r"views\.0\.zoom should be a number above 0"):
        load_map(p)


# ---- refuse, don't guess: a missing or 0 schema_version is read as the prototype only when it is one
CURRENT = Path(__file__).parent.parent / "fixtures" / "sample_like.actormap"


def current_without_version(*drop: str, **changes) -> bytes:
    data = json.loads(CURRENT.read_text(encoding="utf-8"))
    for key in ("schema_version", *drop):
        del data[key]
    data.update(changes)
    return json.dumps(data).encode()


MISSING, ZERO = "has no schema_version", "says schema_version 0 (the prototype format)"


@pytest.mark.parametrize(
    "content, said, why",
    [
        (current_without_version(), MISSING, "it has 'actors' and 'ties' and 'views' like a current map"),
        (current_without_version(schema_version=0), ZERO, "'actors' and 'ties' and 'views'"),
        (current_without_version("ties", "views"), MISSING, "it has 'actors' like a current map"),
        (b'{"format": "actormap", "title": "x"}', MISSING, "no prototype 'nodes' list either"),
        (b'{"format": "actormap", "schema_version": 0}', ZERO, "no prototype 'nodes' list"),
        (v0(actors=[]), ZERO, "it has 'actors' like a current map"),
    ],
    ids=["current-map", "current-map-says-0", "actors-only", "no-lists", "empty-v0", "v0-with-actors"],
)
def test_a_file_that_is_not_really_a_prototype_is_refused_and_left_alone(tmp_path, content, said, why):
    p = tmp_path / "lost-version.actormap"
    p.write_bytes(content)
    before = (p.read_bytes(), p.stat().st_mtime_ns)
    with pytest.raises(MapFileError) as info:
        load_map(p)
    msg = str(info.value)
    assert msg.startswith(f"Cannot read '{p}': it {said}, but ") and why in msg, msg
    fix = f'add "schema_version": {SCHEMA_VERSION} after "format"' if said == MISSING else f'set "schema_version" to {SCHEMA_VERSION}'
    assert msg.endswith(f"; it is refused rather than read as an empty map. If it is a current map, {fix}")
    assert "\n" not in msg
    assert (p.read_bytes(), p.stat().st_mtime_ns) == before and [x.name for x in tmp_path.iterdir()] == [p.name]


def test_the_v0_migration_itself_checks_its_keys():
    with pytest.raises(MigrationError, match="no prototype 'nodes' list"):
        MIGRATIONS[0]({"format": "actormap", "schema_version": 0, "title": "x"})
    with pytest.raises(MigrationError, match="'ties' like a current map"):
        MIGRATIONS[0]({"format": "actormap", "nodes": [], "ties": []})


def test_a_prototype_file_without_links_or_version_still_migrates():
    data = json.loads(V0.read_text(encoding="utf-8"))
    del data["links"], data["schema_version"]
    m = loads_map(json.dumps(data).encode(), "proto.actormap")
    assert len(m.actors) == 7 and m.ties == []
