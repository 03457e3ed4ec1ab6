"""Redacted copies: nothing identifying left, structure kept, the analysis gives the same numbers.

The equality test runs the full ``analyze`` (with key players) on every sample map and
its redacted copy and compares every value, ids and factions mapped; only names,
reason texts and orders that are sorted by name are left out of the comparison.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from actormap.core.analysis.report import analyze
from actormap.core.errors import ActorMapError
from actormap.core.io import MapStore, load_map
from actormap.core.model import (
    Actor,
    ActorKind,
    ActorMap,
    Agreement,
    AgreementKind,
    Event,
    Label,
    MergeConflict,
    Provenance,
    SavedView,
    Scenario,
    Tie,
    TieKind,
    ViewFocus,
)
from actormap.core.patch import apply_patch
from actormap.core.redact import RedactOptions, redact

ROOT = Path(__file__).parent.parent.parent
SAMPLES = sorted((ROOT / "sample_maps").glob("*.actormap")) + [ROOT / "tests" / "fixtures" / "sample_like.actormap"]
NAME_SORTED = {"mediators", "gated"}  # lists ordered by name among equal scores


def _map(x, ids: dict, factions: dict):
    """The result with every original id and faction replaced by its code; names and texts left out."""
    if isinstance(x, dict):
        return {_map(k, ids, factions): _map(v, ids, factions) for k, v in x.items()
                if k not in ("name", "reasons", "title")}
    if isinstance(x, list):
        return [_map(v, ids, factions) for v in x]
    if isinstance(x, str):
        return ids.get(x, factions.get(x, x))
    return x


def _normal(result: dict) -> dict:
    out = dict(result)
    for key in NAME_SORTED:
        out[key] = {m["id"]: {**m, "sole_channel": sorted(sorted(p) for p in m.get("sole_channel", []))}
                    for m in result[key]}
    return out


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_analysis_of_the_redacted_map_gives_the_same_numbers(path):
    amap = load_map(path)
    red = redact(amap, RedactOptions(coarsen_dates=True))
    k = 2 if len(amap.actors) >= 4 else None
    before = _normal(_map(json.loads(analyze(amap, key_players=k).to_json()), red.ids, red.factions))
    after = _normal(_map(json.loads(analyze(red.amap, key_players=k).to_json()), {}, {}))
    assert after == before


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_nothing_identifying_is_left(path):
    amap = load_map(path)
    red = redact(amap).amap
    text = MapStore().dumps(red).decode()
    secrets = {a.name for a in amap.actors} | {a.short_name for a in amap.actors} | {a.faction for a in amap.actors}
    secrets |= {a.notes for a in amap.actors} | {t.notes for t in amap.ties} | {s for a in amap.actors for s in a.sources}
    secrets |= {item.name for coll in ("views", "agreements", "events", "scenarios", "perspectives")
                for item in getattr(amap, coll)}
    secrets |= {amap.title, amap.description, amap.viewpoint, *amap.authors}
    secrets |= {x for a in amap.actors for lab in a.labels for x in (lab.source, lab.label, lab.jurisdiction)} - {
        *(k.value for k in ActorKind), *(k.value for k in TieKind)}  # a label may be a word like "community"
    leaked = sorted(s for s in secrets if len(s) >= 5 and f'"{s}"' in text)
    assert leaked == []
    assert red.redacted and red.title.endswith("(redacted)")
    assert all(not a.sources and not a.notes and a.provenance is None for a in red.actors)
    # labels go, except legal designations (the mediator judgment reads them): coded, dates kept
    kept = [lab for a in red.actors for lab in a.labels]
    assert all(lab.designation and lab.label == "designation" and lab.source.startswith("Source ") for lab in kept)
    assert len(kept) == sum(lab.designation for a in amap.actors for lab in a.labels)
    assert [t.kind for t in sorted(red.ties, key=lambda t: t.id)] == \
        [t.kind for t in sorted(amap.ties, key=lambda t: t.id)]


def _rich_map() -> ActorMap:
    prov = Provenance(created_by="Ana Field Officer")
    a = [Actor(id="z-gang", name="Barrio 18 Sureños", kind=ActorKind.GANG, faction="B18", notes="informant X",
               labels=[Label(source="US", label="TCO")], sources=["interview 3"], short_name="B18S",
               start=date(2012, 3, 9), end=date(2014, 5, 1), provenance=prov),
         Actor(id="b-gang", name="MS-13", kind=ActorKind.GANG, faction="MS"),
         Actor(id="c-church", name="Bishop Colindres", kind=ActorKind.RELIGIOUS, start=date(2013, 1, 1)),
         Actor(id="d-gov", name="Ministry of Security", kind=ActorKind.STATE_AGENT)]
    t = [Tie(id="t1", source="z-gang", target="b-gang", kind=TieKind.CONFLICT, notes="war since 1990",
             sources=["press"], start=date(1990, 6, 1)),
         Tie(id="t2", source="c-church", target="z-gang", kind=TieKind.DIALOGUE),
         Tie(id="t3", source="c-church", target="b-gang", kind=TieKind.TRUST, provenance=prov)]
    views = [SavedView(id="v2", name="Gang leaders only", notes="for the ministry",
                       focus=ViewFocus(actor_ids=["z-gang", "b-gang"], factions=["B18"])),
             SavedView(id="v1", name="Church", as_of=date(2012, 7, 4))]
    ag = [Agreement(id="g1", name="Tregua de pandillas", kind=AgreementKind.TRUCE, parties=["z-gang", "b-gang"],
                    facilitators=["c-church"], terms=["no killings in schools", "weapons handed over"],
                    start=date(2012, 3, 9), notes="secret annex")]
    ev = [Event(id="e1", name="Transfer of leaders to Ciudad Barrios", date=date(2012, 3, 8),
                end=date(2012, 3, 10), actor_ids=["z-gang"], tie_ids=["t1"], agreement_ids=["g1"])]
    base = ActorMap(title="El Salvador truce, confidential", description="from sources A, B",
                    authors=["R. Analyst"], actors=a, ties=t, views=views, agreements=ag, events=ev)
    from actormap.core.diff import diff
    from actormap.core.patch import patch_of

    variant = base.model_copy(update={
        "actors": [*base.actors[:3], Actor(id="d-gov", name="Ministry renamed", kind=ActorKind.STATE_AGENT,
                                           notes="minister's phone"),
                   Actor(id="new-x", name="Mara Salvatrucha splinter", kind=ActorKind.GANG, faction="MS")],
        "ties": [*base.ties[:2]]})
    sc = Scenario(id="s1", name="Arrest of El Viejo Lin", description="plan B", changes=patch_of(diff(base, variant)))
    mc = MergeConflict(collection="actors", item_id="z-gang", field="name", ours="Barrio 18", theirs="B-18",
                       ours_by="Ana", theirs_by="Ben")
    return base.model_copy(update={"scenarios": [sc], "conflicts": [mc]})


def test_every_collection_keeps_its_structure_under_codes():
    amap = ActorMap.model_validate(_rich_map().model_dump())
    r = redact(amap, RedactOptions(coarsen_dates=True))
    red, ids = r.amap, r.ids
    text = MapStore().dumps(red).decode()
    for secret in ("Barrio", "MS-13", "Colindres", "Ministry", "informant", "interview", "Tregua", "schools",
                   "Ciudad", "Viejo", "plan B", "Ana", "Ben", "confidential", "R. Analyst", "B18", "splinter",
                   "phone", "TCO", "press", "war since"):
        assert secret not in text, secret
    by = {a.id: a for a in red.actors}
    # codes: kind + number, numbered by original id order within the kind ("b-gang" < "z-gang")
    assert by[ids["b-gang"]].name == "Gang 1" and by[ids["z-gang"]].name == "Gang 2"
    assert by[ids["c-church"]].name == "Religious 1" and by[ids["d-gov"]].name == "State agent 1"
    assert by[ids["b-gang"]].faction == "Faction 1" and by[ids["z-gang"]].faction == "Faction 2"
    # dates: starts to 1 January, exclusive ends up to the next 1 January
    z = by[ids["z-gang"]]
    assert (z.start, z.end) == (date(2012, 1, 1), date(2015, 1, 1))
    assert by[ids["c-church"]].start == date(2013, 1, 1)
    g = red.agreements[0]
    assert g.name == "Truce 1" and g.terms == ["Term 1", "Term 2"] and g.notes == ""
    assert g.parties == [ids["z-gang"], ids["b-gang"]] and g.facilitators == [ids["c-church"]]
    e = red.events[0]
    assert e.name == "Event 1" and (e.date, e.end) == (date(2012, 1, 1), date(2013, 1, 1))
    assert (e.actor_ids, e.tie_ids, e.agreement_ids) == ([ids["z-gang"]], [ids["t1"]], [ids["g1"]])
    # views keep the user's order; codes follow id order; focus mapped
    assert [v.name for v in red.views] == ["View 2", "View 1"]
    assert red.views[0].focus.actor_ids == [ids["z-gang"], ids["b-gang"]]
    assert red.views[0].focus.factions == ["Faction 2"] and red.views[1].as_of == date(2012, 1, 1)
    assert red.conflicts == [] and red.authors == [] and red.description == ""
    # the scenario still applies to the redacted base and does the same thing
    sc = red.scenarios[0]
    assert sc.name == "Scenario 1" and sc.description == ""
    variant, _, problems = apply_patch(red, sc.changes)
    assert problems == []
    assert len(variant.actors) == 5 and len(variant.ties) == 2
    added = [a for a in variant.actors if a.id not in by]
    assert [a.name for a in added] == ["Gang 3"] and added[0].faction == "Faction 1"
    assert variant.actor(ids["d-gov"]).name == "State agent 1"  # the renaming was dropped
    assert variant.actor(ids["d-gov"]).notes == ""


def test_keep_names_and_dates_untouched_without_the_option():
    amap = _rich_map()
    r = redact(amap, RedactOptions(keep_names=["MS-13"]))
    by = {a.id: a for a in r.amap.actors}
    assert by[r.ids["b-gang"]].name == "MS-13"
    assert by[r.ids["z-gang"]].name == "Gang 2"  # numbering unchanged by the kept name
    assert by[r.ids["z-gang"]].start == date(2012, 3, 9)
    with pytest.raises(ActorMapError, match="no actor is called 'ms-13'"):
        redact(amap, RedactOptions(keep_names=["ms-13"]))


def test_redaction_is_stable():
    a, b = redact(_rich_map()), redact(_rich_map())
    assert json.loads(MapStore().dumps(a.amap)) == json.loads(MapStore().dumps(b.amap))
