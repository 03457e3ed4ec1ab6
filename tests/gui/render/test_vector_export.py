"""Exports are true vectors with real text: no raster image of any actor, every name findable.

Checked with poppler's own tools (``pdfimages -list`` lists every image in a PDF,
``pdftotext`` extracts its text) and by parsing the SVG, on every sample map and theme,
through ``actormap render`` (no editor built) and through the canvas's export.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from defusedxml import ElementTree

from actormap.commands.render import render_file
from actormap.core.io import MapStore

SAMPLES = sorted((Path(__file__).resolve().parents[3] / "sample_maps").glob("*.actormap"))
THEMES = ["light", "dark", "projector"]
needs_poppler = pytest.mark.skipif(shutil.which("pdfimages") is None or shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdfimages, pdftotext) not installed")


def _words(text: str) -> str:
    """Whitespace collapsed, ligatures (pdftotext keeps "ﬂ") and soft hyphens undone."""
    return " ".join(unicodedata.normalize("NFKC", text).replace("\u00ad", "").split())


def _pdf_images(path: Path) -> list[str]:
    out = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    return [ln for ln in out.splitlines()[2:] if ln.strip()]


def _pdf_text(path: Path) -> str:
    return _words(subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                                 check=True).stdout)


def _names_found(text: str, amap) -> list[str]:
    """Actor names missing from ``text`` (a name may wrap over lines: compared word by word)."""
    missing = []
    flat = text.replace(" ", "")
    for a in amap.actors:
        if _words(a.name).replace(" ", "") not in flat:
            missing.append(a.name)
    return missing


@needs_poppler
@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_pdf_has_no_images_and_every_actor_name(qapp, tmp_path, sample, theme):
    out = tmp_path / "map.pdf"
    render_file(sample, out, theme=theme)
    assert _pdf_images(out) == []
    amap = MapStore().read(sample)
    assert _names_found(_pdf_text(out), amap) == []


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_svg_has_text_elements_and_no_image(qapp, tmp_path, sample):
    out = tmp_path / "map.svg"
    render_file(sample, out)
    root = ElementTree.parse(out).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert not list(root.iter(f"{ns}image"))
    texts = _words(" ".join("".join(t.itertext()) for t in root.iter(f"{ns}text")))
    amap = MapStore().read(sample)
    assert _names_found(texts, amap) == []


@needs_poppler
def test_canvas_export_is_vector_too(qtbot, tmp_path):
    """The GUI's export (from the canvas, faded by a highlight) is drawn the same way."""
    from actormap.gui.canvas import MapView
    from actormap.gui.export import export_map, job_for_view
    from actormap.gui.undo import QtDocument

    amap = MapStore().read(SAMPLES[0])
    view = MapView(QtDocument(amap))
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    first = amap.actors[0]
    view.highlight_neighbourhood(first.id)
    view.select_ids([first.id])
    out = tmp_path / "canvas.pdf"
    export_map(job_for_view(view, amap), out)
    assert _pdf_images(out) == []
    text = _pdf_text(out)
    assert _names_found(text, amap) == []
    assert f"Shown: {first.name} and its ties at full strength, the rest faded" in text  # says why
