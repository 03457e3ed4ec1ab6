"""Export the map (or the current view) to PNG, SVG and PDF, and the analysis report to PDF.

One page composition for every format: a header (title; viewpoint and as-of date;
the sensitivity label), the map, the legend in a column at the right, and a footer
repeating the sensitivity label. Sizes are laid out in points (1/72 inch) and
converted with the output's resolution, so a 300-DPI PNG and a PDF of the same
width look alike. PNGs carry their DPI (``QImage.setDotsPerMeterX/Y``), SVGs come
from ``QSvgGenerator`` and PDFs from ``QPdfWriter``. Every file is produced in
memory and written atomically: on any error nothing is written.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtSvg import QSvgGenerator

from ..core.errors import ActorMapError
from ..core.io.actormap_file import atomic_write_bytes

MM_PER_INCH = 25.4
PT_PER_INCH = 72.0
VECTOR_DPI = 96
"""Resolution of the SVG and PDF coordinate systems (vector outputs; only sets units)."""
MIN_PNG_DPI, MAX_PNG_DPI = 300, 1200
MAX_PIXELS = 250_000_000
FORMATS = ("png", "svg", "pdf")
PRINT_LABEL_FLOOR = 0.7
"""Paper is read closer than a screen: labels may print down to 70 % of their screen size."""
LEGEND_BESIDE_MAX = 0.36
"""The legend goes beside the map when no wider than this share of the page, else below."""

LegendPainter = Callable[[QPainter, QRectF, Any], None]
"""``paint(painter, rect, theme)``: draw the legend inside ``rect`` (device units)."""


class ExportError(ActorMapError):
    """An export that cannot be made (bad format, size, DPI, unwritable path)."""


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


@dataclass(frozen=True)
class Chrome:
    """What goes around the map: header, footer and colours."""

    title: str = ""
    viewpoint: str = ""
    as_of: str = ""
    sensitivity: str = ""
    view_name: str = ""
    background: str = "#FFFFFF"
    text: str = "#111111"
    muted: str = "#555555"
    rule: str = "#888888"
    title_pt: float = 16.0

    @classmethod
    def from_meta(cls, meta: Any, theme: Any = None, view_name: str = "") -> Chrome:
        sens = getattr(meta, "sensitivity", "") or ""
        sens = str(getattr(sens, "value", sens)).replace("_", " ").upper()
        as_of = getattr(meta, "as_of", None)
        kw: dict[str, Any] = {
            "title": str(getattr(meta, "title", "") or ""),
            "viewpoint": str(getattr(meta, "viewpoint", "") or ""),
            "as_of": as_of.isoformat() if as_of else "",
            "sensitivity": sens,
            "view_name": view_name,
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
    title = chrome.title or "Untitled map"
    pt = chrome.title_pt
    while pt > 0.6 * chrome.title_pt and QFontMetricsF(_font(pt, unit, True)).horizontalAdvance(title) > room:
        pt -= 0.5
    tfont = _font(pt, unit, bold=True)
    tfm = QFontMetricsF(tfont)
    title = tfm.elidedText(title, Qt.TextElideMode.ElideRight, room)
    sfm = QFontMetricsF(_font(10, unit))
    lines = _wrap(f"Viewpoint: {chrome.viewpoint}", sfm, width, 2) if chrome.viewpoint else []
    second = [x for x in (f"As of {chrome.as_of}" if chrome.as_of else "",
                          f"View: {chrome.view_name}" if chrome.view_name else "") if x]
    if second:
        lines.append("   ·   ".join(second))
    height = max(tfm.height(), 20 * unit) + 4 * unit + len(lines) * sfm.height() * 1.4 + 8 * unit
    return _Header(tfont, title, lines, sens_w, height)


A4_LANDSCAPE_PT = 297 / MM_PER_INCH * PT_PER_INCH


def chrome_unit(width: float, unit: float) -> float:
    """Device units per point for the page chrome: pages wider than A4 landscape (slides,
    posters) get a proportionally larger header, legend and footer."""
    return unit * max(1.0, width / (A4_LANDSCAPE_PT * unit))


def compose_layout(width: float, unit: float, source: QRectF, chrome: Chrome,
                   legend_size_pt: QSizeF | None) -> Layout:
    """Place header, map, legend and footer for a page ``width`` device units wide.

    ``unit`` is device units per point. The map keeps the aspect ratio of ``source``;
    the legend sits at its right on wide pages and below it on narrow ones.
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
    footer = QRectF(m, bottom + 4 * unit, content_w, footer_h)
    height = footer.bottom() + m
    return Layout(QSizeF(width, height), QRectF(m, m, width - 2 * m, header_h), map_rect, legend, footer)


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
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, plan.title)
    painter.setFont(small)
    painter.setPen(QColor(chrome.muted))
    sfm = QFontMetricsF(small)
    y = title_rect.bottom() + 4 * unit
    for line in plan.lines:
        r = QRectF(h.left(), y, h.width(), sfm.height())
        painter.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        y += sfm.height() * 1.4
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

    f = layout.footer
    painter.setPen(QPen(QColor(chrome.rule), 0.75 * unit))
    painter.drawLine(QPointF(f.left(), f.top()), QPointF(f.right(), f.top()))
    foot = _font(8, unit)
    painter.setFont(foot)
    painter.setPen(QColor(chrome.muted))
    r = QRectF(f.left(), f.top() + 3 * unit, f.width(), f.height() - 3 * unit)
    painter.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, chrome.sensitivity)
    painter.drawText(r, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "made with actormap")


