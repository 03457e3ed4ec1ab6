"""Actor labels that never overlap: measured boxes and a greedy placer.

Every actor's label (name in bold, faction in italics below it, on a halo) gets a place
around its circle. Following the classic point-feature labelling heuristics (Imhof,
"Positioning names on maps", *The American Cartographer* 2(2), 1975; Christensen, Marks &
Shieber, "An empirical study of algorithms for point-feature label placement", *ACM
Transactions on Graphics* 14(3), 1995), labels are placed greedily in order of importance
(selected actors, our own position, then power and ties), each at the first of eight
candidate positions (below, above, right, left, then the diagonals) where it overlaps no
label already placed, no other actor's circle, and stays inside the frame (the view or
the page). When no position is free the label is made smaller in steps — the faction
caption goes, then the actor's short name (``Actor.short_name``) or a shortened name,
then a smaller font — and if still nothing fits it is hidden (the actor's tooltip names
it). Shown labels therefore never overlap, whatever the zoom.

Sizes are in *label units* (pixels of a label at scale 1); a placement at label scale
``s`` occupies ``s`` scene units per label unit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from .spatial import Grid, Rect

LABEL_WRAP = 170.0
"""Names wrap at this width (label units)."""
HALO_X, HALO_Y = 4.0, 1.0
SMALL = 0.8
"""Font size of the last, smallest variant (share of the theme's)."""
SHORT_MAX = 14
"""A name shortened for lack of room keeps at most this many characters (word boundary)."""
POSITIONS = ("below", "above", "right", "left", "below_right", "below_left", "above_right", "above_left")
MAX_TRIED = 4000
"""Labels past this many (least important first) are hidden without trying: bounded time."""
CIRCLE_CELL = 96.0
"""Cell of the grid of circles the placer tests labels against (about a circle's size)."""


def label_scale(theme, zoom: float) -> float:
    """Scene units per label unit at ``zoom``: labels have their full size at zoom >= 1;
    below, they shrink with the map down to the theme's ``label_min_zoom``, then keep that
    size on screen (legible when zoomed out). The canvas and exports use the same rule."""
    m = min(1.0, getattr(theme, "label_min_zoom", 1.0))
    return max(1.0, m / max(zoom, 1e-9))


@lru_cache(maxsize=32)
def label_fonts(pt: float) -> tuple[QFont, QFont]:
    """Name (bold) and caption (italic) fonts of a label of ``pt`` points (pixel sizes)."""
    f = QFont()
    f.setPixelSize(max(5, round(pt * 4 / 3)))
    f.setBold(True)
    c = QFont()
    c.setPixelSize(max(4, round(pt * 4 / 3 * 0.8)))
    c.setItalic(True)
    return f, c


TEXT_FLAGS = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignHCenter)


@dataclass(frozen=True)
class LabelBox:
    """One variant of a label, measured: its lines and their boxes relative to the halo's
    top-left corner (label units)."""

    name: str
    caption: str
    pt: float
    variant: str  # full | name | short | small
    width: float
    height: float
    name_rect: tuple[float, float, float, float]  # x, y, w, h
    caption_rect: tuple[float, float, float, float]
    tag: str = ""  # a boxed line under the caption (the label lens)
    tag_rect: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


@lru_cache(maxsize=8)
def tag_font(pt: float) -> QFont:
    """The tag line's font: the caption's size, upright (the caption is italic)."""
    f = QFont()
    f.setPixelSize(max(4, round(pt * 4 / 3 * 0.8)))
    return f


@lru_cache(maxsize=20000)
def measure(name: str, caption: str, pt: float, variant: str = "full", tag: str = "") -> LabelBox:
    f, c = label_fonts(pt)
    nr = QFontMetricsF(f).boundingRect(QRectF(-LABEL_WRAP / 2, 0, LABEL_WRAP, 1e4), TEXT_FLAGS, name)
    w, h = nr.width(), nr.height()
    cw = ch = 0.0
    if caption:
        cr = QFontMetricsF(c).boundingRect(QRectF(-LABEL_WRAP / 2, 0, LABEL_WRAP, 1e4), TEXT_FLAGS, caption)
        cw, ch = cr.width(), cr.height()
    tw = th = 0.0
    if tag:
        tr = QFontMetricsF(tag_font(pt)).boundingRect(QRectF(-LABEL_WRAP / 2, 0, LABEL_WRAP, 1e4), TEXT_FLAGS, tag)
        tw, th = tr.width() + 6, tr.height() + 2
    inner_w = max(w, cw, tw)
    width, height = inner_w + 2 * HALO_X, h + ch + (th + 2 if tag else 0) + 2 * HALO_Y + 1
    name_rect = ((width - w) / 2, HALO_Y + 1, w, h)
    cap_rect = ((width - cw) / 2, HALO_Y + 1 + h, cw, ch) if caption else (0.0, 0.0, 0.0, 0.0)
    tag_rect = ((width - tw) / 2, HALO_Y + 1 + h + ch + 2, tw, th) if tag else (0.0, 0.0, 0.0, 0.0)
    return LabelBox(name, caption, pt, variant, width, height, name_rect, cap_rect, tag, tag_rect)


