"""The three themes by name (light, dark, projector) and what they need around the canvas.

The colours themselves live in :mod:`.render.theme` (one :class:`Theme` type); actor
kinds keep the Okabe-Ito palette in every theme, so all stay colour-blind safe. The
projector theme is black on white with thicker lines and larger labels. This module
adds lookup by name (for menus and ``actormap render --theme``), a WCAG contrast
check and a matching window palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from ..core.errors import ActorMapError
from .render.theme import DARK, LIGHT, PROJECTOR, THEMES, Theme

__all__ = ["DARK", "LIGHT", "PROJECTOR", "Theme", "UnknownTheme", "apply_window_theme", "contrast_ratio",
           "get_theme", "theme_names", "window_palette"]


class UnknownTheme(ActorMapError):
    pass


def theme_names() -> list[str]:
    return list(THEMES)


def get_theme(name: str | Theme) -> Theme:
    """The theme called ``name`` (or ``name`` itself if it is a Theme)."""
    if isinstance(name, Theme):
        return name
    try:
        return THEMES[str(name).strip().lower()]
    except KeyError:
        raise UnknownTheme(f"no theme '{name}'; choose one of: {', '.join(THEMES)}") from None


def _lum(c: QColor) -> float:
    def ch(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())


def contrast_ratio(a: str | QColor, b: str | QColor) -> float:
    """WCAG 2.x contrast ratio (1..21) between two colours (W3C, *WCAG 2.1*, 1.4.3)."""
    la, lb = _lum(QColor(a)), _lum(QColor(b))
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def window_palette(theme: Theme, base: QPalette | None = None) -> QPalette:
    """A window palette matching ``theme`` (dark widgets for the dark theme)."""
    pal = QPalette(base) if base is not None else QPalette()
    bg, fg = QColor(theme.background), QColor(theme.text)
    panel = QColor(theme.legend_bg)
    roles = {
        QPalette.ColorRole.Window: panel,
        QPalette.ColorRole.WindowText: fg,
        QPalette.ColorRole.Base: bg,
        QPalette.ColorRole.AlternateBase: QColor(theme.grid),
        QPalette.ColorRole.Text: fg,
        QPalette.ColorRole.Button: panel,
        QPalette.ColorRole.ButtonText: fg,
        QPalette.ColorRole.ToolTipBase: panel,
        QPalette.ColorRole.ToolTipText: fg,
        QPalette.ColorRole.Highlight: QColor(theme.selection),
        QPalette.ColorRole.HighlightedText: max((QColor("#000000"), QColor("#FFFFFF")),
                                                key=lambda c: contrast_ratio(c, theme.selection)),
    }
    for role, colour in roles.items():
        pal.setColor(role, colour)
    return pal


_BASE_PALETTE: list[QPalette] = []


def apply_window_theme(theme: Theme, app=None) -> None:
    """Dress the whole application for ``theme``: the dark theme darkens every window,
    panel, table and menu (not only the canvas); the other themes bring back the palette
    the application started with."""
    from PySide6.QtWidgets import QApplication

    app = app or QApplication.instance()
    if app is None:
        return
    if not _BASE_PALETTE:
        _BASE_PALETTE.append(QPalette(app.palette()))
    base = _BASE_PALETTE[0]
    if theme.name == "dark":
        pal = window_palette(theme, base)
        for group in (QPalette.ColorGroup.Disabled,):
            muted = QColor(theme.caption)
            muted.setAlpha(150)
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
                pal.setColor(group, role, muted)
        app.setPalette(pal)
    else:
        app.setPalette(base)
