"""Export the map (or the current view) to PNG, SVG and PDF, and the analysis report to PDF.

The page itself (header, map, legend, footer) is composed and painted by
:mod:`.export_page`. PNGs carry their DPI (``QImage.setDotsPerMeterX/Y``), SVGs come
from ``QSvgGenerator`` and PDFs from ``QPdfWriter``. Every file is produced in
memory and written by the core's :class:`~actormap.core.io.MapStore` (atomic, 0600 when
new): on any error nothing is written.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSize, QSizeF, QUrl
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtSvg import QSvgGenerator

from ..core.errors import ActorMapError
from ..core.io import MapStore, MapWriteError
from ..core.io.errors import quote_path
from .export_page import (
    MM_PER_INCH,
    PT_PER_INCH,
    VECTOR_DPI,
    Chrome,
    Layout,
    LegendPainter,
    MapSource,
    MapViewSource,
    RendererSource,
    SceneSource,
    chrome_unit,
    compose_layout,
    paint_page,
)
from .i18n import translate

__all__ = [
    "A4_MM", "FORMATS", "MAX_PIXELS", "MAX_PNG_DPI", "MIN_PNG_DPI", "Chrome", "ExportError", "ExportJob",
    "Layout", "MapSource", "MapViewSource", "RendererSource", "SceneSource", "canvas_legend", "chrome_unit",
    "compose_layout", "export_map", "format_of", "job_for_map", "job_for_renderer", "job_for_view", "map_source_rect", "paint_page", "pdf_bytes", "png_bytes",
    "render_png", "report_bytes", "report_pdf_bytes", "svg_bytes", "write_bytes",
]

MIN_PNG_DPI, MAX_PNG_DPI = 300, 1200
MAX_PIXELS = 250_000_000
FORMATS = ("png", "svg", "pdf")


class ExportError(ActorMapError):
    """An export that cannot be made (bad format, size, DPI, unwritable path)."""


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
        legend = self.legend_size_pt if self.legend else None
        first = compose_layout(width, unit, self.source, self.chrome, legend)
        keyed = getattr(self.source_obj, "name_key", None)
        key = keyed(first.map, self.source, unit) if keyed is not None else ()
        return compose_layout(width, unit, self.source, self.chrome, legend, key) if key else first

    def paint(self, painter: QPainter, layout: Layout, unit: float) -> None:
        paint_page(painter, layout, unit, self.source_obj, self.source, self.chrome, self.legend, self.theme)


def untitled() -> str:
    """The title of a picture of a map that has none (the file's metadata)."""
    return translate("Export", "Actor map")


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
        raise ExportError(translate("Export", "the page width must be between 20 and 2000 mm, not {width}").format(
            width=f"{width_mm:g}"))


def render_png(job: ExportJob, width_mm: float = 297.0, dpi: int = 300) -> QImage:
    """The page as an image ``width_mm`` wide at ``dpi`` (whose dots-per-metre are set)."""
    _check_width(width_mm)
    if not (MIN_PNG_DPI <= dpi <= MAX_PNG_DPI):
        raise ExportError(translate("Export", "the PNG resolution must be between {low} and {high} DPI, not {dpi}")
                          .format(low=MIN_PNG_DPI, high=MAX_PNG_DPI, dpi=dpi))
    width_px = round(width_mm / MM_PER_INCH * dpi)
    unit = dpi / PT_PER_INCH
    layout = job.layout(width_px, unit)
    height_px = math.ceil(layout.size.height())
    if width_px * height_px > MAX_PIXELS:
        raise ExportError(translate("Export", "the image would have {width} x {height} pixels; choose a smaller width "
                                              "or DPI").format(width=width_px, height=height_px))
    img = QImage(QSize(width_px, height_px), QImage.Format.Format_ARGB32_Premultiplied)
    if img.isNull():
        raise ExportError(translate("Export", "not enough memory for an image that large"))
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
        raise ExportError(translate("Export", "the PNG could not be encoded"))
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
    gen.setTitle(job.chrome.title or untitled())
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
    w = _pdf_writer(buf, job.chrome.title or untitled(), QSizeF(width_mm, height_mm))
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
        raise ExportError(translate("Export", "cannot export to {file}: use a .png, .svg or .pdf file name").format(
            file=quote_path(Path(path).name)))
    return fmt


def export_map(job: ExportJob, path: str | Path, fmt: str | None = None, *, width_mm: float = 297.0,
               dpi: int = 300, store: MapStore | None = None) -> str:
    """Write the page to ``path`` (format from the suffix unless ``fmt``); returns the format."""
    fmt = format_of(path, fmt)
    if fmt == "png":
        data = png_bytes(job, width_mm, dpi)
    elif fmt == "svg":
        data = svg_bytes(job, width_mm)
    else:
        data = pdf_bytes(job, width_mm)
    write_bytes(path, data, store)
    return fmt


def write_bytes(path: str | Path, data: bytes, store: MapStore | None = None) -> None:
    """Write with the store (atomic, private); problems become one readable :class:`ExportError`."""
    p = Path(path)
    name = quote_path(str(p))
    if p.is_dir():
        raise ExportError(translate("Export", "cannot write {file}: it is a folder").format(file=name))
    if not p.parent.exists():
        raise ExportError(translate("Export", "cannot write {file}: the folder {folder} does not exist").format(
            file=name, folder=quote_path(str(p.parent))))
    try:
        (store or MapStore()).write_bytes(p, data)
    except MapWriteError as err:
        raise ExportError(translate("Export", "cannot write {file}: {problem}").format(file=name, problem=err.problem)
                          ) from None


# ---- the analysis report as PDF -----------------------------------------------------------

A4_MM = QSizeF(210, 297)


def report_pdf_bytes(html: str, title: str = "", images: dict[str, QImage] | None = None,
                     page_mm: QSizeF = A4_MM, margins_mm: float = 15.0) -> bytes:
    """Lay out report HTML with ``QTextDocument`` and print it to a multi-page PDF.

    ``images`` maps names used as ``<img src>`` in the HTML to images (QTextDocument
    resources), since it does not read ``data:`` URIs.
    """
    doc = QTextDocument()
    for name, img in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), img)
    doc.setHtml(html)
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    w = _pdf_writer(buf, title or translate("Export", "Actor map report"), page_mm, margins_mm)
    doc.print_(w)
    buf.close()
    return bytes(ba.data())


