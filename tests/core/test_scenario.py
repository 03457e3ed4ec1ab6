"""Scenario summaries, deltas, what-if and compare, checked against values worked out by hand
from the definitions (Borgatti's F, counts of tie kinds, trust components of a camp)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import jsonschema
import networkx as nx
import pytest

from actormap.core.analysis.fragmentation import faction_removal_impact
from actormap.core.analysis.layers import faction_of, trust_graph
from actormap.core.analysis.report import analyze
from actormap.core.document import MapDocument
from actormap.core.edits import Compound, UpdateActor, make_actor, make_tie
from actormap.core.io import dumps_map, load_map
from actormap.core.model import ActorMap, CollectionPatch, ItemPatch, Patch, Scenario
from actormap.core.scenario import (
    ScenarioError,
    compare,
    compare_json_schema,
    contradictions,
    find_scenarios,
    scenario_patch,
    scenario_variant,
    summarize,
    whatif,
    whatif_json_schema,
)
from actormap.core.strategy import RemoveActors, Truce

SAMPLES = Path(__file__).resolve().parents[2] / "sample_maps"


def town() -> ActorMap:
    """Three actors of gang G (a1 holds a2 and a3 by trust), rival gang b1, a militia x at war
    with b1, a community c that the gangs coerce and extort, a parish m trusted by a2 and b1."""
    actors = [make_actor(id=i, name=i.upper(), kind=k, faction=f) for i, k, f in (
        ("a1", "gang", "G"), ("a2", "gang", "G"), ("a3", "gang", "G"), ("b1", "gang", "H"),
        ("x", "militia", "X"), ("c", "community", "Town"), ("m", "religious", "Church"))]
    ties = [make_tie(id=i, source=s, target=t, kind=k) for i, s, t, k in (
        ("T1", "a1", "a2", "trust"), ("T2", "a1", "a3", "trust"), ("T3", "a1", "b1", "conflict"),
        ("T4", "a2", "c", "coercive"), ("T5", "b1", "c", "parasitic"), ("T6", "a3", "c", "parasitic"),
        ("T7", "m", "a2", "trust"), ("T8", "m", "b1", "trust"), ("T9", "x", "b1", "conflict"))]
    return ActorMap(title="town", actors=actors, ties=ties)


def test_summary_of_the_base_by_hand():
    s = summarize(town())
    assert (s.actors, s.ties, s.components) == (7, 9, 1)
    assert s.F == 0.0
    assert s.hostile_ties == 5  # T3 T4 T5 T6 T9
    assert s.community_exposure == 3  # T4 T5 T6: coercion and extortion of c
    assert s.splinters == [] and s.agreements == []
    res = analyze(town())
    assert s.mediators == [m.id for m in res.mediators]
    assert s.blocs == [b for b in res.balance.blocs if b]


def test_whatif_removing_the_leader_and_the_community_by_hand():
    w = whatif(town(), [RemoveActors(["a1", "c"])])
    s, d = w.scenario, w.delta
    # left: a2, a3, b1, x, m; ties T7 (m-a2), T8 (m-b1), T9 (x-b1): components {a2,b1,m,x} and {a3}
    assert s.components == 2 and d.components == 1
    assert s.F == pytest.approx(1 - (4 * 3) / (5 * 4))  # Borgatti: 1 - sum s(s-1) / n(n-1) = 0.4
    assert d.F == pytest.approx(0.4)
    assert (s.hostile_ties, d.hostile_ties) == (1, -4)
    assert (s.community_exposure, d.community_exposure) == (0, -3)
    assert d.removed == ["a1", "c"] and d.added == []
    assert d.splits == [[["a2", "b1", "m", "x"], ["a3"]]]
    # the kingpin effect: without a1, gang G's remaining members share no trust tie
    by_camp = {sp.camp: sp for sp in s.splinters}
    assert by_camp["G"].removed == ["a1"] and by_camp["G"].groups == [["a2"], ["a3"]]
    assert by_camp["Town"].groups == []  # nobody left of that camp
    assert d.splinter_groups == 1
    assert d.blocs == len(s.blocs) - len(w.base.blocs)
    assert d.mediators_in == [i for i in s.mediators[:5] if i not in w.base.mediators[:5]]


def test_whatif_truce_by_hand_and_its_spoiler():
    w = whatif(town(), [Truce(["a1", "b1"], name="Truce", facilitators=["m"], agreement_id="truce")])
    s, d = w.scenario, w.delta
    assert (d.F, d.components) == (0.0, 0)
    assert (s.hostile_ties, d.hostile_ties) == (4, -1)  # T3 became dialogue
    assert d.community_exposure == 0  # the gangs still extort and coerce the community
    assert d.splinter_groups == 0 and s.splinters == []
    (ag,) = s.agreements
    # x is armed, outside the truce, and at war with the party b1; a2/a3 only coerce or extort c
    assert (ag.id, ag.status, ag.spoilers) == ("truce", "in_force", ["x"])
    (ad,) = d.agreements
    assert (ad.spoilers_in, ad.spoilers_out) == (["x"], [])


def test_camp_splinters_agree_with_the_faction_removal_impact_for_one_removal():
    """One removal: the pieces faction_removal_impact finds are the camp's groups (Mexico sample)."""
    amap = load_map(SAMPLES / "mexico_kingpin_strategy.actormap")
    camp = {a.id: faction_of(a) for a in amap.actors}
    trust = trust_graph(amap)
    impact = faction_removal_impact(trust, camp)
    cuts = 0
    for a in amap.actors:
        variant, _ = _without(amap, a.id)
        (sp,) = summarize(variant, base=amap).splinters
        groups = [frozenset(g) for g in sp.groups]
        pieces = impact[a.id].splinters
        if pieces:
            cuts += 1
            assert {frozenset(p) for p in pieces} <= set(groups), a.name
        else:  # its former camp component stays in one group
            mates = trust.subgraph([i for i, c in camp.items() if c == camp[a.id]])
            former = nx.node_connected_component(mates, a.id) - {a.id}
            assert sum(1 for g in groups if g & former) <= 1, a.name
    assert cuts >= 2  # Arturo Beltrán Leyva and El Chapo at least


