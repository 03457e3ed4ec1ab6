"""Names in any script: the bundled Noto fonts fill every glyph the system font lacks (checked
against the .notdef glyph), and right-to-left names are laid out right to left on the canvas."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QRawFont, QTextLayout

from actormap.core.bidi import base_direction
from actormap.core.io import load_map
from actormap.gui.fonts import FALLBACK_FAMILIES, install_fonts, qt_direction, with_fallback

ARABIC = Path(__file__).resolve().parents[1] / "fixtures" / "arabic_only.actormap"
CYRILLIC = ["Вагнер (ЧВК)", "Кремль", "Ополчение Донбасса"]


def _glyphs(text: str, font: QFont) -> list[tuple[QRawFont, int]]:
    """Every glyph Qt would draw for ``text`` in ``font``: (the font it comes from, its index)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont(), g) for run in layout.glyphRuns() for g in run.glyphIndexes()]


def _image(raw: QRawFont, glyph: int) -> bytes:
    img = raw.alphaMapForGlyph(glyph)
    return bytes(img.constBits()) if not img.isNull() else b""


def _tofu(text: str, font: QFont) -> list[int]:
    """Positions of glyphs drawn as the font's .notdef box (glyph 0, or the same picture)."""
    bad = []
    for i, (raw, g) in enumerate(_glyphs(text, font)):
        notdef = _image(raw, 0)
        if g == 0 or (notdef and _image(raw, g) == notdef):
            bad.append(i)
    return bad


def _label_fonts() -> list[QFont]:
    """The fonts a canvas label uses: a bold name, an italic caption (as actor_item builds them)."""
    from actormap.gui.canvas.items.actor_item import _label_fonts

    _label_fonts.cache_clear()
    return list(_label_fonts(9.0))


@pytest.fixture
def fonts(qapp):
    before = qapp.font()
    families = install_fonts(qapp)
    yield families
    qapp.setFont(before)


def test_bundled_fonts_register_and_follow_the_interface_font(fonts, qapp):
    assert set(FALLBACK_FAMILIES) <= set(fonts)
    for family in FALLBACK_FAMILIES:
        assert family in QFontDatabase.families()
    fams = qapp.font().families()
    assert fams[-2:] == list(FALLBACK_FAMILIES) and len(fams) >= 3  # the system font stays first
    assert with_fallback(QFont("Courier")).families() == ["Courier", *FALLBACK_FAMILIES]


def test_the_check_finds_a_missing_glyph():
    # a private-use code point no font here draws: the check must see its .notdef box
    assert _tofu("A\U0010FFFD", QFont()) == [1]


def test_every_name_of_the_arabic_map_and_cyrillic_names_have_real_glyphs(fonts):
    amap = load_map(ARABIC)
    texts = [amap.title, amap.viewpoint, *(a.name for a in amap.actors), *(a.faction for a in amap.actors if a.faction),
             *CYRILLIC]
    for font in _label_fonts():
        assert font.families()[-2:] == list(FALLBACK_FAMILIES)
        for text in texts:
            assert _tofu(text, font) == [], (text, font.italic())


def test_arabic_map_texts_are_arabic_only():
    amap = load_map(ARABIC)
    for text in [amap.title, amap.viewpoint, amap.description, *(a.name for a in amap.actors),
                 *(a.faction for a in amap.actors)]:
        letters = [c for c in text if c.isalpha()]
        assert all("\u0600" <= c <= "\u06ff" for c in letters), text
        assert not text or base_direction(text) == "rtl"


@pytest.mark.parametrize("text, direction", [
    ("ميليشيا الزنتان", "rtl"), ("Zintan (الزنتان)", "ltr"), ("(الزنتان) Zintan", "rtl"),
    ("48 - الكتيبة", "rtl"), ("2011", None), ("", None), ("\u2067Zintan\u2069 الزنتان", "rtl"),
    ("Кремль", "ltr"), ("עיר", "rtl"),
])
def test_base_direction_is_the_first_strong_character_outside_isolates(text, direction):
    assert base_direction(text) == direction
    assert qt_direction(text) == (Qt.LayoutDirection.RightToLeft if direction == "rtl"
                                  else Qt.LayoutDirection.LeftToRight)


def _draw(paint) -> QImage:
    img = QImage(420, 80, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.translate(210, 10)
    paint(p)
    p.end()
    return img


def _placed(name: str):
    """A label of ``name`` as the canvas places and paints it (the renderer's label)."""
    from actormap.gui.render.labels import Placement, measure

    box = measure(name, "", 9.0, "name")
    return box, Placement("a", box, -box.width / 2, 0.0, 1.0, "below")


def test_canvas_label_lays_an_arabic_name_out_right_to_left(fonts, qtbot):
    from actormap.gui.render.labels import LABEL_WRAP, TEXT_FLAGS, label_fonts
    from actormap.gui.render.paint import paint_label
    from actormap.gui.render.theme import LIGHT

    name = "قوة الردع الخاصة (Rada)"  # Latin inside: placed by the base direction
    box, pl = _placed(name)
    font = label_fonts(9.0)[0]
    x, y, w, h = box.name_rect
    rect = QRectF(pl.x + x - 1, pl.y + y, w + 2, h)
    assert rect.width() < LABEL_WRAP

    def manual(direction):
        def paint(p: QPainter):
            halo = QColor(LIGHT.halo)
            halo.setAlpha(LIGHT.halo_alpha)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(halo)
            p.drawRoundedRect(QRectF(pl.x, pl.y, box.width, box.height), 4, 4)
            p.setFont(font)
            p.setPen(QColor(LIGHT.text))
            p.setLayoutDirection(direction)
            p.drawText(rect, TEXT_FLAGS, name)
        return paint

    def from_label(p: QPainter):
        p.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # as on a widget's painter
        paint_label(p, pl, LIGHT)

    drawn = _draw(from_label)
    rtl, ltr = _draw(manual(Qt.LayoutDirection.RightToLeft)), _draw(manual(Qt.LayoutDirection.LeftToRight))
    assert rtl != ltr  # the two directions place the parentheses differently
    assert drawn == rtl


def test_left_to_right_names_keep_their_layout(fonts):
    from actormap.gui.render.paint import paint_label
    from actormap.gui.render.theme import LIGHT

    box, pl = _placed("Zintan (الزنتان)")
    painter_dirs = []

    class Spy(QPainter):
        def drawText(self, *args):
            painter_dirs.append(self.layoutDirection())
            return super().drawText(*args)

    img = QImage(300, 60, QImage.Format.Format_ARGB32)
    p = Spy(img)
    p.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    paint_label(p, pl, LIGHT)
    p.end()
    assert painter_dirs == [Qt.LayoutDirection.LeftToRight]
    assert box.width > 0


def test_pdf_report_of_the_arabic_map_embeds_the_bundled_fonts(tmp_path):
    from actormap.commands.render import report_file

    out = tmp_path / "arabic.pdf"
    report_file(ARABIC, out)
    data = out.read_bytes()
    fonts = set(re.findall(rb"/FontName\s*/[A-Z]{6}\+([A-Za-z-]+)", data))
    assert b"NotoSansArabic-Regular" in fonts or b"NotoSansArabic-Bold" in fonts
