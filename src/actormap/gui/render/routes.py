"""Where a tie runs: parallel ties fan out, and a tie bends around actors it would cross.

A tie is a quadratic Bézier curve from one circle to the other whose apex lies ``bend``
scene units to the left of the straight line (``notation.spine_points``). Ties between
the same two actors are spread symmetrically (``fan_offsets``). A tie (or the whole fan of
a pair, shifted together so it stays a fan) whose curve would pass through a third
actor's circle is bent just enough to clear it: the candidate bends are tried from the
smallest change up, alternating sides, and the first that clears every circle near the
tie wins; when none does, the one crossing fewest circles. This is the simple "bend
around obstacles" variant of edge routing (cf. Dwyer & Nachmanson, "Fast edge-routing for
large graphs", *Graph Drawing* 2009), enough for maps of tens to a few thousand actors.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

Pt = tuple[float, float]
Circle = tuple[float, float, float]  # x, y, r

PARALLEL_SPACING = 30.0
CLEARANCE = 6.0
"""Room kept between a routed tie and the rim of an actor it passes."""
STEP = 14.0
MAX_BEND_SHARE = 0.45
"""A bend larger than this share of the tie's length looks like a loop: not tried."""
SAMPLES = 24
MAX_OBSTACLES = 6
"""A tie through more actors than this is left straight (bending cannot clear a tangle)."""
MAX_TRIES = 24
"""Bends tried on each side (STEP apart) before taking the one crossing fewest actors."""


def fan_offsets(n: int, spacing: float = PARALLEL_SPACING) -> list[float]:
    """Symmetric offsets of ``n`` parallel ties: 0 for one, -15/+15 for two, ..."""
    return [(i - (n - 1) / 2) * spacing for i in range(n)]


_T = np.linspace(0.0, 1.0, SAMPLES + 1)[1:-1]


def _curve(p1: Pt, p2: Pt, bend: float) -> np.ndarray:
    """Points along the curve (ends left out), as an (n, 2) array."""
    length = math.hypot(p2[0] - p1[0], p2[1] - p1[1]) or 1.0
    nx, ny = -(p2[1] - p1[1]) / length, (p2[0] - p1[0]) / length
    c = ((p1[0] + p2[0]) / 2 + nx * 2 * bend, (p1[1] + p2[1]) / 2 + ny * 2 * bend)
    u = 1 - _T
    a, b, d = u * u, 2 * u * _T, _T * _T
    return np.column_stack([a * p1[0] + b * c[0] + d * p2[0], a * p1[1] + b * c[1] + d * p2[1]])


def crossings(p1: Pt, p2: Pt, bend: float, obstacles, clearance: float = CLEARANCE) -> int:
    """How many of ``obstacles`` the curve with this bend passes through (or too near)."""
    obs = np.asarray(obstacles, dtype=float).reshape(-1, 3)
    if not len(obs):
        return 0
    pts = _curve(p1, p2, bend)
    d2 = (pts[None, :, 0] - obs[:, None, 0]) ** 2 + (pts[None, :, 1] - obs[:, None, 1]) ** 2
    return int(np.count_nonzero((d2 < ((obs[:, 2] + clearance) ** 2)[:, None]).any(axis=1)))


def route(p1: Pt, p2: Pt, bases: Sequence[float], obstacles: Sequence[Circle],
          clearance: float = CLEARANCE) -> float:
    """The shift to add to every bend of a fan (``bases``) between ``p1`` and ``p2`` so
    that no curve of the fan crosses an obstacle; 0.0 when they already clear, or when the
    tie runs through so many actors (more than :data:`MAX_OBSTACLES`: a dense tangle) that
    bending cannot help. ``obstacles``: the circles near the tie."""
    if not obstacles:
        return 0.0
    obs = np.asarray(obstacles, dtype=float)
    length = math.hypot(p2[0] - p1[0], p2[1] - p1[1])

    def cost(shift: float) -> int:
        return sum(crossings(p1, p2, b + shift, obs, clearance) for b in bases)

    best, best_cost = 0.0, cost(0.0)
    if best_cost == 0 or best_cost > MAX_OBSTACLES * len(bases):
        return 0.0
    widest = max(abs(b) for b in bases)
    limit = max(0.0, MAX_BEND_SHARE * length - widest)
    k = 1
    while k * STEP <= limit and k <= MAX_TRIES:
        for shift in (k * STEP, -k * STEP):
            c = cost(shift)
            if c == 0:
                return shift
            if c < best_cost:
                best, best_cost = shift, c
        k += 1
    return best


def route_box(p1: Pt, p2: Pt, bases: Sequence[float]) -> tuple[float, float, float, float]:
    """The region a fan between ``p1`` and ``p2`` may occupy once routed (for finding the
    obstacles to test)."""
    length = math.hypot(p2[0] - p1[0], p2[1] - p1[1])
    m = MAX_BEND_SHARE * length + max((abs(b) for b in bases), default=0.0) + CLEARANCE
    return (min(p1[0], p2[0]) - m, min(p1[1], p2[1]) - m, max(p1[0], p2[0]) + m, max(p1[1], p2[1]) + m)


def near_segment(p1: Pt, p2: Pt, c: Circle, reach: float) -> bool:
    """Whether circle ``c`` comes within ``reach`` of the segment p1-p2 (cheap pre-filter)."""
    dx, dy = p2[0] - p1[0], p2[1] - p1[1]
    ll = dx * dx + dy * dy
    t = 0.0 if ll == 0 else max(0.0, min(1.0, ((c[0] - p1[0]) * dx + (c[1] - p1[1]) * dy) / ll))
    qx, qy = p1[0] + t * dx, p1[1] + t * dy
    return math.hypot(c[0] - qx, c[1] - qy) < c[2] + reach
