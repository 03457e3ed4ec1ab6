"""The exported page: header, map, legend and footer laid out and painted.

One page composition for every format: a header (title; viewpoint and as-of date;
the sensitivity label), the map, the legend in a column at the right, and a footer
repeating the sensitivity label. Sizes are laid out in points (1/72 inch) and
converted with the output's resolution, so a 300-DPI PNG and a PDF of the same
width look alike. The page's words follow the interface's language (the sensitivity
label from the core catalogue). The file writers are in :mod:`.export`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..core.messages import has_message
from .fonts import set_direction_for
from .i18n import message, translate

MM_PER_INCH = 25.4
PT_PER_INCH = 72.0
VECTOR_DPI = 96
"""Resolution of the SVG and PDF coordinate systems (vector outputs; only sets units)."""
PRINT_LABEL_FLOOR = 0.7
"""Paper is read closer than a screen: labels may print down to 70 % of their screen size."""
LEGEND_BESIDE_MAX = 0.36
"""The legend goes beside the map when no wider than this share of the page, else below."""

LegendPainter = Callable[[QPainter, QRectF, Any], None]
"""``paint(painter, rect, theme)``: draw the legend inside ``rect`` (device units)."""


class MapSource(Protocol):
    """Anything that can paint a scene rectangle into a target rectangle (MapView does)."""

    def render_to(self, painter: QPainter, target: QRectF, source: QRectF | None = None) -> None: ...


class SceneSource:
    """Adapter for a plain ``QGraphicsScene`` (used by tests and as a fallback)."""

    def __init__(self, scene):
        self.scene = scene

    def render_to(self, painter: QPainter, target: QRectF, source: QRectF | None = None) -> None:
        self.scene.render(painter, target, source or self.scene.itemsBoundingRect(),
                          Qt.AspectRatioMode.KeepAspectRatio)


class MapViewSource:
    """Adapter for the canvas ``MapView``: labels scaled for the page like on screen.

    On screen, labels keep a minimum size when zoomed out (``MapView.label_scale_for``);
    on a page the "zoom" is the size of one scene unit in 96-DPI pixels, and the same
    rule applies, so labels print as they look on screen (never below
    :data:`PRINT_LABEL_FLOOR` of their nominal size where the view has no such rule).
    """

    def __init__(self, view):
        self.view = view

    def render_to(self, painter: QPainter, target: QRectF, source: QRectF | None = None) -> None:
        self.view.render_to(painter, target, source, legend=False)

    def prepare(self, target: QRectF, source: QRectF, unit: float) -> None:
        k = min(target.width() / max(source.width(), 1e-9), target.height() / max(source.height(), 1e-9))
        zoom = k / (unit * PT_PER_INCH / VECTOR_DPI)
        self._saved_scale = self.view.map_scene.label_scale
        zoom = max(zoom, 1e-9)
        same_as_screen = getattr(self.view, "label_scale_for", None)
        self.view.map_scene.set_label_scale(same_as_screen(zoom) if same_as_screen is not None
                                            else max(1.0, PRINT_LABEL_FLOOR / zoom))

    def finish(self) -> None:
        if hasattr(self, "_saved_scale"):
            self.view.map_scene.set_label_scale(self._saved_scale)
            del self._saved_scale


def _paint_key(painter: QPainter, layout: Layout, unit: float, chrome: Chrome) -> None:
    """The names key: what each shortened or numbered label stands for, in columns."""
    r = layout.key
    font = _font(KEY_PT, unit)
    fm = QFontMetricsF(font)
    painter.setFont(_font(KEY_PT, unit, bold=True))
    painter.setPen(QColor(chrome.text))
    painter.drawText(QRectF(r.left(), r.top(), r.width(), fm.height() * 1.3),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, translate("ExportPage", KEY_TITLE))
    painter.setFont(font)
    painter.setPen(QColor(chrome.muted))
    cols = layout.key_columns
    rows = -(-len(layout.key_lines) // cols)
    cw = r.width() / cols
    top = r.top() + fm.height() * 1.5
    for i, (shown, name) in enumerate(layout.key_lines):
        c, row = divmod(i, rows)
        cell = QRectF(r.left() + c * cw, top + row * fm.height() * 1.3, cw - 10 * unit, fm.height() * 1.3)
        text = fm.elidedText(_key_entry(shown, name), Qt.TextElideMode.ElideRight, cell.width())
        painter.drawText(cell, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


class RendererSource:
    """Adapter for a :class:`~actormap.gui.render.MapRenderer`: the map drawn as vectors.

    Labels are placed again for the page (:meth:`prepare`): at the scale they would have
    on a screen showing the map at the page's size (``label_scale_for``), and inside the
    page's map rectangle, so none is cut by its edge and none overlaps another.
    """

    def __init__(self, renderer):
        self.renderer = renderer

    @staticmethod
    def _k(target: QRectF, source: QRectF) -> float:
        return min(target.width() / max(source.width(), 1e-9), target.height() / max(source.height(), 1e-9))

    def prepare(self, target: QRectF, source: QRectF, unit: float) -> None:
        from .render.labels import label_scale

        zoom = max(self._k(target, source) / (unit * PT_PER_INCH / VECTOR_DPI), 1e-9)
        scale = label_scale(self.renderer.theme, zoom)
        d = self.renderer.drawing
        d.place_labels(scale, (source.left(), source.top(), source.right(), source.bottom()), numbered=True)

    def name_key(self, target: QRectF, source: QRectF, unit: float) -> list[tuple[str, str]]:
        """Labels placed for this page; the names shortened, numbered or left out."""
        self.prepare(target, source, unit)
        return self.renderer.drawing.name_key()

    def render_to(self, painter: QPainter, target: QRectF, source: QRectF | None = None) -> None:
        source = source or self.renderer.bounds()
        k = self._k(target, source)
        w, h = source.width() * k, source.height() * k
        painter.translate(target.left() + (target.width() - w) / 2, target.top() + (target.height() - h) / 2)
        painter.scale(k, k)
        painter.translate(-source.left(), -source.top())
        painter.setClipRect(source, Qt.ClipOperation.IntersectClip)
        device_dpi = painter.device().logicalDpiX() if painter.device() is not None else VECTOR_DPI
        zoom = k * VECTOR_DPI / max(device_dpi, 1)  # pixels per scene unit on a 96-DPI screen
        self.renderer.paint(painter, source, zoom=max(zoom, 1e-6), detail=True)


@dataclass(frozen=True)
class Chrome:
    """What goes around the map: header, footer and colours."""

    title: str = ""
    viewpoint: str = ""
    as_of: str = ""
    sensitivity: str = ""
    view_name: str = ""
    notice: str = ""  # why the map is faded (a highlight, a filter, a date)
    background: str = "#FFFFFF"
    text: str = "#111111"
    muted: str = "#555555"
    rule: str = "#888888"
    title_pt: float = 16.0

    @classmethod
    def from_meta(cls, meta: Any, theme: Any = None, view_name: str = "", notice: str = "") -> Chrome:
        sens = getattr(meta, "sensitivity", "") or ""
        sens = str(getattr(sens, "value", sens))
        sens = (message(f"sensitivity.{sens}") if has_message(f"sensitivity.{sens}") else sens.replace("_", " ")).upper()
        as_of = getattr(meta, "as_of", None)
        kw: dict[str, Any] = {
            "title": str(getattr(meta, "title", "") or ""),
            "viewpoint": str(getattr(meta, "viewpoint", "") or ""),
            "as_of": as_of.isoformat() if as_of else "",
            "sensitivity": sens,
            "view_name": view_name,
            "notice": notice,
        }
        if theme is not None:
            kw.update(background=theme.background, text=theme.text, muted=theme.caption,
                      rule=getattr(theme, "legend_border", "#888888"))
            if getattr(theme, "name", "") == "projector":
                kw["title_pt"] = 20.0
        return cls(**kw)


@dataclass(frozen=True)
class Layout:
    """Rectangles of one composed page, in device units."""

    size: QSizeF
    header: QRectF
    map: QRectF
    legend: QRectF
    footer: QRectF
    key: QRectF = field(default_factory=QRectF)
    key_lines: tuple = ()  # ((shown, full name), ...) of the names key
    key_columns: int = 1


def _font(pt: float, unit: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(1, round(pt * unit)))
    f.setBold(bold)
    return f


@dataclass
class _Header:
    title_font: QFont
    title: str
    lines: list[str]
    sens_w: float
    height: float


def _wrap(text: str, fm: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines; the last one elided if needed."""
    words = " ".join(text.split()).split(" ")
    lines: list[str] = []
    cur = ""
    for i, word in enumerate(words):
        trial = f"{cur} {word}".strip()
        if fm.horizontalAdvance(trial) <= width or not cur:
            cur = trial
            continue
        lines.append(cur)
        cur = word
        if len(lines) == max_lines - 1:
            cur = " ".join([cur, *words[i + 1:]])
            break
    lines.append(cur)
    lines[-1] = fm.elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
    return [ln for ln in lines if ln]


