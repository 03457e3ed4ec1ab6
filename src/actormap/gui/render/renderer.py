"""``MapRenderer``: a map's drawing (snapshot + theme + emphasis) onto any QPainter.

The one renderer of the program: the canvas paints through it, and so do PNG/SVG/PDF
exports and ``actormap render`` (no editor is built for them). SVG and PDF come out as
vector paths and real text: nothing is cached as an image.

Order (bottom to top): layers behind (``z < 0``), ties, layers, labels, layers, actors,
layers above (see :mod:`.layers`). Level of detail: at a zoom of at least
:data:`DETAIL_ZOOM` device pixels per scene unit with at most :data:`DETAIL_MAX_TIES` ties
in view (always in exports) everything is drawn in full notation; otherwise ties are drawn
as hairlines of their colour in one path per colour, actors as plain circles (marks once
large enough), and heads stay a few pixels long. Only what lies in the exposed region is
painted.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF

from ...core.model import ActorMap
from .drawing import Drawing
from .emphasis import Emphasis
from .layers import ACTOR_Z, LABEL_Z, Layer, LayerContext, layer_bounds, layers_for
from .paint import paint_actor, paint_label, paint_tie_detail, qcolor
from .painter_state import painter_state
from .theme import LIGHT, Theme

DETAIL_ZOOM = 0.22
"""Below this zoom (device pixels per scene unit) the map is drawn simplified."""
MIN_HEAD_PX = 9.0
"""Arrowheads are never shorter than this many device pixels."""
MARKS_MIN_PX = 5.0
"""Kind marks are drawn once an actor's radius reaches this many device pixels."""
FAR_HEADS_MAX = 3000
"""Far zoomed out, heads are drawn while at most this many directed ties are in view."""
AA_TIES_MAX = 2500
"""Far zoomed out, more ties than this in view are drawn without antialiasing (speed)."""
DETAIL_MAX_TIES = 600
"""With more ties than this in view, they are drawn simplified whatever the zoom."""
FAR_ACTORS_BATCH = 300
"""Simplified, more actors than this in view are drawn as one path per colour."""


class _Cull:
    """Numpy boxes of a drawing's actors (with labels) and ties, rebuilt when it changes."""

    def __init__(self):
        self.version = -1
        self.tie_ids: list[str] = []
        self.actor_ids: list[str] = []
        self.tie_box = np.zeros((0, 4))
        self.actor_box = np.zeros((0, 4))

    def sync(self, d: Drawing) -> None:
        if d.version == self.version:
            return
        self.version = d.version
        self.tie_ids = [t.id for t in d.ties.values() if t.visible and t.bbox is not None]
        self.tie_box = np.array([d.ties[i].bbox for i in self.tie_ids], dtype=float).reshape(-1, 4)
        self.actor_ids = [a.id for a in d.actors.values() if a.visible]
        boxes = []
        for aid in self.actor_ids:
            b = d.actors[aid].bounds()
            pl = d.labels.get(aid)
            if pl is not None:
                r = pl.rect
                b = (min(b[0], r[0]), min(b[1], r[1]), max(b[2], r[2]), max(b[3], r[3]))
            boxes.append(b)
        self.actor_box = np.array(boxes, dtype=float).reshape(-1, 4)

    @staticmethod
    def _hits(box: np.ndarray, r: QRectF) -> np.ndarray:
        return np.nonzero((box[:, 2] >= r.left()) & (box[:, 0] <= r.right())
                          & (box[:, 3] >= r.top()) & (box[:, 1] <= r.bottom()))[0]

    def ties_in(self, r: QRectF | None) -> list[str]:
        if r is None:
            return self.tie_ids
        return [self.tie_ids[i] for i in self._hits(self.tie_box, r)]

    def actors_in(self, r: QRectF | None) -> list[str]:
        if r is None:
            return self.actor_ids
        return [self.actor_ids[i] for i in self._hits(self.actor_box, r)]


