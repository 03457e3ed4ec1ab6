"""``actormap render`` and ``actormap report`` run headless in a subprocess."""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys

import pytest
from defusedxml import ElementTree

from actormap.core.edits import make_actor
from actormap.core.io import save_map
from actormap.core.model import ActorMap, SavedView, Tie, ViewFocus


def _run(*args, timeout=120, **extra_env):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra_env)
    return subprocess.run([sys.executable, "-m", "actormap.cli", *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=timeout)


@pytest.fixture(scope="module")
def map_file(tmp_path_factory):
    actors = [
        make_actor(id="ms", name="MS-13", kind="gang", faction="MS-13", x=0, y=0, power=4),
        make_actor(id="b18", name="Barrio 18", kind="gang", faction="Barrio 18", x=400, y=0, power=4),
        make_actor(id="church", name="Catholic Church", kind="religious", x=200, y=-250, legitimacy=0.8),
        make_actor(id="gov", name="Government", kind="state_agent", faction="Government", x=200, y=250),
    ]
    ties = [
        Tie(id="t1", source="ms", target="b18", kind="conflict", strength=3),
        Tie(id="t2", source="church", target="ms", kind="protective"),
        Tie(id="t3", source="church", target="b18", kind="protective"),
        Tie(id="t4", source="gov", target="ms", kind="coercive"),
        Tie(id="t5", source="church", target="gov", kind="dialogue"),
    ]
    views = [SavedView(id="v1", name="The rivals", center_x=200, center_y=0, width=640, height=400,
                       focus=ViewFocus(actor_ids=["ms", "b18"]))]
    amap = ActorMap(title="Truce test", viewpoint="mediators", as_of="2012-03-09", sensitivity="confidential",
                    actors=actors, ties=ties, views=views)
    path = tmp_path_factory.mktemp("maps") / "truce.actormap"
    save_map(amap, path)
    return path


def test_render_png_headless_with_dpi(map_file, tmp_path):
    out = tmp_path / "map.png"
    r = _run("render", map_file, "-o", out, "--dpi", "300", "--width-mm", "210", "--theme", "projector")
    assert r.returncode == 0, r.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    # IHDR: width and height are big-endian ints at bytes 16-24; pHYs holds dots per metre
    width = int.from_bytes(data[16:20], "big")
    assert width == 2480  # 210 mm at 300 DPI
    i = data.index(b"pHYs")
    assert int.from_bytes(data[i + 4:i + 8], "big") == 11811


def test_render_svg_and_pdf_of_a_saved_view(map_file, tmp_path):
    svg, pdf = tmp_path / "v.svg", tmp_path / "v.pdf"
    assert _run("render", map_file, "-o", svg, "--view", "the rivals", "--theme", "dark").returncode == 0
    root = ElementTree.parse(str(svg)).getroot()
    assert root.tag.endswith("svg")
    text = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "View: The rivals" in text and "CONFIDENTIAL" in text
    r = _run("render", map_file, "-o", pdf)
    assert r.returncode == 0, r.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data)) == 1


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["--view", "nope"], "no saved view 'nope'"),
        (["--dpi", "72"], "between 300 and 1200"),
    ],
)
def test_render_errors_exit_2_and_write_nothing(map_file, tmp_path, args, fragment):
    out = tmp_path / "x.png"
    r = _run("render", map_file, "-o", out, *args)
    assert r.returncode == 2
    assert fragment in r.stderr
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_render_missing_map_and_bad_suffix(tmp_path, map_file):
    r = _run("render", tmp_path / "missing.actormap", "-o", tmp_path / "x.png")
    assert r.returncode == 2 and "no such file" in r.stderr
    r = _run("render", map_file, "-o", tmp_path / "x.jpg")
    assert r.returncode == 2 and ".png, .svg or .pdf" in r.stderr
    assert list(tmp_path.iterdir()) == []


def _svg_texts(svg) -> str:
    root = ElementTree.fromstring(svg) if isinstance(svg, bytes) else ElementTree.parse(str(svg)).getroot()
    return " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))


def test_render_and_report_draw_the_picture_in_the_language_asked(map_file, tmp_path):
    """--lang puts the picture's words (legend, header, footer) in that language; names stay as typed.
    The translations are compiled into the cache folder given (not the user's)."""
    cache = str(tmp_path / "cache")
    svg = tmp_path / "carte.svg"
    r = _run("render", map_file, "-o", svg, "--lang", "fr", XDG_CACHE_HOME=cache)
    assert r.returncode == 0, r.stderr
    text = _svg_texts(svg).replace("\u00a0", " ")
    for words in ("Légende", "Acteurs (couleur + signe)", "conflit (hostilité mutuelle)", "CONFIDENTIELLE", "Au 2012-03-09",
                  "Point de vue : mediators", "réalisé avec actormap", "MS-13", "Catholic Church"):
        assert words in text, words
    assert "Legend" not in text and "As of" not in text
    html = tmp_path / "informe.html"
    r = _run("report", map_file, "-o", html, "--lang", "es", XDG_CACHE_HOME=cache)
    assert r.returncode == 0, r.stderr
    page = html.read_text(encoding="utf-8")
    picture = re.search(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)", page)  # the map, inline
    text = _svg_texts(base64.b64decode(picture.group(1)))
    assert "Leyenda" in text and "conflicto (hostilidad mutua)" in text and "CONFIDENCIAL" in text and "Legend" not in text


def test_report_html_and_pdf(map_file, tmp_path):
    html_path, pdf_path = tmp_path / "r.html", tmp_path / "r.pdf"
    r = _run("report", map_file, "-o", html_path)
    assert r.returncode == 0, r.stderr
    html = html_path.read_text(encoding="utf-8")
    assert "Insider-mediator shortlist" in html and "Catholic Church" in html
    assert "data:image/svg+xml;base64," in html
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert "@import" not in html and "<script" not in html.lower()
    r = _run("report", map_file, "-o", pdf_path)
    assert r.returncode == 0, r.stderr
    assert pdf_path.read_bytes().startswith(b"%PDF-")


def test_report_bad_suffix_exits_2(map_file, tmp_path):
    r = _run("report", map_file, "-o", tmp_path / "r.docx")
    assert r.returncode == 2 and ".html or .pdf" in r.stderr
    assert list(tmp_path.iterdir()) == []