def _header(chrome: Chrome, width: float, unit: float) -> _Header:
    """Fonts and lines of the page header for a header ``width`` device units wide."""
    sens_w = 0.0
    if chrome.sensitivity:
        sens_w = QFontMetricsF(_font(10, unit, bold=True)).horizontalAdvance(chrome.sensitivity) + 12 * unit
    room = max(10.0, width - sens_w - 8 * unit)
    title = chrome.title or translate("ExportPage", "Untitled map")
    pt = chrome.title_pt
    while pt > 0.6 * chrome.title_pt and QFontMetricsF(_font(pt, unit, True)).horizontalAdvance(title) > room:
        pt -= 0.5
    tfont = _font(pt, unit, bold=True)
    tfm = QFontMetricsF(tfont)
    title = tfm.elidedText(title, Qt.TextElideMode.ElideRight, room)
    sfm = QFontMetricsF(_font(10, unit))
    lines = []
    if chrome.viewpoint:
        lines = _wrap(translate("ExportPage", "Viewpoint: {viewpoint}").format(viewpoint=chrome.viewpoint), sfm,
                      width, 2)
    second = [x for x in (translate("ExportPage", "As of {date}").format(date=chrome.as_of) if chrome.as_of else "",
                          translate("ExportPage", "View: {view}").format(view=chrome.view_name) if chrome.view_name
                          else "") if x]
    if second:
        lines.append("   ·   ".join(second))
    if chrome.notice:
        lines += _wrap(translate("ExportPage", "Shown: {notice}.").format(notice=chrome.notice), sfm, width, 2)
    height = max(tfm.height(), 20 * unit) + 4 * unit + len(lines) * sfm.height() * 1.4 + 8 * unit
    return _Header(tfont, title, lines, sens_w, height)


