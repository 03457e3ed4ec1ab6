"""Labels by source: the lens text, the matrix, dated history, filters, and the CSV/XLSX table."""

from datetime import date
from pathlib import Path

import pytest

from actormap.core.io import load_map
from actormap.core.io.errors import MapFileError
from actormap.core.io.label_table import (
    COLUMNS,
    labels_csv_bytes,
    labels_xlsx_bytes,
    read_labels_csv,
    read_labels_xlsx,
)
from actormap.core.io.store import MapStore
from actormap.core.labels import (
    actors_labelled,
    in_force,
    label_history,
    label_matrix,
    label_sources,
    labels_in_force,
    lens_text,
)
from actormap.core.model import Actor, ActorMap, Label, Tie

SAMPLES = Path(__file__).resolve().parents[2] / "sample_maps"

D = date.fromisoformat


def lab(source, label, designation=False, jurisdiction="", start=None, end=None):
    return Label(source=source, label=label, designation=designation, jurisdiction=jurisdiction,
                 start=D(start) if start else None, end=D(end) if end else None)


def farc_map(as_of=None):
    """Colombia's relabelling of the FARC (the seed's example), written from the definitions."""
    farc = Actor(id="farc", name="FARC", kind="rebel_group", labels=[
        lab("Colombian government", "insurgency", end="2002-08-07"),
        lab("Colombian government", "narco-terrorist group", start="2002-08-07", end="2016-11-24"),
        lab("Colombian government", "party to the peace agreement", start="2016-11-24"),
        lab("US State Department", "Foreign Terrorist Organization", True, "United States",
            start="1997-10-08", end="2021-11-30"),
        lab("Its members", "people's army"),
    ])
    gov = Actor(id="gov", name="Government of Colombia", kind="state_agent",
                labels=[lab("FARC", "oligarchic regime", end="2016-11-24")])
    church = Actor(id="church", name="Church", kind="religious")
    return ActorMap(as_of=D(as_of) if as_of else None, actors=[farc, gov, church],
                    ties=[Tie(id="t1", source="farc", target="gov", kind="conflict"),
                          Tie(id="t2", source="church", target="farc", kind="dialogue")])


def test_in_force_is_start_inclusive_end_exclusive_and_undated_means_current():
    x = lab("s", "l", start="2010-01-01", end="2012-01-01")
    assert not in_force(x, D("2009-12-31"))
    assert in_force(x, D("2010-01-01"))
    assert in_force(x, D("2011-12-31"))
    assert not in_force(x, D("2012-01-01"))
    assert not in_force(x, None)  # ended: not current on a map without a date
    assert in_force(lab("s", "l", start="2010-01-01"), None)
    assert in_force(lab("s", "l"), D("1900-01-01"))


def test_the_lens_shows_what_each_source_calls_the_actor_on_the_maps_date():
    m = farc_map()
    farc = m.actor("farc")
    assert label_sources(m) == ["Colombian government", "FARC", "Its members", "US State Department"]
    # no date: the current labels (not ended)
    assert lens_text(farc, "Colombian government", None) == "party to the peace agreement"
    assert lens_text(farc, "Its members", None) == "people's army"
    assert lens_text(farc, "US State Department", None) == ""  # delisted in 2021
    assert lens_text(farc, "FARC", None) == ""  # a source that says nothing of this actor
    # on a date: what held then; a designation carries the § mark
    assert lens_text(farc, "Colombian government", D("2005-06-01")) == "narco-terrorist group"
    assert lens_text(farc, "Colombian government", D("2000-01-01")) == "insurgency"
    assert lens_text(farc, "US State Department", D("2005-06-01")) == "§ Foreign Terrorist Organization"
    # every source: a count badge
    assert lens_text(farc, None, D("2005-06-01")) == "3 labels · 1 designation"
    assert lens_text(farc, None, None) == "2 labels"
    assert lens_text(m.actor("church"), None, None) == ""


def test_two_labels_by_one_source_at_once_are_both_shown_latest_first():
    a = Actor(name="A", labels=[lab("S", "old name", start="2001-01-01"), lab("S", "new name", start="2005-01-01")])
    assert [x.label for x in labels_in_force(a, "S", D("2006-01-01"))] == ["new name", "old name"]
    assert lens_text(a, "S", D("2006-01-01")) == "new name; old name"


