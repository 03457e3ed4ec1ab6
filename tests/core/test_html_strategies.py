"""The report's "Agreements and spoiler risk" and "Strategies compared" sections (no Qt)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from actormap.core.analysis.report import analyze
from actormap.core.io import load_map
from actormap.core.scenario import compare
from actormap.report import build_html_report
from actormap.report.strategies import comparison_rows

ES = Path(__file__).resolve().parents[2] / "sample_maps" / "el_salvador_2012_truce.actormap"
EVIL = '<script>alert("x")</script>'


def text_of(page: str) -> str:
    text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))
    return text.replace(" :", ":").replace("( ", "(").replace(" )", ")")  # names sit in <bdi> tags


def test_el_salvador_report_has_agreements_and_strategies():
    amap = load_map(ES)
    page = build_html_report(analyze(amap), amap, comparison=compare(amap))
    plain = text_of(page)
    assert "Agreements and spoiler risk" in plain and "Strategies compared" in plain
    assert "2012 gang truce" in plain and "Terms: Reduce killings between the gangs" in plain
    assert ("MS-13 street cliques (clicas) (MS-13): fights or coerces armed members of the parties' camps who "
            "did not sign") in plain
    assert "#3 Peace zones with municipalities and churches (transformation): Transformation:" in plain
    assert "26 (-4) 4 of them went with the removed actors" in plain
    assert page.index('id="agreements"') < page.index('id="strategies"') < page.index('id="method"')
    assert "<script" not in page


def test_no_sections_without_agreements_or_scenarios_and_user_text_is_escaped():
    amap = load_map(ES)
    bare = amap.model_copy(update={"agreements": [], "scenarios": []})
    page = build_html_report(analyze(bare), bare, comparison=compare(bare))
    assert 'id="agreements"' not in page and 'id="strategies"' not in page
    evil = amap.model_copy(update={"scenarios": [amap.scenarios[0].model_copy(update={"name": EVIL,
                                                                                    "description": EVIL})]})
    page = build_html_report(analyze(evil), evil, comparison=compare(evil))
    assert EVIL not in page and "&lt;script&gt;" in page


def test_rows_are_the_comparison():
    amap = load_map(ES)
    c = compare(amap)
    rows = dict(comparison_rows(c, {a.id: a.name for a in amap.actors}))
    assert rows["Components"] == ["1", "1 (+0)", "1 (+0)", "1 (+0)"]
    assert rows["Camp splinters (extra groups)"] == ["0", "0 (+0)", "0 (+0)", "0 (+0)"]
    assert rows["Spoilers of “Peace-zone covenants (other municipalities)”"][:3] == ["not signed"] * 3
