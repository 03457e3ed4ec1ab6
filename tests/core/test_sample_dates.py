"""The sample maps carry the dates a facilitator plays (checked against the dates in their sources)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from actormap.core.io import load_map
from actormap.core.timeline import map_at

SAMPLES = Path(__file__).resolve().parents[2] / "sample_maps"
D = date


def _load(name):
    path = SAMPLES / f"{name}.actormap"
    if not path.exists():
        pytest.skip(f"sample map {path.name} not present")
    return load_map(path)


def _names(amap):
    return {a.name for a in amap.actors}


def _tie(amap, source_name, kind, target_name):
    ids = {a.name: a.id for a in amap.actors}
    return [t for t in amap.ties if t.source == ids.get(source_name) and t.target == ids.get(target_name)
            and t.kind == kind]


def test_el_salvador_truce_and_collapse():
    m = _load("el_salvador_2012_truce")
    events = {e.name: e for e in m.events}
    assert events["Gang leaders moved out of Zacatecoluca: the truce begins"].date == D(2012, 3, 8)
    assert events["Ilopango becomes the first peace zone"].date == D(2013, 1, 22)
    assert events["The truce collapses"].date.year == 2014
    talk = ("MS-13 imprisoned leadership (ranfla)", "dialogue", "Barrio 18 Sureños imprisoned leadership")
    assert not _tie(map_at(m, D(2012, 3, 8)), *talk)  # the truce ties start on the 9th (D12)
    assert _tie(map_at(m, D(2012, 3, 9)), *talk) and _tie(map_at(m, D(2014, 5, 31)), *talk)
    assert not _tie(map_at(m, D(2014, 6, 1)), *talk)
    assert m.as_of == D(2013, 4, 30)


def test_mexico_kingpins_leave_the_day_after():
    m = _load("mexico_kingpin_strategy")
    arturo = "Arturo Beltrán Leyva (BLO leader)"
    on_the_day = map_at(m, D(2009, 12, 16))
    assert arturo in _names(on_the_day)
    assert _tie(on_the_day, "Navy and marines (SEMAR)", "coercive", arturo)  # the strike shows on its day
    assert not _tie(on_the_day, arturo, "trust", "Édgar Valdez Villarreal ('La Barbie') network")
    assert arturo not in _names(map_at(m, D(2009, 12, 17)))
    split = ("Los Zetas", "conflict", "Gulf cartel")
    assert not _tie(map_at(m, D(2010, 1, 17)), *split) and _tie(map_at(m, D(2010, 1, 18)), *split)
    assert "Knights Templar (Caballeros Templarios)" not in _names(map_at(m, D(2011, 2, 28)))
    assert "Joaquín 'El Chapo' Guzmán" not in _names(map_at(m, D(2017, 1, 20)))
    assert {e.date for e in m.events} >= {D(2009, 12, 16), D(2010, 1, 18), D(2014, 2, 22), D(2017, 1, 19)}
    # no tie is dated with an empty interval (it would never be on the map)
    for t in m.ties:
        assert not (t.start and t.end and t.end <= t.start), t


@pytest.mark.parametrize("name", ["el_salvador_2012_truce", "mexico_kingpin_strategy",
                                  "libya_post_2011_militias", "rio_favelas"])
def test_every_sample_has_events_and_dated_actors_within_its_range(name):
    m = _load(name)
    assert len(m.events) >= 8
    assert any(a.start or a.end for a in m.actors)
    for e in m.events:
        assert e.sources, e.name
        assert D(2006, 1, 1) <= e.date <= D(2019, 1, 1)
