"""Look changes (heat, highlight, theme) take the fast restyle path: check they still leave
every tie trimmed to the (resized) circles, hit-testable where it is drawn, and faded right."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest

from actormap.core.edits import AddItems, make_tie
from actormap.gui.canvas import DARK, LIGHT, PROJECTOR
from actormap.gui.canvas.items.actor_item import HEAT_MAX_R, HEAT_MIN_R
from actormap.gui.canvas.notation import actor_radius

from .helpers import NOMOD, L, label_gap, vp

GAP = 2.0  # notation leaves this much air between a tie's end and the circle's rim
HEAT = {"ms13": 10.0, "b18": 0.0, "church": 5.0, "gov": 7.5}


def _ends_on_rims(scene) -> None:
    """Each tie's drawn centre line starts and ends GAP outside its actors' circles."""
    for tid, item in scene.tie_items.items():
        path = item.spine()
        assert not path.isEmpty(), tid
        a, b = scene.actor_items[item.tie.source], scene.actor_items[item.tie.target]
        p0, p1 = path.pointAtPercent(0.0), path.pointAtPercent(1.0)
        assert math.dist((p0.x(), p0.y()), (a.x(), a.y())) == pytest.approx(a.radius() + GAP, abs=0.05), tid
        assert math.dist((p1.x(), p1.y()), (b.x(), b.y())) == pytest.approx(b.radius() + GAP, abs=0.05), tid
        box = item.boundingRect()
        assert box.contains(p0) and box.contains(p1), tid


def _expected_radius(scene, aid: str) -> float:
    lo, hi = min(HEAT.values()), max(HEAT.values())
    if aid not in HEAT:
        return actor_radius(scene.doc.actor(aid).power)
    return HEAT_MIN_R + (HEAT_MAX_R - HEAT_MIN_R) * (HEAT[aid] - lo) / (hi - lo)


def test_heat_resizes_circles_and_ties_follow_the_rims(view, qdoc):
    s = view.map_scene
    qdoc.push(AddItems([], [make_tie(source="ms13", target="b18", kind="dialogue")]))  # a bent (parallel) pair too
    assert any(abs(it.bend) > 1 for it in s.tie_items.values())
    _ends_on_rims(s)
    view.set_heat(HEAT, "test")
    for aid, item in s.actor_items.items():
        assert item.radius() == pytest.approx(_expected_radius(s, aid)), aid
        if item.label.placed:  # a label stays the rim gap beyond the (new) rim
            assert label_gap(view, aid) == pytest.approx(s.drawing.actors[aid].gap, abs=0.5), aid
    _ends_on_rims(s)
    view.set_heat(None)
    for aid, item in s.actor_items.items():
        assert item.radius() == actor_radius(s.doc.actor(aid).power), aid
    _ends_on_rims(s)


def test_tie_is_clicked_where_it_is_drawn_after_heat(view, qtbot):
    view.set_heat(HEAT, "test")
    item = view.map_scene.tie_items["t4"]  # gov -> ms13, both resized
    mid = item.spine().pointAtPercent(0.5)
    QTest.mouseClick(view.viewport(), L, NOMOD, vp(view, mid.x(), mid.y()))
    assert view.selected_ids() == ([], ["t4"])
    QTest.mouseClick(view.viewport(), L, NOMOD, vp(view, mid.x(), mid.y()) + QPoint(0, 40))
    assert view.selected_ids() == ([], [])


def test_highlight_survives_heat_and_theme(view):
    s = view.map_scene
    view.highlight_neighbourhood("gov")  # gov and ms13, tie t4
    faded = {i for i in list(s.actor_items) + list(s.tie_items) if s.is_faded(i)}
    assert faded == set(s.actor_items) - {"gov", "ms13"} | set(s.tie_items) - {"t4"}
    view.set_heat(HEAT, "test")
    view.set_theme(DARK)
    assert {i for i in list(s.actor_items) + list(s.tie_items) if s.is_faded(i)} == faded
    assert s.actor_items["church"].opacity() == DARK.faded_opacity
    view.set_theme(PROJECTOR)  # another faded opacity: the faded items take it
    assert s.actor_items["church"].opacity() == PROJECTOR.faded_opacity
    assert s.actor_items["gov"].opacity() == 1.0 and s.actor_items["gov"].label.opacity() == 1.0
    view.clear_highlight()
    assert not any(s.is_faded(i) for i in list(s.actor_items) + list(s.tie_items))


def test_theme_line_scale_widens_ties_and_font_resizes_labels(view):
    s = view.map_scene
    tie, label = s.tie_items["t2"], s.actor_items["church"].label
    box, text = tie.boundingRect(), label.boundingRect()
    view.set_theme(PROJECTOR)  # line_scale 1.6, bigger label font
    assert tie.boundingRect().width() > box.width() and tie.boundingRect().height() > box.height()
    assert label.boundingRect().height() > text.height()
    _ends_on_rims(s)
    view.set_theme(LIGHT)
    assert tie.boundingRect() == box and label.boundingRect() == text


def _ink(view, tid: str, opacity: float) -> tuple[float, float]:
    """Paint one tie far zoomed out (zoom 0.15: the simplified, plain-line path) onto white
    with the painter at ``opacity``; return the total ink and the opacity left after."""
    s = view.map_scene
    rec = s.drawing.ties[tid]
    img = QImage(400, 400, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(0.15, 0.15)
    x0, y0, x1, y1 = rec.bbox
    p.translate(1333 - (x0 + x1) / 2, 1333 - (y0 + y1) / 2)
    p.setOpacity(opacity)
    s.renderer.paint(p, None, zoom=0.15, only={tid})
    left = p.opacity()
    p.end()
    ink = sum(255 - img.pixelColor(x, y).green() for x in range(400) for y in range(0, 400, 2))
    return ink, left


def test_far_zoomed_faded_tie_is_translucent_and_leaves_the_painter_as_found(view):
    full, left = _ink(view, "t1", 1.0)
    assert full > 0 and left == 1.0
    faded, left = _ink(view, "t1", 0.3)
    assert left == 0.3  # the renderer leaves the painter as it found it
    assert faded / full == pytest.approx(0.3, abs=0.04)


def test_a_theme_change_repaints_the_map_in_its_colours_with_the_same_camera(view, qtbot):
    """The canvas keeps a picture of the map: a new theme must make a new one."""
    from PySide6.QtGui import QColor

    s = view.map_scene
    aid, pl = next(iter(s.label_rects().items()))
    corner = view.mapFromScene(pl.topLeft()) + QPoint(2, 2)
    light = QColor(view.viewport().grab().toImage().pixel(corner))
    view.set_theme(DARK)  # same zoom and centre: only the colours change
    dark = QColor(view.viewport().grab().toImage().pixel(corner))
    assert light.lightness() > 200 and dark.lightness() < 60, (light.name(), dark.name())


def test_every_look_change_asks_for_a_new_picture(view):
    """The map layer reuses its picture until the scene's static version moves: theme, heat,
    emphasis and edits must move it (a stale picture showed the old theme's colours)."""
    s = view.map_scene
    for change in (lambda: view.set_theme(DARK), lambda: view.set_heat(HEAT, "x"), lambda: view.set_heat(None),
                   lambda: view.highlight_neighbourhood("gov"), view.clear_highlight,
                   lambda: view.set_theme(LIGHT)):
        before = s.static_version
        change()
        assert s.static_version > before