REPORT_PICTURE = "actormap-picture.png"


def report_bytes(result: Any, amap: Any, job: ExportJob, pdf: bool, comparison: Any = None,
                 perspectives: Any = None, lang: str = "en") -> bytes:
    """The analysis report of ``amap`` with the map pictured by ``job``: a PDF (the picture
    a 300-DPI PNG, as QTextDocument reads no SVG) or UTF-8 HTML (the picture inline SVG);
    its text in ``lang`` (a language of the message catalogue). ``comparison`` (of the map's
    scenarios) adds "Strategies compared", ``perspectives`` (compared with the shared map)
    "Perspectives compared"."""
    from ..report import build_html_report

    if pdf:
        img = render_png(job, width_mm=180, dpi=300)
        html = build_html_report(result, amap, picture_uri=REPORT_PICTURE, picture_width=620, comparison=comparison,
                                 perspectives=perspectives, lang=lang)
        return report_pdf_bytes(html, amap.title, {REPORT_PICTURE: img})
    return build_html_report(result, amap, picture_svg=svg_bytes(job, width_mm=260),
                             comparison=comparison, perspectives=perspectives, lang=lang).encode("utf-8")


# ---- building a job: from the canvas or from a map alone ----------------------------------

SOURCE_MARGIN = 40.0


def map_source_rect(renderer, margin: float = SOURCE_MARGIN) -> QRectF:
    """The whole map: every visible actor with its label and layers, plus a margin (scene units)."""
    rect = renderer.bounds()
    if rect.isNull():
        rect = QRectF(-200, -150, 400, 300)
    return rect.adjusted(-margin, -margin, margin, margin)


def _legend_scale(theme: Any, legend_scale: float | None) -> float:
    if legend_scale is not None:
        return legend_scale
    return 0.85 if getattr(theme, "name", "") == "projector" else 0.8


def job_for_renderer(renderer, meta: Any, source: QRectF | None = None, view_name: str = "", legend: bool = True,
                     legend_scale: float | None = None, notice: str = "", spec: Any = None) -> ExportJob:
    """An export of whatever ``renderer`` draws: the whole map (``source=None``) or a scene
    rectangle; ``spec``: what the legend lists (default: what the drawing shows)."""
    from .canvas.legend import spec_for_drawing

    theme = renderer.theme
    if source is None:
        renderer.drawing.place_labels(1.0)  # the extent with labels at their nominal size
        source = map_source_rect(renderer)
    painter = size = None
    if legend:
        painter, size = canvas_legend(spec or spec_for_drawing(renderer.drawing), _legend_scale(theme, legend_scale))
    return ExportJob(RendererSource(renderer), source,
                     Chrome.from_meta(meta, theme, view_name, notice), painter, size, theme)


def job_for_map(amap: Any, theme: Any = None, saved: Any = None, legend: bool = True, emphasis: Any = None,
                legend_scale: float | None = None) -> ExportJob:
    """An export of ``amap`` alone (no canvas): the whole map, or saved view ``saved`` with its focus."""
    from .render import Emphasis, MapRenderer
    from .render.theme import LIGHT

    theme = theme or LIGHT
    emphasis = emphasis or Emphasis()
    source = None
    if saved is not None:
        from ..core.view_focus import focus_items
        from .saved_views import view_source_rect

        lit = focus_items(amap.actors, amap.ties, saved.focus)
        if lit is not None:
            emphasis = emphasis.with_highlight(lit[0], lit[1], "hide" if saved.focus.hide_others else "fade",
                                               translate("Export", "saved view “{name}”").format(name=saved.name))
        source = view_source_rect(saved)
    from .canvas.agreement_paint import agreement_layers
    from .canvas.legend import spec_for_drawing

    renderer = MapRenderer.for_map(amap, theme, emphasis)
    renderer.layers += agreement_layers(amap, renderer.drawing)
    notice = emphasis.notice() if saved is None else ""
    return job_for_renderer(renderer, amap, source, saved.name if saved is not None else "", legend, legend_scale,
                            notice, spec_for_drawing(renderer.drawing, getattr(amap, "agreements", [])))


def job_for_view(view, meta: Any, theme: Any = None, source: QRectF | None = None, view_name: str = "",
                 legend: bool = True, legend_scale: float | None = None) -> ExportJob:
    """An export of a MapView as it looks (emphasis, heat, layers; no selection): the whole
    map (``source=None``) or a scene rectangle; ``theme`` overrides the canvas's."""
    from .canvas.legend import spec_for_scene

    renderer = view.map_scene.export_renderer(theme)
    notice = view.map_scene.emphasis.notice()
    return job_for_renderer(renderer, meta, source, view_name, legend, legend_scale, notice,
                            spec_for_scene(view.map_scene))
