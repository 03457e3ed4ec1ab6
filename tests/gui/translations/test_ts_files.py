"""The interface's translation sources: complete, in step with the code, and well formed.

- every entry of ``actormap_{es,fr}.ts`` (and the English plural forms) is finished and not empty;
- ``pyside6-lupdate`` run on copies of the files finds no new text and drops none: the files
  hold exactly the texts of the code;
- independently of lupdate (its Python parser skips calls it cannot read), every
  ``translate``/``QT_TRANSLATE_NOOP`` call of the GUI has literal text and its entry in the files,
  and every plural call has the form lupdate reads as a plural;
- translations keep the ``{placeholders}``, ``%n``, the one ``&`` mnemonic, the surrounding
  spaces and the closing ``…`` / ``:`` / ``.`` of their source; French puts a no-break space
  before ``:`` ``;`` ``?`` ``!`` and inside « »;
- ``pyside6-lrelease -fail-on-unfinished -fail-on-invalid`` accepts each file.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from actormap.gui import i18n

ROOT = Path(__file__).resolve().parents[3]
GUI = ROOT / "src" / "actormap" / "gui"
TS = {lang: i18n.ts_file(lang) for lang in ("es", "fr", "en")}
NB = "\u00a0"


def messages(path: Path) -> dict[tuple[str, str], tuple[bool, list[str], str | None]]:
    """(context, source) -> (numerus, translations, translation type)."""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
            out[(name, msg.findtext("source"))] = (numerus, forms, tr.get("type"))
    return out


@pytest.fixture(scope="module")
def tools():
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import translations
    finally:
        sys.path.remove(str(ROOT / "tools"))
    return translations


# ---- complete -------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["es", "fr", "en"])
def test_every_entry_is_finished_and_not_empty(lang):
    found = messages(TS[lang])
    assert len(found) > (20 if lang == "en" else 900)
    bad = [key for key, (numerus, forms, kind) in found.items()
           if kind is not None or not all(f.strip() for f in forms) or (numerus and len(forms) != 2)]
    assert bad == []


def test_the_english_file_holds_exactly_the_plural_texts():
    es, en = messages(TS["es"]), messages(TS["en"])
    assert set(en) == {k for k, (numerus, _f, _t) in es.items() if numerus}
    for (ctx, src), (_n, (one, other), _t) in en.items():
        assert "%n" in other and "(s)" not in one + other, (ctx, src)


def test_a_finished_file_is_recognised_and_an_unfinished_one_is_not(tools, tmp_path):
    assert tools.unfinished(TS["es"]) == []
    text = TS["es"].read_text(encoding="utf-8").replace("<translation>Añadir vínculo</translation>",
                                                        '<translation type="unfinished"></translation>', 1)
    broken = tmp_path / "actormap_es.ts"
    broken.write_text(text, encoding="utf-8")
    assert ("AddTieDialog", "Add tie") in tools.unfinished(broken)


# ---- in step with the code -----------------------------------------------------------------------------
def test_lupdate_finds_no_new_text_and_drops_none(tools, tmp_path):
    for ts in TS.values():
        shutil.copy(ts, tmp_path / ts.name)
    tools.update(tmp_path)
    for ts in TS.values():
        before, after = messages(ts), messages(tmp_path / ts.name)
        assert set(after) == set(before), f"{ts.name}: run `make translations` and translate the new texts"
        assert after == before
        assert tools.unfinished(tmp_path / ts.name) == []


def test_lupdate_would_report_a_new_text(tools, tmp_path):
    """The check above can fail: a module with one more text gives an unfinished entry."""
    sources = tmp_path / "gui"
    shutil.copytree(GUI, sources, ignore=shutil.ignore_patterns("__pycache__"))
    (sources / "extra.py").write_text('translate("Extra", "A text nobody translated yet")\n', encoding="utf-8")
    folder = tmp_path / "i18n"
    folder.mkdir()
    for ts in TS.values():
        shutil.copy(ts, folder / ts.name)
    tools.update(folder, sources)
    assert tools.unfinished(folder / "actormap_es.ts") == [("Extra", "A text nobody translated yet")]


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def translate_calls() -> list[tuple[str, int, ast.Call]]:
    calls = []
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                    node.func.id in ("translate", "QT_TRANSLATE_NOOP"):
                calls.append((str(path.relative_to(GUI)), node.lineno, node))
    return calls


def call_problems(call: ast.Call, entries) -> list[str]:
    """What is wrong with one translate/QT_TRANSLATE_NOOP call (empty: fine)."""
    context = _literal(call.args[0]) if call.args else None
    if context is None:
        return ["the context must be a string literal"]
    text_node = call.args[1] if len(call.args) > 1 else None
    if isinstance(text_node, ast.JoinedStr):
        return ["an f-string cannot be translated (use .format after translate)"]
    text = _literal(text_node) if text_node is not None else None
    if text is None:
        if call.func.id == "translate" and isinstance(text_node, (ast.Name, ast.Subscript)):
            return []  # a lookup of a QT_TRANSLATE_NOOP text, checked at its mark
        return ["the text must be a string literal (or a name holding a marked one)"]
    problems = []
    plural = len(call.args) > 3
    if plural and not (len(call.args) == 5 and isinstance(call.args[3], ast.Name) and call.args[3].id == "COUNT"
                       and isinstance(call.args[4], ast.Name)):
        problems.append("a plural is translate(ctx, text, '', COUNT, name)")
    if call.keywords:
        problems.append("no keyword arguments (lupdate skips the call)")
    entry = entries.get((context, text))
    if entry is None:
        problems.append(f"no entry for ({context!r}, {text!r})")
    elif entry[0] != plural:
        problems.append(f"({context!r}, {text!r}) is {'not ' * plural}a plural in the .ts")
    return problems


def test_every_call_in_the_code_has_its_entry_and_a_form_lupdate_reads():
    es = messages(TS["es"])
    calls = translate_calls()
    assert len(calls) > 800
    problems = [f"{where}:{line}: {p}" for where, line, call in calls for p in call_problems(call, es)]
    assert problems == []


@pytest.mark.parametrize("source", [
    'translate("Dialogs", f"Open {x}")',  # an f-string
    'translate("MainWindow", "%n actor(s)", "", n)',  # lupdate reads n as an encoding
    'translate("MainWindow", "%n actor(s)", "", COUNT, self.n)',  # lupdate skips it (or hangs)
    'translate(context, "Open map")',  # no literal context
    'translate("Dialogs", "Open map", disambiguation="x")',  # a keyword
    'translate("Dialogs", "A text that is not in the file")',
    'translate("MainWindow", "%n actor(s)")',  # a plural text called without a count
    'QT_TRANSLATE_NOOP("Heat", text)',
])
def test_the_call_checker_refuses(source):
    call = ast.parse(source).body[0].value
    assert call_problems(call, messages(TS["es"])) != []


def test_the_call_checker_accepts_the_forms_used():
    es = messages(TS["es"])
    for source in ('translate("Dialogs", "Open map")', 'translate("MainWindow", "%n actor(s)", "", COUNT, n)',
                   'translate("Heat", label)', 'QT_TRANSLATE_NOOP("Heat", "Betweenness")'):
        assert call_problems(ast.parse(source).body[0].value, es) == [], source


# ---- well formed ----------------------------------------------------------------------------------------
PLACEHOLDER = re.compile(r"\{[a-zA-Z_]*\}")


def _mnemonics(text: str) -> int:
    """The ``&`` marking a menu or button key ("&File"); "&&" and "Wehr & Lederach" are text."""
    return len(re.findall(r"&(?=\w)", text.replace("&&", "")))


def form_problems(src: str, form: str, numerus: bool) -> list[str]:
    """How a translation ``form`` of ``src`` breaks what the code relies on (empty: fine)."""
    problems = []
    if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(src)):
        problems.append("placeholders differ")
    if numerus and "%n" not in form:
        problems.append("no %n")
    if _mnemonics(form) != _mnemonics(src):
        problems.append("mnemonic")
    if (form != form.lstrip(" \n")) != (src != src.lstrip(" \n")) or \
            (form != form.rstrip(" \n")) != (src != src.rstrip(" \n")):
        problems.append("surrounding spaces")
    for end in ("…", ":", "."):
        if src.rstrip().endswith(end) != form.rstrip().endswith(end):
            problems.append(f"ending {end!r}")
    try:
        form.format(**{p.strip("{}"): "x" for p in PLACEHOLDER.findall(src)})
    except (KeyError, IndexError, ValueError):
        problems.append("cannot be formatted")
    return problems


@pytest.mark.parametrize("lang", ["es", "fr", "en"])
def test_translations_keep_placeholders_mnemonics_spaces_and_endings(lang):
    problems = [f"{ctx}: {src!r} -> {form!r}: {p}"
                for (ctx, src), (numerus, forms, _t) in messages(TS[lang]).items()
                for form in forms for p in form_problems(src, form, numerus)]
    assert problems == []


@pytest.mark.parametrize("src, form, numerus", [
    ("&File", "Archivo", False), ("Open &Recent", "&Abrir &reciente", False),
    ("No actor matches “{text}”.", "Ningún actor coincide con “{texto}”.", False),
    ("%n actor(s)", "actores", True), ("Scenario: ", "Escenario:", False), ("&Open…", "&Abrir", False),
    ("Exported {file}", "Exportado {file", False),
])
def test_the_form_checker_refuses(src, form, numerus):
    assert form_problems(src, form, numerus) != []


def test_french_typography():
    problems = []
    for (ctx, _src), (_n, forms, _t) in messages(TS["fr"]).items():
        for form in forms:
            text = form.replace(";;", "")  # the separator of file-dialog filters
            for m in re.finditer(r"[:;?!]", text):
                if text[m.start() - 1:m.start()] != NB:
                    problems.append(f"{ctx}: {form!r} (no no-break space before {m.group()!r})")
            if re.search(r"«(?!\u00a0)|(?<!\u00a0)»", form):
                problems.append(f"{ctx}: {form!r} (guillemets without no-break spaces)")
    assert problems == []


def test_translations_are_not_copies_of_the_english():
    """Single words may agree ("Total", "Actor", "Camp") and so may references; sentences may not."""
    for lang in ("es", "fr"):
        copies = [src for (_c, src), (_n, forms, _t) in messages(TS[lang]).items()
                  if len(src.split()) > 3 and forms[-1] == src and not re.search(r"\(\d{4}\)", src)]
        assert copies == [], lang


@pytest.mark.parametrize("lang", ["es", "fr", "en"])
def test_lrelease_accepts_the_file(lang, tmp_path):
    exe = i18n.lrelease_program()
    assert exe is not None
    done = subprocess.run([str(exe), "-fail-on-unfinished", "-fail-on-invalid", str(TS[lang]), "-qm",
                           str(tmp_path / "out.qm")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "out.qm").stat().st_size > (1000 if lang == "en" else 20000)
