"""`actormap analyze / report --lang`: the text, the report and the command's own messages in
Spanish or French; without --lang the system locale decides."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import run

from actormap.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "sample_maps" / "rio_favelas.actormap"



@pytest.mark.parametrize("lang, heading", [("es", "Lista corta de mediadores internos"),
                                           ("fr", "Liste restreinte de médiateurs internes"),
                                           ("en", "Insider-mediator shortlist")])
def test_analyze_lang_option(capsys, lang, heading):
    code, out, err = run(capsys, "analyze", str(SAMPLE), "--lang", lang)
    assert code == 0, err
    assert heading in out


def test_analyze_follows_the_locale_and_lang_overrides_it(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "fr_HT.UTF-8")
    assert "Liste restreinte de médiateurs internes" in run(capsys, "analyze", str(SAMPLE))[1]
    assert "Lista corta de mediadores internos" in run(capsys, "analyze", str(SAMPLE), "--lang", "es")[1]
    monkeypatch.setenv("LANG", "de_DE.UTF-8")  # a language the program does not have: English
    assert "Insider-mediator shortlist" in run(capsys, "analyze", str(SAMPLE))[1]


def test_analyze_json_reasons_in_the_language(capsys):
    code, out, _ = run(capsys, "analyze", str(SAMPLE), "--json", "--lang", "es")
    res = json.loads(out)
    texts = [r["text"] for m in res["mediators"] for r in m["reasons"]]
    assert texts and any(t.startswith("tiene la confianza de") for t in texts)
    assert not any(t.startswith("trusted by") for t in texts)


@pytest.mark.parametrize("lang, message", [
    ("es", "el número de actores clave debe estar entre 1 y 22 (el mapa tiene 24 actores), no 30"),
    ("fr", "le nombre d'acteurs clés doit être compris entre 1 et 22 (la carte a 24 acteurs), pas 30"),
    ("en", "the number of key players must be between 1 and 22 (the map has 24 actors), not 30"),
])
def test_command_errors_in_the_language(capsys, lang, message):
    code, out, err = run(capsys, "analyze", str(SAMPLE), "--key-players", "30", "--lang", lang)
    assert code == 2 and out == ""
    assert err.strip() == f"actormap: {message}"


def test_unknown_language_is_refused_by_the_parser(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(SAMPLE), "--lang", "de"])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_report_in_french_writes_lang_and_says_so_in_french(tmp_path):
    out = tmp_path / "rapport.html"
    r = subprocess.run([sys.executable, "-m", "actormap", "report", str(SAMPLE), "-o", str(out), "--lang", "fr"],
                       capture_output=True, text=True, timeout=300,
                       env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"écrit\u00a0: {out} (HTML)"
    html = out.read_text(encoding="utf-8")
    assert '<html lang="fr" dir="ltr">' in html
    assert "Risque de fragmentation" in html and "Fragmentation risk" not in html
    bad = tmp_path / "rapport.txt"
    r = subprocess.run([sys.executable, "-m", "actormap", "report", str(SAMPLE), "-o", str(bad)],
                       capture_output=True, text=True, timeout=300,
                       env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "LANG": "es_MX.UTF-8"})
    assert r.returncode == 2 and not bad.exists()
    assert r.stderr.strip() == ("actormap: no se puede escribir un informe en 'rapport.txt': use un nombre de "
                                "archivo .html o .pdf")
