"""``actormap render`` (map picture: PNG/SVG/PDF) and ``actormap report`` (HTML/PDF analysis).

Both work without a display: when none is found, Qt's ``offscreen`` platform is used. The
picture comes from the map renderer (``gui/render``) alone: no editor window is built. Its
words (legend, header, notes) are in the language of ``--lang`` (else the system's), as
the report's text is.
Every problem is one :class:`~actormap.core.errors.ActorMapError` (exit status 2),
and nothing is written unless the whole output was produced.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..core.errors import ActorMapError
from ..core.io import MapStore
from ..core.io.errors import one_line
from ..core.messages import DEFAULT_LANG, phrase
from .analyze import check_key_players
from .lang import add_lang_option, lang_of
from .store import store_for

THEMES = ("light", "dark", "projector")
DEFAULT_WIDTH_MM = {"projector": 508.0}
"""Projector pictures are slides: 508 mm = 1920 pixels at 96 DPI, as on a full-HD projector."""


def register(sub) -> None:
    p = sub.add_parser("render", help="draw a map to a PNG, SVG or PDF file (no window needed)")
    p.add_argument("map", metavar="MAP", help="the .actormap file")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="out.png, out.svg or out.pdf")
    p.add_argument("--view", metavar="NAME", help="a saved view of the map (camera and focus)")
    p.add_argument("--theme", choices=THEMES, default="light")
    p.add_argument("--dpi", type=int, default=300, help="PNG resolution, 300-1200 (default 300)")
    p.add_argument("--width-mm", type=float, default=None,
                   help="page width in mm (default 297, A4 landscape; projector: 508, a full-HD slide)")
    p.add_argument("--no-legend", action="store_true", help="leave the legend out")
    add_lang_option(p)
    _as_of_option(p, "draw")
    p.set_defaults(func=run_render)

    p = sub.add_parser("report", help="write the analysis as a self-contained HTML page or a PDF")
    p.add_argument("map", metavar="MAP", help="the .actormap file")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="out.html or out.pdf")
    p.add_argument("--key-players", type=int, default=None, metavar="K",
                   help="also find the K actors whose joint removal fragments the map most")
    p.add_argument("--theme", choices=THEMES, default="light", help="theme of the map picture")
    add_lang_option(p)
    _as_of_option(p, "analyse and draw")
    p.set_defaults(func=run_report)


def _as_of_option(p, verb: str) -> None:
    p.add_argument("--as-of", metavar="YYYY-MM-DD",
                   help=f"{verb} the map as it stood on that date (undated actors and ties always shown); "
                        "the page states the date")


def _as_of(args):
    """The ``--as-of`` date of a command, or None (a malformed date: one line, exit 2)."""
    from ..core.timeline import parse_day

    value = getattr(args, "as_of", None)
    return parse_day(value, "--as-of date") if value is not None else None


def ensure_qt_app():
    """A QApplication, on the offscreen platform when there is no display."""
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from ..gui.fonts import install_fonts

    app = QApplication.instance() or QApplication(["actormap"])
    install_fonts(app)  # the bundled Noto fonts: pictures and PDF reports draw names in any script
    return app


def _picture_language(lang: str | None) -> None:
    """The picture's words (legend, page header) in ``lang``: the interface's translators."""
    if lang is not None:
        from ..gui.i18n import use_language

        use_language(lang)


def find_view(amap, name: str):
    """The saved view called ``name`` (exact, then ignoring case)."""
    for v in amap.views:
        if v.name == name:
            return v
    hits = [v for v in amap.views if v.name.casefold() == name.strip().casefold()]
    if len(hits) == 1:
        return hits[0]
    known = ", ".join(repr(v.name) for v in amap.views) or "none"
    raise ActorMapError(f"the map has no saved view {name!r} (saved views: {known})")


def _job(amap, theme_name: str, saved=None, legend: bool = True):
    """The export job of ``amap``: drawn by the one map renderer, no editor built."""
    from ..gui.export import job_for_map
    from ..gui.themes import get_theme

    return job_for_map(amap, get_theme(theme_name), saved, legend)


def render_file(map_path: str | Path, out: str | Path, view: str | None = None, theme: str = "light",
                dpi: int = 300, width_mm: float | None = None, legend: bool = True,
                store: MapStore | None = None, as_of=None, lang: str | None = None) -> str:
    """Render ``map_path`` to ``out``; returns the format written.

    ``as_of`` (or else the date a saved ``view`` pins) draws the map as it stood then
    (:func:`~actormap.core.timeline.map_at`); the page states the date. ``lang``: the
    language of the page's words (None: the one installed already).
    """
    store = store or MapStore()
    if width_mm is None:
        width_mm = DEFAULT_WIDTH_MM.get(theme, 297.0)
    ensure_qt_app()
    _picture_language(lang)
    from ..gui.export import export_map, format_of

    format_of(out)  # refuse a bad file name before any work
    amap = store.read(map_path)
    saved = find_view(amap, view) if view else None
    if as_of is None and saved is not None:
        as_of = saved.as_of  # a view may pin a date
    if as_of is not None:
        from ..core.timeline import map_at

        amap = map_at(amap, as_of)
        saved = find_view(amap, view) if view else None
    return export_map(_job(amap, theme, saved, legend), out, width_mm=width_mm, dpi=dpi, store=store)


def run_render(args) -> int:
    as_of = _as_of(args)
    fmt = render_file(args.map, args.output, args.view, args.theme, args.dpi, args.width_mm, not args.no_legend,
                      store_for(args), as_of, lang_of(args))
    print(f"wrote {one_line(str(args.output))} ({fmt.upper()})")
    return 0


def _analyze(amap, key_players: int | None, lang: str = DEFAULT_LANG):
    """The analysis result of ``amap`` (an ``AnalysisResult``)."""
    try:
        from ..core.analysis.report import analyze
    except ImportError:
        raise ActorMapError("the analysis engine is not available in this installation") from None
    check_key_players(key_players, len(amap.actors), lang)
    return analyze(amap, key_players=key_players)


def _read_as_of(store: MapStore, map_path, as_of):
    from ..core.timeline import map_at

    return map_at(store.read(map_path), as_of)


def report_file(map_path: str | Path, out: str | Path, key_players: int | None = None,
                theme: str = "light", store: MapStore | None = None, lang: str = DEFAULT_LANG,
                as_of=None) -> str:
    """Write the analysis report of ``map_path`` to ``out`` (.html or .pdf), its text in ``lang``."""
    store = store or MapStore()
    fmt = Path(out).suffix.lower().lstrip(".")
    if fmt not in ("html", "htm", "pdf"):
        raise ActorMapError(phrase("cli.report_name", lang, name=Path(out).name))
    amap = _read_as_of(store, map_path, as_of)
    result = _analyze(amap, key_players, lang)
    comparison = None
    if amap.scenarios:
        from ..core.scenario import compare

        comparison = compare(amap)
    perspectives = None
    if amap.perspectives:
        from ..core.perspective import compare_perspectives

        perspectives = compare_perspectives(amap)
    ensure_qt_app()
    _picture_language(lang)
    from ..gui.export import report_bytes, write_bytes

    data = report_bytes(result, amap, _job(amap, theme), fmt == "pdf", comparison, perspectives, lang=lang)
    write_bytes(out, data, store)
    return "pdf" if fmt == "pdf" else "html"


def run_report(args) -> int:
    lang = lang_of(args)
    as_of = _as_of(args)
    fmt = report_file(args.map, args.output, args.key_players, args.theme, store_for(args), lang, as_of)
    print(phrase("cli.wrote", lang, path=one_line(str(args.output)), format=fmt.upper()))
    return 0