def test_the_matrix_lists_labels_in_force_and_every_designation():
    m = farc_map(as_of="2005-06-01")
    mx = label_matrix(m)
    assert mx.sources == ["Colombian government", "FARC", "Its members", "US State Department"]
    rows = {r.id: r for r in mx.actors}
    assert [r.name for r in mx.actors] == ["Church", "FARC", "Government of Colombia"]
    assert rows["farc"].labels == {"Colombian government": "narco-terrorist group", "Its members": "people's army",
                                   "US State Department": "Foreign Terrorist Organization"}
    assert rows["gov"].labels == {"FARC": "oligarchic regime"}
    assert rows["church"].labels == {}
    (d,) = rows["farc"].designations
    assert (d.source, d.jurisdiction, d.label, d.start, d.end, d.in_force) == (
        "US State Department", "United States", "Foreign Terrorist Organization", D("1997-10-08"), D("2021-11-30"),
        True)
    # one source: its column only, the actors it labels only
    one = label_matrix(m, source="US State Department")
    assert one.sources == ["US State Department"]
    assert [r.id for r in one.actors] == ["farc"]
    assert all(c.source == "US State Department" for c in one.history)


def test_label_history_lists_dated_changes_and_pairs_a_relabelling():
    changes = label_history(farc_map())
    got = [(c.date.isoformat(), c.actor, c.source, c.change, c.old, c.new, c.designation) for c in changes]
    assert got == [
        ("1997-10-08", "FARC", "US State Department", "labelled", "", "Foreign Terrorist Organization", "listed"),
        ("2002-08-07", "FARC", "Colombian government", "relabelled", "insurgency", "narco-terrorist group", ""),
        ("2016-11-24", "FARC", "Colombian government", "relabelled", "narco-terrorist group",
         "party to the peace agreement", ""),
        ("2016-11-24", "Government of Colombia", "FARC", "dropped", "oligarchic regime", "", ""),
        ("2021-11-30", "FARC", "US State Department", "dropped", "Foreign Terrorist Organization", "", "delisted"),
    ]
    assert changes[0].jurisdiction == "United States" and changes[-1].jurisdiction == "United States"
    assert label_history(ActorMap(actors=[Actor(name="x", labels=[lab("s", "undated")])])) == []


def test_a_designation_replaced_by_a_plain_label_is_a_delisting_and_the_reverse_a_listing():
    a = Actor(id="a", name="A", labels=[
        lab("Gov", "terrorist organisation", True, "Gov land", end="2010-01-01"),
        lab("Gov", "political party", start="2010-01-01", end="2015-01-01"),
        lab("Gov", "criminal organisation", True, "Gov land", start="2015-01-01")])
    ch = label_history(ActorMap(actors=[a]))
    assert [(c.change, c.designation, c.jurisdiction) for c in ch] == [
        ("relabelled", "delisted", "Gov land"), ("relabelled", "listed", "Gov land")]


def test_filter_and_highlight_pick_actors_by_source_and_label():
    m = farc_map(as_of="2005-06-01")
    assert actors_labelled(m, "Colombian government") == {"farc"}
    assert actors_labelled(m, None, "TERROR") == {"farc"}  # any source, part of the text, any case
    assert actors_labelled(m, "FARC", "regime") == {"gov"}
    assert actors_labelled(m, None, None, designations_only=True) == {"farc"}
    assert actors_labelled(m, "Colombian government", "insurgency") == set()  # not in force in 2005
    assert actors_labelled(m, "Colombian government", "insurgency", as_of=D("2000-01-01")) == {"farc"}


def test_the_libya_sample_carries_the_2018_un_listings_in_force_on_its_date():
    m = load_map(SAMPLES / "libya_post_2011_militias.actormap")
    mx = label_matrix(m)
    listed = {r.name.split(",")[0]: [d.jurisdiction for d in r.designations if d.in_force] for r in mx.actors}
    assert any("resolution 1970" in j for j in listed["Dabbashi militia"])
    history = [(c.date, c.designation) for c in label_history(m) if c.actor.startswith("Islamic State")]
    assert (D("2016-05-20"), "listed") in history


# ---- the table: CSV and XLSX round trips ------------------------------------------------------------

def nasty_map():
    """Labels that a spreadsheet would run as formulas, dates, designations, non-ASCII text."""
    a = Actor(id="a1", name="=cmd|' /C calc'!A0", labels=[
        lab("+Source", "-label", True, "@where", start="2001-02-03", end="2004-05-06"),
        lab("'quoted", "Cártel de Jalisco Nueva Generación")])
    b = Actor(id="b2", name="Plain", labels=[lab("S", "x")])
    return ActorMap(actors=[a, b, Actor(id="c3", name="Nobody")])


