"""The map as of a date (interval semantics, undated items, references) and the timeline rows.

Rows are checked against ``analyze(map_at(map, date))`` run date by date, and against
values computed by hand from the definitions (F, hostile ties, community exposure).
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from actormap.core import timeline as tl_module
from actormap.core.analysis.report import analyze
from actormap.core.io import dumps_map, load_map, loads_map
from actormap.core.model import (
    Actor,
    ActorMap,
    Agreement,
    Event,
    Label,
    SavedView,
    Tie,
    ViewFocus,
)
from actormap.core.timeline import (
    MAX_STEPS,
    Timeline,
    TimelineError,
    add_months,
    default_range,
    holds,
    map_at,
    map_dates,
    parse_day,
    steps,
    timeline,
)

SAMPLES = Path(__file__).resolve().parents[2] / "sample_maps"
D = date


def A(i, **kw):
    return Actor(id=i, name=i.upper(), **kw)


def T(i, s, t, kind="trust", **kw):
    return Tie(id=i, source=s, target=t, kind=kind, **kw)


# ---- interval semantics ------------------------------------------------------------------

def test_start_inclusive_end_exclusive_undated_always():
    assert holds(D(2012, 3, 8), None, D(2012, 3, 8))
    assert not holds(D(2012, 3, 8), None, D(2012, 3, 7))
    assert holds(None, D(2014, 1, 1), D(2013, 12, 31))
    assert not holds(None, D(2014, 1, 1), D(2014, 1, 1))
    assert holds(None, None, D(1900, 1, 1)) and holds(None, None, D(2100, 1, 1))
    assert not holds(D(2012, 1, 1), D(2012, 1, 1), D(2012, 1, 1))  # an empty interval holds nothing


def _story() -> ActorMap:
    """a - b - c - d in a line; b leaves on 2012-01-01; d arrives 2011-06-01; the tie a-d only in 2011."""
    return ActorMap(
        title="story",
        actors=[A("a"), A("b", end=D(2012, 1, 1)), A("c"), A("d", start=D(2011, 6, 1))],
        ties=[T("ab", "a", "b"), T("bc", "b", "c", kind="conflict"), T("cd", "c", "d", kind="dialogue"),
              T("ad", "a", "d", start=D(2011, 1, 1), end=D(2012, 1, 1))],
    )


def ids(items):
    return sorted(x.id for x in items)


def test_map_at_keeps_what_the_date_holds_and_the_undated():
    m = _story()
    at = map_at(m, D(2011, 5, 31))
    assert ids(at.actors) == ["a", "b", "c"]
    assert ids(at.ties) == ["ab", "bc"]  # ad is dated from 2011-01-01 but d is not there yet
    at = map_at(m, D(2011, 6, 1))
    assert ids(at.actors) == ["a", "b", "c", "d"] and ids(at.ties) == ["ab", "ad", "bc", "cd"]
    at = map_at(m, D(2012, 1, 1))  # b's end and ad's end are exclusive
    assert ids(at.actors) == ["a", "c", "d"] and ids(at.ties) == ["cd"]
    assert at.as_of == D(2012, 1, 1)
    assert map_at(m, None) is m


def test_map_at_drops_references_and_keeps_events_views_and_valid():
    m = ActorMap(
        title="refs",
        actors=[A("a"), A("b", start=D(2013, 1, 1)), A("c")],
        ties=[T("ab", "a", "b"), T("ac", "a", "c")],
        agreements=[Agreement(id="g1", name="pact", parties=["a", "b"], guarantors=["c"]),
                    Agreement(id="g2", name="old truce", parties=["a", "c"], end=D(2012, 6, 1))],
        events=[Event(id="e1", name="talks", date=D(2013, 2, 1), actor_ids=["a", "b"], tie_ids=["ab", "ac"],
                      agreement_ids=["g1", "g2"])],
        views=[SavedView(id="v1", name="b's view", focus=ViewFocus(actor_ids=["a", "b"]))],
    )
    at = map_at(m, D(2012, 12, 31))
    assert ids(at.agreements) == ["g1"]
    g1 = at.agreements[0]
    assert g1.parties == ["a"] and g1.guarantors == ["c"]
    (e,) = at.events
    assert e.actor_ids == ["a"] and e.tie_ids == ["ac"] and e.agreement_ids == ["g1"]
    assert at.views[0].focus.actor_ids == ["a"]
    ActorMap.model_validate(at.model_dump())  # the result is a valid map
    assert m.events[0].actor_ids == ["a", "b"]  # the original is untouched


def test_map_at_follows_the_collection_table():
    """A collection declared by a feature cascades and drops like the built-in ones."""
    from collection_fixture import SightedMap, Sighting

    m = SightedMap(title="s", actors=[A("a"), A("b", end=D(2010, 1, 1))],
                   sightings=[Sighting(id="s1", name="seen", actor_id="b"),
                              Sighting(id="s2", name="seen", actor_id="a", with_ids=["b"])])
    at = map_at(m, D(2010, 1, 1))
    assert ids(at.sightings) == ["s2"] and at.sightings[0].with_ids == []
    assert type(at) is SightedMap


def test_labels_in_use_on_the_date():
    a = A("a", labels=[Label(source="x", label="rebels", end=D(2015, 1, 1)),
                       Label(source="x", label="party", start=D(2015, 1, 1)), Label(source="y", label="group")])
    m = ActorMap(title="l", actors=[a])
    assert [lab.label for lab in map_at(m, D(2014, 12, 31)).actors[0].labels] == ["rebels", "group"]
    assert [lab.label for lab in map_at(m, D(2015, 1, 1)).actors[0].labels] == ["party", "group"]


def test_end_before_start_is_refused_by_the_model():
    with pytest.raises(ValueError, match="ends .* before it starts"):
        A("x", start=D(2012, 1, 1), end=D(2011, 1, 1))


def test_events_round_trip_through_the_file():
    m = ActorMap(title="ev", actors=[A("a"), A("b")], ties=[T("ab", "a", "b")],
                 events=[Event(id="e1", name="Truce signed", date=D(2012, 3, 8), end=D(2012, 3, 10),
                               actor_ids=["a", "b"], tie_ids=["ab"], notes="two days", sources=["El Faro"])])
    back = loads_map(dumps_map(m))
    assert back == m and back.events[0].end == D(2012, 3, 10)


# ---- steps and ranges --------------------------------------------------------------------

def test_steps_count_from_the_start_without_drift():
    assert steps(D(2012, 1, 31), D(2012, 5, 1), "month") == [D(2012, 1, 31), D(2012, 2, 29), D(2012, 3, 31),
                                                             D(2012, 4, 30)]
    assert steps(D(2011, 11, 15), D(2012, 8, 15), "quarter") == [D(2011, 11, 15), D(2012, 2, 15),
                                                                 D(2012, 5, 15), D(2012, 8, 15)]
    assert steps(D(2012, 2, 29), D(2014, 3, 1), "year") == [D(2012, 2, 29), D(2013, 2, 28), D(2014, 2, 28)]
    assert steps(D(2012, 1, 1), D(2012, 1, 1)) == [D(2012, 1, 1)]
    assert add_months(D(2012, 1, 1), -1) == D(2011, 12, 1)


def test_bad_ranges_and_dates_are_one_readable_error():
    with pytest.raises(TimelineError, match="starts .* after it ends"):
        steps(D(2013, 1, 1), D(2012, 1, 1))
    with pytest.raises(TimelineError, match="unknown step 'week'"):
        steps(D(2012, 1, 1), D(2013, 1, 1), "week")
    with pytest.raises(TimelineError, match=f"more than {MAX_STEPS} steps"):
        steps(D(1800, 1, 1), D(2100, 1, 1), "month")
    with pytest.raises(TimelineError, match="'2012-13-01' is not a date"):
        parse_day("2012-13-01")
    with pytest.raises(TimelineError, match="no dates"):
        timeline(ActorMap(title="x", actors=[A("a")]))


def test_default_range_covers_every_date_of_the_map():
    m = _story().model_copy(update={"events": [Event(id="e", name="e", date=D(2013, 5, 20))]})
    assert map_dates(m) == [D(2011, 1, 1), D(2011, 6, 1), D(2012, 1, 1), D(2013, 5, 20)]
    assert default_range(m, "year") == (D(2011, 1, 1), D(2014, 1, 1), "year")
    assert default_range(m, "month") == (D(2011, 1, 1), D(2013, 6, 1), "month")
    assert default_range(m) == (D(2011, 1, 1), D(2013, 6, 1), "month")  # 29 months: by month


# ---- timeline rows -----------------------------------------------------------------------

def _F_by_hand(actors, ties) -> tuple[float, int]:
    """Fragmentation from its definition: ordered pairs that cannot reach each other, by BFS."""
    adj = {a: set() for a in actors}
    for s, t in ties:
        adj[s].add(t)
        adj[t].add(s)
    seen, comps, reach = set(), 0, 0
    for a in actors:
        if a in seen:
            continue
        comps += 1
        todo, comp = [a], {a}
        while todo:
            for b in adj[todo.pop()] - comp:
                comp.add(b)
                todo.append(b)
        seen |= comp
        reach += len(comp) * (len(comp) - 1)
    n = len(actors)
    return (1 - reach / (n * (n - 1)) if n > 1 else 0.0), comps


def test_rows_by_hand_on_the_story_map():
    tl = timeline(_story(), D(2010, 12, 1), D(2012, 3, 1), "quarter", top=0)
    got = {r.date: (r.actors, r.ties, r.F, r.components, r.hostile_ties) for r in tl.rows}
    assert list(got) == [D(2010, 12, 1), D(2011, 3, 1), D(2011, 6, 1), D(2011, 9, 1), D(2011, 12, 1), D(2012, 3, 1)]
    assert got[D(2010, 12, 1)] == (3, 2, 0.0, 1, 1)  # a-b-c
    assert got[D(2011, 6, 1)] == (4, 4, 0.0, 1, 1)
    # after b leaves: a alone, c-d: reachable ordered pairs 2 of 6 -> F = 2/3
    assert got[D(2012, 3, 1)] == (3, 1, pytest.approx(2 / 3), 2, 0)
    assert tl.undated_actors == 2 and tl.undated_ties == 3


def _dated_random_map(seed: int, n: int = 40) -> ActorMap:
    rng = random.Random(seed)
    kinds = ["trust", "symbiotic", "protective", "parasitic", "coercive", "conflict", "dialogue"]
    akinds = ["cartel", "gang", "community", "state_agent", "religious", "civil_society"]
    days = [D(2010, 1, 1) + (D(2012, 1, 1) - D(2010, 1, 1)) * (k / 9) for k in range(9)]

    def when():
        return rng.choice(days) if rng.random() < 0.3 else None

    actors = []
    for i in range(n):
        s, e = when(), when()
        if s and e and e <= s:
            s, e = None, e
        actors.append(Actor(id=f"a{i:02d}", name=f"Actor {i}", kind=rng.choice(akinds),
                            faction=f"f{rng.randrange(5)}", legitimacy=rng.choice([None, 0.2, 0.8]),
                            start=s, end=e))
    ties = []
    for k in range(int(n * 2.2)):
        u, v = rng.sample(range(n), 2)
        s, e = when(), when()
        if s and e and e <= s:
            s = None
        ties.append(Tie(id=f"t{k:03d}", source=f"a{u:02d}", target=f"a{v:02d}", kind=rng.choice(kinds),
                        strength=rng.randint(1, 3), confidence=rng.choice(["rumoured", "reported", "confirmed"]),
                        start=s, end=e))
    events = [Event(id=f"e{k}", name=f"event {k}", date=rng.choice(days)) for k in range(6)]
    return ActorMap(title=f"random {seed}", actors=actors, ties=ties, events=events)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_rows_equal_per_date_analyze_and_hand_counts(seed):
    m = _dated_random_map(seed)
    tl = timeline(m, D(2009, 10, 1), D(2012, 4, 1), "quarter", top=4)
    assert len(tl.rows) == 11
    community = {a.id for a in m.actors if a.kind == "community"}
    for r in tl.rows:
        at = map_at(m, r.date)
        res = analyze(at)
        assert r.actors == res.map.actors and r.ties == res.map.ties
        assert r.F == pytest.approx(res.fragmentation.F, abs=1e-12)
        assert r.components == res.fragmentation.components
        assert [x.id for x in res.mediators[:4]] == r.top_mediators
        assert [x.score for x in res.mediators[:4]] == pytest.approx(r.top_scores)
        F, k = _F_by_hand([a.id for a in at.actors], [(t.source, t.target) for t in at.ties])
        assert (r.F, r.components) == (pytest.approx(F), k)
        assert r.hostile_ties == sum(1 for t in at.ties if t.kind in ("conflict", "coercive", "parasitic"))
        assert r.community_exposure == sum(1 for t in at.ties if t.kind in ("coercive", "parasitic")
                                           and t.target in community)
    assert set(tl.names) == {i for r in tl.rows for i in r.top_mediators}


def test_events_of_each_row_are_those_since_the_previous_step():
    m = _story().model_copy(update={"events": [
        Event(id="e0", name="before", date=D(2010, 11, 30)),
        Event(id="e1", name="on the first step", date=D(2010, 12, 1)),
        Event(id="e2", name="between", date=D(2011, 2, 1)),
        Event(id="e3", name="on the second step", date=D(2011, 3, 1)),
        Event(id="e4", name="after", date=D(2011, 3, 2))]})
    tl = timeline(m, D(2010, 12, 1), D(2011, 3, 1), "quarter", top=0)
    assert [[e.id for e in r.events] for r in tl.rows] == [["e0", "e1"], ["e2", "e3"]]  # (prev, date]


def test_a_state_is_measured_once(monkeypatch):
    calls = []
    real = tl_module._measure

    def counting(sub, top, weights):
        calls.append((len(sub.actors), len(sub.ties)))
        return real(sub, top, weights)

    monkeypatch.setattr(tl_module, "_measure", counting)
    tl = timeline(_story(), D(2010, 1, 1), D(2013, 1, 1), "month", top=1)
    # states: until 2011-01 {a,b,c}; 2011-01..05 + tie ad (d absent, so the same actors and ties);
    # 2011-06..12 {a,b,c,d}; from 2012-01 {a,c,d}
    assert len(tl.rows) == 37
    assert calls == [(3, 2), (4, 4), (3, 1)]


def test_order_of_actors_and_ties_does_not_matter():
    m = _dated_random_map(7)
    rng = random.Random(0)
    actors, ties = list(m.actors), list(m.ties)
    rng.shuffle(actors)
    rng.shuffle(ties)
    shuffled = m.model_copy(update={"actors": actors, "ties": ties})
    a = timeline(m, D(2009, 1, 1), D(2012, 1, 1), "quarter")
    b = timeline(shuffled, D(2009, 1, 1), D(2012, 1, 1), "quarter")
    assert a == b


def test_json_round_trip_and_keys():
    tl = timeline(_dated_random_map(4), D(2010, 1, 1), D(2011, 1, 1), "quarter")
    import json

    data = json.loads(tl.to_json())
    assert {"from", "to", "step", "rows", "names", "undated_actors", "undated_ties"} <= set(data)
    assert set(data["rows"][0]) == {"date", "actors", "ties", "F", "components", "hostile_ties",
                                    "community_exposure", "top_mediators", "top_scores", "events"}
    assert Timeline.model_validate_json(tl.to_json()) == tl


@pytest.mark.parametrize("name", ["el_salvador_2012_truce", "mexico_kingpin_strategy",
                                  "libya_post_2011_militias", "rio_favelas"])
def test_sample_maps_rows_match_analyze(name):
    m = load_map(SAMPLES / f"{name}.actormap")
    tl = timeline(m, step="year")
    for r in tl.rows[::2]:
        res = analyze(map_at(m, r.date))
        assert r.F == pytest.approx(res.fragmentation.F) and r.components == res.fragmentation.components
        assert r.top_mediators == [x.id for x in res.mediators[:3]]
