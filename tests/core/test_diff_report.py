"""Differences between two maps, by name and field, as a person (and ``actormap diff``) reads them."""

from __future__ import annotations

from datetime import UTC, datetime

from actormap.core.diff_report import Names, differences, format_value, render_text, to_json
from actormap.core.edits import make_actor, make_tie
from actormap.core.model import ActorMap, Agreement, MergeConflict, Provenance, SavedView


def base() -> ActorMap:
    return ActorMap(
        title="Truce",
        actors=[make_actor(id="ms", name="MS-13", kind="gang", power=4),
                make_actor(id="b18", name="Barrio 18", kind="gang"),
                make_actor(id="church", name="Church", kind="religious")],
        ties=[make_tie(id="t1", source="ms", target="b18", kind="conflict"),
              make_tie(id="t2", source="church", target="ms", kind="dialogue")],
        views=[SavedView(id="v1", name="Gangs"), SavedView(id="v2", name="Church")],
        agreements=[Agreement(id="a1", name="Truce 2012", parties=["ms", "b18"])],
    )


def changed(amap: ActorMap, **updates) -> ActorMap:
    return ActorMap.model_validate({**amap.model_dump(), **updates})


def test_equal_maps_have_no_differences():
    assert differences(base(), base()) == []
    assert to_json([], "a", "b")["equal"] is True


def test_actors_and_ties_are_named_and_fields_listed_old_to_new():
    a = base()
    ana = Provenance(changed_by="Ana", changed_at=datetime(2024, 5, 1, tzinfo=UTC))
    b = changed(
        a,
        actors=[make_actor(id="ms", name="MS-13", kind="gang", power=5, provenance=ana),
                make_actor(id="b18", name="Barrio 18", kind="gang"),
                make_actor(id="gov", name="Government", kind="state_agent",
                           provenance=Provenance(created_by="Ben"))],
        ties=[make_tie(id="t1", source="ms", target="b18", kind="dialogue"),
              make_tie(id="t3", source="gov", target="ms", kind="coercive")],
        agreements=[Agreement(id="a1", name="Truce 2012", parties=["ms"])],
    )
    text = render_text(differences(a, b), Names(b, a))
    assert text == (
        "Actors:\n"
        "  - Church\n"
        "  + Government (by Ben)\n"
        "  ~ MS-13: power 4 -> 5 (by Ana)\n"
        "Ties:\n"
        "  - Church -> MS-13 (dialogue)\n"
        "  + Government -> MS-13 (coercive)\n"
        "  ~ MS-13 -> Barrio 18 (dialogue): kind \"conflict\" -> \"dialogue\"\n"
        "Agreements:\n"
        "  ~ Truce 2012: parties [\"MS-13\", \"Barrio 18\"] -> [\"MS-13\"]\n"
    )


def test_json_keeps_ids_and_full_values():
    a = base()
    b = changed(a, title="Truce (2013)", actors=[*a.actors[:2], a.actors[2].model_copy(update={"notes": "n" * 500})])
    out = to_json(differences(a, b), "A", "B")
    assert out["equal"] is False and out["a"] == "A"
    assert out["counts"] == {"meta": {"changed": 1}, "actors": {"changed": 1}}
    meta, actor = out["differences"]
    assert meta == {"collection": "meta", "change": "changed", "id": "", "name": "Map properties",
                    "fields": [{"field": "title", "old": "Truce", "new": "Truce (2013)"}]}
    assert actor["id"] == "church" and actor["fields"] == [{"field": "notes", "old": "", "new": "n" * 500}]


def test_long_values_are_shortened_in_text_only():
    shown = format_value("n" * 500)
    assert len(shown) == 80 and shown.endswith("…")


def test_provenance_alone_is_shown_as_a_field_otherwise_it_gives_by():
    a = base()
    stamped = a.actors[0].model_copy(update={"provenance": Provenance(created_by="Ana")})
    b = changed(a, actors=[stamped, *a.actors[1:]])
    (d,) = differences(a, b)
    assert [f.field for f in d.fields] == ["provenance"] and d.by == "Ana"


def test_a_reordered_collection_and_a_removed_view():
    a = base()
    b = changed(a, views=[a.views[1], a.views[0]])
    assert render_text(differences(a, b)) == "Saved views:\n  ~ views reordered\n"
    c = changed(a, views=[a.views[0]])
    assert render_text(differences(a, c)) == "Saved views:\n  - Church\n"


def test_a_conflict_is_named_by_what_it_is_about():
    a = base()
    c = MergeConflict(id="c1", collection="actors", item_id="ms", field="power", ours=5, theirs=3, base=4)
    b = changed(a, conflicts=[c])
    assert render_text(differences(a, b), Names(b, a)) == "Merge conflicts:\n  + conflict on actor 'MS-13': power\n"
