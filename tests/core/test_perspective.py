"""Perspectives: a named change set over the shared map, and disagreements tie by tie."""

from pathlib import Path

import pytest

from actormap.core.analysis.mediators import insider_mediators
from actormap.core.io import load_map
from actormap.core.model import Actor, ActorMap, Perspective, Tie
from actormap.core.perspective import (
    PerspectiveError,
    compare_perspectives,
    disagreements,
    find_perspectives,
    perspective_base,
    perspective_patch,
    perspective_variant,
)

SAMPLES = Path(__file__).resolve().parents[2] / "sample_maps"


def shared():
    """Police, self-defence group, residents, cartel, priest (ids = first letters)."""
    actors = [Actor(id="pol", name="Police", kind="state_agent"), Actor(id="sdg", name="Self-defence group",
                                                                          kind="militia"),
              Actor(id="res", name="Residents", kind="community"), Actor(id="car", name="Cartel", kind="cartel"),
              Actor(id="pri", name="Priest", kind="religious")]
    ties = [Tie(id="t_sdg_res", source="sdg", target="res", kind="protective"),
            Tie(id="t_car_res", source="car", target="res", kind="coercive"),
            Tie(id="t_sdg_car", source="sdg", target="car", kind="conflict"),
            Tie(id="t_pol_sdg", source="pol", target="sdg", kind="dialogue"),
            Tie(id="t_pri_res", source="pri", target="res", kind="trust", strength=2)]
    return ActorMap(actors=actors, ties=ties)


def variant(base, remove=(), add=(), change=None):
    ties = {t.id: t for t in base.ties if t.id not in remove}
    for tid, fields in (change or {}).items():
        ties[tid] = Tie.model_validate({**ties[tid].model_dump(), **fields})
    for t in add:
        ties[t.id] = t
    return base.model_copy(update={"ties": sorted(ties.values(), key=lambda t: t.id)})


def with_perspectives(base, *views):
    ps = [Perspective(id=f"p_{name}", name=name, seen_by=seen_by, changes=perspective_patch(base, v))
          for name, seen_by, v in views]
    return base.model_copy(update={"perspectives": ps})


def test_the_police_and_the_residents_disagree_tie_by_tie():
    base = shared()
    # the police: the self-defence group coerces the residents, and it deals with the cartel
    police = variant(base, change={"t_sdg_res": {"kind": "coercive"}},
                     add=[Tie(id="t_sdg_car_sym", source="sdg", target="car", kind="symbiotic")])
    # the residents: the group protects them (as the shared map), the police collude with the cartel
    residents = variant(base, add=[Tie(id="t_pol_car", source="pol", target="car", kind="symbiotic")],
                        change={"t_pri_res": {"strength": 3}})
    m = with_perspectives(base, ("police", "pol", police), ("residents", "res", residents))
    pol, res = find_perspectives(m, ["police", "RESIDENTS"])
    found = disagreements(m, pol, res)
    # by hand: three pairs differ between the two views, listed by the pair's names
    got = [(d.names, [t.kind for t in d.a], [t.kind for t in d.b], d.what, d.sign_flip) for d in found]
    assert got == [
        (("Cartel", "Police"), [], ["symbiotic"], "only_b", False),
        (("Cartel", "Self-defence group"), ["conflict", "symbiotic"], ["conflict"], "kinds_differ", False),
        (("Priest", "Residents"), ["trust"], ["trust"], "strength_differs", False),
        (("Residents", "Self-defence group"), ["coercive"], ["protective"], "kinds_differ", True),
    ]
    flip = found[3]
    assert flip.a[0].text() == "Self-defence group → Residents: coercive"
    assert flip.b[0].source_name == "Self-defence group" and flip.b[0].directed
    # against the shared map (None): only the police's own changes
    vs_shared = disagreements(m, None, pol)
    assert [d.names for d in vs_shared] == [("Cartel", "Self-defence group"), ("Residents", "Self-defence group")]
    # symmetric in what it finds
    assert [d.names for d in disagreements(m, res, pol)] == [d.names for d in found]
    assert disagreements(m, pol, pol) == []


def test_a_direction_reversed_is_a_disagreement_but_a_mutual_tie_drawn_backwards_is_not():
    base = shared()
    reversed_ = variant(base, change={"t_sdg_res": {"source": "res", "target": "sdg"},
                                      "t_pri_res": {"source": "res", "target": "pri"}})
    found = disagreements(base, None, reversed_)
    assert [(d.names, d.what) for d in found] == [(("Residents", "Self-defence group"), "kinds_differ")]


def test_a_perspective_is_a_patch_over_the_shared_map_and_follows_later_edits_of_it():
    base = shared()
    police = variant(base, change={"t_sdg_res": {"kind": "coercive"}})
    m = with_perspectives(base, ("police", "pol", police))
    p = m.perspectives[0]
    assert list(p.changes.collections) == ["ties"]
    assert p.changes.collections["ties"].update[0].set == {"kind": "coercive"}
    # the shared map changes elsewhere: the perspective sees that too
    later = m.model_copy(update={"actors": [*m.actors, Actor(id="new", name="Newcomer")]})
    v, _cs, problems = perspective_variant(later, p)
    assert problems == [] and "new" in {a.id for a in v.actors}
    assert {t.id: t.kind for t in v.ties}["t_sdg_res"] == "coercive"
    assert perspective_base(later).perspectives == []


def test_unknown_or_ambiguous_perspective_names_are_one_message():
    m = with_perspectives(shared(), ("police", None, shared()))
    with pytest.raises(PerspectiveError, match="no perspective 'army'.*'police'"):
        find_perspectives(m, ["army"])


def test_the_comparison_names_the_disagreements_that_change_the_shortlist_by_brute_force():
    base = shared()
    police = variant(base, change={"t_sdg_res": {"kind": "coercive"}, "t_pri_res": {"strength": 1}})
    m = with_perspectives(base, ("police", "pol", police))
    (r,) = compare_perspectives(m, ["police"]).perspectives
    assert len(r.disagreements) == 2

    def top(amap):
        return {c.id for c in insider_mediators(amap).ranked[:5]}

    # brute force from the definition: put each disagreement alone into the shared map
    expected = []
    for i, d in enumerate(r.disagreements):
        pair = set(d.actors)
        ties = [t for t in base.ties if {t.source, t.target} != pair]
        ties += [t for t in police.ties if {t.source, t.target} == pair]
        if top(base.model_copy(update={"ties": ties})) != top(base):
            expected.append(i)
    assert r.shortlist_changers == expected
    assert expected == [1]  # the group coercing the residents costs it their acceptability; the weaker
    # trust tie of the priest alone does not change who is on the shortlist


def test_the_sample_perspectives_disagree_where_the_sources_do():
    m = load_map(SAMPLES / "libya_post_2011_militias.actormap")
    (p,) = m.perspectives
    found = disagreements(m, None, p)
    names = {d.names: d for d in found}
    zcg = "Zawiya coast guard unit (al-Bija)"
    d = names[("Migrants and refugees in transit and detention", zcg)]
    assert [t.kind for t in d.a] == ["coercive"] and [t.kind for t in d.b] == ["protective"] and d.sign_flip
    mx = load_map(SAMPLES / "mexico_kingpin_strategy.actormap")
    (p,) = mx.perspectives
    assert p.seen_by == next(a.id for a in mx.actors if a.name.startswith("Communities of Tierra Caliente"))
    whats = sorted(d.what for d in disagreements(mx, None, p))
    assert whats == ["kinds_differ", "only_a"]
