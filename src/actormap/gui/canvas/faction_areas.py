"""Faction areas: a soft, translucent area behind the members of each declared faction.

A map layer (see :mod:`actormap.gui.render.layers`), drawn behind the ties: for every
faction with two or more visible members, the convex hull (Andrew's monotone chain,
*Information Processing Letters* 9(5), 1979) of their circles widened by a margin, with
rounded corners. Neutral in colour (the members' labels name the faction), so it never
competes with the kinds' colours nor covers a label.
Shown after the layout by faction and with View ▸ Faction areas; exports show it too.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)

PAD = 22.0
SAMPLES = 16


def convex_hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Convex hull, counter-clockwise, without repeating the first point."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def cross(o, a, b) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


class FactionAreas:
    z = -20.0

    def __init__(self):
        self._cache: tuple | None = None

    def areas(self, drawing) -> list[tuple[str, QPainterPath]]:
        """``(faction, area)`` for every faction with two or more visible members."""
        if self._cache is not None and self._cache[0] == drawing.version:
            return self._cache[1]
        groups: dict[str, list] = {}
        for a in drawing.actors.values():
            if a.visible and a.faction.strip():
                groups.setdefault(a.faction.strip(), []).append(a)
        out = []
        stroker = QPainterPathStroker()
        stroker.setWidth(PAD)
        stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for name in sorted(groups, key=str.casefold):
            members = groups[name]
            if len(members) < 2:
                continue
            pts = [(a.x + (a.r + PAD / 2) * math.cos(2 * math.pi * k / SAMPLES),
                    a.y + (a.r + PAD / 2) * math.sin(2 * math.pi * k / SAMPLES))
                   for a in members for k in range(SAMPLES)]
            hull = convex_hull(pts)
            path = QPainterPath()
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in hull]))
            path.closeSubpath()
            soft = stroker.createStroke(path).united(path).simplified()
            out.append((name, soft))
        self._cache = (drawing.version, out)
        return out

    def bounds(self, ctx) -> QRectF:
        rect = QRectF()
        for _name, path in self.areas(ctx.drawing):
            rect = rect.united(path.boundingRect())
        return rect

    def paint(self, p: QPainter, ctx) -> None:
        theme = ctx.theme
        fill = QColor(theme.text)
        fill.setAlpha(14)
        edge = QColor(theme.caption)
        edge.setAlpha(110)
        pen = QPen(edge, 1.4, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for _name, path in self.areas(ctx.drawing):
            if ctx.exposed is not None and not ctx.exposed.intersects(path.boundingRect()):
                continue
            p.setPen(pen)
            p.setBrush(fill)
            p.drawPath(path)
