"""What keeps a big map smooth: hit tests through the scene's grid (no search of every item),
tie items made only when needed, a picture of the view reused while dragging and panning,
a zoom shown at once from the picture and drawn sharp when zooming pauses."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from actormap.core.model import Actor, ActorMap, Tie


def _big(n: int = 800, m: int = 2400, seed: int = 5) -> ActorMap:
    rng = random.Random(seed)
    actors = [Actor(id=f"a{i:04d}", name=f"Actor {i}", power=1 + i % 5, x=rng.uniform(-2500, 2500),
                    y=rng.uniform(-2500, 2500)) for i in range(n)]
    ties = []
    for j in range(m):
        u, v = rng.sample(range(n), 2)
        ties.append(Tie(id=f"t{j:05d}", source=f"a{u:04d}", target=f"a{v:04d}", kind="coercive"))
    return ActorMap(actors=actors, ties=ties)


@pytest.fixture
def big_view(qtbot):
    from actormap.gui.canvas import MapView
    from actormap.gui.undo import QtDocument

    v = MapView(QtDocument(_big()))
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    v.fit_to_map()
    qtbot.wait(50)
    return v


def test_tie_items_are_made_only_when_needed(big_view):
    s = big_view.map_scene
    assert len(s.tie_items) == 2400 and s.tie_items.made() == {}
    item = s.tie_items["t00007"]  # asked for: made, with its route and state
    assert s.tie_items.made() == {"t00007": item} and item.points() == s.drawing.ties["t00007"].pts
    big_view.highlight(["a0001"], [])
    assert s.is_faded("t00009") and s.tie_items.made().keys() == {"t00007"}  # faded without an item
    assert item.opacity() < 1.0


def test_hit_tests_never_search_every_item(big_view, monkeypatch):
    s = big_view.map_scene

    def no_search(*_a, **_k):
        raise AssertionError("Qt's item search used")

    monkeypatch.setattr(s, "items", no_search)
    monkeypatch.setattr(big_view, "items", no_search)
    aid = "a0042"
    p = big_view.mapFromScene(s.actor_items[aid].pos())
    QTest.mouseClick(big_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
    assert big_view.selected_ids() == ([aid], [])
    QTest.mouseMove(big_view.viewport(), p + QPoint(1, 1))  # hover: the cursor from the grid


def test_a_drag_repaints_from_the_picture_not_the_whole_map(big_view, qtbot):
    s = big_view.map_scene
    layer = s.map_layer
    aid = max(s.actor_items, key=lambda a: len(s.ties_at(a)))
    w = big_view.viewport()
    p = big_view.mapFromScene(s.actor_items[aid].pos())
    QTest.mousePress(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
    QTest.mouseMove(w, p + QPoint(5, 5))
    QTest.mouseMove(w, p + QPoint(10, 8))
    w.repaint()  # the picture without the dragged actor is made once
    made = layer.stats["full"]
    for i in range(3, 12):
        QTest.mouseMove(w, p + QPoint(5 * i, 4 * i))
        w.repaint()
    assert layer.stats["full"] == made  # every further step: a copy plus the dragged actor's ties
    QTest.mouseRelease(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p + QPoint(55, 44))
    assert s.doc.actor(aid).x != pytest.approx(0.0) and big_view.qdoc.undo_stack.count() == 1


def test_zooming_shows_the_picture_at_once_then_draws_it_sharp(big_view, qtbot, monkeypatch):
    from actormap.gui.canvas import map_layer

    monkeypatch.setattr(map_layer, "PREVIEW_ABOVE_MS", 0.0)  # as on a map slow to draw
    layer = big_view.map_scene.map_layer
    w = big_view.viewport()
    w.repaint()
    made = layer.stats["full"]
    for _ in range(3):
        pos = QPointF(500, 350)
        QApplication.sendEvent(w, QWheelEvent(pos, w.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120),
                                              Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                              Qt.ScrollPhase.NoScrollPhase, False))
        w.repaint()
    assert layer.stats["full"] == made and layer.stats["preview"] >= 3
    qtbot.waitUntil(lambda: layer.stats["full"] > made, timeout=3000)  # sharp once zooming pauses
