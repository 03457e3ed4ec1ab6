"""Exports write valid files of the right type and size (PNG DPI, SVG parse, PDF pages)."""

from __future__ import annotations

import os
import re
import stat

import pytest
from defusedxml import ElementTree
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QBrush, QColor, QImage, QImageReader, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from actormap.core.model import MapMeta
from actormap.gui.export import (
    A4_MM,
    Chrome,
    ExportError,
    ExportJob,
    SceneSource,
    compose_layout,
    export_map,
    report_pdf_bytes,
    write_bytes,
)

ORANGE = QColor("#E69F00")
META = MapMeta(title="Truce map", viewpoint="a mediator", as_of="2012-03-09", sensitivity="confidential")


def pdf_pages(data: bytes) -> int:
    """Page objects in a PDF (``/Type /Page``, not ``/Pages``)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def pdf_mediaboxes(data: bytes) -> list[tuple[float, float]]:
    return [(float(w), float(h)) for w, h in
            re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)]


def _legend(painter: QPainter, rect: QRectF, theme) -> None:
    painter.fillRect(rect, QColor("#0072B2"))


@pytest.fixture
def job(qtbot):
    view = QGraphicsView()
    qtbot.addWidget(view)
    scene = QGraphicsScene(view)
    view.setScene(scene)
    scene.addEllipse(0, 0, 200, 200, QPen(QColor("black"), 3), QBrush(ORANGE))
    scene.addLine(100, 100, 700, 300, QPen(QColor("black"), 4))
    source = QRectF(-50, -50, 800, 400)  # 2:1
    j = ExportJob(SceneSource(scene), source, Chrome.from_meta(META), _legend, QSizeF(100, 150))
    j.keep_alive = view  # the scene belongs to the view
    return j


@pytest.mark.parametrize("dpi", [300, 600])
def test_png_has_the_pixel_width_and_dpi_asked_for(job, tmp_path, dpi):
    path = tmp_path / "map.png"
    assert export_map(job, path, width_mm=210, dpi=dpi) == "png"
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert bytes(QImageReader(str(path)).format().data()) == b"png"
    img = QImage(str(path))
    # A4 width = 210 mm = 8.2677 in; x 300 = 2480.3 px, x 600 = 4960.6 px
    assert img.width() == {300: 2480, 600: 4961}[dpi]
    dpm = round(dpi / 0.0254)  # 300 DPI = 11811 dots per metre
    assert (img.dotsPerMeterX(), img.dotsPerMeterY()) == (dpm, dpm)
    # the page is taller than the 2:1 map alone (header + footer), but not absurdly
    assert img.width() / 2 < img.height() < img.width()


def test_png_shows_the_map_and_the_legend(job, tmp_path):
    path = tmp_path / "map.png"
    export_map(job, path, width_mm=100, dpi=300)
    img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    colours = {img.pixelColor(x, y).name() for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    assert ORANGE.name() in colours.union({c.lower() for c in colours})
    assert "#0072b2" in colours  # the legend rectangle


def test_layout_puts_a_wide_legend_below_a_narrow_page():
    src = QRectF(0, 0, 400, 200)
    wide = compose_layout(800, 1.0, src, Chrome(), QSizeF(250, 200))  # 800 pt: about A4 landscape
    narrow = compose_layout(500, 1.0, src, Chrome(), QSizeF(250, 200))
    assert wide.legend.left() > wide.map.right()  # beside
    assert narrow.legend.top() > narrow.map.bottom()  # below
    for lay in (wide, narrow):
        assert lay.header.bottom() <= lay.map.top()
        assert lay.footer.top() >= max(lay.map.bottom(), lay.legend.bottom())
        assert lay.size.height() >= lay.footer.bottom()
        assert abs(lay.map.width() / lay.map.height() - 2.0) < 1e-6 or lay.map.height() == lay.legend.height()


def test_wider_pages_get_larger_chrome():
    from actormap.gui.export import chrome_unit

    a4 = 297 / 25.4 * 72
    assert chrome_unit(a4, 1.0) == pytest.approx(1.0)
    assert chrome_unit(a4 / 2, 1.0) == pytest.approx(1.0)  # never smaller than print size
    assert chrome_unit(2 * a4 * 3, 3.0) == pytest.approx(6.0)  # twice as wide at 3 units/pt


def test_svg_parses_and_has_the_page_size_and_title(job, tmp_path):
    path = tmp_path / "map.svg"
    assert export_map(job, path, width_mm=210) == "svg"
    root = ElementTree.parse(str(path)).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("width").endswith("mm")
    assert float(root.get("width")[:-2]) == pytest.approx(210, abs=0.5)
    vb = [float(v) for v in root.get("viewBox").split()]
    assert vb[2] == pytest.approx(210 / 25.4 * 96, abs=1)
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Truce map" in texts and "CONFIDENTIAL" in texts and "As of 2012-03-09" in texts
    assert root.find("{http://www.w3.org/2000/svg}title").text == "Truce map"


def test_pdf_is_one_page_of_the_chosen_width(job, tmp_path):
    path = tmp_path / "map.pdf"
    assert export_map(job, path, width_mm=297) == "pdf"
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert pdf_pages(data) == 1
    ((w, h),) = pdf_mediaboxes(data)
    assert w == pytest.approx(297 / 25.4 * 72, abs=1.0)  # 841.9 pt
    assert w / 2 < h < w


def test_report_pdf_is_a4_and_paginates():
    rows = "".join(f"<tr><td>actor {i}</td><td>{i / 10}</td></tr>" for i in range(300))
    data = report_pdf_bytes(f"<h1>Report</h1><table>{rows}</table>", "Report")
    assert data.startswith(b"%PDF-")
    n = pdf_pages(data)
    assert n >= 3  # 300 table rows do not fit on fewer A4 pages
    boxes = pdf_mediaboxes(data)
    assert len(boxes) == n
    w, h = boxes[0]
    assert (w, h) == (pytest.approx(A4_MM.width() / 25.4 * 72, abs=1), pytest.approx(A4_MM.height() / 25.4 * 72, abs=1))


@pytest.mark.parametrize(
    "name, kwargs, fragment",
    [
        ("map.png", {"dpi": 72}, "between 300 and 1200"),
        ("map.png", {"dpi": 5000}, "between 300 and 1200"),
        ("map.png", {"width_mm": 5}, "page width"),
        ("map.gif", {}, ".png, .svg or .pdf"),
        ("map", {}, ".png, .svg or .pdf"),
    ],
)
def test_bad_requests_raise_and_write_nothing(job, tmp_path, name, kwargs, fragment):
    path = tmp_path / name
    with pytest.raises(ExportError, match=re.escape(fragment)):
        export_map(job, path, **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_leaves_an_existing_file_alone(job, tmp_path):
    path = tmp_path / "map.png"
    path.write_bytes(b"old")
    with pytest.raises(ExportError):
        export_map(job, path, dpi=10)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.png"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_exports_are_private_and_an_existing_file_keeps_its_mode(job, tmp_path, fmt):
    old = os.umask(0)
    try:
        new = tmp_path / f"new.{fmt}"
        export_map(job, new)
        kept = tmp_path / f"kept.{fmt}"
        kept.write_bytes(b"old")
        kept.chmod(0o644)
        export_map(job, kept)
    finally:
        os.umask(old)
    assert stat.S_IMODE(new.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.stat().st_mode) == 0o644 and kept.read_bytes() != b"old"


def test_unwritable_targets_give_one_clear_error(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        write_bytes(tmp_path / "nowhere" / "map.png", b"x")
    with pytest.raises(ExportError, match="folder"):
        write_bytes(tmp_path, b"x")


# ---- export from the main window (dialogs replaced) -------------------------------------------

@pytest.fixture
def window(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from actormap.core.edits import make_actor
    from actormap.core.model import ActorMap, Tie
    from actormap.gui import main_window
    from actormap.gui.workshop import install

    w = main_window.MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                               data_dir=tmp_path / "data", autosave_ms=60_000)
    qtbot.addWidget(w)
    install(w)
    actors = [make_actor(id="a", name="Cartel", kind="cartel", faction="C", x=0, y=0),
              make_actor(id="b", name="Church", kind="religious", x=300, y=0),
              make_actor(id="c", name="Town", kind="community", x=150, y=200)]
    ties = [Tie(id="t1", source="b", target="a", kind="protective"), Tie(id="t2", source="a", target="c", kind="parasitic"),
            Tie(id="t3", source="b", target="c", kind="symbiotic")]
    w.qdoc.load(ActorMap(title="Window map", sensitivity="internal", actors=actors, ties=ties))
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    w.canvas.fit_to_map()
    return w


def test_menu_exports_map_and_view_as_png_with_chosen_dpi(window, tmp_path, monkeypatch):
    from actormap.gui import workshop

    out = tmp_path / "from_menu.png"
    monkeypatch.setattr(workshop, "ask_save_path", lambda *a: str(out))
    monkeypatch.setattr(workshop, "ask_dpi", lambda *a: 600)
    window.actions_["export_map"].trigger()
    img = QImage(str(out))
    assert img.width() == round(297 / 25.4 * 600)  # default width: A4 landscape
    assert img.dotsPerMeterX() == round(600 / 0.0254)
    out.unlink()
    window.actions_["export_view"].trigger()
    assert QImage(str(out)).width() == round(297 / 25.4 * 600)


def test_menu_export_cancelled_writes_nothing(window, tmp_path, monkeypatch):
    from actormap.gui import workshop

    monkeypatch.setattr(workshop, "ask_save_path", lambda *a: "")
    assert window.workshop.export_picture(False) is None
    monkeypatch.setattr(workshop, "ask_save_path", lambda *a: str(tmp_path / "x.png"))
    monkeypatch.setattr(workshop, "ask_dpi", lambda *a: None)
    assert window.workshop.export_picture(False) is None
    assert not (tmp_path / "x.png").exists()


def test_menu_exports_the_report_as_html_and_pdf(window, tmp_path, monkeypatch, qtbot):
    from actormap.gui import workshop

    html_path = tmp_path / "report.html"
    monkeypatch.setattr(workshop, "ask_save_path", lambda *a: str(html_path))
    signals = window.workshop.signals
    with qtbot.waitSignal(signals.reportExported, timeout=60000) as done:
        window.actions_["export_report"].trigger()
        assert not html_path.exists()  # the analysis runs in the background; the window stays live
    assert done.args == [str(html_path)]
    html = html_path.read_text(encoding="utf-8")
    assert "Window map" in html and "Insider-mediator shortlist" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    pdf_path = tmp_path / "report.pdf"
    monkeypatch.setattr(workshop, "ask_save_path", lambda *a: str(pdf_path))
    with qtbot.waitSignal(signals.reportExported, timeout=60000):
        window.actions_["export_report"].trigger()
    data = pdf_path.read_bytes()
    assert data.startswith(b"%PDF-") and pdf_pages(data) >= 1
    assert pdf_mediaboxes(data)[0] == (pytest.approx(595.3, abs=1), pytest.approx(841.9, abs=1))


def test_export_of_a_canvas_matches_its_theme(window, tmp_path):
    """The dark theme's background fills the exported page (what is on screen is what is exported)."""
    from actormap.gui.export import job_for_view
    from actormap.gui.themes import DARK

    window.workshop.set_theme("dark")
    job = job_for_view(window.canvas, window.qdoc.doc.meta)
    path = tmp_path / "dark.png"
    export_map(job, path, width_mm=100, dpi=300)
    img = QImage(str(path))
    assert img.pixelColor(2, 2).name() == QColor(DARK.background).name()


SAMPLES = sorted((__import__("pathlib").Path(__file__).resolve().parents[2] / "sample_maps").glob("*.actormap"))


@pytest.mark.parametrize("theme", ["light", "dark", "projector"])
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_sample_map_renders_in_every_theme(qtbot, tmp_path, sample, theme):
    from actormap.commands.render import render_file
    from actormap.gui.themes import get_theme

    out = tmp_path / f"{sample.stem}_{theme}.png"
    assert render_file(sample, out, theme=theme, dpi=300, width_mm=80) == "png"
    img = QImage(str(out)).convertToFormat(QImage.Format.Format_RGB32)
    assert img.width() == round(80 / 25.4 * 300)
    assert img.pixelColor(1, 1).name() == QColor(get_theme(theme).background).name()
    colours = {img.pixelColor(x, y).rgb() for x in range(0, img.width(), 5) for y in range(0, img.height(), 5)}
    assert len(colours) > 50  # a drawn map, not an empty page
