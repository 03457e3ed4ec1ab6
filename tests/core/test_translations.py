"""Spanish and French: the catalogue is complete, its sentences are written from the rules, the
text and HTML reports carry no English, and the language follows the locale."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_messages import crafted_maps, emitted_reasons

from actormap.core.analysis import report as analysis_report
from actormap.core.analysis.reasons import REASONS
from actormap.core.analysis.report import analyze
from actormap.core.analysis.result import Reason
from actormap.core.analysis.text_report import render_text
from actormap.core.io import load_map
from actormap.core.messages import camp, en, fallback, has_message, phrase, render
from actormap.core.messages.language import EN, ES, FR
from actormap.core.messages.locale import language_of, system_language
from actormap.core.model import Actor, ActorMap, Tie
from actormap.report import build_html_report

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "sample_maps").glob("*.actormap"))
NB = "\u00a0"


# ---- completeness ------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["es", "fr"])
def test_every_english_key_has_a_translation(lang):
    missing = [k for k in en.MESSAGES if not has_message(k, lang)]
    assert missing == []
    assert [c for c in REASONS if not has_message(c, lang)] == []


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_every_layer_the_engine_describes_is_translated_from_its_current_text(lang):
    module = {"es": __import__("actormap.core.messages.es", fromlist=["x"]),
              "fr": __import__("actormap.core.messages.fr", fromlist=["x"])}[lang]
    assert set(module.LAYERS) == set(analysis_report.LAYERS)
    for measure, text in analysis_report.LAYERS.items():
        source, translated = module.LAYERS[measure]
        assert source == text, f"the engine's text for {measure} changed: translate it again"
        assert phrase(f"layer.{measure}", lang, text=text) == translated
    # a description the translation does not know is shown as the engine wrote it
    assert phrase("layer.balance", lang, text="something new") == "something new"


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_every_reason_the_engine_emits_renders_in_the_language_and_differs_from_english(lang):
    seen = set()
    for r in emitted_reasons():
        text = render(r, lang)
        assert text and text == text.strip() and text != fallback(r.code, r.params), (r.code, text)
        assert text != render(r, "en"), (r.code, text)
        seen.add(r.code)
    assert seen == set(REASONS)


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_no_translation_is_a_copy_of_the_english(lang):
    same = []
    for key, msg in en.MESSAGES.items():
        if key.startswith(("kind.", "role.", "component.", "measure.", "sensitivity.", "html.", "strategy_kind.",
                           "agreement_kind.", "agreement_status.", "strategy.row.", "tie_kind.", "agenda.",
                           "confidence.")):
            continue  # single words may legitimately agree ("cartel", "Actor", "Fragmentation F")
        try:
            english = msg({}, EN)
        except (KeyError, TypeError, ValueError, IndexError):
            continue  # needs params: covered by the rendering tests
        if english == phrase(key, lang):
            same.append(key)
    assert same == []


# ---- wording written from the rules ---------------------------------------------------------------
@pytest.mark.parametrize("code, params, es, fr", [
    ("trusted_by_camps", {"camps": ["Iglesia"]},
     "tiene la confianza de otro bando: Iglesia", f"a la confiance d'un autre camp{NB}: Iglesia"),
    ("trusted_by_camps", {"camps": ["MS-13", "Barrio 18", "Iglesia"]},
     "tiene la confianza de otros 3 bandos: MS-13, Barrio 18 e Iglesia",
     f"a la confiance de 3 autres camps{NB}: MS-13, Barrio 18 et Iglesia"),
    ("sole_channel", {"pairs": [["A", "B"], ["A", "C"], ["B", "C"], ["C", "D"]]},
     "el único canal entre A y B; A y C; B y C en este mapa (y 1 par más)",
     f"le seul canal entre A et B{NB}; A et C{NB}; B et C sur cette carte (et 1 autre paire)"),
    ("bridges_hostile_pairs", {"pairs": [["A", "B"]]},
     "tiene la confianza de ambos lados de 1 par de bandos enfrentados: A contra B",
     f"a la confiance des deux côtés de 1 paire de camps hostiles{NB}: A contre B"),
    ("parasitic_warning", {"camp": "Comercio", "actors": ["Tiendas", "Buses"], "actor_ids": ["s", "b"],
                           "tie_ids": ["t1", "t2"], "confidence": ["reported", "rumoured"]},
     "advertencia: 2 vínculos parasitarios (reportado/rumor) hacia Comercio (Tiendas y Buses), "
     "bando al que no llega por confianza",
     f"attention{NB}: 2 liens parasitaires (signalé/rumeur) vers Comercio (Tiendas et Buses), "
     "camp qu'il n'atteint pas par la confiance"),
    ("under_pressure", {"actors": ["MS-13"], "actor_ids": ["ms"], "camps": ["MS"], "kinds": ["coercive", "parasitic"]},
     "bajo presión: coerción y extorsión de MS-13 (no cuenta ni a favor ni en contra)",
     f"sous pression{NB}: coercition et racket de la part de MS-13 (compté ni pour ni contre lui)"),
    ("autonomy_high", {"autonomy": 0.666666},
     "sus contactos de confianza no están vinculados entre sí (autonomía 0.67)",
     "ses contacts de confiance ne sont pas liés entre eux (autonomie 0,67)"),
    ("rests_on_rumour", {"camps": ["Tebu"], "actors": ["X"], "actor_ids": ["x"], "tie_ids": ["t"]},
     "su acceso a Tebu depende de un vínculo basado en rumores (con X): hay que verificarlo antes de contar con él",
     f"son accès à Tebu repose sur un lien fondé sur une rumeur (avec X){NB}: à vérifier avant de s'y fier"),
])
def test_spanish_and_french_messages(code, params, es, fr):
    r = Reason(code=code, params=params)
    assert render(r, "es") == es
    assert render(r, "fr") == fr


def test_plurals_follow_cldr_in_the_report_phrases():
    # French counts 0 and 1 as singular; Spanish only 1
    assert phrase("report.contradicting_ties", "fr", count=0) == "0 lien contredit ce découpage."
    assert phrase("report.contradicting_ties", "es", count=0) == "0 vínculos contradicen esta división."
    assert phrase("report.contradicting_ties", "es", count=1) == "1 vínculo contradice esta división."
    assert phrase("report.more_candidates", "fr", count=2) == "2 autres candidats ne sont pas affichés."
    assert phrase("report.and_more", "fr", count=1) == "et 1 autre"


def test_spanish_writes_e_before_the_i_sound_and_latin_american_numbers():
    assert ES.join(["MS-13", "Iglesia"]) == "MS-13 e Iglesia"
    assert ES.join(["MS-13", "Hidalgo"]) == "MS-13 e Hidalgo"
    assert ES.join(["MS-13", "hielo"]) == "MS-13 y hielo"  # "hie" is a diphthong: y
    assert ES.join(["Policía", "Ejército"]) == "Policía y Ejército"
    assert ES.num(0.75) == "0.75" and FR.num(0.75) == "0,75"


def test_engine_made_camps_show_their_kind_in_the_language():
    assert camp("(religious)", "es") == "(religioso)" and camp("(state_agent)", "fr") == "(agent de l'État)"
    assert camp("(religious)", "en") == "(religious)" and camp("Barrio 18", "es") == "Barrio 18"
    assert camp("(not_a_kind)", "fr") == "(not_a_kind)"
    r = Reason(code="open_conflict", params={"camps": ["(gang)", "Police"]})
    assert render(r, "es") == "en conflicto abierto con (pandilla) y Police: no se cuenta como puente entre ellos"


# ---- the text report -------------------------------------------------------------------------------
def _english_fixed_sentences(lang: str) -> list[str]:
    """English texts the reports print that take no parameters (headings, notes) and that the
    language writes differently ("Fragmentation F" is French too)."""
    out = []
    for key, msg in en.MESSAGES.items():
        if not key.startswith(("report.", "html.")):
            continue
        try:
            text = msg({}, EN)
        except (KeyError, TypeError):
            continue
        if len(text) > 12 and phrase(key, lang) != text:
            out.append(text)
    return out


@pytest.mark.parametrize("lang", ["es", "fr"])
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_text_report_has_no_english_sentence(sample, lang):
    amap = load_map(sample)
    result = analyze(amap, key_players=2)
    text = render_text(result, lang=lang)
    english = render_text(result, lang="en")
    for sentence in _english_fixed_sentences(lang):
        assert sentence not in text
    for heading in ("Insider-mediator shortlist", "Top brokers", "Removal impact", "Key players", "Blocs (structural",
                    "Declared factions", "parts:", "betweenness", "Gated out"):
        assert heading in english and heading not in text, heading
    assert {"es": "Lista corta de mediadores internos", "fr": "Liste restreinte de médiateurs internes"}[lang] in text
    for m in result.mediators[:5]:
        assert m.name in text


# ---- the HTML report --------------------------------------------------------------------------------
class _Doc(HTMLParser):
    def __init__(self):
        super().__init__()
        self.html_attrs: dict = {}
        self.text: list[str] = []
        self.bdi: list[str] = []
        self._in_bdi = 0
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.html_attrs = dict(attrs)
        if tag == "bdi":
            self._in_bdi += 1
            self.bdi.append("")
        if tag in ("style", "title"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag == "bdi":
            self._in_bdi -= 1
        if tag in ("style", "title"):
            self._skip -= 1

    def handle_data(self, data):
        if self._skip:
            return
        self.text.append(data)
        if self._in_bdi:
            self.bdi[-1] += data


def _arabic_map() -> ActorMap:
    names = ["ميليشيا الزنتان", "كتيبة النواصي", "مجلس الحكماء", "الهلال الأحمر"]
    actors = [Actor(id=f"a{i}", name=n, faction=["الزنتان", "طرابلس", "", ""][i]) for i, n in enumerate(names)]
    ties = [Tie(id="t1", source="a0", target="a1", kind="conflict"),
            Tie(id="t2", source="a2", target="a0", kind="trust"),
            Tie(id="t3", source="a2", target="a1", kind="trust"),
            Tie(id="t4", source="a3", target="a2", kind="dialogue")]
    return ActorMap(title="ليبيا: خريطة الفاعلين", actors=actors, ties=ties)


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_html_report_names_its_language_and_isolates_every_name(lang):
    amap = _arabic_map()
    result = analyze(amap)
    html = build_html_report(result, amap, lang=lang)
    doc = _Doc()
    doc.feed(html)
    assert doc.html_attrs == {"lang": lang, "dir": "ltr"}
    assert f'<h1 dir="auto">{amap.title}</h1>' in html
    # every actor name shown in a table or list sits in its own <bdi>
    for a in amap.actors:
        assert a.name in doc.bdi, a.name
    assert re.search(r"<td>(?!<bdi>)[\u0600-\u06FF]", html) is None  # no bare Arabic cell


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_html_report_has_no_english_heading(lang):
    from actormap.core.scenario import compare

    amap = load_map(SAMPLES[0])  # El Salvador: agreements and scenarios too
    assert amap.agreements and amap.scenarios
    html = build_html_report(analyze(amap, key_players=2), amap, lang=lang, comparison=compare(amap))
    doc = _Doc()
    doc.feed(html)
    text = " ".join(doc.text)
    for sentence in _english_fixed_sentences(lang):
        assert sentence not in text, sentence
    for heading in ("Summary", "Insider-mediator shortlist", "Fragmentation risk", "Brokerage", "Blocs and tensions",
                    "Which ties each measure uses", "Made with actormap", "Not suggested", "Viewpoint",
                    "Agreements and spoiler risk", "Possible spoilers", "Strategies compared", "Base map",
                    "Mediator shortlist", "the map as it is", "Removed actors"):
        assert heading not in text, heading
    assert {"es": "Riesgo de fragmentación", "fr": "Risque de fragmentation"}[lang] in text
    kinds = {"es": "pandilla", "fr": "gang"}[lang]
    assert kinds in text


# ---- the user's language ---------------------------------------------------------------------------
@pytest.mark.parametrize("env, lang", [
    ({}, "en"),
    ({"LANG": "es_MX.UTF-8"}, "es"),
    ({"LANG": "fr_FR@euro"}, "fr"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_SN.UTF-8"}, "fr"),
    ({"LANG": "es_SV.UTF-8", "LC_ALL": "fr_HT.UTF-8"}, "fr"),
    ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "de:es"}, "es"),  # GNU LANGUAGE: a list of preferences
    ({"LC_ALL": "C", "LANGUAGE": "fr"}, "en"),  # gettext ignores LANGUAGE in the C locale
    ({"LANG": "POSIX"}, "en"),
])
def test_system_language_reads_the_locale_variables_in_gettext_order(env, lang):
    assert system_language(env) == lang


def test_language_of_a_locale_name():
    assert language_of("es_419.UTF-8") == "es" and language_of("fr") == "fr" and language_of("C.UTF-8") == ""


def test_reasons_of_crafted_maps_render_in_each_language_with_no_fallback():
    for amap in crafted_maps():
        for m in analyze(amap).gated:
            for r in m.reasons:
                for lang in ("es", "fr"):
                    assert not render(r, lang).startswith(r.code)
