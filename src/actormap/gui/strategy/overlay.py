"""Draws a diff overlay on a map view: removed actors and ties ghosted, changed and added ones highlighted.

The marks come from the pure core function :func:`actormap.core.diff_overlay.diff_marks`
(base snapshot, variant snapshot); the view shows :func:`~actormap.core.diff_overlay.overlay_map`
(the variant plus the ghosts). Ghosts are faded through the scene's highlight (everything
else stays lit); highlights get a yellow marker-pen halo behind them with a tooltip saying what changed.
:func:`make_read_only` turns a view into one that pans and zooms but never edits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from ...core.diff_marks import DiffMarks

HALO = "#F0E442"  # Okabe-Ito yellow: a marker pen, unlike any tie colour (ties are blue, green, brown, red, grey)
HALO_Z = -1.0


class DiffOverlay:
    """The halos and ghosting of one :class:`DiffMarks` on one view (``clear`` removes them)."""

    def __init__(self, view):
        self.view = view
        self.marks = DiffMarks()
        self.halos: dict[str, QGraphicsPathItem] = {}

    def clear(self) -> None:
        scene = self.view.map_scene
        for item in self.halos.values():
            if item.scene() is scene:
                scene.removeItem(item)
        self.halos.clear()
        self.marks = DiffMarks()
        scene.set_highlight(None)

    def show(self, marks: DiffMarks, was: dict[str, str] | None = None) -> None:
        """Apply ``marks``; ``was`` maps an id to a note for its tooltip (e.g. "was conflict")."""
        self.clear()
        self.marks = marks
        scene = self.view.map_scene
        scene.flush_ties()
        if marks.ghost_actors or marks.ghost_ties:
            scene.set_highlight(set(scene.actor_items) - marks.ghost_actors,
                                set(scene.tie_items) - marks.ghost_ties)
        colour = QColor(HALO)
        colour.setAlpha(215)
        for tid in sorted(marks.highlighted_ties):
            item = scene.tie_items.get(tid)
            if item is None:
                continue
            st = QPainterPathStroker()
            st.setWidth(item.geometry().line_width + 12)
            st.setCapStyle(Qt.PenCapStyle.RoundCap)
            self._halo(tid, st.createStroke(item.spine()), colour, "added" if tid in marks.added_ties
                       else (was or {}).get(tid, "changed"))
        for aid in sorted(marks.highlighted_actors):
            item = scene.actor_items.get(aid)
            if item is None:
                continue
            path = QPainterPath()
            r = item.radius() + 9
            path.addEllipse(item.pos(), r, r)
            path.addEllipse(item.pos(), r - 6, r - 6)
            self._halo(aid, path, colour, "added" if aid in marks.added_actors else (was or {}).get(aid, "changed"))

    def _halo(self, key: str, path: QPainterPath, colour: QColor, tip: str) -> None:
        halo = QGraphicsPathItem(path)
        halo.setPen(QPen(Qt.PenStyle.NoPen))
        halo.setBrush(colour)
        halo.setZValue(HALO_Z)
        halo.setToolTip(tip)
        halo.setData(0, key)
        self.view.map_scene.addItem(halo)
        self.halos[key] = halo

    def halo_at(self, key: str) -> QPointF | None:
        item = self.halos.get(key)
        return item.path().boundingRect().center() if item is not None else None


class _ReadOnly(QObject):
    """Swallows what would edit the map: left clicks and drags, double-clicks, menus, drops, keys
    (the wheel zooms, the middle button pans)."""

    BLOCKED = {QEvent.Type.MouseButtonDblClick, QEvent.Type.ContextMenu, QEvent.Type.DragEnter,
               QEvent.Type.Drop}

    def eventFilter(self, obj, event) -> bool:
        t = event.type()
        if t in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove):
            return not (event.buttons() & Qt.MouseButton.MiddleButton or
                        event.button() == Qt.MouseButton.MiddleButton or t == QEvent.Type.MouseMove
                        and not event.buttons())
        if t == QEvent.Type.KeyPress:
            return event.key() not in (Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Equal)
        return t in self.BLOCKED


def make_read_only(view) -> None:
    """A view that shows, pans and zooms but never edits its map."""
    guard = _ReadOnly(view)
    view.viewport().installEventFilter(guard)
    view.installEventFilter(guard)
    view._read_only_guard = guard
    for key, act in view.canvas_actions.items():
        if key not in ("zoom_in", "zoom_out", "zoom_reset", "fit", "legend"):
            act.setEnabled(False)
