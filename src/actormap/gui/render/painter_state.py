"""``painter_state``: save and restore a QPainter's state without ``QPainter.save()``.

PySide6 6.12.0 drops a reference to ``None`` on every ``QPainter.save()`` and
``QPainter.restore()`` call (measured: ``sys.getrefcount(None)`` falls by one per call),
so a few thousand repaints end in "Fatal Python error: none_dealloc". Until that is fixed
upstream, paint code in this package saves the parts of the state it changes by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QPainter


@contextmanager
def painter_state(p: QPainter) -> Iterator[QPainter]:
    """Restore pen, brush, font, opacity, transform and render hints on exit."""
    pen, brush, font = p.pen(), p.brush(), p.font()
    opacity, transform, hints = p.opacity(), p.worldTransform(), p.renderHints()
    try:
        yield p
    finally:
        p.setPen(pen)
        p.setBrush(brush)
        p.setFont(font)
        p.setOpacity(opacity)
        p.setWorldTransform(transform)
        p.setRenderHints(hints, True)
        p.setRenderHints(~hints & QPainter.RenderHint(0xFF), False)
