"""The drawing of a map: what to paint and where, independent of any widget.

A :class:`Drawing` holds one record per actor (circle, fill, mark, emphasis) and per tie
(route, width, emphasis), the label placements, and the indexes that keep edits cheap
(actor -> ties, actor pair -> ties, a grid of actor circles). It is built from a map
snapshot (exports, ``actormap render``) or kept up to date edit by edit by the canvas
scene; :class:`~.renderer.MapRenderer` paints it. No Qt widgets, no document.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QRectF

from ...core.model import Actor, ActorKind, ActorMap, Confidence, Tie, TieKind
from ...core.semantics import SEMANTICS
from . import routes
from .emphasis import Emphasis, Heat
from .labels import Anchor, Placement, name_key, place_labels, short_forms
from .notation import TieGeometry, actor_radius, spine_points, tie_geometry, tie_width
from .palette import heat_color, kind_style
from .self_tag import tag_size
from .spatial import Grid, Rect
from .theme import LIGHT, Theme

HEAT_MIN_R, HEAT_MAX_R = 16.0, 46.0
ROUTE_MAX_TIES = 4000
"""Ties are bent around actors on maps up to this many ties (above: straight, faster)."""


def pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


@dataclass(eq=False)
class ActorDraw:
    id: str
    name: str
    short_name: str
    faction: str
    kind: ActorKind
    power: int
    external: bool
    is_self: bool
    pinned: bool
    x: float
    y: float
    r: float
    fill: str
    heat: float | None = None
    opacity: float = 1.0
    visible: bool = True
    selected: bool = False
    tag: str = ""  # a tag line under the label (the label lens: what a source calls the actor)

    @property
    def mark(self) -> str:
        return kind_style(self.kind).mark

    @property
    def gap(self) -> float:
        """Room between the rim and the label (the shadow or the SELF ring need more)."""
        return 5.0 + (self.r * 0.22 + 2 if self.external else 0.0) + (5.0 if self.is_self else 0.0)

    def rect(self) -> Rect:
        return (self.x - self.r, self.y - self.r, self.x + self.r, self.y + self.r)

    def bounds(self) -> Rect:
        """Everything drawn for the actor: circle, shadow, SELF ring and tag, pin."""
        r = self.r
        x0, y0, x1, y1 = self.x - r - 6, self.y - r - 6, self.x + r + 6, self.y + r + 6
        if self.external:
            x1, y1 = x1 + r * 0.22 + 2, y1 + r * 0.22 + 2
        if self.is_self:
            tx, ty, tw, th = self.tag_rect()
            x0, y0, x1, y1 = min(x0, tx), min(y0, ty), max(x1, tx + tw), max(y1, ty + th)
        return (x0, y0, x1, y1)

    def tag_rect(self) -> tuple[float, float, float, float]:
        """The SELF tag's box (:mod:`.self_tag`): as wide as its word in the interface's language."""
        w, h = tag_size()
        return (self.x + self.r * 0.3, self.y - self.r - 22, w, h)


@dataclass(eq=False)
class TieDraw:
    id: str
    source: str
    target: str
    kind: TieKind
    strength: int
    rumoured: bool
    fan: float = 0.0
    shift: float = 0.0  # routing: added to ``fan``
    pts: list = field(default_factory=list)
    width: float = 1.0
    opacity: float = 1.0
    visible: bool = True
    selected: bool = False
    geom: TieGeometry | None = None
    geom_key: tuple | None = None
    bbox: Rect | None = None  # centre line plus room for heads and teeth (None: not drawn)

    @property
    def bend(self) -> float:
        return self.fan + self.shift

    @property
    def directed(self) -> bool:
        return SEMANTICS[self.kind].directed

    def rect(self) -> Rect | None:
        return self.bbox

    def set_points(self, pts: list) -> None:
        self.pts = pts
        self.geom = None
        if not pts:
            self.bbox = None
            return
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        m = 14.0 + 2.5 * self.width
        self.bbox = (min(xs) - m, min(ys) - m, max(xs) + m, max(ys) + m)


class Drawing:
    """Records of every actor and tie of a map, their routes and label places."""

    def __init__(self, theme: Theme = LIGHT):
        self.theme = theme
        self.actors: dict[str, ActorDraw] = {}
        self.ties: dict[str, TieDraw] = {}
        self.ties_at: dict[str, set[str]] = {}
        self.pairs: dict[tuple[str, str], list[str]] = {}
        self.heat: Heat | None = None
        self.labels: dict[str, Placement] = {}
        self.label_scale = 1.0
        self.label_frame: Rect | None = None
        self.label_reservers: list[Callable[[float], list[Rect]]] = []
        """What else lies on the map at a label scale (agreement badges): labels keep off it."""
        self.grid = Grid(128.0)  # actor circles
        self.route_ties = True
        self.version = 0  # bumped by every change (caches key on it)

    # ---- building ---------------------------------------------------------------------------
    @classmethod
    def of_map(cls, amap: ActorMap, theme: Theme = LIGHT, emphasis: Emphasis | None = None) -> Drawing:
        d = cls(theme)
        d.route_ties = len(amap.ties) <= ROUTE_MAX_TIES
        if emphasis is not None:
            d.heat = emphasis.heat
        for a in amap.actors:
            d.put_actor(a)
        for t in amap.ties:
            d.put_tie(t, route=False)
        d.reroute_all()
        if emphasis is not None:
            d.apply_emphasis(emphasis, {a.id: a for a in amap.actors}, amap.ties)
        return d

    def copy(self) -> Drawing:
        """An independent copy (records copied; label places shared, they are immutable)."""
        d = Drawing(self.theme)
        d.actors = {k: _copy(v) for k, v in self.actors.items()}
        d.ties = {k: _copy(v) for k, v in self.ties.items()}
        d.ties_at = {k: set(v) for k, v in self.ties_at.items()}
        d.pairs = {k: list(v) for k, v in self.pairs.items()}
        d.heat = self.heat
        d.labels = dict(self.labels)
        d.label_scale = self.label_scale
        d.label_frame = self.label_frame
        d.label_reservers = list(self.label_reservers)
        for a in d.actors.values():
            d.grid.insert(a.id, a.rect())
        d.route_ties = self.route_ties
        return d

    def _radius_fill(self, actor: Actor) -> tuple[float, str, float | None]:
        h = None if self.heat is None else self.heat.values.get(actor.id)
        if self.heat is None:
            return actor_radius(actor.power), kind_style(actor.kind).color, None
        if h is None:
            return actor_radius(actor.power), "#DDDDDD", None
        return HEAT_MIN_R + (HEAT_MAX_R - HEAT_MIN_R) * h, heat_color(h).name(), h

    def put_actor(self, actor: Actor) -> set[str]:
        """Add or update an actor; returns the ids of ties whose geometry changes."""
        r, fill, h = self._radius_fill(actor)
        old = self.actors.get(actor.id)
        rec = ActorDraw(actor.id, actor.name, actor.short_name, actor.faction, ActorKind(actor.kind), actor.power,
                        actor.external, actor.is_self, actor.pinned, float(actor.x), float(actor.y), r, fill, h)
        if old is not None:
            rec.opacity, rec.visible, rec.selected, rec.tag = old.opacity, old.visible, old.selected, old.tag
        self.actors[actor.id] = rec
        self.ties_at.setdefault(actor.id, set())
        self.grid.insert(actor.id, rec.rect())
        self.version += 1
        if old is None or (old.x, old.y, old.r) != (rec.x, rec.y, rec.r):
            return set(self.ties_at[actor.id])
        return set()

    def drop_actor(self, aid: str) -> None:
        self.actors.pop(aid, None)
        self.grid.remove(aid)
        self.labels.pop(aid, None)
        for tid in list(self.ties_at.pop(aid, ())):
            self.drop_tie(tid)
        self.version += 1

    def put_tie(self, tie: Tie, route: bool = True) -> set[str]:
        """Add or update a tie; returns the ids of ties whose route must be recomputed
        (the tie and its parallels)."""
        old = self.ties.get(tie.id)
        touched: set[str] = set()
        if old is not None and (old.source, old.target) != (tie.source, tie.target):
            touched |= self._unfile(old)
        rec = TieDraw(tie.id, tie.source, tie.target, TieKind(tie.kind), tie.strength,
                      tie.confidence == Confidence.RUMOURED)
        rec.width = tie_width(tie.strength, self.theme.line_scale)
        if old is not None:
            rec.opacity, rec.visible, rec.selected = old.opacity, old.visible, old.selected
            rec.fan, rec.shift = old.fan, old.shift
            rec.set_points(old.pts)
        self.ties[tie.id] = rec
        if old is None or (old.source, old.target) != (tie.source, tie.target):
            self.ties_at.setdefault(tie.source, set()).add(tie.id)
            self.ties_at.setdefault(tie.target, set()).add(tie.id)
            self.pairs.setdefault(pair_key(tie.source, tie.target), []).append(tie.id)
        touched |= set(self.pairs[pair_key(tie.source, tie.target)])
        self.version += 1
        if route:
            self.reroute(touched)
        return touched

    def _unfile(self, rec: TieDraw) -> set[str]:
        for end in (rec.source, rec.target):
            self.ties_at.get(end, set()).discard(rec.id)
        key = pair_key(rec.source, rec.target)
        lst = self.pairs.get(key, [])
        if rec.id in lst:
            lst.remove(rec.id)
        if not lst:
            self.pairs.pop(key, None)
        return set(lst)

    def drop_tie(self, tid: str) -> None:
        rec = self.ties.pop(tid, None)
        if rec is None:
            return
        rest = self._unfile(rec)
        self.version += 1
        if rest:
            self.reroute(rest)

    def move_actor(self, aid: str, x: float, y: float, route: bool = True) -> set[str]:
        """Move an actor's circle; returns its ties (already re-routed; while dragging,
        ``route=False``: only fanned, bent round other actors once dropped)."""
        a = self.actors.get(aid)
        if a is None or (a.x, a.y) == (x, y):
            return set()
        dx, dy = float(x) - a.x, float(y) - a.y
        a.x, a.y = float(x), float(y)
        self.grid.insert(aid, a.rect())
        pl = self.labels.get(aid)
        if pl is not None:  # the label moves along (until labels are placed again)
            self.labels[aid] = replace(pl, x=pl.x + dx, y=pl.y + dy)
        self.version += 1
        tids = set(self.ties_at.get(aid, ()))
        self.reroute(tids, route)
        return tids

    # ---- look ---------------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        old, self.theme = self.theme, theme
        if theme.line_scale != old.line_scale:
            for t in self.ties.values():
                t.width = tie_width(t.strength, theme.line_scale)
                t.set_points(t.pts)
        self.version += 1

    def set_heat(self, heat: Heat | None, actors: dict[str, Actor]) -> set[str]:
        """Colour and size actors by ``heat`` (None: by kind and power); returns the ids of
        ties whose ends changed size."""
        self.heat = heat
        out: set[str] = set()
        for aid, a in actors.items():
            rec = self.actors.get(aid)
            if rec is None:
                continue
            r, fill, h = self._radius_fill(a)
            rec.fill, rec.heat = fill, h
            if r != rec.r:
                rec.r = r
                self.grid.insert(aid, rec.rect())
                out |= self.ties_at.get(aid, set())
        self.version += 1
        self.reroute(out)
        return out

    def apply_emphasis(self, emphasis: Emphasis, actors: dict[str, Actor], ties: Iterable[Tie]) -> None:
        faded = self.theme.faded_opacity
        for aid, a in actors.items():
            rec = self.actors.get(aid)
            if rec is not None:
                vis, fade = emphasis.actor_state(a)
                rec.visible, rec.opacity = vis, faded if fade else 1.0
        for t in ties:
            rec = self.ties.get(t.id)
            if rec is not None:
                vis, fade = emphasis.tie_state(t, actors)
                rec.visible, rec.opacity = vis, faded if fade else 1.0
        self.version += 1

    # ---- routes ---------------------------------------------------------------------------------
    def reroute_all(self) -> None:
        self.reroute(self.ties.keys())

    def reroute(self, tids: Iterable[str], route: bool = True) -> None:
        """Recompute fans, bends and centre lines of these ties (and their parallels);
        ``route=False``: fans only, no bending round other actors."""
        keys = {pair_key(self.ties[t].source, self.ties[t].target) for t in tids if t in self.ties}
        for key in keys:
            self._route_pair(key, route)
        if keys:
            self.version += 1

    def _route_pair(self, key: tuple[str, str], route: bool = True) -> None:
        tids = sorted(self.pairs.get(key, ()))
        a, b = self.actors.get(key[0]), self.actors.get(key[1])
        if not tids:
            return
        if a is None or b is None:
            for tid in tids:
                self.ties[tid].set_points([])
            return
        offs = routes.fan_offsets(len(tids))
        p1, p2 = (a.x, a.y), (b.x, b.y)
        shift = 0.0
        if self.route_ties and route:
            box = routes.route_box(p1, p2, offs)
            reach = routes.MAX_BEND_SHARE * math.dist(p1, p2) + max(abs(o) for o in offs) + routes.CLEARANCE
            obstacles = []
            for oid in self.grid.query(box):
                if oid in key:
                    continue
                o = self.actors[oid]
                if o.visible and routes.near_segment(p1, p2, (o.x, o.y, o.r), reach):
                    obstacles.append((o.x, o.y, o.r))
            obstacles.sort()
            shift = routes.route(p1, p2, offs, obstacles)
        for i, tid in enumerate(tids):
            t = self.ties[tid]
            off = offs[i] if t.source == key[0] else -offs[i]
            sh = shift if t.source == key[0] else -shift
            t.fan, t.shift = off, sh
            s, e = self.actors[t.source], self.actors[t.target]
            t.set_points(spine_points((s.x, s.y), s.r, (e.x, e.y), e.r, t.bend))

    def geometry(self, t: TieDraw, head_scale: float = 1.0) -> TieGeometry:
        """The decorated paths of tie ``t`` (cached until it moves or the head size changes)."""
        key = (t.bend, t.width, round(head_scale, 2))
        if t.geom is None or t.geom_key != key:
            a, b = self.actors[t.source], self.actors[t.target]
            t.geom = tie_geometry((a.x, a.y), a.r, (b.x, b.y), b.r, t.kind, t.strength, t.bend,
                                  self.theme.line_scale, head_scale=head_scale)
            t.geom_key = key
        return t.geom

    # ---- labels ---------------------------------------------------------------------------------
    def short_forms(self) -> dict[str, str]:
        """Short forms that tell every actor apart (cached until names change)."""
        key = tuple((a.id, a.name, a.short_name) for a in self.actors.values())
        if getattr(self, "_shorts", None) is None or self._shorts[0] != key:
            self._shorts = (key, short_forms({a.id: a.name for a in self.actors.values()},
                                             {a.id: a.short_name for a in self.actors.values() if a.short_name}))
        return self._shorts[1]

    def label_anchors(self, ids: Iterable[str] | None = None) -> list[Anchor]:
        degree = {aid: len(ts) for aid, ts in self.ties_at.items()}
        shorts = self.short_forms()
        out = []
        for a in (self.actors.values() if ids is None else (self.actors[i] for i in ids if i in self.actors)):
            if not a.visible:
                continue
            prio = (0 if a.selected else 1, 0 if a.is_self else 1, -a.power, -degree.get(a.id, 0),
                    1 if a.opacity < 1 else 0, a.name.casefold())
            out.append(Anchor(a.id, a.x, a.y, a.r, a.gap, a.name, shorts.get(a.id, a.short_name), a.faction, prio,
                              a.tag))
        return out

    def place_labels(self, scale: float | None = None, frame: Rect | None = None,
                     only: Iterable[str] | None = None, max_cover: float | None = None,
                     numbered: bool = False, reserved: Iterable[Rect] = ()) -> dict[str, Placement]:
        """Place every visible actor's label at label ``scale`` (scene units per label unit),
        inside ``frame`` if given; ``only``: just these actors (the others keep no label);
        ``max_cover``: labels cover at most this share of the frame; ``reserved``: regions
        no label may cover (what lies over the map: the legend, a caption)."""
        if scale is not None:
            self.label_scale = scale
        self.label_frame = frame
        anchors = self.label_anchors(only)
        tags = [self._tag(a) for a in self.actors.values() if a.is_self and a.visible]
        self.labels = place_labels(anchors, self.theme.label_pt, self.label_scale, frame,
                                   reserved=[*tags, *self.reserved_at(self.label_scale), *reserved],
                                   max_cover=max_cover, numbered=numbered)
        self.version += 1
        return self.labels

    def reserved_at(self, scale: float) -> list[Rect]:
        """The regions of :attr:`label_reservers` at label ``scale``."""
        return [r for f in self.label_reservers for r in f(scale)]

    def trial_labels(self, scale: float, frame: Rect | None = None) -> dict[str, Placement]:
        """Where the labels would go at ``scale`` (nothing stored; for fitting the view)."""
        tags = [self._tag(a) for a in self.actors.values() if a.is_self and a.visible]
        reserved = [*tags, *self.reserved_at(scale)]
        key = (self.version, scale, frame, tuple(reserved))
        if getattr(self, "_trial", None) is not None and self._trial[0] == key:
            return self._trial[1]
        out = place_labels(self.label_anchors(), self.theme.label_pt, scale, frame, reserved=reserved)
        self._trial = (key, out)
        return out

    def name_key(self) -> list[tuple[str, str]]:
        """Shortened, numbered and missing labels with the full names (for a printed key)."""
        return name_key(self.labels, {a.id: a.name for a in self.actors.values() if a.visible})

    @staticmethod
    def _tag(a: ActorDraw) -> Rect:
        x, y, w, h = a.tag_rect()
        return (x, y, x + w, y + h)

    # ---- extent -----------------------------------------------------------------------------------
    def bounds(self, labels: bool = True, visible_only: bool = True) -> QRectF:
        """Scene rectangle of every (visible) actor with its marks, and of the placed labels."""
        rects = [a.bounds() for a in self.actors.values() if a.visible or not visible_only]
        if labels:
            rects += [p.rect for aid, p in self.labels.items()
                      if aid in self.actors and (self.actors[aid].visible or not visible_only)]
        if not rects:
            return QRectF()
        x0 = min(r[0] for r in rects)
        y0 = min(r[1] for r in rects)
        x1 = max(r[2] for r in rects)
        y1 = max(r[3] for r in rects)
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def circles_rect(self, visible_only: bool = True) -> QRectF:
        rs = [a.rect() for a in self.actors.values() if a.visible or not visible_only]
        if not rs:
            return QRectF()
        x0, y0 = min(r[0] for r in rs), min(r[1] for r in rs)
        return QRectF(x0, y0, max(r[2] for r in rs) - x0, max(r[3] for r in rs) - y0)


def _copy(rec):
    import copy

    c = copy.copy(rec)
    if isinstance(c, TieDraw):
        c.pts = list(rec.pts)
    return c
