"""Model validation: ids, references, self-ties, bounds on numbers, strings and lists, dates, enums."""

from __future__ import annotations

import math
from datetime import date

import pytest
from pydantic import ValidationError

from actormap.core.model import (
    COORD_LIMIT,
    MAX_LIST,
    MAX_NAME,
    MAX_SHORT,
    MAX_TEXT,
    SCHEMA_VERSION,
    Actor,
    ActorKind,
    ActorMap,
    MapMeta,
    Tie,
    TieKind,
    new_id,
)
from actormap.core.semantics import SEMANTICS


def A(id="a", **kw) -> Actor:
    return Actor(id=id, name=kw.pop("name", id.upper()), **kw)


def amap(actors=(), ties=()) -> ActorMap:
    return ActorMap(actors=list(actors), ties=list(ties))


def test_enums_hold_the_required_kinds():
    assert {k.value for k in TieKind} == {"trust", "symbiotic", "protective", "parasitic", "coercive", "conflict", "dialogue"}
    assert {k.value for k in ActorKind} == {
        "cartel", "gang", "militia", "rebel_group", "state_agent", "political", "community",
        "civil_society", "religious", "business", "international", "other"}
    assert set(SEMANTICS) == set(TieKind)


def test_defaults_and_new_ids_are_unique_uuids():
    a = Actor(name="X")
    assert (a.kind, a.power, a.legitimacy, a.external, a.is_self) == ("other", 3, None, False, False)
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000 and all(len(i) == 36 for i in ids)
    assert Actor(name="X").id != Actor(name="Y").id


def test_models_are_frozen():
    a = A()
    with pytest.raises(ValidationError):
        a.name = "other"


def test_unknown_fields_are_refused():
    with pytest.raises(ValidationError, match="colour"):
        Actor(name="X", colour="red")


# ---- map integrity --------------------------------------------------------------
def test_duplicate_actor_ids():
    with pytest.raises(ValidationError, match="two actors share the id 'a'"):
        amap([A("a"), A("a", name="Other")])


def test_tie_id_may_not_reuse_an_actor_id():
    with pytest.raises(ValidationError, match="used twice|share the id"):
        amap([A("a"), A("b")], [Tie(id="a", source="a", target="b")])


def test_duplicate_tie_ids():
    with pytest.raises(ValidationError, match="used twice|share the id"):
        amap([A("a"), A("b")], [Tie(id="t", source="a", target="b"), Tie(id="t", source="b", target="a")])


@pytest.mark.parametrize("end", ["source", "target"])
def test_ties_must_point_at_existing_actors(end):
    ends = {"source": "a", "target": "b", end: "ghost"}
    with pytest.raises(ValidationError, match="points at a missing actor 'ghost'"):
        amap([A("a"), A("b")], [Tie(id="t", **ends)])


def test_no_tie_from_an_actor_to_itself():
    with pytest.raises(ValidationError, match="to itself"):
        Tie(source="a", target="a")


def test_parallel_ties_of_different_kinds_are_allowed():
    m = amap([A("a"), A("b")], [Tie(id="t1", source="a", target="b", kind="protective"),
                                Tie(id="t2", source="a", target="b", kind="parasitic")])
    assert len(m.ties) == 2


def test_ids_have_no_spaces_and_are_bounded():
    for bad in ["", " ", "a b", "x" * 101]:
        with pytest.raises(ValidationError):
            A(bad, name="X")
    assert A("x" * 100, name="X").id == "x" * 100


# ---- bounds on numbers -------------------------------------------------------------
@pytest.mark.parametrize("power, ok", [(0, False), (1, True), (5, True), (6, False), (2.5, False), ("3", True)])
def test_power_is_a_whole_number_1_to_5(power, ok):
    if ok:
        assert A(power=power).power == int(power)
    else:
        with pytest.raises(ValidationError, match="power"):
            A(power=power)


@pytest.mark.parametrize("value, ok", [(None, True), (0, True), (1, True), (0.5, True), (-0.01, False),
                                        (1.01, False), (math.nan, False), (math.inf, False)])
def test_legitimacy_is_0_to_1_or_not_assessed(value, ok):
    if ok:
        assert A(legitimacy=value).legitimacy == value
    else:
        with pytest.raises(ValidationError, match="legitimacy"):
            A(legitimacy=value)


@pytest.mark.parametrize("strength, ok", [(0, False), (1, True), (3, True), (4, False)])
def test_strength_is_1_to_3(strength, ok):
    if ok:
        assert Tie(source="a", target="b", strength=strength).strength == strength
    else:
        with pytest.raises(ValidationError, match="strength"):
            Tie(source="a", target="b", strength=strength)


@pytest.mark.parametrize("coord", [COORD_LIMIT * 1.01, -COORD_LIMIT * 1.01, math.nan, math.inf, -math.inf])
def test_coordinates_are_finite_and_bounded(coord):
    with pytest.raises(ValidationError):
        A(x=coord)
    with pytest.raises(ValidationError):
        A(y=coord)
    assert A(x=COORD_LIMIT, y=-COORD_LIMIT).x == COORD_LIMIT


