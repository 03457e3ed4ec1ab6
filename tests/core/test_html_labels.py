"""The report's "Labels and designations" and "Perspectives compared" sections (no Qt)."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

from actormap.core.analysis.report import analyze
from actormap.core.io import load_map
from actormap.core.model import Actor, ActorMap, Label, Tie
from actormap.core.perspective import compare_perspectives
from actormap.report import build_html_report

SAMPLES = Path(__file__).resolve().parents[2] / "sample_maps"
EVIL = '<script>alert("x")</script>'


def text_of(page: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def test_libya_report_says_when_the_doors_closed_and_where_perspectives_disagree():
    amap = load_map(SAMPLES / "libya_post_2011_militias.actormap")
    page = build_html_report(analyze(amap), amap, perspectives=compare_perspectives(amap))
    plain = text_of(page)
    assert "Labels and designations" in plain and "Perspectives compared" in plain
    assert ("2016-05-20: US State Department labels Islamic State in Sirte 'Foreign Terrorist Organization "
            "(ISIL-Libya)' -- a legal designation (United States): engaging may become a crime there "
            "(a door closes)") in plain
    assert "2014-08-24: House of Representatives (2014) labels Libya Dawn coalition (2014-2015) 'terrorist groups'" \
        in plain
    assert "As seen by the Zawiya coast guard unit (seen by Zawiya coast guard unit (al-Bija))" in plain
    assert ("Disagreements that change the shortlist on their own: Migrants and refugees in transit and detention "
            "/ Zawiya coast guard unit (al-Bija)") in plain
    assert page.index('id="labels"') < page.index('id="perspectives"') < page.index('id="method"')


def test_no_label_section_without_labels_and_user_text_is_escaped():
    plain_map = ActorMap(actors=[Actor(id="a", name="A"), Actor(id="b", name="B")],
                         ties=[Tie(source="a", target="b", kind="trust")])
    page = build_html_report(analyze(plain_map), plain_map)
    assert 'id="labels"' not in page and 'id="perspectives"' not in page
    evil = plain_map.model_copy(update={"actors": [
        Actor(id="a", name=EVIL, labels=[Label(source=EVIL, label=EVIL, designation=True, jurisdiction=EVIL,
                                               start=date(2020, 1, 1))]), Actor(id="b", name="B")]})
    page = build_html_report(analyze(evil), evil)
    assert 'id="labels"' in page and "<script" not in page
    assert text_of(page).count(EVIL) >= 4
