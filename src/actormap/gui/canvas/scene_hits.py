"""Which actor or tie is under a point, or inside a rectangle, on the canvas: searched in the
drawing's grid and tie boxes, never in every item. A part of :class:`~.scene.MapScene`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

from .items import ActorItem, TieItem

TIE_HIT = 6.0
"""Scene units either side of a tie's centre line that still hit it."""


class SceneHits:
    """Hit tests of the map scene (mixed into :class:`~.scene.MapScene`)."""

    def actor_at(self, x: float, y: float, rim: float = 7.0) -> ActorItem | None:
        """The topmost visible actor whose circle (plus ``rim``) or label holds (x, y)."""
        self.flush()
        d = self.drawing
        best = None
        for aid in d.grid.query((x - 60, y - 60, x + 60, y + 60)):
            a = d.actors[aid]
            if a.visible and math.hypot(x - a.x, y - a.y) <= a.r + rim:
                key = (a.selected, a.opacity, -math.hypot(x - a.x, y - a.y))
                if best is None or key > best[0]:
                    best = (key, aid)
        if best is not None:
            return self.actor_items.get(best[1])
        for aid in self.label_grid.query((x, y, x, y)):
            r = self.label_grid.rect(aid)
            if r[0] <= x <= r[2] and r[1] <= y <= r[3] and d.actors[aid].visible:
                return self.actor_items.get(aid)
        return None

    def tie_at(self, x: float, y: float, tolerance: float = TIE_HIT) -> TieItem | None:
        """The visible tie whose centre line passes nearest (x, y), within ``tolerance``."""
        self.flush()
        best = None
        for t in self.drawing.ties.values():
            b = t.bbox
            if b is None or not t.visible or not (b[0] <= x <= b[2] and b[1] <= y <= b[3]):
                continue
            dist = _polyline_distance(t.pts, x, y)
            if dist <= tolerance + t.width / 2 and (best is None or dist < best[0]):
                best = (dist, t.id)
        return self.tie_items.get(best[1]) if best is not None else None

    def actors_in(self, rect: QRectF) -> list[str]:
        """Visible actors whose circle meets ``rect``."""
        d = self.drawing
        x0, y0, x1, y1 = rect.left(), rect.top(), rect.right(), rect.bottom()
        out = []
        for aid in d.grid.query((x0, y0, x1, y1)):
            a = d.actors[aid]
            nx, ny = min(max(a.x, x0), x1), min(max(a.y, y0), y1)
            if a.visible and math.hypot(nx - a.x, ny - a.y) <= a.r:
                out.append(aid)
        return out

    def ties_in(self, rect: QRectF) -> list[str]:
        """Visible ties whose centre line meets ``rect``."""
        x0, y0, x1, y1 = rect.left(), rect.top(), rect.right(), rect.bottom()
        out = []
        for t in self.drawing.ties.values():
            b = t.bbox
            if b is None or not t.visible or b[2] < x0 or b[0] > x1 or b[3] < y0 or b[1] > y1:
                continue
            if _polyline_meets_rect(t.pts, x0, y0, x1, y1):
                out.append(t.id)
        return out


def _seg_distance(ax: float, ay: float, bx: float, by: float, x: float, y: float) -> float:
    dx, dy = bx - ax, by - ay
    ll = dx * dx + dy * dy
    t = 0.0 if ll == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / ll))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy))


def _polyline_distance(pts, x: float, y: float) -> float:
    if not pts:
        return math.inf
    if len(pts) == 1:
        return math.hypot(x - pts[0][0], y - pts[0][1])
    return min(_seg_distance(*a, *b, x, y) for a, b in zip(pts, pts[1:], strict=False))


def _polyline_meets_rect(pts, x0: float, y0: float, x1: float, y1: float) -> bool:
    if any(x0 <= x <= x1 and y0 <= y <= y1 for x, y in pts):
        return True
    edges = [((x0, y0), (x1, y0)), ((x1, y0), (x1, y1)), ((x1, y1), (x0, y1)), ((x0, y1), (x0, y0))]
    return any(_segments_cross(a, b, c, d) for a, b in zip(pts, pts[1:], strict=False) for c, d in edges)


def _segments_cross(p, q, r, s) -> bool:
    def orient(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    d1, d2 = orient(r, s, p), orient(r, s, q)
    d3, d4 = orient(p, q, r), orient(p, q, s)
    return (d1 > 0) != (d2 > 0) and (d3 > 0) != (d4 > 0)