@dataclass
class ExportJob:
    """Everything needed to draw one exported page."""

    source_obj: MapSource
    source: QRectF
    chrome: Chrome
    legend: LegendPainter | None = None
    legend_size_pt: QSizeF | None = None
    theme: Any = None

    def layout(self, width: float, unit: float) -> Layout:
        return compose_layout(width, unit, self.source, self.chrome,
                              self.legend_size_pt if self.legend else None)

    def paint(self, painter: QPainter, layout: Layout, unit: float) -> None:
        paint_page(painter, layout, unit, self.source_obj, self.source, self.chrome, self.legend, self.theme)


def canvas_legend(spec: Any, scale: float = 1.0) -> tuple[LegendPainter, QSizeF]:
    """The canvas legend (:mod:`.canvas.legend`) as a page legend and its size in points.

    The legend is drawn in 96-DPI pixels; ``scale`` enlarges it (projector pages).
    """
    from .canvas.legend import legend_size, paint_legend

    px = legend_size(spec)

    def paint(painter: QPainter, rect: QRectF, theme: Any) -> None:
        s = min(rect.width() / px.width(), rect.height() / px.height())
        painter.translate(rect.topLeft())
        painter.scale(s, s)
        if theme is None:
            paint_legend(painter, QPointF(0, 0), spec)
        else:
            paint_legend(painter, QPointF(0, 0), spec, theme)

    return paint, QSizeF(px.width() * 0.75 * scale, px.height() * 0.75 * scale)


def _check_width(width_mm: float) -> None:
    if not (20 <= width_mm <= 2000) or math.isnan(width_mm):
        raise ExportError(f"the page width must be between 20 and 2000 mm, not {width_mm:g}")


def render_png(job: ExportJob, width_mm: float = 297.0, dpi: int = 300) -> QImage:
    """The page as an image ``width_mm`` wide at ``dpi`` (whose dots-per-metre are set)."""
    _check_width(width_mm)
    if not (MIN_PNG_DPI <= dpi <= MAX_PNG_DPI):
        raise ExportError(f"the PNG resolution must be between {MIN_PNG_DPI} and {MAX_PNG_DPI} DPI, not {dpi}")
    width_px = round(width_mm / MM_PER_INCH * dpi)
    unit = dpi / PT_PER_INCH
    layout = job.layout(width_px, unit)
    height_px = math.ceil(layout.size.height())
    if width_px * height_px > MAX_PIXELS:
        raise ExportError(f"the image would have {width_px} x {height_px} pixels; choose a smaller width or DPI")
    img = QImage(QSize(width_px, height_px), QImage.Format.Format_ARGB32_Premultiplied)
    if img.isNull():
        raise ExportError("not enough memory for an image that large")
    dpm = round(dpi / MM_PER_INCH * 1000)
    img.setDotsPerMeterX(dpm)
    img.setDotsPerMeterY(dpm)
    img.fill(QColor(job.chrome.background))
    p = QPainter(img)
    try:
        job.paint(p, layout, unit)
    finally:
        p.end()
    return img


def png_bytes(job: ExportJob, width_mm: float = 297.0, dpi: int = 300) -> bytes:
    img = render_png(job, width_mm, dpi)
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, "PNG"):
        raise ExportError("the PNG could not be encoded")
    buf.close()
    return bytes(ba.data())


def svg_bytes(job: ExportJob, width_mm: float = 297.0) -> bytes:
    _check_width(width_mm)
    unit = VECTOR_DPI / PT_PER_INCH
    layout = job.layout(width_mm / MM_PER_INCH * VECTOR_DPI, unit)
    size = QSize(math.ceil(layout.size.width()), math.ceil(layout.size.height()))
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setResolution(VECTOR_DPI)
    gen.setSize(size)
    gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
    gen.setTitle(job.chrome.title or "actor map")
    gen.setDescription(" · ".join(x for x in (job.chrome.viewpoint, job.chrome.as_of, job.chrome.sensitivity) if x))
    p = QPainter(gen)
    try:
        job.paint(p, layout, unit)
    finally:
        p.end()
    buf.close()
    return bytes(ba.data())


