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