def shorten(name: str, limit: int = SHORT_MAX) -> str:
    """``name`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    name = " ".join(name.split())
    if len(name) <= limit:
        return name
    cut = name[:limit]
    if " " in cut[3:]:
        cut = cut[:cut.rfind(" ")]
    return cut.rstrip(" -–,.;:") + "…"


def short_forms(names: dict[str, str], given: dict[str, str] | None = None) -> dict[str, str]:
    """A short form per id that tells apart every actor: its own short name if given,
    else its name cut (:func:`shorten`), cut later where two would read the same."""
    given = given or {}
    out = {k: " ".join(given.get(k, "").split()) or shorten(n) for k, n in names.items()}
    for limit in range(SHORT_MAX + 4, 80, 4):
        seen: dict[str, list[str]] = {}
        for k, v in out.items():
            seen.setdefault(v, []).append(k)
        clash = [k for ks in seen.values() if len(ks) > 1 for k in ks if not given.get(k)]
        if not clash:
            break
        for k in clash:
            out[k] = shorten(names[k], limit)
    return out


def caption_of(name: str, faction: str) -> str:
    """The faction caption, left out when it only repeats the name."""
    f = " ".join(faction.split())
    return "" if not f or f.casefold() == " ".join(name.split()).casefold() else f


def variants(name: str, short_name: str, faction: str, pt: float, tag: str = "") -> list[LabelBox]:
    """The label's variants, largest first: name + faction, name, short name, short name small
    (a tag line, if any, stays in every one: it is what the label lens is for)."""
    out = []
    cap = caption_of(name, faction)
    if cap:
        out.append(measure(name, cap, pt, "full", tag))
    out.append(measure(name, "", pt, "name", tag))
    short = " ".join(short_name.split()) or shorten(name)
    if short != name:
        out.append(measure(short, "", pt, "short", tag))
    out.append(measure(short, "", round(pt * SMALL, 2), "small", tag))
    return out


@dataclass(frozen=True)
class Anchor:
    """What the placer needs of an actor: its circle and its label text."""

    id: str
    x: float
    y: float
    r: float
    gap: float  # room between the rim and the label
    name: str
    short_name: str = ""
    faction: str = ""
    priority: tuple = ()
    tag: str = ""


@dataclass(frozen=True)
class Placement:
    id: str
    box: LabelBox
    x: float  # top-left corner, scene units
    y: float
    scale: float
    position: str

    @property
    def rect(self) -> Rect:
        return (self.x, self.y, self.x + self.box.width * self.scale, self.y + self.box.height * self.scale)

    def qrect(self) -> QRectF:
        return QRectF(self.x, self.y, self.box.width * self.scale, self.box.height * self.scale)


def candidate(a: Anchor, w: float, h: float, position: str) -> Rect:
    """The label rectangle of size ``w`` x ``h`` (scene units) at ``position`` round ``a``."""
    d = a.r + a.gap
    if position == "below":
        x0, y0 = a.x - w / 2, a.y + d
    elif position == "above":
        x0, y0 = a.x - w / 2, a.y - d - h
    elif position == "right":
        x0, y0 = a.x + d, a.y - h / 2
    elif position == "left":
        x0, y0 = a.x - d - w, a.y - h / 2
    else:
        k = d * math.sqrt(0.5)
        x0 = a.x + k if position.endswith("right") else a.x - k - w
        y0 = a.y + k if position.startswith("below") else a.y - k - h
    return (x0, y0, x0 + w, y0 + h)


def _hits_circle(r: Rect, cx: float, cy: float, cr: float) -> bool:
    nx = min(max(cx, r[0]), r[2])
    ny = min(max(cy, r[1]), r[3])
    return (nx - cx) ** 2 + (ny - cy) ** 2 < cr * cr


def place_labels(anchors: Sequence[Anchor], pt: float, scale: float, frame: Rect | None = None,
                 obstacles: Iterable[tuple[float, float, float]] = (),
                 reserved: Iterable[Rect] = (), max_cover: float | None = None,
                 numbered: bool = False) -> dict[str, Placement]:
    """Place the labels of ``anchors`` (most important first: sorted by ``priority``).

    ``scale``: scene units per label unit; ``frame``: labels must lie inside it;
    ``obstacles``: further circles ``(x, y, r)`` and ``reserved`` rectangles (e.g. the
    SELF tag) no label may cover; ``max_cover``: at most this share of the frame is
    covered by labels (the least important go first: a wall of names reads as none);
    ``numbered``: a label with no room for any text variant gets a number instead (for
    print, where a key lists the numbers, see :func:`name_key`). Returns the shown labels
    by actor id; an actor missing from the result has its label hidden.
    """
    order = sorted(anchors, key=lambda a: (a.priority, a.id))
    cell = max(64.0, 120.0 * scale)
    circles = Grid(CIRCLE_CELL)
    for a in anchors:
        circles.insert(("a", a.id), (a.x - a.r, a.y - a.r, a.x + a.r, a.y + a.r))
    extra = {}
    for i, (x, y, r) in enumerate(obstacles):
        circles.insert(("o", i), (x - r, y - r, x + r, y + r))
        extra[("o", i)] = (x, y, r)
    where = {("a", a.id): (a.x, a.y, a.r) for a in anchors}
    where.update(extra)
    placed = Grid(cell)
    for i, r in enumerate(reserved):
        placed.insert(("reserved", i), r)
    out: dict[str, Placement] = {}
    budget = math.inf
    tries = MAX_TRIED
    if max_cover is not None and frame is not None:
        budget = max_cover * (frame[2] - frame[0]) * (frame[3] - frame[1])
        # no more labels fit than the budget holds: try twice as many (the most important first)
        areas = sorted(b.width * b.height for a in order[:50] for b in [measure(a.name, "", pt, "name")])
        if areas:
            room = budget / max(areas[len(areas) // 2] * scale * scale, 1e-9)
            tries = min(tries, int(2 * room) + 20)
    covered = 0.0
    number = 0
    for n, a in enumerate(order):
        if n >= tries or covered >= budget:
            break
        hit = _place_one(a, pt, scale, frame, circles, where, placed)
        if hit is None and numbered:
            hit = _place_one(a, pt, scale, frame, circles, where, placed,
                             [measure(str(number + 1), "", round(pt * SMALL, 2), "number")])
            number += hit is not None
        if hit is not None:
            out[a.id] = hit
            r = hit.rect
            covered += (r[2] - r[0]) * (r[3] - r[1])
            placed.insert(a.id, r)
    return out


def _place_one(a: Anchor, pt: float, scale: float, frame: Rect | None, circles: Grid, where: dict,
               placed: Grid, boxes: Sequence[LabelBox] | None = None) -> Placement | None:
    for box in boxes if boxes is not None else variants(a.name, a.short_name, a.faction, pt, a.tag):
        w, h = box.width * scale, box.height * scale
        for pos in POSITIONS:
            r = candidate(a, w, h, pos)
            if frame is not None and (r[0] < frame[0] or r[1] < frame[1] or r[2] > frame[2] or r[3] > frame[3]):
                continue
            if placed.query(r):
                continue
            if any(_hits_circle(r, *where[k]) for k in circles.query(r)):
                continue
            return Placement(a.id, box, r[0], r[1], scale, pos)
    return None


def name_key(placements: dict[str, Placement], names: dict[str, str]) -> list[tuple[str, str]]:
    """``(shown, full name)`` for every actor whose label is shortened or numbered, and
    ``("", name)`` for those left without a label; numbers first, in order."""
    out = []
    for aid, name in names.items():
        pl = placements.get(aid)
        if pl is None:
            out.append(("", name))
        elif pl.box.variant in ("short", "small", "number"):
            out.append((pl.box.name, name))
    return sorted(out, key=lambda kv: (kv[0] == "", not kv[0].isdigit(), int(kv[0]) if kv[0].isdigit() else 0,
                                       kv[0].casefold(), kv[1].casefold()))


def overlaps(rects: Sequence[Rect]) -> list[tuple[int, int]]:
    """Pairs of indexes of intersecting rectangles (for checks and tests)."""
    g = Grid(128.0)
    for i, r in enumerate(rects):
        g.insert(i, r)
    return sorted({(min(i, j), max(i, j)) for i, r in enumerate(rects) for j in g.query(r) if j != i})
