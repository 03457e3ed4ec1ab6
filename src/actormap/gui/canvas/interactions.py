"""Gestures on the map view, kept out of the items (as in orange-canvas-core's
``document/interactions.py``): drawing a tie, moving actors, panning, renaming in place.

Each gesture turns into at most ONE core edit, pushed when the gesture ends.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QApplication, QGraphicsLineItem, QLabel, QLineEdit, QRubberBand

from ...core.edits import AddItems, MoveActors, UpdateActor, make_tie
from ...core.errors import EditError
from ..i18n import error_text, translate


class TieDrag:
    """Rubber line from an actor while the mouse is dragged; on release over another
    actor the view asks for the tie kind and pushes one ``AddItems`` edit."""

    def __init__(self, view, source_id: str):
        self.view = view
        self.source_id = source_id
        scene = view.map_scene
        src = scene.actor_items[source_id]
        self.line = QGraphicsLineItem(QLineF(src.pos(), src.pos()))
        pen = QPen(QColor(scene.theme.selection), 2.0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.line.setPen(pen)
        self.line.setZValue(100)
        scene.addItem(self.line)

    def move(self, scene_pos: QPointF) -> None:
        src = self.view.map_scene.actor_items[self.source_id]
        target = self.view.actor_at_scene(scene_pos)
        end = target.pos() if target is not None and target.actor_id != self.source_id else scene_pos
        self.line.setLine(QLineF(src.pos(), end))

    def cancel(self) -> None:
        scene = self.line.scene()
        if scene is not None:
            scene.removeItem(self.line)

    def finish(self, scene_pos: QPointF, viewport_pos) -> str | None:
        """Drop at ``scene_pos``: returns the new tie id, or None (nothing done)."""
        self.cancel()
        target = self.view.actor_at_scene(scene_pos)
        if target is None or target.actor_id == self.source_id:
            return None
        self.view.pending_tie_ends = (self.source_id, target.actor_id)
        try:
            kind = self.view.choose_tie_kind(viewport_pos)
        finally:
            self.view.pending_tie_ends = None
        if kind is None:
            return None
        try:
            tie = make_tie(source=self.source_id, target=target.actor_id, kind=kind)
        except EditError as err:
            self.view.message.emit(error_text(err))
            return None
        if self.view.push(AddItems(ties=[tie]), word=True):
            return tie.id
        return None


class MoveGesture:
    """Dragging actors: every selected actor follows the mouse; on release ONE
    ``MoveActors`` for those that moved (or, without a drag, a click that selects).

    A press on an actor that was already selected keeps the selection (so several move
    together); if the mouse then does not move, the click selects that actor alone.
    """

    def __init__(self, view, press_pos: QPointF, actor_id: str, was_selected: bool):
        self.view = view
        self.actor_id = actor_id
        self.was_selected = was_selected
        self.press = QPointF(press_pos)
        self.start = view.mapToScene(press_pos.toPoint())
        scene = view.map_scene
        self.origin = {aid: QPointF(scene.actor_items[aid].pos()) for aid in view.selected_ids()[0]
                       if aid in scene.actor_items}
        self.dragging = False

    def move(self, pos: QPointF) -> None:
        if not self.dragging:
            if (pos - self.press).manhattanLength() < QApplication.startDragDistance():
                return
            self.dragging = True
        p = self.view.mapToScene(pos.toPoint())
        delta = QPointF(p.x() - self.start.x(), p.y() - self.start.y())
        items = self.view.map_scene.actor_items
        for aid, o in self.origin.items():
            item = items.get(aid)
            if item is not None:
                item.setPos(o + delta)

    def cancel(self) -> None:
        items = self.view.map_scene.actor_items
        for aid, o in self.origin.items():
            if aid in items:
                items[aid].setPos(o)

    def finish(self) -> bool:
        """Push the move (True if something moved)."""
        view = self.view
        if not self.dragging:
            if self.was_selected and len(view.selected_ids()[0]) + len(view.selected_ids()[1]) > 1:
                view._set_selection({self.actor_id}, set(), emit=True)
            return False
        scene = view.map_scene
        doc = scene.doc
        moved = {}
        for aid in self.origin:
            item = scene.actor_items.get(aid)
            a = doc.actors.get(aid)
            if item is None or a is None:
                continue
            p = item.pos()
            if (p.x(), p.y()) != (a.x, a.y):
                moved[aid] = (p.x(), p.y())
        if not moved:
            return False
        if not view.push(MoveActors(moved), word=True):
            for aid in moved:  # refused: put the items back where the map says
                a = doc.actors.get(aid)
                if a is not None and aid in scene.actor_items:
                    scene.actor_items[aid].setPos(a.x, a.y)
            return False
        return True


class RubberBand:
    """Drag on empty canvas: select the actors and ties the rectangle touches (with Ctrl:
    added to the selection). Hit tests use the scene's grid, not Qt's item search."""

    def __init__(self, view, pos: QPointF, keep: bool = False):
        self.view = view
        self.origin = pos.toPoint()
        self.base = view.selected_ids() if keep else ([], [])
        if not keep and (self.base[0] or self.base[1] or view.selected_ids() != ([], [])):
            view._set_selection(set(), set(), emit=True)
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, view.viewport())
        self.band.setGeometry(QRect(self.origin, QSize()))
        self.band.show()

    def move(self, pos: QPointF) -> None:
        rect = QRect(self.origin, pos.toPoint()).normalized()
        self.band.setGeometry(rect)
        scene_rect = self.view.mapToScene(rect).boundingRect()
        scene = self.view.map_scene
        actors = set(self.base[0]) | set(scene.actors_in(scene_rect))
        ties = set(self.base[1]) | set(scene.ties_in(scene_rect))
        self.view._set_selection(actors, ties, emit=False)

    def finish(self) -> None:
        self.band.hide()
        self.band.deleteLater()
        self.view._on_selection()


class FadeNotice(QLabel):
    """A line at the top of the canvas saying why the map is faded, and how to undo it."""

    def __init__(self, view):
        super().__init__(view)
        self._view = view
        self.setObjectName("fadeNotice")
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.suppressed = False  # presentation mode: its own caption says what a step shows
        self.setStyleSheet("QLabel#fadeNotice { background: rgba(255, 247, 214, 235); color: #111; "
                           "border: 1px solid #B08800; border-radius: 4px; padding: 3px 8px; }")
        self.hide()

    def show_text(self, text: str) -> None:
        if not text or self.suppressed:
            self.hide()
            return
        self.setText(translate("FadeNotice", "{notice}. Esc or a click on empty canvas shows everything.").format(
            notice=text))
        self.adjustSize()
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        """Centred at the bottom of the canvas, on one line when it fits, else wrapped to the
        canvas's width (never cut: a narrow window, or a longer language)."""
        vp = self._view.viewport().geometry()
        room = max(100, vp.width() - 20)
        self.setWordWrap(False)
        w, h = self.sizeHint().width(), self.sizeHint().height()
        if w > room:
            self.setWordWrap(True)
            w, h = room, self.heightForWidth(room)
        self.resize(w, h)
        self.move(vp.left() + (vp.width() - w) // 2, vp.bottom() - self.height() - 8)


class Pan:
    """Drag the map with the middle button or with Space held."""

    def __init__(self, view, start):
        self.view = view
        self.last = start
        view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, pos) -> None:
        d = pos - self.last
        self.last = pos
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() - int(d.x()))
        v.setValue(v.value() - int(d.y()))

    def finish(self) -> None:
        self.view.viewport().unsetCursor()


