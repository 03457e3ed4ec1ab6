"""The map canvas, its legend, presentation mode and picture exports in Spanish and French.

Windows are built the way the program starts one (``make_window``); what the canvas and the
legend paint is read back from a real rendering into an SVG (the texts Qt drew), not from the
code that chose them. Expected texts are written here by hand.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest
from defusedxml import ElementTree
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton, QWidget

from actormap.core.edits import make_actor, make_tie
from actormap.core.model import ActorMap, Agreement, SavedView

NB = "\u00a0"


def painted_texts(widget: QWidget) -> list[str]:
    """The texts ``widget`` (and its children) paints, from a rendering into an SVG (a text that
    takes a glyph from a fallback font comes in several runs: they are joined again)."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(widget.size())
    gen.setViewBox(QRectF(0, 0, widget.width(), widget.height()))
    p = QPainter(gen)
    QWidget.render(widget, p, QPoint())
    p.end()
    buf.close()
    root = ElementTree.fromstring(bytes(data.data()))
    svg = "{http://www.w3.org/2000/svg}"
    out = []
    for group in root.iter(f"{svg}g"):  # one drawText call: one group, one run per font used
        runs = ["".join(t.itertext()) for t in group if t.tag == f"{svg}text"]
        if runs:
            out.append("".join(runs))
    return out


def truce_map(**meta) -> ActorMap:
    actors = [make_actor(id="ms", name="MS-13", kind="gang", faction="MS-13", x=0, y=0, power=4),
              make_actor(id="b18", name="Barrio 18", kind="gang", x=300, y=0),
              make_actor(id="we", name="Mesa de paz", kind="civil_society", x=150, y=-200, is_self=True)]
    ties = [make_tie(id="t1", source="ms", target="b18", kind="conflict"),
            make_tie(id="t2", source="we", target="ms", kind="dialogue")]
    truce = Agreement(id="g1", name="Tregua 2012", kind="truce", status="in_force", parties=["ms", "b18"],
                      terms=["no killings"])
    return ActorMap(title="Tregua", actors=actors, ties=ties, agreements=[truce], **meta)


def shown(window, qtbot, amap: ActorMap):
    window.resize(1200, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the canvas's keys are shortcuts of the active window
    window.qdoc.load(amap)
    window.canvas.setFocus()
    return window.canvas


# ---- the canvas ------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, hint", [
    ("es", "Doble clic para añadir un actor · arrastre desde su borde para trazar un vínculo"),
    ("fr", "Double-cliquez pour ajouter un acteur · faites glisser depuis son bord pour tracer un lien"),
    ("en", "Double-click to add an actor · drag from its rim to draw a tie"),
])
def test_an_empty_canvas_says_how_to_start_in_the_language(make_window, qtbot, lang, hint):
    canvas = shown(make_window(lang), qtbot, ActorMap(title="vacío"))
    assert painted_texts(canvas.viewport()) == [hint]


@pytest.mark.parametrize("lang, notice", [
    ("es", "MS-13 y sus vínculos, con toda su intensidad; el resto, atenuado. Esc o un clic en un espacio vacío "
           "del lienzo muestra todo."),
    ("fr", "MS-13 et ses liens en pleine intensité, le reste estompé. Échap ou un clic sur un espace vide du "
           "canevas montre tout."),
])
def test_the_fade_notice_names_the_actor_in_the_language(make_window, qtbot, lang, notice):
    canvas = shown(make_window(lang), qtbot, truce_map())
    canvas.highlight_neighbourhood("ms")
    qtbot.waitUntil(canvas.notice.isVisible)
    assert canvas.notice.text() == notice
    QTest.keyClick(canvas, Qt.Key.Key_Escape)  # as the notice says: everything shows again
    qtbot.waitUntil(lambda: not canvas.notice.isVisible())


def test_a_filter_and_a_highlight_are_both_said_with_french_punctuation(make_window, qtbot):
    canvas = shown(make_window("fr"), qtbot, truce_map())
    canvas.set_filter(kinds=["gang"])
    canvas.highlight_neighbourhood("b18")
    assert canvas.notice.text().startswith(
        f"Barrio 18 et ses liens en pleine intensité, le reste estompé{NB}; un filtre{NB}: ce qu'il écarte est "
        "estompé. Échap")


