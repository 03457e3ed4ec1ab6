"""The HTML report: self-contained (no external URL, no script), escaped, with the shortlist."""

from __future__ import annotations

import base64
import re
from html import escape
from html.parser import HTMLParser

from actormap.core.analysis.mediators import DEFAULT_WEIGHTS
from actormap.core.analysis.report import analyze
from actormap.core.analysis.result import COMPONENTS, AnalysisResult
from actormap.core.messages import render
from actormap.core.model import ActorMap, MapMeta
from actormap.report import build_html_report

EVIL = '<script>alert("x")</script>'

def _brokerage(**roles):
    counts = dict.fromkeys(("coordinator", "itinerant", "representative", "gatekeeper", "liaison"), 0) | roles
    return counts | {"total": sum(counts.values())}


def _removal(F, pairs=0, splinters=()):
    return {"F": F, "pairs_disconnected": pairs, "splinters": [list(s) for s in splinters],
            "faction_pairs_disconnected": 0, "faction_splinters": []}


def _components(**given):
    return dict.fromkeys(COMPONENTS, 0.0) | given


# A hand-made result with chosen numbers, built through the typed model (drift fails here).
RESULT = AnalysisResult.model_validate({
    "map": {"title": "El Salvador 2012", "actors": 4, "ties": 4},
    "layers": {"betweenness": "all ties, undirected"},
    "approximate": {"betweenness": False, "balance": True, "key_players": False},
    "fragmentation": {"F": 0.5, "DF": 0.625, "components": 2},
    "balance": {"triangle_index": 0.25, "triangles": 4, "balanced_triangles": 1, "frustration": 1,
                "exact": True, "method": "exact", "blocs": [["church", "ms"], ["b18", "gov"]],
                "contradicting": ["t9"], "frustrated_pairs": [["church", "gov"]], "mixed": [], "unplaced": []},
    "factions": {"declared": {"MS": ["ms"], "18": ["b18"], "": ["church", "gov"]}, "detected": [["church", "ms"]]},
    "key_players": {"k": 1, "set": ["church"], "F": 0.83, "exact": False},
    "mediators": [
        {"id": "church", "name": "Catholic Church", "faction": "(religious)", "score": 0.91,
         "components": _components(brokerage=1.0, legitimacy=0.8), "not_assessed": [],
         "reasons": [{"code": "sole_channel", "params": {"pairs": [["Barrio 18", "MS-13"]]}},
                     {"code": "legitimacy_assessed", "params": {"legitimacy": 0.8}}],
         "sole_channel": [["Barrio 18", "MS-13"]]},
        {"id": "gov", "name": EVIL, "faction": "(state_agent)", "score": 0.42,
         "components": _components(brokerage=0.3, legitimacy=0.5), "not_assessed": ["legitimacy"],
         "reasons": [{"code": "trusted_by_camps", "params": {"camps": ["MS", EVIL]}}]},
    ],
    "gated": [{"id": "gov2", "name": "Army", "faction": "",
               "reasons": [{"code": "gate_coercion_untrusted_camp",
                            "params": {"camp": "MS-13", "actors": ["MS-13"], "actor_ids": ["ms"]}}]}],
    "mediator_weights": DEFAULT_WEIGHTS,
    "actors": [
        {"id": "b18", "name": "Barrio 18 & Co", "kind": "gang", "faction": "18", "betweenness": 0.0,
         "betweenness_raw": 0.0, "constraint": None, "effective_size": None,
         "brokerage": _brokerage(), "removal": _removal(0.5)},
        {"id": "church", "name": "Catholic Church", "kind": "religious", "faction": "", "betweenness": 0.666,
         "betweenness_raw": 2.0, "constraint": 0.5, "effective_size": 2.0,
         "brokerage": _brokerage(liaison=2), "removal": _removal(1.0, 3, [["ms"], ["b18", "gov"]])},
        {"id": "gov", "name": EVIL, "kind": "state_agent", "faction": "", "betweenness": 0.0, "betweenness_raw": 0.0,
         "constraint": 1.0, "effective_size": 1.0, "brokerage": _brokerage(), "removal": _removal(0.5)},
        {"id": "ms", "name": "MS-13", "kind": "gang", "faction": "MS", "betweenness": 0.1, "betweenness_raw": 0.3,
         "constraint": 0.9, "effective_size": 1.0, "brokerage": _brokerage(representative=1),
         "removal": _removal(0.5)},
    ],
})

META = MapMeta(title="Truce <2012>", viewpoint="a mediator's view", as_of="2012-03-09",
               authors=["R. M."], sensitivity="strictly_confidential")


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.urls: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for k, v in attrs:
            if k in ("src", "href", "action", "data", "poster", "srcset") and v is not None:
                self.urls.append(v)

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    p.close()
    return p


