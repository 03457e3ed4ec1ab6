"""A tie on the canvas, drawn in its kind's line style (see :mod:`..notation`).

Geometry is recomputed only when an end actor moves or changes (the scene keeps an
actor -> ties index); painting reuses the cached paths.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ....core.model import Confidence, Tie
from ....core.semantics import SEMANTICS
from ..notation import TieGeometry, paint_tie, spine_points, spine_rect, tie_geometry, tie_width

TIE_Z = 0.0
LOD_SIMPLE = 0.2  # below this zoom, ties are drawn as plain lines


@lru_cache(maxsize=256)
def _spine_pen(color: str, width: float) -> QPen:
    """Shared pen for far-zoomed ties (thousands are painted per frame)."""
    return QPen(QColor(color), width)


class TieItem(QGraphicsItem):
    Type = QGraphicsItem.UserType + 2

    def __init__(self, tie: Tie):
        super().__init__()
        self.tie_id = tie.id
        self.tie = tie
        self.bend = 0.0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(TIE_Z)
        self._pts: list[tuple[float, float]] = []  # centre line, trimmed to the rims
        self._width = 1.0
        self._spine: QPainterPath | None = None  # built from _pts when first needed
        self._detail: TieGeometry | None = None  # decorated paths, built on first paint
        self._rect = QRectF()
        self._shape: QPainterPath | None = QPainterPath()
        self.setToolTip(self._tooltip())

    def type(self) -> int:
        return TieItem.Type

    def set_tie(self, tie: Tie) -> None:
        self.tie = tie
        self.setToolTip(self._tooltip())
        self.update_geometry()

    def _tooltip(self) -> str:
        t = self.tie
        s = SEMANTICS[t.kind]
        return f"{s.label} tie: {s.meaning}<br>strength {t.strength}/3, {t.confidence}"

    def geometry(self) -> TieGeometry:
        """The decorated paths, up to date (built now if an end moved since)."""
        scene = self.scene()
        if scene is not None and self.tie_id in scene._dirty_ties:
            scene.flush_ties()
        if self._detail is None:
            self._detail = self._compute(spine_only=False)
        return self._detail

    def _compute(self, spine_only: bool) -> TieGeometry:
        scene = self.scene()
        a = scene.actor_items.get(self.tie.source) if scene is not None else None
        b = scene.actor_items.get(self.tie.target) if scene is not None else None
        if a is None or b is None:
            return TieGeometry()
        p1, p2 = a.pos(), b.pos()
        return tie_geometry((p1.x(), p1.y()), a.radius(), (p2.x(), p2.y()), b.radius(),
                            self.tie.kind, self.tie.strength, self.bend, scene.theme.line_scale,
                            spine_only=spine_only)

    def update_geometry(self) -> None:
        """Recompute the centre line and box now (plain arithmetic, no paths); the paths
        for painting and hit testing are built when first needed."""
        scene = self.scene()
        if scene is None:
            return
        a = scene.actor_items.get(self.tie.source)
        b = scene.actor_items.get(self.tie.target)
        if a is None or b is None:
            pts = []
        else:
            p1, p2 = a.pos(), b.pos()
            pts = spine_points((p1.x(), p1.y()), a.radius(), (p2.x(), p2.y()), b.radius(), self.bend)
        self.prepareGeometryChange()
        self._pts = pts
        self._width = tie_width(self.tie.strength, scene.theme.line_scale)
        self._spine = None
        self._detail = None
        self._shape = None
        self._rect = spine_rect(pts, self._width) if pts else QRectF()
        self.update()

    def spine(self) -> QPainterPath:
        """The centre line as a path (empty if nothing is drawn)."""
        if self._spine is None:
            self._spine = QPainterPath()
            if self._pts:
                self._spine.addPolygon(QPolygonF([QPointF(x, y) for x, y in self._pts]))
        return self._spine

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        if self._shape is None:
            if not self._pts:
                self._shape = QPainterPath()
            else:
                st = QPainterPathStroker()
                st.setWidth(max(10.0, self._width + 8))
                self._shape = st.createStroke(self.spine())
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if not self._pts:
            return
        theme = self.scene().theme
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOD_SIMPLE:  # far zoomed out: the spine alone, cheap to draw
            opacity = painter.opacity()
            if opacity < 1.0:  # one stroke: the same pixels, but Qt blends a translucent
                color = QColor(theme.tie_color(self.tie.kind))  # pen much faster than a
                color.setAlphaF(color.alphaF() * opacity)  # translucent painter
                painter.setOpacity(1.0)
                painter.setPen(QPen(color, self._width))
            else:
                painter.setPen(_spine_pen(theme.tie_color(self.tie.kind), self._width))
            painter.drawPath(self.spine())
            painter.setOpacity(opacity)
            return
        if self._detail is None:
            self._detail = self._compute(spine_only=False)
        geom = self._detail
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isSelected():
            halo = QColor(theme.selection)
            halo.setAlpha(90)
            pen = QPen(halo, geom.line_width + 9)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPath(geom.spine)
        paint_tie(painter, geom, QColor(theme.tie_color(self.tie.kind)),
                  QColor(theme.background), self.tie.confidence == Confidence.RUMOURED)
