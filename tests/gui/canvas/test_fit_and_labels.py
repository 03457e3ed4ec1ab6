"""Fit to map includes the labels; a label is a handle for its actor; labels shrink a little
when zoomed out (down to a legible minimum)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest

from actormap.core.io import load_map
from actormap.gui.canvas import PROJECTOR
from actormap.gui.canvas.items import LabelItem

from .helpers import NOMOD, L, drag, label_gap

SAMPLE = Path(__file__).resolve().parents[3] / "sample_maps" / "el_salvador_2012_truce.actormap"


def _vp_rect(view, scene_rect) -> QRect:
    return view.mapFromScene(scene_rect).boundingRect()


def _assert_all_inside(view) -> None:
    inside = view.viewport().rect().adjusted(4, 4, -4, -4)  # a small margin is kept
    for aid, item in view.map_scene.actor_items.items():
        r = item.radius()
        circle = item.mapRectToScene(-r, -r, 2 * r, 2 * r)
        assert inside.contains(_vp_rect(view, circle)), f"circle of {aid}"
        assert inside.contains(_vp_rect(view, item.label.sceneBoundingRect())), f"label of {aid}"


def _content_vp(view) -> QRect:
    box = QRect()
    for item in view.map_scene.actor_items.values():
        r = item.radius()
        circle = item.mapRectToScene(-r, -r, 2 * r, 2 * r)
        box = box.united(_vp_rect(view, circle.united(item.label.sceneBoundingRect())))
    return box


def test_fit_keeps_circles_and_labels_inside_without_scrollbars(view, qtbot):
    view.zoom_in()
    view.zoom_in()
    view.centerOn(5000, 5000)
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible()
                    and not view.verticalScrollBar().isVisible())
    _assert_all_inside(view)


@pytest.mark.parametrize("size", [(900, 600), (700, 700), (1300, 500)])
def test_fit_sample_map_is_centred_and_complete(qtbot, size):
    from actormap.gui.canvas import MapView
    from actormap.gui.undo import QtDocument

    view = MapView(QtDocument(load_map(SAMPLE)))
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.fit_to_map()
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible()
                    and not view.verticalScrollBar().isVisible())
    assert view.zoom() < 1.0  # the sample map is wider than these views
    _assert_all_inside(view)
    vr, box = view.viewport().rect(), _content_vp(view)
    # centred: equal room on both sides (within rounding) ...
    assert abs(box.left() - (vr.width() - 1 - box.right())) <= 3
    assert abs(box.top() - (vr.height() - 1 - box.bottom())) <= 3
    # ... and filling the viewport along the tighter direction (no space wasted)
    assert min(vr.width() - box.width(), vr.height() - box.height()) <= 2 * 24 + 40


def test_zooming_in_after_fit_brings_scrollbars_and_panning_back(view, qtbot):
    view.fit_to_map()
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible())
    for _ in range(4):
        view.zoom_in()
    qtbot.waitUntil(lambda: view.horizontalScrollBar().isVisible())
    before = view.mapToScene(QPoint(100, 100))
    drag(view, QPoint(300, 300), QPoint(200, 250), button=Qt.MouseButton.MiddleButton)
    after = view.mapToScene(QPoint(100, 100))
    assert (after - before).x() == pytest.approx(100 / view.zoom(), abs=2 / view.zoom())


def _label_point(view, aid: str) -> QPoint:
    """A viewport point on the actor's label, away from every circle."""
    label = view.map_scene.actor_items[aid].label
    p = view.mapFromScene(label.sceneBoundingRect().center())
    top = [it for it in view.items(p) if it.isVisible()][0]
    assert isinstance(top, LabelItem) and top.owner.actor_id == aid  # nothing else on top
    return p


def test_press_on_label_selects_its_actor(view, qdoc):
    view.select_ids(["ms13"])
    got = []
    view.selectionChangedIds.connect(lambda a, t: got.append((a, t)))
    QTest.mouseClick(view.viewport(), L, NOMOD, _label_point(view, "church"))
    assert view.selected_ids() == (["church"], [])
    assert got[-1] == (["church"], [])
    assert qdoc.undo_stack.count() == 0  # a click moves nothing


def test_drag_from_label_moves_actor_in_one_undo_step(view, qdoc):
    depth = qdoc.undo_stack.count()
    start = _label_point(view, "church")
    z = view.zoom()
    drag(view, start, start + QPoint(round(60 * z), round(50 * z)), steps=10)
    a = qdoc.doc.actor("church")
    assert abs(a.x - 260) <= 2 and abs(a.y - 350) <= 2
    assert view.selected_ids() == (["church"], [])
    assert qdoc.undo_stack.count() == depth + 1
    assert qdoc.undo_stack.undoText().startswith("Move")
    # the label came along: beside its circle, the rim gap away
    item = view.map_scene.actor_items["church"]
    assert label_gap(view, "church") == pytest.approx(view.map_scene.drawing.actors["church"].gap, abs=0.5)
    qdoc.undo_stack.undo()
    a = qdoc.doc.actor("church")
    assert (a.x, a.y) == (200, 300)
    assert item.pos().toTuple() == (200, 300)


def test_labels_shrink_with_zoom_down_to_a_minimum(view):
    label = view.map_scene.actor_items["gov"].label
    view.zoom_reset()
    assert label.scale() == 1.0
    view.zoom_out()  # 0.8: labels shrink with the map
    assert view.zoom() == pytest.approx(0.8)
    assert label.scale() == 1.0
    for _ in range(3):
        view.zoom_out()  # 0.41: kept at 0.7 of full size on screen
    assert label.scale() * view.zoom() == pytest.approx(0.7, rel=0.02)
    view.set_theme(PROJECTOR)  # projector labels never shrink on screen
    assert label.scale() * view.zoom() == pytest.approx(1.0, rel=0.02)
