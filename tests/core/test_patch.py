"""Patches over a base map: made from a changeset, applied with the document's rules, and
honest about the parts that no longer fit when the base changed."""

from __future__ import annotations

import json

from truce_map import SAMPLE, truce_base

from actormap.core.diff import diff
from actormap.core.document import MapDocument
from actormap.core.edits import AddItems, Compound, RemoveItems, SetMeta, UpdateActor, make_tie
from actormap.core.io import load_map
from actormap.core.model import ActorMap, Patch, Scenario
from actormap.core.patch import apply_patch, patch_of

base = truce_base


def variant_of(amap, *edits):
    doc = MapDocument(amap)
    Compound(list(edits), "strategy").apply(doc)
    return doc.snapshot()


def test_a_patch_stores_only_what_changed_and_reproduces_the_variant():
    b = base()
    v = variant_of(b, RemoveItems(["gov"]),  # an arrest: its tie goes too
                   UpdateActor("ms", {"kind": "community", "legitimacy": 0.4}),
                   AddItems(ties=[make_tie(id="t9", source="church", target="b18", kind="trust")]),
                   SetMeta({"title": "truce"}))
    p = patch_of(diff(b, v))
    data = json.loads(p.model_dump_json())
    assert data["collections"]["actors"]["remove"] == ["gov"]
    assert data["collections"]["actors"]["update"] == [{"id": "ms", "set": {"kind": "community", "legitimacy": 0.4}}]
    assert data["collections"]["ties"]["remove"] == ["t3"]
    assert [t["id"] for t in data["collections"]["ties"]["add"]] == ["t9"]
    assert data["meta"] == {"title": "truce"}
    got, cs, problems = apply_patch(b, Patch.model_validate(data))
    assert got == v and problems == [] and cs == diff(b, v).with_label("")


def test_later_base_edits_show_through_where_the_patch_is_silent():
    b = base()
    p = patch_of(diff(b, variant_of(b, UpdateActor("ms", {"power": 5}))))
    edited = variant_of(b, UpdateActor("ms", {"name": "Mara Salvatrucha"}), UpdateActor("b18", {"power": 1}))
    got, _, problems = apply_patch(edited, p)
    assert problems == []
    ms = next(a for a in got.actors if a.id == "ms")
    assert (ms.name, ms.power) == ("Mara Salvatrucha", 5)  # the base's rename, the patch's power
    assert next(a for a in got.actors if a.id == "b18").power == 1


def test_parts_that_no_longer_fit_are_skipped_and_reported():
    b = base()
    p = patch_of(diff(b, variant_of(
        b, UpdateActor("gov", {"power": 1}), RemoveItems(["b18"]),
        AddItems(ties=[make_tie(id="t9", source="church", target="gov", kind="dialogue")]))))
    edited = variant_of(b, RemoveItems(["gov"]))  # the base lost "gov" since
    got, _, problems = apply_patch(edited, p)
    codes = sorted((pr.code, pr.collection, pr.item_id) for pr in problems)
    assert codes == [("missing_item", "actors", "gov"), ("missing_reference", "ties", "t9")]
    assert {a.id for a in got.actors} == {"ms", "church"}  # the removal of b18 still applied
    ActorMap.model_validate(got.model_dump())  # always a valid map


def test_a_scenario_stores_its_patch_in_the_file_and_the_base_bytes_do_not_change():
    sample = load_map(SAMPLE)
    first = sample.actors[0]
    v = variant_of(sample, RemoveItems([first.id]))
    scen = Scenario(name="arrest", strategy="confrontation", changes=patch_of(diff(sample, v)))
    with_scenario = sample.model_copy(update={"scenarios": [scen]})
    again = ActorMap.model_validate(json.loads(with_scenario.model_dump_json()))
    got, _, problems = apply_patch(again, again.scenarios[0].changes)
    assert problems == [] and {a.id for a in got.actors} == {a.id for a in sample.actors} - {first.id}
    assert again.actors == sample.actors and again.ties == sample.ties  # the base itself is untouched
