"""A tie on the canvas: the handle selection and emphasis act on.

Like actors, ties paint nothing themselves: the scene's map layer draws them from their
records in the scene's :class:`~actormap.gui.render.Drawing` (route, width, look). The
item's box and shape follow the record's centre line, so selection by rubber band and
``QGraphicsScene.items`` still work.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ....core.model import Tie
from ...i18n import message, translate

TIE_Z = 0.0


class TieItem(QGraphicsItem):
    Type = QGraphicsItem.UserType + 2

    def __init__(self, tie: Tie):
        super().__init__()
        self.tie_id = tie.id
        self.tie = tie
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(TIE_Z)
        self._pts: list[tuple[float, float]] = []
        self._width = 1.0
        self._rect = QRectF()
        self._shape: QPainterPath | None = None
        self._spine: QPainterPath | None = None
        self.setToolTip(self._tooltip())

    def type(self) -> int:
        return TieItem.Type

    @property
    def bend(self) -> float:
        rec = self._record()
        return rec.bend if rec is not None else 0.0

    def _record(self):
        s = self.scene()
        d = getattr(s, "drawing", None)
        return d.ties.get(self.tie_id) if d is not None else None

    def set_tie(self, tie: Tie, names: tuple[str, str] | None = None) -> None:
        self.tie = tie
        self.setToolTip(self._tooltip(names))

    def _tooltip(self, names: tuple[str, str] | None = None) -> str:
        t = self.tie
        kind = t.kind.value
        head = f"{_esc(names[0])} → {_esc(names[1])}<br>" if names else ""
        what = translate("TieItem", "{kind} tie: {meaning}").format(kind=message(f"tie_kind.{kind}"),
                                                                     meaning=message(f"tie_meaning.{kind}"))
        how = translate("TieItem", "strength {strength}/3, {confidence}").format(
            strength=t.strength, confidence=message(f"confidence.{getattr(t.confidence, 'value', t.confidence)}"))
        return f"{head}{_esc(what[:1].upper() + what[1:])}<br>{_esc(how)}"

    def update_geometry(self) -> None:
        """Take the route from the scene's drawing."""
        rec = self._record()
        pts = list(rec.pts) if rec is not None else []
        width = rec.width if rec is not None else 1.0
        rect = QRectF()
        if rec is not None and rec.bbox is not None:
            x0, y0, x1, y1 = rec.bbox
            rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        if pts == self._pts and rect == self._rect:
            return
        self.prepareGeometryChange()
        self._pts, self._width, self._rect = pts, width, rect
        self._shape = self._spine = None

    def points(self) -> list[tuple[float, float]]:
        return list(self._pts)

    def spine(self) -> QPainterPath:
        """The centre line as a path (empty if nothing is drawn)."""
        if self._spine is None:
            self._spine = QPainterPath()
            if self._pts:
                self._spine.addPolygon(QPolygonF([QPointF(x, y) for x, y in self._pts]))
        return self._spine

    def geometry(self):
        """The decorated paths as drawn (``notation.TieGeometry``)."""
        s = self.scene()
        rec = self._record()
        if s is None or rec is None:
            from ...render.notation import TieGeometry

            return TieGeometry()
        s.flush_ties()
        return s.drawing.geometry(rec)

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
        pass  # the scene's map layer paints the tie

    def itemChange(self, change, value):
        if change in _WATCHED:
            s = self.scene()
            if s is not None and hasattr(s, "item_changed"):
                s.item_changed(self, _WATCHED[change])
        return super().itemChange(change, value)


_GC = QGraphicsItem.GraphicsItemChange
_WATCHED = {_GC.ItemVisibleHasChanged: "visible", _GC.ItemOpacityHasChanged: "opacity",
            _GC.ItemSelectedHasChanged: "selected"}


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