def _without(amap, actor_id):
    doc = MapDocument(amap)
    cs = RemoveActors([actor_id]).apply(doc)
    return doc.snapshot(), cs


def test_mexico_kingpin_scenario_shows_the_splinters():
    amap = load_map(SAMPLES / "mexico_kingpin_strategy.actormap")
    name = {a.id: a.name for a in amap.actors}
    cmp = compare(amap, ["Kingpin removals: Arturo Beltrán Leyva and El Chapo"])
    (r,) = cmp.scenarios
    assert r.strategy == "confrontation" and r.problems == []
    groups = {sp.camp: [sorted(name[i] for i in g) for g in sp.groups] for sp in r.summary.splinters}
    # the sample's trust ties: Arturo held Héctor, La Barbie, Guerreros Unidos and Los Rojos, who
    # share none among themselves; El Chapo held Mayo, his sons and Dámaso; Mayo and the sons are allied
    assert sorted(groups["Beltrán Leyva Organisation"]) == sorted([
        ["Guerreros Unidos"], ["Los Rojos"], ["Héctor Beltrán Leyva network (Cártel del Pacífico Sur)"],
        ["Édgar Valdez Villarreal ('La Barbie') network"]])
    assert groups["Sinaloa cartel"] == [["Guzmán's sons ('Los Chapitos')", "Ismael 'El Mayo' Zambada network"],
                                        ["Dámaso López Núñez ('El Licenciado') network"]]
    assert r.delta.splinter_groups == 3 + 1


def test_compare_equals_whatif_of_the_same_edits_and_stores_only_a_patch():
    amap = town()
    edits = [RemoveActors(["a1"]), UpdateActor("a2", {"agenda": "social"})]
    doc = MapDocument(amap)
    Compound(edits, "s").apply(doc)
    sc = Scenario(id="s1", name="Arrest A1", strategy="confrontation", changes=scenario_patch(amap, doc.snapshot()))
    stored = amap.model_copy(update={"scenarios": [sc]})
    data = json.loads(sc.changes.model_dump_json())
    assert data["collections"]["actors"] == {"add": [], "remove": ["a1"],
                                             "update": [{"id": "a2", "set": {"agenda": "social"}}]}
    assert sorted(data["collections"]["ties"]["remove"]) == ["T1", "T2", "T3"]
    assert data["meta"] == {}
    cmp = compare(stored)
    w = whatif(amap, [RemoveActors(["a1"]), UpdateActor("a2", {"agenda": "social"})])
    (r,) = cmp.scenarios
    assert (r.id, r.name, r.strategy) == ("s1", "Arrest A1", "confrontation")
    assert cmp.base == w.base and r.summary == w.scenario and r.delta == w.delta
    # the base part of the file is the same with or without the scenario
    with_s, without = json.loads(dumps_map(stored)), json.loads(dumps_map(amap))
    assert with_s.pop("scenarios") and without.pop("scenarios") == []
    assert with_s == without


