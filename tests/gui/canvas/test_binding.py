"""Guard against a Qt binding that drops references to None (PySide6 6.12.0 does:
every call of a method returning void lowers ``sys.getrefcount(None)`` by one, and a few
thousand repaints later the program dies with "Fatal Python error: none_dealloc")."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QPointF
from PySide6.QtGui import QImage, QPainter


def test_void_calls_keep_none_alive(qapp):
    keep = [None] * 100_000  # so that a broken binding fails this test instead of crashing
    o, p = QObject(), QPointF()
    img = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(img)
    before = sys.getrefcount(None)
    for _ in range(500):
        o.setObjectName("x")
        p.setX(1.0)
        painter.save()
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -50, "this PySide6 build drops references to None; use another version"
    del keep
