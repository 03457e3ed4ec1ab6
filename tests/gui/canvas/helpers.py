"""Drive real mouse events on a MapView's viewport."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

L = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier


def vp(view, x: float, y: float) -> QPoint:
    """Viewport coordinates of scene point (x, y)."""
    return view.mapFromScene(QPointF(x, y))


def actor_vp(view, actor_id: str) -> QPoint:
    p = view.map_scene.actor_items[actor_id].pos()
    return vp(view, p.x(), p.y())


def drag(view, start: QPoint, end: QPoint, mods=NOMOD, button=L, steps: int = 6) -> None:
    w = view.viewport()
    QTest.mousePress(w, button, mods, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        QTest.mouseMove(w, QPoint(round(p.x()), round(p.y())))
    QTest.mouseRelease(w, button, mods, end)


def label_gap(view, actor_id: str) -> float:
    """Distance from the actor's circle to its label box (scene units); the placer puts
    every label ``gap`` beyond the rim, whichever side it chose."""
    import math

    view.map_scene.flush()  # labels are placed again lazily (before a paint or a measure)
    item = view.map_scene.actor_items[actor_id]
    r = item.label.sceneBoundingRect()
    c = item.pos()
    nx = min(max(c.x(), r.left()), r.right())
    ny = min(max(c.y(), r.top()), r.bottom())
    return math.hypot(nx - c.x(), ny - c.y()) - item.radius()