class NameEditor(QLineEdit):
    """In-place name editor over an actor's label: Enter commits one ``UpdateActor``
    ("Rename actor"), Esc cancels, clicking elsewhere commits."""

    done = Signal()

    def __init__(self, view, actor_id: str):
        super().__init__(view.viewport())
        self.view = view
        self.actor_id = actor_id
        self._finished = False
        actor = view.map_scene.doc.actor(actor_id)
        self.setText(actor.name)
        self.selectAll()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrame(True)
        item = view.map_scene.actor_items[actor_id]
        anchor = view.mapFromScene(item.mapToScene(QPointF(0, item.label_offset())))
        w = 200
        self.setGeometry(anchor.x() - w // 2, anchor.y(), w, self.sizeHint().height())
        self.returnPressed.connect(self.commit)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if not self._finished and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def commit(self) -> None:
        if self._finished:
            return
        name = self.text().strip()
        doc = self.view.map_scene.doc
        if self.actor_id in doc.actors and name != doc.actor(self.actor_id).name:
            if not self.view.push(UpdateActor(self.actor_id, {"name": name}), word=True):
                return  # keep editing: the message says what is wrong
        self._close()

    def cancel(self) -> None:
        self._close()

    def _close(self) -> None:
        self._finished = True
        self.hide()
        self.done.emit()
        self.deleteLater()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