class MapRenderer:
    """Paints a :class:`Drawing` and its layers."""

    def __init__(self, drawing: Drawing, layers: Sequence[Layer] = ()):
        self.drawing = drawing
        self.layers: list[Layer] = list(layers)
        self._cull = _Cull()
        self._far_cache: tuple | None = None
        self._far_actors: tuple | None = None

    @classmethod
    def for_map(cls, amap: ActorMap, theme: Theme = LIGHT, emphasis: Emphasis | None = None,
                label_scale: float = 1.0, frame: QRectF | None = None, layers: bool = True) -> MapRenderer:
        """A renderer of ``amap``: labels placed at ``label_scale`` (inside ``frame``), the
        registered layers added (unless ``layers`` is False)."""
        d = Drawing.of_map(amap, theme, emphasis)
        d.place_labels(label_scale, _rect(frame) if frame is not None else None)
        return cls(d, layers_for(amap, d) if layers else ())

    @property
    def theme(self) -> Theme:
        return self.drawing.theme

    def context(self, zoom: float = 1.0, exposed: QRectF | None = None, detail: bool = True) -> LayerContext:
        return LayerContext(self.drawing, self.theme, zoom, exposed, detail)

    def bounds(self, labels: bool = True) -> QRectF:
        """Scene rectangle of everything drawn (actors, labels, layers that say)."""
        r = self.drawing.bounds(labels)
        lb = layer_bounds(self.layers, self.context())
        return r.united(lb) if not lb.isNull() else r

    # ---- painting -------------------------------------------------------------------------
    def paint(self, p: QPainter, exposed: QRectF | None = None, zoom: float = 1.0, detail: bool | None = None,
              skip: Collection[str] = (), only: Collection[str] | None = None, selection: bool = True) -> bool:
        """Paint the part of the map in ``exposed`` (scene units; None: all) with ``p``, whose
        transform maps scene units to the device at ``zoom`` pixels per unit.

        ``skip``: ids of actors and ties left out; ``only``: paint just these ids (the
        canvas paints what is being dragged over a cached picture of the rest);
        ``selection``: mark selected items (rings, halos). Returns whether it drew in full
        detail (what the canvas then uses for what it paints over the picture).
        """
        d = self.drawing
        self._cull.sync(d)
        if only is not None:
            tids = [t for t in only if t in d.ties and d.ties[t].visible and d.ties[t].bbox is not None]
            aids = [a for a in only if a in d.actors and d.actors[a].visible]
        else:
            tids = self._cull.ties_in(exposed)
            aids = self._cull.actors_in(exposed)
            if skip:
                tids = [t for t in tids if t not in skip]
                aids = [a for a in aids if a not in skip]
        if detail is None:
            detail = zoom >= DETAIL_ZOOM and len(tids) <= DETAIL_MAX_TIES
        ctx = LayerContext(d, d.theme, zoom, exposed, detail)
        with painter_state(p):
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            if only is None:
                self._layers(p, ctx, lambda z: z < 0)
            if detail:
                self._ties_detail(p, tids, zoom, selection)
            else:
                self._ties_far(p, tids, zoom, None if only is not None else ("static", frozenset(skip)))
            if only is None:
                self._layers(p, ctx, lambda z: 0 <= z < LABEL_Z)
            self._labels(p, aids)
            if only is None:
                self._layers(p, ctx, lambda z: LABEL_Z <= z < ACTOR_Z)
            self._actors(p, aids, zoom, detail, selection)
            if only is None:
                self._layers(p, ctx, lambda z: z >= ACTOR_Z)
        return detail

    def _layers(self, p: QPainter, ctx: LayerContext, which: Callable[[float], bool]) -> None:
        for layer in sorted((la for la in self.layers if which(la.z)), key=lambda la: la.z):
            with painter_state(p):
                layer.paint(p, ctx)

    @staticmethod
    def head_scale(zoom: float, width: float = 2.5) -> float:
        """How much to enlarge heads so they stay :data:`MIN_HEAD_PX` long (in steps of
        sqrt 2, so the cached tie paths are rebuilt only now and then)."""
        head = (9.0 + 2.2 * width) * max(zoom, 1e-6)
        if head >= MIN_HEAD_PX:
            return 1.0
        return 2 ** (math.ceil(2 * math.log2(MIN_HEAD_PX / head)) / 2)

    def _ties_detail(self, p: QPainter, tids: Iterable[str], zoom: float, selection: bool = True) -> None:
        d = self.drawing
        theme = d.theme
        base = p.opacity()
        hs = self.head_scale(zoom)
        for tid in tids:
            t = d.ties[tid]
            if not t.visible or not t.pts:
                continue
            p.setOpacity(base * t.opacity)
            paint_tie_detail(p, d, t, theme, hs, selection)
        p.setOpacity(base)

    def _ties_far(self, p: QPainter, tids: list[str], zoom: float, cache_key: tuple | None) -> None:
        """Centre lines in one path per (colour, width, opacity); small heads if few.

        With ``cache_key`` the paths hold every tie not skipped and are kept until the
        drawing changes (zooming and panning reuse them; the painter clips)."""
        d = self.drawing
        theme = d.theme
        key = (d.version, id(theme), cache_key)
        if cache_key is not None and self._far_cache is not None and self._far_cache[0] == key:
            groups = self._far_cache[1]
        else:
            skip = cache_key[1] if cache_key is not None else frozenset()
            chosen = (t for t in d.ties.values() if t.id not in skip) if cache_key is not None else \
                (d.ties[t] for t in tids)
            groups = {}
            for t in chosen:
                if not t.visible or not t.pts:
                    continue
                g = (theme.tie_color(t.kind), 0, round(t.opacity * (0.45 if t.rumoured else 1.0), 2))
                path = groups.get(g)
                if path is None:
                    path = groups[g] = QPainterPath()
                pts = t.pts
                path.moveTo(pts[0][0], pts[0][1])
                for x, y in pts[1:]:
                    path.lineTo(x, y)
            if cache_key is not None:
                self._far_cache = (key, groups)
        base = p.opacity()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, len(tids) <= AA_TIES_MAX)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for (color, _width, opacity), path in groups.items():
            pen = QPen(qcolor(color), 0)  # a hairline: Qt's fast cosmetic stroker clips long lines
            pen.setCosmetic(True)
            p.setPen(pen)
            p.setOpacity(base * opacity)
            p.drawPath(path)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        directed = [d.ties[t] for t in tids if d.ties[t].directed]
        if directed and len(directed) <= FAR_HEADS_MAX:
            size = MIN_HEAD_PX / max(zoom, 1e-6)
            heads: dict = {}
            for t in directed:
                (x0, y0), (x1, y1) = t.pts[-2], t.pts[-1]
                ln = math.hypot(x1 - x0, y1 - y0) or 1.0
                ux, uy = (x1 - x0) / ln, (y1 - y0) / ln
                bx, by = x1 - ux * size, y1 - uy * size
                w = size * 0.45
                poly = QPolygonF([QPointF(x1, y1), QPointF(bx - uy * w, by + ux * w), QPointF(bx + uy * w, by - ux * w)])
                heads.setdefault((theme.tie_color(t.kind), round(t.opacity, 2)), []).append(poly)
            p.setPen(Qt.PenStyle.NoPen)
            for (color, opacity), polys in heads.items():
                p.setBrush(qcolor(color))
                p.setOpacity(base * opacity)
                path = QPainterPath()
                for poly in polys:
                    path.addPolygon(poly)
                p.drawPath(path)
        p.setOpacity(base)

    def _labels(self, p: QPainter, aids: Iterable[str]) -> None:
        d = self.drawing
        base = p.opacity()
        for aid in aids:
            pl = d.labels.get(aid)
            a = d.actors[aid]
            if pl is None or not a.visible:
                continue
            p.setOpacity(base * a.opacity)
            paint_label(p, pl, d.theme)
        p.setOpacity(base)

    def _actors(self, p: QPainter, aids: list[str], zoom: float, detail: bool, selection: bool = True) -> None:
        d = self.drawing
        theme = d.theme
        base = p.opacity()
        if detail or len(aids) < FAR_ACTORS_BATCH:
            order = sorted(aids, key=lambda a: d.actors[a].selected) if selection else aids  # selected on top
            for aid in order:
                a = d.actors[aid]
                p.setOpacity(base * a.opacity)
                paint_actor(p, a, theme, detail or a.r * zoom >= MARKS_MIN_PX, selection)
            p.setOpacity(base)
            return
        # far out, many actors: the circles in one path per (fill, opacity); the few with
        # extra marks (selected, SELF, shadow, pin) drawn one by one on top
        key = (d.version, id(theme), selection, frozenset(aids) if len(aids) < len(d.actors) else None)
        if self._far_actors is not None and self._far_actors[0] == key:
            groups, special = self._far_actors[1]
        else:
            groups = {}
            special = []
            for aid in aids:
                a = d.actors[aid]
                g = groups.get((a.fill, round(a.opacity, 2)))
                if g is None:
                    g = groups[(a.fill, round(a.opacity, 2))] = QPainterPath()
                g.addEllipse(QPointF(a.x, a.y), a.r, a.r)
                if (a.selected and selection) or a.is_self or a.external or a.pinned:
                    special.append(aid)
            self._far_actors = (key, (groups, special))
        pen = QPen(qcolor(theme.outline), 1.0)
        pen.setCosmetic(True)
        for (fill, opacity), path in groups.items():
            p.setOpacity(base * opacity)
            p.setPen(pen)
            p.setBrush(qcolor(fill))
            p.drawPath(path)
        for aid in special:
            a = d.actors[aid]
            p.setOpacity(base * a.opacity)
            paint_actor(p, a, theme, a.r * zoom >= MARKS_MIN_PX, selection)
        p.setOpacity(base)

    def paint_selection(self, p: QPainter, ids: Collection[str], zoom: float, detail: bool = True) -> None:
        """Paint these (selected) ties and actors again, marked, over a picture of the map."""
        d = self.drawing
        with painter_state(p):
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            base = p.opacity()
            hs = self.head_scale(zoom)
            for i in ids:
                t = d.ties.get(i)
                if t is not None and t.visible and t.pts:
                    p.setOpacity(base * t.opacity)
                    paint_tie_detail(p, d, t, d.theme, hs)
            for i in ids:
                a = d.actors.get(i)
                if a is not None and a.visible:
                    p.setOpacity(base * a.opacity)
                    paint_actor(p, a, d.theme, detail or a.r * zoom >= MARKS_MIN_PX)


def _rect(r: QRectF) -> tuple[float, float, float, float]:
    return (r.left(), r.top(), r.right(), r.bottom())
