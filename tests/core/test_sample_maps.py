"""The shipped sample maps: valid, canonical, sized 12-40 actors, sourced and readable on a canvas."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest

from actormap.core.io import dumps_map, load_map
from actormap.core.model import ARMED_KINDS, TieKind
from actormap.core.semantics import SEMANTICS

SAMPLES = Path(__file__).resolve().parents[2] / "sample_maps"
EXPECTED = [
    "el_salvador_2012_truce",
    "mexico_kingpin_strategy",
    "libya_post_2011_militias",
    "rio_favelas",
]
PATHS = sorted(SAMPLES.glob("*.actormap"))


def test_expected_maps_are_present():
    names = {p.stem for p in PATHS}
    missing = [n for n in EXPECTED if n not in names]
    assert not missing, f"missing sample maps: {missing}"


@pytest.fixture(params=PATHS, ids=[p.stem for p in PATHS])
def sample(request):
    path = request.param
    return path, load_map(path)


def test_generator_reproduces_the_files(sample, monkeypatch):
    """tools/build_samples.py rebuilds each file byte for byte (ids are fixed uuid5s)."""
    path, _ = sample
    tools = SAMPLES.parent / "tools"
    if not (tools / "sample_data" / f"{path.stem}.py").exists():
        pytest.skip("map not made by the generator")
    monkeypatch.syspath_prepend(str(tools))
    import build_samples

    amap = build_samples.build(build_samples.load_spec(path.stem))
    assert dumps_map(amap).encode("utf-8") == path.read_bytes()


def test_round_trip_is_byte_identical(sample):
    path, amap = sample
    assert dumps_map(amap).encode("utf-8") == path.read_bytes()


def test_size_and_sources(sample):
    _, amap = sample
    assert 12 <= len(amap.actors) <= 40
    assert "Sources:" in amap.description
    assert amap.title and amap.viewpoint and amap.as_of and amap.authors
    assert amap.sensitivity == "public"


def test_tie_kinds_are_known(sample):
    _, amap = sample
    for t in amap.ties:
        assert TieKind(t.kind) in SEMANTICS


def test_every_actor_has_a_tie(sample):
    _, amap = sample
    tied = {t.source for t in amap.ties} | {t.target for t in amap.ties}
    lonely = [a.name for a in amap.actors if a.id not in tied]
    assert not lonely


def test_actors_do_not_overlap(sample):
    _, amap = sample
    for a, b in itertools.combinations(amap.actors, 2):
        d = math.hypot(a.x - b.x, a.y - b.y)
        assert d >= 100, f"{a.name!r} and {b.name!r} are {d:.0f} px apart"


def test_actors_are_described(sample):
    _, amap = sample
    for a in amap.actors:
        assert a.faction, a.name
        assert a.notes, a.name
        assert a.agenda is not None, a.name


def test_el_salvador_mediators_bridge_gangs_and_state_by_trust():
    """The record: Colindres and Mijango held trust ties into all three gangs and the government.

    Trust in the sense of the ``trust`` kind (a trusted interlocutor, an adviser), not a
    material exchange: none of their ties is symbiotic.
    """
    amap = load_map(SAMPLES / "el_salvador_2012_truce.actormap")
    by_id = amap.actors_by_id()
    for who in ("Colindres", "Mijango"):
        (me,) = [a for a in amap.actors if who in a.name]
        mine = [t for t in amap.ties if me.id in (t.source, t.target)]
        reached = {by_id[t.target if t.source == me.id else t.source].faction for t in mine if t.kind == TieKind.TRUST}
        assert {"MS-13", "Barrio 18 Sureños", "Barrio 18 Revolucionarios", "Government (Funes)"} <= reached
        assert not [t for t in mine if t.kind == TieKind.SYMBIOTIC]


def test_legitimacy_follows_one_convention(sample):
    """Each description states its legitimacy basis by the README's convention, and an armed
    group is judged as one: its nodes in one camp share one value (or are all not assessed)."""
    _, amap = sample
    assert "Legitimacy follows the convention of the sample maps" in amap.description
    readme = (SAMPLES.parent / "README.md").read_text(encoding="utf-8")
    assert "armed groups get the same treatment as any other actor" in readme
    by_camp: dict[str, set[float | None]] = {}
    for a in amap.actors:
        if a.kind in ARMED_KINDS:
            by_camp.setdefault(a.faction, set()).add(a.legitimacy)
    split = {camp: values for camp, values in by_camp.items() if len(values) > 1}
    assert not split, split