def test_the_labels_table_round_trips_through_csv(tmp_path):
    m = nasty_map()
    data = labels_csv_bytes(m)
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join(COLUMNS)
    assert "\"'=cmd" in text or "'=cmd" in text  # neutralised: a spreadsheet reads text, not a formula
    path = tmp_path / "labels.csv"
    MapStore().write_bytes(path, data)
    back = read_labels_csv(path)
    assert back == {a.id: a.labels for a in m.actors if a.labels}


def test_the_labels_table_round_trips_through_xlsx():
    m = nasty_map()
    back = read_labels_xlsx(labels_xlsx_bytes(m))
    assert back == {a.id: a.labels for a in m.actors if a.labels}


def test_the_xlsx_matrix_sheet_is_actors_by_sources():
    import io

    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(labels_xlsx_bytes(farc_map(as_of="2005-06-01"))))
    rows = [list(r) for r in wb["Matrix"].iter_rows(values_only=True)]
    assert rows[0] == ["actor", "Colombian government", "FARC", "Its members", "US State Department"]
    assert rows[2] == ["FARC", "narco-terrorist group", None, "people's army", "Foreign Terrorist Organization"]


def test_a_bad_labels_table_is_one_readable_message(tmp_path):
    p = tmp_path / "bad.csv"
    MapStore().write_bytes(p, b"actor_id,source,label,designation\na1,S,x,perhaps\n")
    with pytest.raises(MapFileError, match="row 2: designation should be true or false"):
        read_labels_csv(p)
    MapStore().write_bytes(p, b"name,kind\nA,gang\n")
    with pytest.raises(MapFileError, match="not a labels table"):
        read_labels_csv(p)
    MapStore().write_bytes(p, b"actor_id,source,label,start,end\na1,S,x,2010-01-01,2009-01-01\n")
    with pytest.raises(MapFileError, match="row 2: not a valid label"):
        read_labels_csv(p)


# ---- editing a cell of the matrix ----------------------------------------------------------------

def test_typing_into_a_cell_replaces_the_labels_in_force_and_keeps_history_and_designations():
    from actormap.core.labels import with_cell_text

    farc = farc_map().actor("farc")
    # now: "party to the peace agreement"; the two older labels are history
    new = with_cell_text(farc, "Colombian government", "signatory of the peace agreement", None)
    assert [x.label for x in new if x.source == "Colombian government"] == [
        "insurgency", "narco-terrorist group", "signatory of the peace agreement"]
    assert new[2].start == D("2016-11-24")  # the edited label keeps its dates
    # two parts: the second is a new undated label; empty removes what is in force, not history
    two = with_cell_text(farc, "Colombian government", "party; partner", None)
    assert [(x.label, x.start) for x in two if x.source == "Colombian government"][2:] == [
        ("party", D("2016-11-24")), ("partner", None)]
    gone = with_cell_text(farc, "Colombian government", "  ", None)
    assert [x.label for x in gone if x.source == "Colombian government"] == ["insurgency", "narco-terrorist group"]
    # a new source: appended
    church = with_cell_text(farc, "Church", "armed group", None)
    assert church[-1] == Label(source="Church", label="armed group")
    # the designation stays with the label typed over
    us = with_cell_text(farc, "US State Department", "FTO", D("2005-01-01"))
    assert next(x for x in us if x.label == "FTO").designation is True


def test_designation_fields_are_set_on_the_label_in_force():
    from actormap.core.labels import with_cell_fields

    farc = farc_map().actor("farc")
    new = with_cell_fields(farc, "Its members", None, designation=True, jurisdiction="nowhere",
                           start=D("2000-01-01"))
    changed = next(x for x in new if x.source == "Its members")
    assert (changed.designation, changed.jurisdiction, changed.start) == (True, "nowhere", D("2000-01-01"))
    assert [x for x in new if x.source != "Its members"] == [x for x in farc.labels if x.source != "Its members"]
    with pytest.raises(ValueError, match="no label in force"):
        with_cell_fields(farc, "Nobody", None, designation=True)
    with pytest.raises(ValueError):
        with_cell_fields(farc, "Its members", None, start=D("2020-01-01"), end=D("2019-01-01"))