# ---- strings and lists -----------------------------------------------------------
def test_names_are_stripped_non_empty_and_bounded():
    assert A(name="  Padre Toño  ").name == "Padre Toño"
    for bad in ["", "   ", "n" * (MAX_NAME + 1)]:
        with pytest.raises(ValidationError, match="name"):
            A(name=bad)
    assert len(A(name="n" * MAX_NAME).name) == MAX_NAME


def test_text_lengths_are_bounded():
    assert len(A(notes="x" * MAX_TEXT).notes) == MAX_TEXT
    with pytest.raises(ValidationError, match="notes"):
        A(notes="x" * (MAX_TEXT + 1))
    with pytest.raises(ValidationError, match="faction"):
        A(faction="f" * (MAX_SHORT + 1))
    with pytest.raises(ValidationError, match="description"):
        MapMeta(description="d" * (MAX_TEXT + 1))
    with pytest.raises(ValidationError, match="notes"):
        Tie(source="a", target="b", notes="n" * (MAX_TEXT + 1))


def test_list_sizes_are_bounded():
    assert len(A(sources=["s"] * MAX_LIST).sources) == MAX_LIST
    with pytest.raises(ValidationError, match="sources"):
        A(sources=["s"] * (MAX_LIST + 1))
    with pytest.raises(ValidationError, match="labels"):
        A(labels=[{"source": "s", "label": "l"}] * (MAX_LIST + 1))
    with pytest.raises(ValidationError, match="authors"):
        MapMeta(authors=["a"] * (MAX_LIST + 1))
    with pytest.raises(ValidationError, match="sources"):
        Tie(source="a", target="b", sources=["s"] * (MAX_LIST + 1))


def test_labels_need_a_source_and_a_label():
    a = A(labels=[{"source": "US Treasury", "label": "transnational criminal organization"}])
    assert a.labels[0].source == "US Treasury"
    for bad in [{"source": "", "label": "x"}, {"source": "x", "label": ""}, {"label": "x"}]:
        with pytest.raises(ValidationError, match="labels"):
            A(labels=[bad])


def test_sources_may_not_be_blank():
    with pytest.raises(ValidationError, match="sources"):
        A(sources=["  "])


# ---- dates and enums ------------------------------------------------------------------
def test_tie_dates():
    t = Tie(source="a", target="b", start="2012-03-09", end="2013-05-01")
    assert (t.start, t.end) == (date(2012, 3, 9), date(2013, 5, 1))
    # [start, end): a tie ending on the day it starts would be on no map at all; said, not kept silently
    with pytest.raises(ValidationError, match="ends on the day it starts \\(2012-03-09\\), so it is on the map on no day"):
        Tie(source="a", target="b", start="2012-03-09", end="2012-03-09")
    assert Tie(source="a", target="b", start="2012-03-09", end="2012-03-10").end == date(2012, 3, 10)  # one day
    assert Tie(source="a", target="b", end="2012-03-09").start is None
    with pytest.raises(ValidationError, match="ends \\(2012-03-08\\) before it starts \\(2012-03-09\\)"):
        Tie(source="a", target="b", start="2012-03-09", end="2012-03-08")
    with pytest.raises(ValidationError, match="start"):
        Tie(source="a", target="b", start="2012-02-30")


def test_map_as_of_date():
    assert MapMeta(as_of="2012-06-01").as_of == date(2012, 6, 1)
    with pytest.raises(ValidationError, match="as_of"):
        MapMeta(as_of="June 2012")


@pytest.mark.parametrize(
    "make, field",
    [
        (lambda: A(kind="wizard"), "kind"),
        (lambda: A(agenda="greed"), "agenda"),
        (lambda: Tie(source="a", target="b", kind="friendship"), "kind"),
        (lambda: Tie(source="a", target="b", confidence="certain"), "confidence"),
        (lambda: MapMeta(sensitivity="top_secret"), "sensitivity"),
        (lambda: ActorMap(format="gephi"), "format"),
        (lambda: ActorMap(schema_version=SCHEMA_VERSION + 1), "schema_version"),
    ],
)
def test_enums_refuse_unknown_values(make, field):
    with pytest.raises(ValidationError, match=field):
        make()


def test_meta_of_a_map_is_its_map_level_fields():
    m = ActorMap(title="T", viewpoint="V", authors=["a"], actors=[A()])
    assert m.meta == MapMeta(title="T", viewpoint="V", authors=["a"])


@pytest.mark.parametrize("field,value", [("name", "MS\x0013"), ("name", "two\nlines"), ("faction", "a\x07b")])
def test_one_line_fields_refuse_control_characters(field, value):
    """GraphML (XML 1.0) cannot hold control characters; refuse them where they enter."""
    from actormap.core.edits import make_actor
    from actormap.core.errors import EditError

    kwargs = {"name": "A", field: value}
    with pytest.raises(EditError, match="not allowed here"):
        make_actor(**kwargs)


def test_multi_line_fields_keep_line_breaks_and_tabs_but_not_other_controls():
    from actormap.core.edits import make_actor
    from actormap.core.errors import EditError

    assert make_actor(name="A", notes="line 1\nline 2\ttab\r\n").notes.count("\n") == 2
    with pytest.raises(EditError, match="not allowed here"):
        make_actor(name="A", notes="bell\x07")