@pytest.mark.parametrize("lang, words", [
    ("es", ["Leyenda", "Actores (color + signo)", "Pandilla", "Sociedad civil", "tamaño = poder (1 – 5)", "Nombre",
            "facción", "etiqueta: nombre, facción", "NOSOTROS: nuestra propia posición", "Vínculos (A → B)",
            "conflicto (hostilidad mutua)", "diálogo (canal abierto)", "grosor = intensidad (1 – 3)",
            "Acuerdos (alrededor de las partes)", "vigente"]),
    ("fr", ["Légende", "Acteurs (couleur + signe)", "Gang", "Société civile", "taille = puissance (1 – 5)", "Nom",
            "faction", f"étiquette{NB}: nom, faction", f"NOUS{NB}: notre propre position", "Liens (A → B)",
            "conflit (hostilité mutuelle)", "dialogue (canal ouvert)", "épaisseur = intensité (1 – 3)",
            "Accords (autour des parties)", "en vigueur"]),
])
def test_the_legend_rows_are_in_the_language(make_window, qtbot, lang, words):
    canvas = shown(make_window(lang), qtbot, truce_map())
    QTest.keyClick(canvas, Qt.Key.Key_L)  # the legend's own key
    qtbot.waitUntil(canvas.legend_visible)
    legend = canvas._legend
    assert painted_texts(legend) == words


def _width(text: str, bold: bool = False) -> float:
    f = QFont()
    f.setPixelSize(12)
    f.setBold(bold)
    return QFontMetricsF(f).horizontalAdvance(text)


def test_the_legend_widens_for_longer_words(make_window, qtbot):
    """A French row longer than the English column gets its room (nothing is cut off)."""
    from actormap.gui.canvas.legend import COL1, COL2, PAD, LegendSpec, legend_size

    spec = LegendSpec()  # every symbol
    make_window("en")
    english = legend_size(spec).width()
    assert english == COL1 + COL2 + 3 * PAD  # the English rows fit the least widths
    make_window("fr")
    row = "épinglé (les dispositions ne le déplacent pas)"  # indented 22 px under its symbol
    assert _width(row) + 22 > COL1
    assert legend_size(spec).width() >= 22 + _width(row) + COL2 + 3 * PAD


def test_the_self_tag_widens_to_its_word(make_window, qtbot):
    canvas = shown(make_window("es"), qtbot, truce_map())
    x, y, w, h = canvas.map_scene.drawing.actors["we"].tag_rect()
    bold = QFont()
    bold.setPixelSize(11)
    bold.setBold(True)
    assert w - 4 >= QFontMetricsF(bold).horizontalAdvance("NOSOTROS") + 8  # the painted box: w - 4


def test_tooltips_and_the_agreement_badge_in_spanish(make_window, qtbot):
    canvas = shown(make_window("es"), qtbot, truce_map())
    scene = canvas.map_scene
    assert scene.actor_items["ms"].toolTip() == "<b>MS-13</b><br>Pandilla<br>facción: MS-13<br>poder 4/5"
    assert scene.actor_items["we"].toolTip().endswith("<br>nuestra propia posición")
    assert scene.tie_items["t1"].toolTip().endswith(
        "Conflicto — hostilidad mutua, enfrentamiento abierto<br>intensidad 2/3, reportado")
    badge = scene.agreements.items["g1"].badge
    assert badge.text() == "Tregua 2012 · tregua, vigente"
    assert badge.toolTip() == "Tregua 2012 · tregua, vigente\nTérminos: no killings"


def test_the_tie_menu_names_both_actors_in_french(make_window, qtbot):
    canvas = shown(make_window("fr"), qtbot, truce_map())
    texts = [a.text() for a in canvas.tie_kind_menu("we", "ms").actions()]
    assert "Lien de Mesa de paz vers MS-13" in texts
    assert "Protection — Mesa de paz protège MS-13 (une milice protège une communauté)" in texts


@pytest.mark.parametrize("lang, button, tip", [
    ("es", "Trazar vínculos", "Herramienta de vínculos: arrastre de un actor a otro (o Mayús+arrastrar, o arrastre "
                              "desde el borde de un actor) (T)"),
    ("fr", "Tracer des liens", f"Outil lien{NB}: faites glisser d'un acteur à un autre (ou Maj+glisser, ou glisser "
                               "depuis le bord d'un acteur) (T)"),
])
def test_the_toolbar_shows_the_canvas_actions_in_the_language(make_window, qtbot, lang, button, tip):
    window = make_window(lang)
    tool = next(b for b in window.findChildren(QToolButton) if b.defaultAction() is window.canvas_actions["tie_mode"])
    assert tool.text() == button
    assert tool.toolTip() == tip
    assert window.canvas_actions["legend"].text() == {"es": "Mostrar le&yenda", "fr": "Affic&her la légende"}[lang]


