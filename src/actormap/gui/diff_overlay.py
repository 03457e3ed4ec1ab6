"""Draws a :class:`~actormap.core.diff_overlay.DiffOverlay` on a map view: a reusable layer.

Added, changed and moved actors keep full strength and get a ring with a badge
(``+`` added, ``~`` changed, ``↔`` moved); changed and added ties stay lit; everything
unchanged fades through the scene's own highlight (``MapScene.set_highlight``). Removed
actors are drawn as dashed ghost circles with their name and a ``−`` badge at their old
place, removed ties as dashed ghost lines. Colour is never the only cue: the badge and the
line pattern say the same (Okabe-Ito colours: bluish green added, orange changed, sky blue
moved, vermillion removed). The layer owns only its own items: :meth:`clear` removes them
and the highlight it set.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsLineItem, QGraphicsSimpleTextItem

from ..core.diff_overlay import DiffOverlay
from ..core.io.viz import actor_radius
from .i18n import message, translate

STYLE = {  # state: (colour, pen style, badge)
    "added": ("#009E73", Qt.PenStyle.SolidLine, "+"),
    "changed": ("#E69F00", Qt.PenStyle.DashLine, "~"),
    "moved": ("#56B4E9", Qt.PenStyle.DotLine, "↔"),
    "removed": ("#D55E00", Qt.PenStyle.DashLine, "−"),
}
RING_Z, GHOST_Z = 9.5, 4.0
RING_GAP = 7.0


class DiffOverlayLayer:
    """Marks on one MapView's scene; ``show(overlay)`` replaces the previous marks."""

    def __init__(self, view):
        self.view = view
        self.items: list[QGraphicsItem] = []
        self.marks: dict[str, str] = {}  # item id -> state drawn (for tests and tooltips)
        self.overlay: DiffOverlay | None = None

    @property
    def scene(self):
        return self.view.map_scene

    def show(self, overlay: DiffOverlay) -> None:
        self.clear()
        self.overlay = overlay
        actors, ties = overlay.lit()
        self.scene.set_highlight(actors, ties)
        for state, ids in (("added", overlay.added_actors), ("changed", overlay.changed_actors),
                           ("moved", overlay.moved_actors)):
            for aid in sorted(ids):
                item = self.scene.actor_items.get(aid)
                if item is not None:
                    self._ring(aid, item.pos(), item.radius(), state)
        for tid in sorted(overlay.added_ties | overlay.changed_ties):
            self.marks[tid] = "added" if tid in overlay.added_ties else "changed"
        for g in overlay.removed_ties:
            self._ghost_tie(g)
        for a in overlay.removed_actors:
            self._ghost_actor(a)

    def clear(self) -> None:
        scene = self.scene
        for item in self.items:
            if item.scene() is scene:
                scene.removeItem(item)
        self.items.clear()
        self.marks.clear()
        if self.overlay is not None:
            scene.set_highlight(None)
        self.overlay = None

    # ---- items ------------------------------------------------------------------------------
    def _add(self, item: QGraphicsItem, z: float) -> QGraphicsItem:
        item.setZValue(z)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setAcceptHoverEvents(False)
        self.scene.addItem(item)
        self.items.append(item)
        return item

    def _pen(self, state: str, width: float = 3.0) -> QPen:
        color, style, _ = STYLE[state]
        pen = QPen(QColor(color), width)
        pen.setStyle(style)
        pen.setCosmetic(True)
        return pen

    def _badge(self, state: str, at: QPointF, tip: str) -> None:
        color, _, mark = STYLE[state]
        text = QGraphicsSimpleTextItem(mark)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(18)
        text.setFont(font)
        text.setBrush(QBrush(QColor(color)))
        text.setPos(at)
        text.setToolTip(tip)
        self._add(text, RING_Z + 0.1)

    def _ring(self, aid: str, center: QPointF, radius: float, state: str) -> None:
        r = radius + RING_GAP
        ring = QGraphicsEllipseItem(QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r))
        ring.setPen(self._pen(state))
        ring.setBrush(Qt.BrushStyle.NoBrush)
        ring.setToolTip(_state_name(state))
        self._add(ring, RING_Z)
        self._badge(state, QPointF(center.x() + r * 0.7, center.y() - r * 1.1), _state_name(state))
        self.marks[aid] = state

    def _ghost_actor(self, a) -> None:
        r = actor_radius(a.power)
        ghost = QGraphicsEllipseItem(QRectF(a.x - r, a.y - r, 2 * r, 2 * r))
        ghost.setPen(self._pen("removed", 2.0))
        ghost.setBrush(QBrush(QColor(213, 94, 0, 30)))
        ghost.setToolTip(translate("DiffOverlay", "removed: {name}").format(name=a.name))
        self._add(ghost, GHOST_Z)
        label = QGraphicsSimpleTextItem(a.name)
        label.setBrush(QBrush(QColor(STYLE["removed"][0])))
        label.setPos(a.x - label.boundingRect().width() / 2, a.y + r + 2)
        self._add(label, GHOST_Z)
        self._badge("removed", QPointF(a.x + r * 0.7, a.y - r * 1.1),
                    translate("DiffOverlay", "removed: {name}").format(name=a.name))
        self.marks[a.id] = "removed"

    def _ghost_tie(self, g) -> None:
        line = QGraphicsLineItem(g.start[0], g.start[1], g.end[0], g.end[1])
        line.setPen(self._pen("removed", 2.0))
        line.setToolTip(translate("DiffOverlay", "removed tie ({kind})").format(
            kind=message(f"tie_kind.{g.tie.kind.value}")))
        self._add(line, GHOST_Z - 0.5)
        self.marks[g.tie.id] = "removed"


def _state_name(state: str) -> str:
    """How a difference mark is called in its tooltip."""
    return {"added": translate("DiffOverlay", "added"), "changed": translate("DiffOverlay", "changed"),
            "moved": translate("DiffOverlay", "moved"),
            "removed": translate("DiffOverlay", "removed")}.get(state, state)
