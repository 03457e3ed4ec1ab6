"""``.actormap`` reading and writing: every bad input, atomic save, round trip, fuzzing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actormap.core.io import (
    MAX_FILE_BYTES,
    MapFileError,
    MapStore,
    MapWriteError,
    dumps_map,
    load_map,
    loads_map,
    save_map,
)
from actormap.core.model import ActorMap

ROOT = Path(__file__).parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE = FIXTURES / "sample_like.actormap"
MAPS = [SAMPLE, *sorted((ROOT / "sample_maps").glob("*.actormap"))]
VALID = json.loads(SAMPLE.read_text(encoding="utf-8"))


def doc(**changes) -> bytes:
    data = json.loads(json.dumps(VALID))
    data.update(changes)
    return json.dumps(data).encode()


def with_actor(i: int, **changes) -> bytes:
    data = json.loads(json.dumps(VALID))
    data["actors"][i].update(changes)
    return json.dumps(data).encode()


def with_tie(i: int, **changes) -> bytes:
    data = json.loads(json.dumps(VALID))
    data["ties"][i].update(changes)
    return json.dumps(data).encode()


def truncated() -> bytes:
    raw = SAMPLE.read_bytes()
    return raw[: len(raw) // 2]


# case -> (file content, words the message must contain)
BAD = {
    "truncated JSON": (truncated(), "not valid JSON"),
    "non-JSON text": (b"title: my map\nactors: none\n", "not valid JSON"),
    "binary junk": (bytes(range(256)) * 4, "not a text file"),
    "binary with NUL but valid UTF-8": (b'{"format": "actormap\x00"}', "binary data"),
    "empty file": (b"", "empty"),
    "only whitespace": (b"  \n\t\n", "empty"),
    "JSON list": (b"[1, 2, 3]", "not an actormap file"),
    "JSON number": (b"42", "not an actormap file"),
    "JSON string": (b'"actormap"', "not an actormap file"),
    "object without format": (b'{"title": "x", "actors": []}', "not an actormap file"),
    "other format": (b'{"format": "gephi", "schema_version": 1}', "not an actormap file"),
    "NaN literal": (doc(title="x").replace(b'"x"', b"NaN"), "NaN is not a valid number"),
    "actors not a list": (doc(actors={"a": 1}), "actors"),
    "actor is a number": (doc(actors=[7]), "actors.0"),
    "power is text": (with_actor(0, power="big"), "actors.0.power"),
    "power out of range": (with_actor(0, power=6), "actors.0.power"),
    "legitimacy above 1": (with_actor(0, legitimacy=1.5), "actors.0.legitimacy"),
    "coordinate absurd": (with_actor(0, x=1e300), "actors.0.x"),
    "unknown actor kind": (with_actor(0, kind="wizard"), "actors.0.kind"),
    "name empty": (with_actor(0, name="   "), "actors.0.name"),
    "name too long": (with_actor(0, name="n" * 201), "actors.0.name"),
    "too many sources": (with_actor(0, sources=["s"] * 201), "actors.0.sources"),
    "unknown field": (with_actor(0, colour="red"), "actors.0.colour"),
    "strength out of range": (with_tie(0, strength=0), "ties.0.strength"),
    "bad date": (with_tie(0, start="last year"), "ties.0.start"),
    "end before start": (with_tie(0, start="2012-03-09", end="2012-03-08"), "before it starts"),
    "dangling tie end": (with_tie(0, target="nobody"), "points at a missing actor 'nobody'"),
    "duplicate actor ids": (with_actor(1, id=VALID["actors"][0]["id"]), "two actors share the id"),
    "tie id equals actor id": (with_tie(0, id=VALID["actors"][0]["id"]), "used twice"),
    "self-loop tie": (with_tie(0, target=VALID["ties"][0]["source"]), "to itself"),
    "deep nesting 100000": (b"[" * 100_000 + b"]" * 100_000, "nested more than 32 levels"),
    "deep nesting unclosed": (b'{"format": "actormap", "notes": ' + b"[" * 100_000, "nested more than 32 levels"),
    "deep nesting inside a field": (with_actor(0, notes=json.loads("[" * 40 + "]" * 40)), "nested more than 32"),
    "newer schema version": (doc(schema_version=99), "newer version of actormap (schema version 99"),
    "non-integer version": (doc(schema_version="1"), "schema_version should be a whole number"),
    "float version": (doc(schema_version=1.5), "schema_version should be a whole number"),
    "negative version": (doc(schema_version=-1), "schema_version should be a whole number"),
    "boolean version": (doc(schema_version=True), "schema_version should be a whole number"),
    "lone surrogate": (doc(title="x").replace(b'"x"', b'"\\ud800"'), "lone UTF-16 surrogate"),
    "huge integer": (doc(title="x").replace(b'"x"', b"1" + b"0" * 5000), "not valid JSON"),
}


def snapshot_dir(d: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in d.iterdir()}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_file_gives_one_map_file_error_and_changes_nothing(tmp_path, case):
    content, expected = BAD[case]
    p = tmp_path / "bad.actormap"
    p.write_bytes(content)
    before = snapshot_dir(tmp_path)
    with pytest.raises(MapFileError) as info:
        load_map(p)
    assert type(info.value) is MapFileError
    message = str(info.value)
    assert message.startswith(f"Cannot read '{p}': "), message
    assert expected in message, message
    assert "\n" not in message and "Traceback" not in message
    assert snapshot_dir(tmp_path) == before


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(MapFileError, match="no such file"):
        load_map(tmp_path / "nope.actormap")
    with pytest.raises(MapFileError, match="not a file|folder"):
        load_map(tmp_path)


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    p = tmp_path / "huge.actormap"
    with open(p, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: no 50 MB actually written
    opened = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    with pytest.raises(MapFileError, match=r"huge\.actormap'.*over the 50 MB limit"):
        load_map(p)
    assert opened == []


def test_file_at_the_size_limit_is_read_and_one_byte_more_is_not(tmp_path):
    content = SAMPLE.read_bytes()
    p = tmp_path / "edge.actormap"
    p.write_bytes(content)
    assert len(MapStore(max_bytes=len(content)).read(p).actors) == len(VALID["actors"])
    with pytest.raises(MapFileError, match=rf"the file is {len(content)} bytes, over the {len(content) - 1} bytes limit"):
        MapStore(max_bytes=len(content) - 1).read(p)


def test_loads_refuses_oversized_bytes():
    with pytest.raises(MapFileError, match="larger than the 100 bytes limit"):
        MapStore(max_bytes=100).loads(SAMPLE.read_bytes())


def test_unreadable_file(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    p = tmp_path / "locked.actormap"
    p.write_bytes(SAMPLE.read_bytes())
    p.chmod(0)
    with pytest.raises(MapFileError, match="permission denied"):
        load_map(p)


def test_utf8_bom_is_accepted():
    assert loads_map(b"\xef\xbb\xbf" + SAMPLE.read_bytes()).title == VALID["title"]


# ---- round trip and canonical form ------------------------------------------------
@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.name)
def test_load_save_load_gives_identical_bytes(tmp_path, path):
    amap = load_map(path)
    out = tmp_path / "copy.actormap"
    save_map(amap, out)
    assert out.read_bytes() == path.read_bytes()
    assert load_map(out) == amap


def test_canonical_form_sorts_lists_and_puts_format_first():
    amap = load_map(SAMPLE)
    shuffled = amap.model_copy(update={"actors": amap.actors[::-1], "ties": amap.ties[::-1]})
    text = dumps_map(shuffled)
    assert text == SAMPLE.read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": "actormap",\n  "schema_version": 2,\n')
    data = json.loads(text)
    assert [a["id"] for a in data["actors"]] == sorted(a.id for a in amap.actors)


# ---- atomic save -----------------------------------------------------------------
def test_failed_replace_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    p = tmp_path / "map.actormap"
    p.write_bytes(SAMPLE.read_bytes())
    before = p.read_bytes()

    def boom(src, dst):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(MapWriteError, match=r"Cannot write '.*map\.actormap': Input/output error"):
        save_map(ActorMap(title="new"), p)
    assert p.read_bytes() == before
    assert [x.name for x in tmp_path.iterdir()] == ["map.actormap"]


def test_crash_in_the_middle_of_writing_keeps_the_old_file(tmp_path, monkeypatch):
    """The write itself dies half-way (disk full, or the process is killed)."""
    p = tmp_path / "map.actormap"
    p.write_bytes(SAMPLE.read_bytes())
    before = p.read_bytes()
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            self.fh.write(data[: len(data) // 2])
            raise KeyboardInterrupt  # not even an OSError: still cleaned up

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    with pytest.raises(KeyboardInterrupt):
        save_map(load_map(SAMPLE).model_copy(update={"title": "changed"}), p)
    assert p.read_bytes() == before
    assert [x.name for x in tmp_path.iterdir()] == ["map.actormap"]


def test_save_keeps_file_permissions(tmp_path):
    p = tmp_path / "map.actormap"
    p.write_bytes(b"old")
    p.chmod(0o640)
    save_map(ActorMap(), p)
    assert p.stat().st_mode & 0o777 == 0o640


def test_save_into_read_only_folder(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can write into read-only folders")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(MapWriteError, match=r"Cannot write '.*ro/m\.actormap'"):
            save_map(ActorMap(), ro / "m.actormap")
        assert list(ro.iterdir()) == []
    finally:
        ro.chmod(0o700)


def test_save_into_missing_folder(tmp_path):
    with pytest.raises(MapWriteError, match="No such file or directory"):
        save_map(ActorMap(), tmp_path / "missing" / "m.actormap")


def test_save_where_the_folder_is_a_file(tmp_path):
    """A real refusal even for root: the 'folder' is a plain file."""
    blocker = tmp_path / "notafolder"
    blocker.write_bytes(b"x")
    with pytest.raises(MapWriteError, match="Not a directory"):
        save_map(ActorMap(), blocker / "m.actormap")
    assert blocker.read_bytes() == b"x"


def test_save_into_folder_blocked_by_os_error(tmp_path, monkeypatch):
    """Same path as a read-only folder, for when tests run as root: mkstemp is refused."""
    import tempfile

    def refuse(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(MapWriteError, match="Permission denied"):
        save_map(ActorMap(), tmp_path / "m.actormap")
    assert list(tmp_path.iterdir()) == []


# ---- fuzzing: nothing but MapFileError may escape -----------------------------------
def _loads_only_map_file_error(data):
    try:
        amap = loads_map(data, "fuzz.actormap")
    except MapFileError as err:
        assert str(err).startswith("Cannot read 'fuzz.actormap': ")
        return
    # whatever loads must also save and load back unchanged
    text = dumps_map(amap)
    assert dumps_map(loads_map(text.encode("utf-8"))) == text


FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=30,
)


@FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_random_bytes(data):
    _loads_only_map_file_error(data)


@FUZZ
@given(st.text(max_size=500))
def test_fuzz_random_text(data):
    _loads_only_map_file_error(data)


@FUZZ
@given(json_values)
def test_fuzz_random_json(value):
    _loads_only_map_file_error(json.dumps(value).encode())


@FUZZ
@given(json_values, st.sampled_from([0, 1, None]))
def test_fuzz_random_json_claiming_to_be_a_map(value, version):
    data = {"format": "actormap", "actors": value, "ties": value, "nodes": value, "links": value}
    if version is not None:
        data["schema_version"] = version
    _loads_only_map_file_error(json.dumps(data).encode())


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


ALL_PATHS = [p for p in _paths(VALID) if p]


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(ALL_PATHS), st.sampled_from(["set", "delete"]), json_values), max_size=4))
def test_fuzz_mutated_valid_map(mutations):
    data = json.loads(json.dumps(VALID))
    for path, action, value in mutations:
        parent = data
        try:
            for key in path[:-1]:
                parent = parent[key]
            if action == "delete":
                del parent[path[-1]]
            else:
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    _loads_only_map_file_error(json.dumps(data).encode())


@FUZZ
@given(st.integers(0, len(SAMPLE.read_bytes()) - 1), st.binary(min_size=1, max_size=8))
def test_fuzz_corrupted_bytes(pos, junk):
    raw = SAMPLE.read_bytes()
    _loads_only_map_file_error(raw[:pos] + junk + raw[pos + len(junk):])