def test_report_has_the_mediator_shortlist_in_rank_order_with_reasons():
    html = build_html_report(RESULT, META)
    text = " ".join(_parse(html).text)
    i_church, i_gov = text.index("Catholic Church"), text.index(EVIL)
    assert text.index("Insider-mediator shortlist") < i_church
    assert "the only channel between Barrio 18 and MS-13 on this map" in text
    # ranked: the church's entry comes before the government's in the shortlist section
    section = text[text.index("Insider-mediator shortlist"):text.index("Fragmentation risk")]
    assert section.index("Catholic Church") < section.index(EVIL) < section.index("trusted by 2 other camps")
    assert f"trusted by 2 other camps: MS and {EVIL}" in section  # the reason's camp, escaped in the HTML
    assert "legitimacy assessed at 0.80" in section
    assert "0.91" in section and "0.42" in section
    assert i_gov > 0


def test_report_shows_meta_risk_brokerage_and_blocs():
    text = " ".join(_parse(build_html_report(RESULT, META)).text)
    for s in ("Truce <2012>", "a mediator's view", "2012-03-09", "strictly confidential", "R. M."):
        assert s in text
    risk = text[text.index("Fragmentation risk"):text.index("Brokerage")]
    assert "Catholic Church" in risk and "MS-13" in risk  # the splinter names
    assert "Key-player set" in risk
    brokers = text[text.index("Betweenness on all ties"):text.index("Blocs and tensions")]
    # sorted by betweenness: church first
    assert brokers.index("Catholic Church") < brokers.index("MS-13")
    assert "Barrio 18 & Co" in brokers  # ampersand escaped in source, decoded by the parser
    blocs = text[text.index("Blocs and tensions"):]
    assert "Bloc 1" in blocs and "Bloc 2" in blocs and "frustration index 1" in blocs


def test_user_text_is_escaped_and_there_is_no_script():
    html = build_html_report(RESULT, META)
    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html
    assert "Barrio 18 &amp; Co" in html
    assert "Truce &lt;2012&gt;" in html
    assert "script" not in _parse(html).tags


def test_no_external_url_even_with_a_picture():
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 20
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'
    for kwargs in ({}, {"picture_png": png}, {"picture_svg": svg}):
        html = build_html_report(RESULT, META, **kwargs)
        assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
        assert not re.search(r"@import", html, re.I)
        assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", html, re.I)
        assert not re.search(r"https?://", html.replace(base64.b64encode(svg.encode()).decode(), ""))
        urls = _parse(html).urls
        assert all(u.startswith("data:") for u in urls)
        if kwargs:
            assert len(urls) == 1


def test_picture_is_embedded_as_data_uri():
    png = b"\x89PNG\r\n\x1a\nrest"
    html = build_html_report(RESULT, META, picture_png=png)
    (url,) = _parse(html).urls
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == png


def test_empty_result_still_gives_a_page():
    html = build_html_report(analyze(ActorMap(title="Empty")))
    text = " ".join(_parse(html).text)
    assert "Empty" in text
    assert "No actor passes the mediator gates" in text
    assert "The map has no actors" in text
    assert "nan" not in text.lower().split()


def test_gates_layers_and_approximations_are_shown():
    text = " ".join(_parse(build_html_report(RESULT, META)).text)
    gated = text[text.index("Not suggested, and why"):text.index("Fragmentation risk")]
    assert "Army" in gated and "uses coercion against MS-13 (MS-13), which does not accept it" in gated
    assert "all ties, undirected" in text[text.index("Which ties each measure uses"):]
    assert "Approximate (best found or sampled, not proven): balance." in text
    assert "1 tie contradicts this split." in text


def test_report_of_a_sample_map_lists_the_engine_shortlist(tmp_path):
    from pathlib import Path

    from actormap.core.io import load_map

    sample = Path(__file__).resolve().parents[2] / "sample_maps" / "el_salvador_2012_truce.actormap"
    amap = load_map(sample)
    result = analyze(amap)
    html = build_html_report(result, amap)
    text = " ".join(_parse(html).text)
    section = text[text.index("Insider-mediator shortlist"):text.index("Fragmentation risk")]
    shortlist = html[html.index('<ol class="mediators">'):]
    listed = re.findall(r"<li><b><bdi>(.*?)</bdi></b>", shortlist[:shortlist.index("</ol>")])
    assert listed[:5] == [escape(m.name) for m in result.mediators[:5]]  # in the engine's rank order
    for reason in result.mediators[0].reasons:
        assert render(reason) and render(reason) in section


def test_report_package_imports_and_works_with_qt_blocked():
    import subprocess
    import sys

    code = r"""
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"):
            raise ImportError(name)
sys.meta_path.insert(0, Block())
from actormap.core.analysis.report import analyze
from actormap.core.model import ActorMap
from actormap.report import build_html_report
html = build_html_report(analyze(ActorMap(title="t")))
assert "<h1 dir=\"auto\">t</h1>" in html
assert not [m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "pyqtgraph"))]
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_report_lists_every_bloc_and_counts_the_actors_alone():
    three = RESULT.model_copy(update={"balance": RESULT.balance.model_copy(update={
        "frustration": 0, "blocs": [["ms", "church"], ["b18", "gov"], ["gov2", "x"], ["y"], ["z"]]})})
    text = " ".join(_parse(build_html_report(three, META)).text)
    blocs = text[text.index("Blocs and tensions"):]
    assert "Bloc 1" in blocs and "Bloc 2" in blocs and "Bloc 3" in blocs and "Bloc 4" not in blocs
    assert "In a bloc of their own: y and z" in blocs