# ---- counts: plurals of 1 and 2 -------------------------------------------------------------------
@pytest.mark.parametrize("lang, one, two", [
    ("es", "En el portapapeles: 1 actor y 0 vínculos", "En el portapapeles: 2 actores y 1 vínculo"),
    ("fr", f"Dans le presse-papiers{NB}: 1 acteur et 0 lien", f"Dans le presse-papiers{NB}: 2 acteurs et 1 lien"),
])
def test_copy_counts_actors_and_ties_with_the_language_s_plurals(make_window, qtbot, lang, one, two):
    window = make_window(lang)
    canvas = shown(window, qtbot, truce_map())
    canvas.select_ids(["ms"])
    window.canvas_actions["copy"].trigger()
    assert window.statusBar().currentMessage() == one
    canvas.select_ids(["ms", "b18"])
    window.canvas_actions["copy"].trigger()
    assert window.statusBar().currentMessage() == two


@pytest.mark.parametrize("lang, one, two", [
    ("es", "Desplazar «MS-13»", "Desplazar 2 actores"),
    ("fr", f"Décaler «{NB}MS-13{NB}»", "Décaler 2 acteurs"),
])
def test_nudging_names_one_actor_and_counts_two(make_window, qtbot, lang, one, two):
    window = make_window(lang)
    canvas = shown(window, qtbot, truce_map())
    canvas.select_ids(["ms"])
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert window.qdoc.undo_stack.undoText() == one
    canvas.select_ids(["ms", "b18"])
    QTest.keyClick(canvas, Qt.Key.Key_Down)
    assert window.qdoc.undo_stack.undoText() == two


@pytest.mark.parametrize("lang, one, two", [
    ("es", "Tregua   ·   1 vista: pulse → para avanzar", "Tregua   ·   2 vistas: pulse → para avanzar"),
    ("fr", f"Tregua   ·   1 vue{NB}: appuyez sur → pour avancer", f"Tregua   ·   2 vues{NB}: appuyez sur → pour avancer"),
])
def test_presentation_caption_counts_the_views(make_window, qtbot, lang, one, two):
    window = make_window(lang)
    views = [SavedView(id="v1", name="Rivales"), SavedView(id="v2", name="Canal")]
    shown(window, qtbot, truce_map(views=views[:1]))
    pres = window.workshop.presentation
    QTest.keyClick(window.canvas, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: pres.active)
    assert pres._caption.text() == one
    QTest.keyClick(window.canvas, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not pres.active)
    window.qdoc.load(truce_map(views=views))
    pres.enter()
    assert pres._caption.text() == two
    pres.leave()


def test_a_layout_is_named_in_the_undo_history_in_spanish(make_window, qtbot):
    window = make_window("es")
    shown(window, qtbot, truce_map())
    window.canvas_actions["layout_faction"].trigger()
    assert window.qdoc.undo_stack.undoText() == "Disposición por facción"


# ---- picture exports -----------------------------------------------------------------------------
def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", out))  # ligatures ("ﬃ") and no-break spaces


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
def test_a_french_pdf_export_carries_french_chrome_legend_and_caption(make_window, qtbot, tmp_path, monkeypatch):
    from actormap.gui import workshop

    window = make_window("fr")
    canvas = shown(window, qtbot, truce_map(viewpoint="médiateurs", as_of="2012-03-09", sensitivity="confidential"))
    canvas.set_legend_visible(True)
    canvas.highlight_neighbourhood("ms")
    out = tmp_path / "carte.pdf"
    monkeypatch.setattr(workshop, "ask_save_path", lambda *a: str(out))
    window.actions_["export_map"].trigger()
    assert window.statusBar().currentMessage() == f"Exporté{NB}: {out}"
    text = _pdf_text(out)
    for words in ("CONFIDENTIELLE", "Point de vue : médiateurs", "Au 2012-03-09",
                  "Affiché : MS-13 et ses liens en pleine intensité, le reste estompé.", "Légende",
                  "Acteurs (couleur + signe)", "Gang", "Liens (A → B)", "conflit (hostilité mutuelle)",
                  "NOUS : notre propre position", "Accords (autour des parties)", "en vigueur",
                  "Tregua 2012 · trêve, en vigueur", "NOUS", "réalisé avec actormap"):
        assert words in text, words
    for english in ("Legend", "Shown:", "As of", "Viewpoint", "made with"):
        assert english not in text


def test_a_refused_export_says_why_in_french(make_window, qtbot, tmp_path, monkeypatch):
    from actormap.gui import workshop

    window = make_window("fr")
    shown(window, qtbot, truce_map())
    monkeypatch.setattr(workshop, "ask_save_path", lambda *a: str(tmp_path / "carte.jpg"))
    window.actions_["export_map"].trigger()
    assert window.statusBar().currentMessage() == (
        f"impossible d'exporter vers 'carte.jpg'{NB}: utilisez un nom de fichier .png, .svg ou .pdf")
    assert not (tmp_path / "carte.jpg").exists()