A4_LANDSCAPE_PT = 297 / MM_PER_INCH * PT_PER_INCH


def chrome_unit(width: float, unit: float) -> float:
    """Device units per point for the page chrome: pages wider than A4 landscape (slides,
    posters) get a proportionally larger header, legend and footer."""
    return unit * max(1.0, width / (A4_LANDSCAPE_PT * unit))


KEY_PT = 8.0
KEY_TITLE = QT_TRANSLATE_NOOP("ExportPage", "Names shortened or numbered on the map")
"""The title of the names key (English; drawn in the interface's language)."""


def _key_entry(shown: str, name: str) -> str:
    if shown:
        return f"{shown} — {name}"
    return translate("ExportPage", "(no room for a label) — {name}").format(name=name)


def _key_plan(key: Sequence, width: float, unit: float) -> tuple[int, float, float]:
    """Columns, column width and height of the names key for ``width`` device units."""
    if not key:
        return 1, width, 0.0
    fm = QFontMetricsF(_font(KEY_PT, unit))
    widest = max(fm.horizontalAdvance(_key_entry(*kv)) for kv in key) + 14 * unit
    cols = max(1, min(len(key), int(width // max(widest, 1.0))))
    rows = -(-len(key) // cols)
    height = fm.height() * 1.5 + rows * fm.height() * 1.3 + 4 * unit
    return cols, width / cols, height


def compose_layout(width: float, unit: float, source: QRectF, chrome: Chrome,
                   legend_size_pt: QSizeF | None, key: Sequence = ()) -> Layout:
    """Place header, map, legend, names key and footer for a page ``width`` device units wide.

    ``unit`` is device units per point. The map keeps the aspect ratio of ``source``;
    the legend sits at its right on wide pages and below it on narrow ones; the key of
    shortened names (``(shown, full name)`` pairs) goes below both, so it never changes
    the map's size.
    """
    unit = chrome_unit(width, unit)  # header, legend, footer grow on pages wider than A4 landscape
    m = 18 * unit
    gap = 10 * unit
    header_h = _header(chrome, width - 2 * m, unit).height
    footer_h = 8 * 1.6 * unit + 6 * unit
    content_w = width - 2 * m
    lw = lh = 0.0
    if legend_size_pt is not None and legend_size_pt.width() > 0:
        lw, lh = legend_size_pt.width() * unit, legend_size_pt.height() * unit
        if lw > content_w:  # shrink to fit, keeping its proportions
            lw, lh = content_w, lh * content_w / lw
    beside = bool(lw) and lw <= LEGEND_BESIDE_MAX * content_w
    map_w = max(1.0, content_w - (lw + gap if beside else 0))
    aspect = source.height() / source.width() if source.width() > 0 else 0.75
    map_h = max(map_w * aspect, lh if beside else 0.0, 1.0)
    top = m + header_h
    map_rect = QRectF(m, top, map_w, map_h)
    if not lw:
        legend = QRectF()
        bottom = top + map_h
    elif beside:
        legend = QRectF(m + map_w + gap, top, lw, lh)
        bottom = top + map_h
    else:
        legend = QRectF(m + content_w - lw, top + map_h + gap, lw, lh)
        bottom = legend.bottom()
    key_rect = QRectF()
    cols = 1
    if key:
        cols, _cw, kh = _key_plan(key, content_w, unit)
        key_rect = QRectF(m, bottom + gap, content_w, kh)
        bottom = key_rect.bottom()
    footer = QRectF(m, bottom + 4 * unit, content_w, footer_h)
    height = footer.bottom() + m
    return Layout(QSizeF(width, height), QRectF(m, m, width - 2 * m, header_h), map_rect, legend, footer,
                  key_rect, tuple(key), cols)


def paint_page(painter: QPainter, layout: Layout, unit: float, source_obj: MapSource, source: QRectF,
               chrome: Chrome, legend: LegendPainter | None = None, theme: Any = None) -> None:
    """Draw a composed page (see :func:`compose_layout`) with ``painter``."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(QPointF(0, 0), layout.size), QColor(chrome.background))
    map_unit, unit = unit, chrome_unit(layout.size.width(), unit)

    # header: title (left), sensitivity (right); viewpoint / as-of / view below
    h = layout.header
    painter.setPen(QColor(chrome.text))
    sfont = _font(10, unit, bold=True)
    small = _font(10, unit)
    sens_w = 0.0
    if chrome.sensitivity:
        painter.setFont(sfont)
        fm = QFontMetricsF(sfont)
        sens_w = fm.horizontalAdvance(chrome.sensitivity) + 12 * unit
        box = QRectF(h.right() - sens_w, h.top(), sens_w, fm.height() + 6 * unit)
        painter.setPen(QPen(QColor("#D55E00"), 1.5 * unit))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        painter.setPen(QColor(chrome.text))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, chrome.sensitivity)
    plan = _header(chrome, h.width(), unit)
    painter.setFont(plan.title_font)
    fm = QFontMetricsF(plan.title_font)
    title_rect = QRectF(h.left(), h.top(), h.width() - plan.sens_w - 8 * unit, max(fm.height(), 20 * unit))
    set_direction_for(painter, plan.title)  # an Arabic title starts at the right edge
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, plan.title)
    painter.setFont(small)
    painter.setPen(QColor(chrome.muted))
    sfm = QFontMetricsF(small)
    y = title_rect.bottom() + 4 * unit
    for line in plan.lines:
        r = QRectF(h.left(), y, h.width(), sfm.height())
        set_direction_for(painter, line)
        painter.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        y += sfm.height() * 1.4
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    painter.setPen(QPen(QColor(chrome.rule), 0.75 * unit))
    painter.drawLine(QPointF(h.left(), h.bottom() - 2 * unit), QPointF(h.right(), h.bottom() - 2 * unit))

    # the map, centred in its rectangle with its own aspect ratio
    painter.save()
    try:
        painter.setClipRect(layout.map)
        prepare = getattr(source_obj, "prepare", None)
        if prepare is not None:
            prepare(layout.map, source, map_unit)
        source_obj.render_to(painter, layout.map, source)
    finally:
        finish = getattr(source_obj, "finish", None)
        if finish is not None:
            finish()
        painter.restore()

    if legend is not None and not layout.legend.isEmpty():
        painter.save()
        try:
            legend(painter, layout.legend, theme)
        finally:
            painter.restore()

    if layout.key_lines:
        _paint_key(painter, layout, unit, chrome)

    f = layout.footer
    painter.setPen(QPen(QColor(chrome.rule), 0.75 * unit))
    painter.drawLine(QPointF(f.left(), f.top()), QPointF(f.right(), f.top()))
    foot = _font(8, unit)
    painter.setFont(foot)
    painter.setPen(QColor(chrome.muted))
    r = QRectF(f.left(), f.top() + 3 * unit, f.width(), f.height() - 3 * unit)
    painter.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, chrome.sensitivity)
    painter.drawText(r, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     translate("ExportPage", "made with actormap"))