def _pdf_writer(buf: QBuffer, title: str, page_mm: QSizeF, margins_mm: float = 0.0) -> QPdfWriter:
    w = QPdfWriter(buf)
    w.setResolution(VECTOR_DPI)
    w.setTitle(title)
    w.setCreator("actormap")
    w.setPageLayout(QPageLayout(QPageSize(page_mm, QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch),
                                QPageLayout.Orientation.Portrait, QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
                                QPageLayout.Unit.Millimeter))
    return w


def pdf_bytes(job: ExportJob, width_mm: float = 297.0) -> bytes:
    """One PDF page exactly the size of the composition (``width_mm`` wide)."""
    _check_width(width_mm)
    unit = VECTOR_DPI / PT_PER_INCH
    layout = job.layout(width_mm / MM_PER_INCH * VECTOR_DPI, unit)
    height_mm = layout.size.height() / VECTOR_DPI * MM_PER_INCH
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    w = _pdf_writer(buf, job.chrome.title or "actor map", QSizeF(width_mm, height_mm))
    p = QPainter(w)
    try:
        job.paint(p, layout, unit)
    finally:
        p.end()
    buf.close()
    return bytes(ba.data())


def format_of(path: str | Path, fmt: str | None = None) -> str:
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ExportError(f"cannot export to '{Path(path).name}': use a .png, .svg or .pdf file name")
    return fmt


def export_map(job: ExportJob, path: str | Path, fmt: str | None = None, *, width_mm: float = 297.0,
               dpi: int = 300) -> str:
    """Write the page to ``path`` (format from the suffix unless ``fmt``); returns the format."""
    fmt = format_of(path, fmt)
    if fmt == "png":
        data = png_bytes(job, width_mm, dpi)
    elif fmt == "svg":
        data = svg_bytes(job, width_mm)
    else:
        data = pdf_bytes(job, width_mm)
    write_bytes(path, data)
    return fmt


def write_bytes(path: str | Path, data: bytes) -> None:
    """Atomic write; OS errors become one readable :class:`ExportError`."""
    p = Path(path)
    if p.is_dir():
        raise ExportError(f"cannot write '{p}': it is a folder")
    if not p.parent.exists() if str(p.parent) else False:
        raise ExportError(f"cannot write '{p}': the folder '{p.parent}' does not exist")
    try:
        atomic_write_bytes(p, data)
    except OSError as err:
        raise ExportError(f"cannot write '{p}': {err.strerror or err}") from None


# ---- the analysis report as PDF -----------------------------------------------------------

A4_MM = QSizeF(210, 297)


def report_pdf_bytes(html: str, title: str = "actor map report", images: dict[str, QImage] | None = None,
                     page_mm: QSizeF = A4_MM, margins_mm: float = 15.0) -> bytes:
    """Lay out report HTML with ``QTextDocument`` and print it to a multi-page PDF.

    ``images`` maps names used as ``<img src>`` in the HTML to images (QTextDocument
    resources), since it does not read ``data:`` URIs.
    """
    doc = QTextDocument()
    for name, img in (images or {}).items():
        from PySide6.QtCore import QUrl

        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), img)
    doc.setHtml(html)
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    w = _pdf_writer(buf, title, page_mm, margins_mm)
    doc.print_(w)
    buf.close()
    return bytes(ba.data())


# ---- building a job from the canvas -------------------------------------------------------

def map_source_rect(view, margin: float = 40.0) -> QRectF:
    """The whole map: every visible actor with its label, plus a margin (scene units)."""
    rect = view.map_rect()
    for it in view.map_scene.actor_items.values():
        if it.isVisible():
            rect = rect.united(it.sceneBoundingRect()).united(it.label.sceneBoundingRect())
    if rect.isNull():
        rect = QRectF(-200, -150, 400, 300)
    return rect.adjusted(-margin, -margin, margin, margin)


def job_for_view(view, meta: Any, theme: Any = None, source: QRectF | None = None, view_name: str = "",
                 legend: bool = True, legend_scale: float | None = None) -> ExportJob:
    """An export of a MapView: the whole map (``source=None``) or a scene rectangle."""
    theme = theme if theme is not None else view.map_scene.theme
    if source is None:
        # labels depend on the scale, the scale on the rectangle: settle with one label scale
        old = view.map_scene.label_scale
        view.map_scene.set_label_scale(1.0)
        source = map_source_rect(view)
        view.map_scene.set_label_scale(old)
    painter = size = None
    if legend:
        from .canvas.legend import spec_for_scene

        scale = legend_scale if legend_scale is not None else (0.85 if getattr(theme, "name", "") == "projector"
                                                               else 0.8)
        painter, size = canvas_legend(spec_for_scene(view.map_scene), scale)
    return ExportJob(MapViewSource(view), source, Chrome.from_meta(meta, theme, view_name), painter, size, theme)
