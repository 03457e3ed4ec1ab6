"""CSV export neutralises spreadsheet formulas losslessly and writes a byte-order mark."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from actormap.core.edits import EditError, make_actor, make_tie
from actormap.core.io import dumps_map, load_map
from actormap.core.io.convert import read_any, write_any
from actormap.core.io.csv_io import csv_paths
from actormap.core.io.formula_cells import TRIGGERS, neutralise, restore
from actormap.core.model import ActorMap

SAMPLE = Path(__file__).parent.parent / "fixtures" / "sample_like.actormap"
DANGEROUS = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", "'quoted", "''two"]

NUMBER = re.compile(r"-?\d+(\.\d+)?")
texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
leading = st.sampled_from(sorted(TRIGGERS) + ["'", "''", "'=", "a", ""])


def test_the_triggers_are_the_owasp_list():
    assert TRIGGERS == set("=+-@\t\r")


@pytest.mark.parametrize("text", DANGEROUS)
def test_a_dangerous_cell_gets_an_apostrophe_and_comes_back(text):
    cell = neutralise(text)
    assert cell == "'" + text
    assert restore(cell) == text


@pytest.mark.parametrize("text", ["plain", "", "2012-03-08", "a=b", " =leading space", "'s-Hertogenbosch", "'"])
def test_hand_written_cells_keep_their_text_on_import(text):
    """Only an apostrophe followed by a trigger or an apostrophe is the exporter's mark."""
    assert restore(text) == text


@given(leading, texts)
def test_restore_undoes_neutralise_for_every_text(lead, rest):
    text = lead + rest
    cell = neutralise(text)
    assert restore(cell) == text
    assert cell[:1] not in TRIGGERS, "no exported cell starts with a formula trigger"
    assert cell == text or cell == "'" + text


def _map(name: str, faction: str, notes: str, source: str) -> ActorMap:
    a = make_actor(id="a", name=name, faction=faction, notes=notes, sources=[source], x=-120.5, y=-3)
    b = make_actor(id="b", name="-B", notes=notes)
    return ActorMap(title=name, actors=[a, b], ties=[make_tie(id="t", source="a", target="b", notes=notes)])


CSV_FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@CSV_FUZZ
@given(leading, texts, leading, texts, leading, texts)
def test_a_map_with_formula_like_texts_survives_csv_export_and_import(tmp_path, l1, t1, l2, t2, l3, t3):
    try:
        amap = _map(l1 + t1, (l2 + t2)[:200], l3 + t3, l3 + t3 + "x")
    except (ValidationError, EditError):
        assume(False)
    out = tmp_path / "fuzz.csv"
    write_any(amap, out)
    assert dumps_map(read_any(out)) == dumps_map(amap)


def test_no_exported_cell_starts_with_a_trigger_and_numbers_stay_numbers(tmp_path):
    amap = _map("=HYPERLINK(\"http://x\")", "@camp", "\t=1+1", "+source")
    out = tmp_path / "x.csv"
    write_any(amap, out)
    actors_p, ties_p, _ = csv_paths(out)
    for p in (actors_p, ties_p):
        raw = p.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
        for row in rows[1:]:
            for cell in row:
                if not NUMBER.fullmatch(cell):
                    assert cell[:1] not in TRIGGERS, (p.name, cell)
    actors = list(csv.DictReader(io.StringIO(actors_p.read_bytes()[3:].decode("utf-8"), newline="")))
    a = next(r for r in actors if r["id"] == "a")
    assert a["name"] == "'=HYPERLINK(\"http://x\")" and a["faction"] == "'@camp"
    assert a["x"] == "-120.5" and a["y"] == "-3.0", "a number is not a formula and stays a number"
    assert read_any(out).actors_by_id()["a"].name == "=HYPERLINK(\"http://x\")"


def test_the_sample_maps_still_round_trip_byte_for_byte(tmp_path):
    amap = load_map(SAMPLE)
    write_any(amap, tmp_path / "s.csv")
    assert dumps_map(read_any(tmp_path / "s.csv")) == SAMPLE.read_text(encoding="utf-8")