def test_scenario_patch_never_holds_map_properties_or_scenarios():
    amap = town().model_copy(update={"scenarios": [Scenario(id="old", name="old")]})
    doc = MapDocument(amap)
    with doc.transaction() as tx:
        tx.set_meta({"title": "Scenario: x"})
        tx.remove("scenarios", "old")
        tx.update("actors", "x", {"power": 5})
    p = scenario_patch(amap, doc.snapshot())
    assert p.meta == {} and set(p.collections) == {"actors"}
    assert p.collections["actors"].update == [ItemPatch(id="x", set={"power": 5})]


def test_a_scenario_that_removes_an_actor_and_then_edits_it_is_refused():
    bad = Patch(collections={"actors": CollectionPatch(remove=["a1"], update=[ItemPatch(id="a1", set={"power": 1})])})
    amap = town().model_copy(update={"scenarios": [Scenario(id="s", name="Bad", changes=bad)]})
    assert contradictions(amap, bad) == ["removes actor 'a1' and then edits it"]
    with pytest.raises(ScenarioError, match="'Bad' removes actor 'a1' and then edits it"):
        compare(amap)
    tie = make_tie(id="T99", source="a1", target="m", kind="trust").model_dump(mode="json")
    bad2 = Patch(collections={"actors": CollectionPatch(remove=["a1"]), "ties": CollectionPatch(add=[tie])})
    with pytest.raises(ScenarioError, match="removes actor 'a1' and then adds a tie to it"):
        scenario_variant(amap, Scenario(name="Bad 2", changes=bad2))


def test_parts_that_no_longer_fit_are_reported_not_fatal():
    p = Patch(collections={"actors": CollectionPatch(update=[ItemPatch(id="gone", set={"power": 1})])})
    amap = town().model_copy(update={"scenarios": [Scenario(id="s", name="Old", changes=p)]})
    (r,) = compare(amap).scenarios
    assert [(x.code, x.item_id) for x in r.problems] == [("missing_item", "gone")]
    assert r.summary.actors == 7


def test_find_scenarios_by_name_id_and_case():
    amap = town().model_copy(update={"scenarios": [Scenario(id="s1", name="Mano dura"),
                                                   Scenario(id="s2", name="Truce")]})
    assert [s.id for s in find_scenarios(amap, ["truce", "s1", "Mano dura"])] == ["s2", "s1"]
    with pytest.raises(ScenarioError, match=r"no scenario 'Peace' \(scenarios: 'Mano dura', 'Truce'\)"):
        find_scenarios(amap, ["Peace"])


def test_results_do_not_depend_on_the_order_of_actors_and_ties():
    amap = town()
    rng = random.Random(4)
    actors, ties = list(amap.actors), list(amap.ties)
    rng.shuffle(actors)
    rng.shuffle(ties)
    shuffled = ActorMap(title="town", actors=actors, ties=ties)
    edits = lambda: [RemoveActors(["a1", "c"])]  # noqa: E731
    assert whatif(amap, edits()) == whatif(shuffled, edits())


def test_json_schemas_describe_the_dumps():
    amap = load_map(SAMPLES / "el_salvador_2012_truce.actormap")
    jsonschema.validate(json.loads(compare(amap).model_dump_json()), compare_json_schema())
    w = whatif(town(), [RemoveActors(["a1"])])
    jsonschema.validate(json.loads(w.model_dump_json()), whatif_json_schema())


def test_a_designated_candidate_on_the_shortlist_is_named_with_what_it_may_forbid():
    """Issue 16: the strategy compare flags a shortlisted go-between under a legal designation."""
    from actormap.core.model import Label
    from actormap.report.strategies import comparison_rows

    base = town()
    listing = Label(source="US State Department", label="terrorist organisation", designation=True,
                    jurisdiction="United States")
    rumour = Label(source="Local press", label="gang front")  # not a designation: not flagged
    actors = [a.model_copy(update={"labels": [listing, rumour]}) if a.id == "m" else a for a in base.actors]
    amap = base.model_copy(update={"actors": actors})
    s = summarize(amap)
    assert "m" in s.mediators[:5]  # the parish, trusted by both gangs, is on the shortlist
    assert [(x.id, x.designations) for x in s.designated] == [
        ("m", [["US State Department", "United States", "terrorist organisation"]])]
    assert summarize(town()).designated == []
    rows = dict(comparison_rows(compare(amap, []), {a.id: a.name for a in amap.actors}))
    (cell,) = rows["Designated candidates on the shortlist"]
    assert cell.startswith("M: designated as terrorist organisation by US State Department (United States)")
    assert "check before engaging" in cell
    es = dict(comparison_rows(compare(amap, []), {a.id: a.name for a in amap.actors}, lang="es"))
    assert "Candidatos de la lista corta con designación legal" in es
