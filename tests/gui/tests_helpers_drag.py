"""Real mouse drags between two actors of a MapView (shared by GUI tests outside canvas/)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest


def drag_between(view, source_id: str, target_id: str, mods=Qt.KeyboardModifier.NoModifier, steps: int = 6) -> None:
    items = view.map_scene.actor_items
    start = view.mapFromScene(items[source_id].pos())
    end = view.mapFromScene(items[target_id].pos())
    w = view.viewport()
    QTest.mousePress(w, Qt.MouseButton.LeftButton, mods, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        QTest.mouseMove(w, QPoint(round(p.x()), round(p.y())))
    QTest.mouseRelease(w, Qt.MouseButton.LeftButton, mods, end)
