"""Conflict-mapping notation as QPainterPaths: actor sizes and marks, tie line styles.

After Fisher et al., *Working with Conflict* (Zed Books, 2000), ch. 2 "Conflict mapping":
circles sized by power, a double line for an alliance, a dotted line for an informal link,
arrows for dominant influence, a zigzag for discord, shadow circles for outside parties.
Our tie kinds map onto it as follows (the legend draws these same paths):

- trust: a single solid line (Fisher's "close relationship"), no head;
- symbiotic: double line (alliance of mutual benefit), no head;
- protective: solid line ending in an open *shield* head at the protected actor;
- parasitic: solid line with backward barbs and an open V head at the exploited actor;
- coercive: straight line broken by one lightning bolt, filled arrowhead;
- conflict: zigzag along the whole length, no head (mutual);
- dialogue: dotted line, no head.

Width grows with strength (1-3). Ties between the same two actors are bent apart
(quadratic curves) so they never overlap; every head ends at the circle's rim.
Everything here is pure geometry; no item or scene state.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from ...core.model import TieKind
from .painter_state import painter_state

Pt = tuple[float, float]

STRENGTH_WIDTH = {1: 1.3, 2: 2.5, 3: 4.0}
PARALLEL_SPACING = 30.0
MAX_TEETH = 80  # a very long zigzag gets wider teeth, not more of them (bounded cost)
MAX_BARBS = 30
DECOR_MARGIN = 12.0
RUMOURED_OPACITY = 0.45


def actor_radius(power: int) -> float:
    """Circle radius in scene units for power 1..5 (20 .. 44)."""
    return 14.0 + 6.0 * max(1, min(5, int(power)))


def tie_width(strength: int, line_scale: float = 1.0) -> float:
    return STRENGTH_WIDTH.get(int(strength), 2.5) * line_scale


# ---- actor marks -------------------------------------------------------------------------

def _poly(pts) -> QPainterPath:
    p = QPainterPath()
    p.addPolygon(QPolygonF([QPointF(x, y) for x, y in pts]))
    p.closeSubpath()
    return p


@lru_cache(maxsize=256)
def mark_path(mark: str, s: float) -> QPainterPath:
    """The mark named ``mark`` centred on (0, 0), fitting a box of half-size ``s``."""
    p = QPainterPath()
    if mark == "diamond":
        return _poly([(0, -s), (s * 0.8, 0), (0, s), (-s * 0.8, 0)])
    if mark == "triangle":
        return _poly([(0, -s), (s, s * 0.75), (-s, s * 0.75)])
    if mark == "triangle_down":
        return _poly([(0, s), (s, -s * 0.75), (-s, -s * 0.75)])
    if mark == "square":
        p.addRect(QRectF(-0.72 * s, -0.72 * s, 1.44 * s, 1.44 * s))
        return p
    if mark == "star":
        pts = []
        for i in range(10):
            r = s if i % 2 == 0 else s * 0.42
            a = -math.pi / 2 + i * math.pi / 5
            pts.append((r * math.cos(a), r * math.sin(a) + 0.08 * s))
        return _poly(pts)
    if mark == "shield":
        return _poly([(-0.8 * s, -0.85 * s), (0.8 * s, -0.85 * s), (0.8 * s, 0.1 * s), (0, s),
                      (-0.8 * s, 0.1 * s)])
    if mark == "house":
        return _poly([(0, -s), (s, -0.1 * s), (0.65 * s, -0.1 * s), (0.65 * s, 0.85 * s),
                      (-0.65 * s, 0.85 * s), (-0.65 * s, -0.1 * s), (-s, -0.1 * s)])
    if mark == "ring":
        p.setFillRule(Qt.FillRule.OddEvenFill)
        p.addEllipse(QPointF(0, 0), 0.85 * s, 0.85 * s)
        p.addEllipse(QPointF(0, 0), 0.45 * s, 0.45 * s)
        return p
    if mark == "cross":
        p.addRect(QRectF(-0.2 * s, -s, 0.4 * s, 2 * s))
        p.addRect(QRectF(-0.65 * s, -0.5 * s, 1.3 * s, 0.4 * s))
        return p.simplified()
    if mark == "bars":
        for y in (-0.8, -0.15, 0.5):
            p.addRect(QRectF(-0.8 * s, y * s, 1.6 * s, 0.34 * s))
        return p
    if mark == "globe":
        ring = QPainterPath()
        ring.setFillRule(Qt.FillRule.OddEvenFill)
        ring.addEllipse(QPointF(0, 0), 0.9 * s, 0.9 * s)
        ring.addEllipse(QPointF(0, 0), 0.62 * s, 0.62 * s)
        bars = QPainterPath()
        bars.addRect(QRectF(-0.9 * s, -0.13 * s, 1.8 * s, 0.26 * s))
        bars.addRect(QRectF(-0.13 * s, -0.9 * s, 0.26 * s, 1.8 * s))
        return ring.united(bars)
    p.addEllipse(QPointF(0, 0), 0.35 * s, 0.35 * s)  # "dot" and anything unknown
    return p


# ---- tie geometry ------------------------------------------------------------------------

def _bez(p0: Pt, c: Pt, p2: Pt, t: float) -> Pt:
    u = 1.0 - t
    return (u * u * p0[0] + 2 * u * t * c[0] + t * t * p2[0],
            u * u * p0[1] + 2 * u * t * c[1] + t * t * p2[1])


def _dist(a: Pt, b: Pt) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _clip_t(p0: Pt, c: Pt, p2: Pt, centre: Pt, r: float, lo: float, hi: float, inside_at_lo: bool) -> float:
    """Bisection for the parameter where the curve crosses the circle (centre, r)."""
    for _ in range(24):
        mid = (lo + hi) / 2
        inside = _dist(_bez(p0, c, p2, mid), centre) < r
        if inside == inside_at_lo:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _unit(dx: float, dy: float) -> Pt:
    n = math.hypot(dx, dy) or 1.0
    return dx / n, dy / n


def _lengths(pts: list[Pt]) -> list[float]:
    acc = [0.0]
    for a, b in zip(pts, pts[1:], strict=False):
        acc.append(acc[-1] + _dist(a, b))
    return acc


def _at(pts: list[Pt], acc: list[float], s: float) -> tuple[Pt, Pt]:
    """Point and unit tangent at arc length ``s`` along a polyline (binary search)."""
    s = max(0.0, min(acc[-1], s))
    i = min(max(1, bisect_left(acc, s)), len(acc) - 1)
    a, b = pts[i - 1], pts[i]
    seg = acc[i] - acc[i - 1] or 1.0
    f = (s - acc[i - 1]) / seg
    return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f), _unit(b[0] - a[0], b[1] - a[1])


def _sub(pts: list[Pt], acc: list[float], s0: float, s1: float) -> list[Pt]:
    out = [_at(pts, acc, s0)[0]]
    out += [p for p, s in zip(pts, acc, strict=False) if s0 < s < s1]
    out.append(_at(pts, acc, s1)[0])
    return out


def _offset(pts: list[Pt], d: float) -> list[Pt]:
    out = []
    n = len(pts)
    for i, p in enumerate(pts):
        a, b = pts[max(0, i - 1)], pts[min(n - 1, i + 1)]
        tx, ty = _unit(b[0] - a[0], b[1] - a[1])
        out.append((p[0] - ty * d, p[1] + tx * d))
    return out


def _path(pts: list[Pt]) -> QPainterPath:
    p = QPainterPath()
    p.addPolygon(QPolygonF([QPointF(x, y) for x, y in pts]))  # an open polyline
    return p


def _local(tip: Pt, tan: Pt, pts) -> list[Pt]:
    """Points given in head coordinates (x along the tangent, tip at 0) to scene."""
    tx, ty = tan
    return [(tip[0] + x * tx - y * ty, tip[1] + x * ty + y * tx) for x, y in pts]


@dataclass
class TieGeometry:
    """Paths to draw one tie; all in scene coordinates."""

    lines: list[QPainterPath] = field(default_factory=list)  # stroked with `line_width`
    line_width: float = 1.0
    dotted: bool = False
    head_fill: QPainterPath = field(default_factory=QPainterPath)  # filled with the tie colour
    head_open: QPainterPath = field(default_factory=QPainterPath)  # background fill + outline
    head_stroke: QPainterPath = field(default_factory=QPainterPath)  # stroked only (V heads)
    spine: QPainterPath = field(default_factory=QPainterPath)  # centre line, for hit testing
    mid: QPointF = field(default_factory=QPointF)
    empty: bool = True

    def bounding_rect(self) -> QRectF:
        """Spine box plus a margin that holds every decoration (heads, teeth, barbs, "?"),
        so the box is the same whether or not the decorated paths were built yet."""
        m = DECOR_MARGIN + 2.5 * self.line_width
        return self.spine.boundingRect().adjusted(-m, -m, m, m)


def spine_points(p1: Pt, r1: float, p2: Pt, r2: float, bend: float = 0.0) -> list[Pt]:
    """Centre line of a tie from circle (p1, r1) to circle (p2, r2), trimmed to the rims
    (plus a small gap) and bent sideways by ``bend``: 2 points if straight, else 28 along
    a quadratic Bezier curve. Empty if the circles (nearly) touch: nothing to draw."""
    length = _dist(p1, p2)
    if length < r1 + r2 + 4:
        return []
    gap = 2.0
    if abs(bend) < 0.5:  # straight: the rim crossings are exact
        f0, f1 = (r1 + gap) / length, 1.0 - (r2 + gap) / length
        dx, dy = p2[0] - p1[0], p2[1] - p1[1]
        pts = [(p1[0] + dx * f0, p1[1] + dy * f0), (p1[0] + dx * f1, p1[1] + dy * f1)]
        return pts if length * (f1 - f0) >= 4 else []
    ux, uy = (p2[0] - p1[0]) / length, (p2[1] - p1[1]) / length
    nx, ny = -uy, ux
    mx, my = (p1[0] + p2[0]) / 2, (p1[1] + p2[1]) / 2
    c = (mx + nx * 2 * bend, my + ny * 2 * bend)
    t0 = _clip_t(p1, c, p2, p1, r1 + gap, 0.0, 0.5, True)
    t1 = 1.0 - _clip_t(p2, c, p1, p2, r2 + gap, 0.0, 0.5, True)  # from the other end
    n = 28
    pts = [_bez(p1, c, p2, t0 + (t1 - t0) * i / (n - 1)) for i in range(n)]
    return pts if _lengths(pts)[-1] >= 4 else []


def spine_rect(pts: list[Pt], line_width: float) -> QRectF:
    """Box of a spine plus a margin that holds every decoration (heads, teeth, barbs, "?");
    the same box as ``TieGeometry.bounding_rect`` without building any path."""
    m = DECOR_MARGIN + 2.5 * line_width
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return QRectF(min(xs) - m, min(ys) - m, max(xs) - min(xs) + 2 * m, max(ys) - min(ys) + 2 * m)


def tie_geometry(p1: Pt, r1: float, p2: Pt, r2: float, kind: TieKind, strength: int,
                 bend: float = 0.0, line_scale: float = 1.0, spine_only: bool = False,
                 head_scale: float = 1.0) -> TieGeometry:
    """Geometry of a tie from circle (p1, r1) to circle (p2, r2), bent sideways by ``bend``.

    ``spine_only`` stops after the centre line (cheap: enough for hit testing, the bounding
    box and far zoomed-out drawing); the canvas builds the decorated paths when first painted.
    ``head_scale`` enlarges heads, barbs and the bolt (zoomed out, so they stay visible).
    """
    g = TieGeometry()
    kind = TieKind(kind)
    w = tie_width(strength, line_scale)
    g.line_width = w
    pts = spine_points(p1, r1, p2, r2, bend)
    if not pts:
        return g  # circles touch or overlap: nothing sensible to draw
    acc = _lengths(pts)
    total = acc[-1]
    g.empty = False
    g.spine = _path(pts)
    g.mid = QPointF(*_at(pts, acc, total / 2)[0])
    if spine_only:
        g.lines = [g.spine]
        return g
    tip, tan = _at(pts, acc, total)
    hs = max(1.0, head_scale)
    head_len = min((9.0 + 2.2 * w) * hs, total * 0.45)
    hw = (4.0 + 1.4 * w) * max(1.0, min(hs, head_len / (9.0 + 2.2 * w)))  # half width of heads

    if kind == TieKind.SYMBIOTIC:
        d = w * 0.55 + 1.6
        g.line_width = max(1.0, w * 0.6)
        g.lines = [_path(_offset(pts, d)), _path(_offset(pts, -d))]
    elif kind == TieKind.DIALOGUE:
        g.dotted = True
        g.lines = [g.spine]
    elif kind == TieKind.CONFLICT:
        period, amp = max((9.0 + w) * min(hs, 2.0), total / MAX_TEETH), (3.5 + w) * min(hs, 2.0)
        zz = [pts[0]]
        s, side = 4.0, 1
        while s < total - 4.0:
            (px, py), (tx, ty) = _at(pts, acc, s)
            zz.append((px - ty * amp * side, py + tx * amp * side))
            side, s = -side, s + period / 2
        zz.append(pts[-1])
        g.lines = [_path(zz)]
    elif kind == TieKind.PROTECTIVE:
        body = total - head_len * 0.9
        g.lines = [_path(_sub(pts, acc, 0.0, body))]
        hl = head_len * 1.1
        g.head_open = _poly(_local(tip, tan, [(0, -hw * 1.1), (0, hw * 1.1), (-hl * 0.45, hw * 1.0),
                                              (-hl, 0), (-hl * 0.45, -hw * 1.0)]))
    elif kind == TieKind.PARASITIC:
        body = total - 1.0
        g.lines = [_path(_sub(pts, acc, 0.0, body))]
        barb, step = (4.0 + w) * hs, max((12.0 + w) * hs, total / MAX_BARBS)
        bp = QPainterPath()
        s = 10.0
        while s < total - head_len - 6:
            (px, py), (tx, ty) = _at(pts, acc, s)
            for side in (1, -1):  # barbs lean back toward the source: they "hook" the host
                bp.moveTo(px, py)
                bp.lineTo(px - tx * barb - ty * barb * side, py - ty * barb + tx * barb * side)
            s += step
        hp = QPainterPath()
        a, b_, c_ = _local(tip, tan, [(-head_len, -hw), (0, 0), (-head_len, hw)])
        hp.moveTo(*a)
        hp.lineTo(*b_)
        hp.lineTo(*c_)
        g.head_stroke = bp
        g.head_stroke.addPath(hp)
    elif kind == TieKind.COERCIVE:
        body = total - head_len * 0.8
        bolt = min((14.0 + 2 * w) * hs, body * 0.25)
        amp = (5.0 + w) * min(hs, 2.0)
        centre = body / 2
        (bx, by), (tx, ty) = _at(pts, acc, centre)
        p_a = _at(pts, acc, centre - bolt)[0]
        p_b = _at(pts, acc, centre + bolt)[0]
        z1 = (bx + tx * bolt * 0.3 - ty * amp, by + ty * bolt * 0.3 + tx * amp)
        z2 = (bx - tx * bolt * 0.3 + ty * amp, by - ty * bolt * 0.3 - tx * amp)
        line = _sub(pts, acc, 0.0, centre - bolt) + [p_a, z1, z2, p_b] + _sub(pts, acc, centre + bolt, body)
        g.lines = [_path(line)]
        g.head_fill = _poly(_local(tip, tan, [(0, 0), (-head_len, -hw), (-head_len * 0.8, 0),
                                              (-head_len, hw)]))
    else:
        g.lines = [g.spine]
    return g


def paint_tie(painter: QPainter, g: TieGeometry, color: QColor, background: QColor,
              rumoured: bool = False, question_font: QFont | None = None) -> None:
    """Draw ``g`` with ``painter`` (shared by tie items, the legend and exports)."""
    if g.empty:
        return
    with painter_state(painter):
        _paint_tie(painter, g, color, background, rumoured, question_font)


def _paint_tie(painter: QPainter, g: TieGeometry, color: QColor, background: QColor,
               rumoured: bool, question_font: QFont | None) -> None:
    base_opacity = painter.opacity()
    if rumoured:
        painter.setOpacity(base_opacity * RUMOURED_OPACITY)
    pen = QPen(color, g.line_width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if g.dotted:
        pen.setDashPattern([0.01, 2.6])
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for p in g.lines:
        painter.drawPath(p)
    solid = QPen(color, max(1.2, min(g.line_width, 2.4)))
    solid.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if not g.head_stroke.isEmpty():
        sp = QPen(solid)
        sp.setWidthF(max(1.2, g.line_width * 0.8))
        sp.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(sp)
        painter.drawPath(g.head_stroke)
    if not g.head_fill.isEmpty():
        painter.setPen(QPen(color, 1.0))
        painter.setBrush(QBrush(color))
        painter.drawPath(g.head_fill)
    if not g.head_open.isEmpty():
        painter.setPen(solid)
        painter.setBrush(QBrush(background))
        painter.drawPath(g.head_open)
    if rumoured:
        painter.setOpacity(base_opacity)
        font = question_font or QFont()
        if question_font is None:
            font.setPixelSize(11)
            font.setBold(True)
        painter.setFont(font)
        r = QRectF(g.mid.x() - 7, g.mid.y() - 7, 14, 14)
        painter.setPen(QPen(color, 1.0))
        painter.setBrush(QBrush(background))
        painter.drawEllipse(r)
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, "?")
