"""Fonts for any script: the bundled Noto fonts as fallbacks, and right-to-left text.

:func:`install_fonts` registers the fonts shipped in ``actormap/fonts`` (Noto
Sans: Latin, Greek, Cyrillic; Noto Sans Arabic; SIL OFL 1.1) with
``QFontDatabase`` and appends their families to the application font's family
list, so that every widget, canvas label, exported picture and PDF report that
starts from the application font falls back to them for a glyph the system's
font lacks (e.g. Arabic in DejaVu Sans Oblique, which draws empty boxes).
The system's interface font stays first: nothing changes for text it can draw.

:func:`with_fallback` adds the same families to any font built elsewhere, and
:func:`set_direction_for` gives a painter the base direction of a text (UAX #9,
first strong character) before drawing it, so that an Arabic name is laid out
right to left -- the hooks the canvas and the exports call.
"""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPainter

from ..core.bidi import base_direction

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
FALLBACK_FAMILIES = ("Noto Sans", "Noto Sans Arabic")

_installed: list[str] = []


def font_dir():
    """The folder of the bundled fonts (package data)."""
    return files("actormap") / "fonts"


def register_fonts() -> list[str]:
    """Add the bundled font files to the font database (once); the families they hold."""
    if _installed:
        return list(_installed)
    families: list[str] = []
    for name in FONT_FILES:
        with as_file(font_dir() / name) as path:
            fid = QFontDatabase.addApplicationFont(str(path))
        if fid >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(fid) if f not in families]
    _installed.extend(families)
    return families


def with_fallback(font: QFont) -> QFont:
    """``font`` with the bundled families after its own (a copy)."""
    out = QFont(font)
    own = [f for f in (font.families() or [font.family()]) if f]
    out.setFamilies(own + [f for f in FALLBACK_FAMILIES if f not in own])
    return out


def install_fonts(app: QGuiApplication | None = None) -> list[str]:
    """Register the bundled fonts and make them the application font's fallbacks (idempotent)."""
    app = app or QGuiApplication.instance()
    families = register_fonts()
    if app is not None and families:
        app.setFont(with_fallback(app.font()))
    return families


def qt_direction(text: str) -> Qt.LayoutDirection:
    """The Qt layout direction of a text's first strong character (left to right when none)."""
    return Qt.LayoutDirection.RightToLeft if base_direction(text) == "rtl" else Qt.LayoutDirection.LeftToRight


def set_direction_for(painter: QPainter, text: str) -> None:
    """Lay out the next ``drawText`` of ``text`` in its own base direction.

    A painter on a widget starts with the widget's direction (left to right), so an
    Arabic name would be shaped right to left but placed as a left-to-right paragraph:
    its leading or trailing punctuation on the wrong side, and ``AlignLeft`` on the
    wrong edge of a header. Qt mirrors ``AlignLeft``/``AlignRight`` for right-to-left
    text, so a right-to-left title starts at the right edge, as its readers expect.
    """
    painter.setLayoutDirection(qt_direction(text))
