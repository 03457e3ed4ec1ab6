"""``MapView``: the map canvas widget (QGraphicsView over a :class:`MapScene`).

It mirrors a :class:`~actormap.gui.undo.QtDocument` (through the scene) and turns user
gestures into core edits pushed with ``qdoc.push``; an invalid edit shows as a
``message`` signal, never a crash. Gestures:

- left drag on an actor moves it (with every selected actor): ONE ``MoveActors`` on release;
- left drag on empty space: rubber-band selection;
- drag from an actor's rim, Shift+drag from an actor, or any drag in tie mode: draw a tie,
  then :meth:`choose_tie_kind` asks for the kind at the drop point;
- double-click empty space: new actor (named in place); double-click an actor: rename;
- wheel: zoom around the cursor; middle drag or Space+drag: pan.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QPainter
from PySide6.QtWidgets import QGraphicsView, QMenu, QToolTip, QWidget

from ...core.edits import Edit, MoveActors
from ...core.model import TieKind
from ..i18n import COUNT, message, translate
from ..render.painter_state import painter_state
from ..render.theme import Theme
from ..undo import QtDocument
from ..wording import edit_label
from .banner import BannerOverlay
from .camera import CameraMixin
from .interactions import FadeNotice, MoveGesture, NameEditor, Pan, RubberBand, TieDrag
from .items import ActorItem, TieItem
from .legend import LegendOverlay, paint_legend, spec_for_scene
from .scene import LABELS_DEFER_ABOVE, MapScene
from .view_editing import ViewEditing

TIE_HIT_PX = 5.0
"""A click this many pixels from a tie's centre line (plus half its width) selects it."""
LABEL_FRAME_MS = 150
"""On a big map, labels are fitted to the visible region once the camera rests this long."""
EMPTY_HINT = QT_TRANSLATE_NOOP("Canvas", "Double-click to add an actor · drag from its rim to draw a tie")
"""What an empty map says (English; drawn in the interface's language)."""


class MapView(ViewEditing, CameraMixin, QGraphicsView):
    selectionChangedIds = Signal(list, list)  # actor ids, tie ids
    message = Signal(str)  # for the status bar
    zoomChanged = Signal(float)

    def __init__(self, qdoc: QtDocument | None = None, parent=None):
        super().__init__(parent)
        self.map_scene = MapScene(qdoc, self)
        self._cameras: dict[int, tuple[QPointF, float]] = {}  # per document shown before
        self.setScene(self.map_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)  # gestures are ours (interactions.py)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.tie_mode = False  # when on, every drag from an actor draws a tie
        self.pending_tie_ends: tuple[str, str] | None = None
        self.name_editor: NameEditor | None = None
        self._tie_drag: TieDrag | None = None
        self._pan: Pan | None = None
        self._space = False
        self._move: MoveGesture | None = None
        self._band: RubberBand | None = None
        self._quiet_selection = False
        self._paste_serial = 0
        self._legend = LegendOverlay(self)
        self._legend.hide()
        self._legend_visible = False
        self.notice = FadeNotice(self)
        self.map_scene.emphasisChanged.connect(self._emphasis_changed)
        self._frame_timer = QTimer(self)
        self._frame_timer.setSingleShot(True)
        self._frame_timer.timeout.connect(lambda: self._camera_moved(now=True))
        self.banner = BannerOverlay(self)
        self.map_scene.selectionChanged.connect(self._on_selection)
        self.map_scene.qdoc.changed.connect(self._on_doc_changed)
        self._undo_index = self.map_scene.qdoc.undo_stack.index()
        self.map_scene.qdoc.undo_stack.indexChanged.connect(self._undo_moved)
        self.faction_areas = None  # the layer, while shown
        from .actions import make_canvas_actions  # noqa: PLC0415 (actions import the view type)

        self.canvas_actions: dict[str, QAction] = make_canvas_actions(self)
        self._fit_left: float | None = None  # legend room decided by fit_to_map while it runs
        self._update_label_scale()

    @property
    def qdoc(self) -> QtDocument:
        return self.map_scene.qdoc

    def set_document(self, qdoc: QtDocument) -> None:
        """Show another document; its camera comes back as it was left (or fits the map)."""
        old = self.map_scene.qdoc
        if qdoc is old:
            return
        self.cancel_gestures()
        self._cameras[id(old)] = (self.mapToScene(self.viewport().rect().center()), self.zoom())
        try:
            old.changed.disconnect(self._on_doc_changed)
            old.undo_stack.indexChanged.disconnect(self._undo_moved)
        except (RuntimeError, TypeError):
            pass
        old.destroyed.connect(lambda _o=None, k=id(old): self._cameras.pop(k, None))
        self.map_scene.set_document(qdoc)
        qdoc.changed.connect(self._on_doc_changed)
        self._undo_index = qdoc.undo_stack.index()
        qdoc.undo_stack.indexChanged.connect(self._undo_moved)
        self._after_changes()
        camera = self._cameras.get(id(qdoc))
        if camera is None:
            self.fit_to_map()
        else:
            self._scale_by(camera[1] / self.zoom())
            self.centerOn(camera[0])
        if self._legend_visible:
            self._legend.refresh()

    def cancel_gestures(self) -> None:
        """Drop a tie being drawn, a pan and an open name editor (the name is committed)."""
        if self._tie_drag is not None:
            self._tie_drag.cancel()
            self._tie_drag = None
        self._pan = None
        if self.name_editor is not None:
            try:
                self.name_editor.commit()
            except RuntimeError:  # already deleted
                pass
            self.name_editor = None

    # ---- pushing edits -------------------------------------------------------------------
    def push(self, edit: Edit, word: bool = False) -> bool:
        """Push ``edit``; on ``EditError`` emit ``message`` and return False. ``word``: name
        the actors in the undo entry (``wording.edit_label``)."""
        if word:
            edit.label = edit_label(self.map_scene.doc, edit)
        return self.qdoc.try_push(edit, self.message.emit)

    # ---- selection -----------------------------------------------------------------------
    def _on_selection(self) -> None:
        if self._quiet_selection:
            return
        self.selectionChangedIds.emit(*self.map_scene.selected_ids())

    def selected_ids(self) -> tuple[list[str], list[str]]:
        return self.map_scene.selected_ids()

    def select_ids(self, actor_ids, tie_ids=()) -> None:
        """Select exactly these items (does NOT emit ``selectionChangedIds``)."""
        self._set_selection(set(actor_ids), set(tie_ids), emit=False)

    def _set_selection(self, actor_ids: set[str], tie_ids: set[str], emit: bool) -> None:
        s = self.map_scene
        self._quiet_selection = True
        try:
            for it in s.selectedItems():
                keep = (isinstance(it, ActorItem) and it.actor_id in actor_ids) or (
                    isinstance(it, TieItem) and it.tie_id in tie_ids)
                if not keep:
                    it.setSelected(False)
            for aid in actor_ids:
                if aid in s.actor_items:
                    s.actor_items[aid].setSelected(True)
            for tid in tie_ids:
                if tid in s.tie_items:
                    s.tie_items[tid].setSelected(True)
        finally:
            self._quiet_selection = False
        if emit:
            self._on_selection()

    def select_all(self) -> None:
        s = self.map_scene
        self._set_selection({a for a, it in s.actor_items.items() if it.isVisible()},
                            {t for t, rec in s.drawing.ties.items() if rec.visible}, emit=True)

    def center_on_actor(self, actor_id: str) -> None:
        item = self.map_scene.actor_items.get(actor_id)
        if item is not None:
            self.centerOn(item)

    # ---- hit testing (the scene's grid; Qt's item search is never used) ---------------------
    def actor_at_scene(self, scene_pos: QPointF) -> ActorItem | None:
        return self.map_scene.actor_at(scene_pos.x(), scene_pos.y())

    def actor_at(self, viewport_pos) -> ActorItem | None:
        return self.actor_at_scene(self.mapToScene(viewport_pos.toPoint()))

    def tie_at(self, viewport_pos) -> TieItem | None:
        p = self.mapToScene(viewport_pos.toPoint())
        return self.map_scene.tie_at(p.x(), p.y(), TIE_HIT_PX / max(self.zoom(), 1e-6))

    # ---- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        pos = event.position()
        if event.button() == Qt.MouseButton.MiddleButton or (
                event.button() == Qt.MouseButton.LeftButton and self._space):
            self._pan = Pan(self, pos)
            event.accept()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        event.accept()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        mods = event.modifiers()
        toggle = bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier))
        item = self.actor_at(pos)
        if item is not None:
            local = item.mapFromScene(self.mapToScene(pos.toPoint()))
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            if self.tie_mode or shift or item.on_rim(local):
                self._tie_drag = TieDrag(self, item.actor_id)
                return
            if toggle:
                item.setSelected(not item.isSelected())
                return
            was_selected = item.isSelected()
            if not was_selected:
                self._set_selection({item.actor_id}, set(), emit=True)
            self._move = MoveGesture(self, pos, item.actor_id, was_selected)
            return
        tie = self.tie_at(pos)
        if tie is not None:
            if toggle:
                tie.setSelected(not tie.isSelected())
            else:
                self._set_selection(set(), {tie.tie_id}, emit=True)
            return
        if self.map_scene.highlighted is not None and not toggle:  # a click on empty canvas ends a fade
            self.clear_highlight()
        self._band = RubberBand(self, pos, keep=toggle)

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        if self._pan is not None:
            self._pan.move(pos)
        elif self._tie_drag is not None:
            self._tie_drag.move(self.mapToScene(pos.toPoint()))
        elif self._move is not None:
            self._move.move(pos)
        elif self._band is not None:
            self._band.move(pos)
        else:
            self._hover(pos)
            return super().mouseMoveEvent(event)
        event.accept()

    def _hover(self, pos) -> None:
        """The cursor says what a press would do (no item hover: one grid lookup)."""
        if self._space:
            return
        item = self.actor_at(pos)
        if item is None:
            shape = None
        elif self.tie_mode or item.on_rim(item.mapFromScene(self.mapToScene(pos.toPoint()))):
            shape = Qt.CursorShape.CrossCursor
        else:
            shape = Qt.CursorShape.SizeAllCursor
        vp = self.viewport()
        if shape is None:
            if vp.testAttribute(Qt.WidgetAttribute.WA_SetCursor):
                vp.unsetCursor()
        elif vp.cursor().shape() != shape or not vp.testAttribute(Qt.WidgetAttribute.WA_SetCursor):
            vp.setCursor(shape)

    def mouseReleaseEvent(self, event) -> None:
        if self._pan is not None:
            self._pan.finish()
            self._pan = None
            event.accept()
            return
        if self._tie_drag is not None:
            drag, self._tie_drag = self._tie_drag, None
            pos = event.position().toPoint()
            tid = drag.finish(self.mapToScene(pos), pos)
            if tid is not None:
                self._set_selection(set(), {tid}, emit=True)
            event.accept()
            return
        if self._move is not None and event.button() == Qt.MouseButton.LeftButton:
            move, self._move = self._move, None
            move.finish()
            event.accept()
            return
        if self._band is not None and event.button() == Qt.MouseButton.LeftButton:
            band, self._band = self._band, None
            band.finish()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mouseDoubleClickEvent(event)
        pos = event.position()
        item = self.actor_at(pos)
        if item is not None:
            self.rename_actor(item.actor_id)
            event.accept()
            return
        if self.tie_at(pos) is None:
            self.add_actor_at(self.mapToScene(pos.toPoint()))
        event.accept()

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # our hit test, not Qt's search of every item
            pos = QPointF(event.pos())
            item = self.actor_at(pos) or self.tie_at(pos)
            if item is not None:
                QToolTip.showText(event.globalPos(), item.toolTip(), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def choose_tie_kind(self, viewport_pos) -> TieKind | None:
        """Ask which kind of tie to draw (a menu at the drop point); None if dismissed.
        The menu names both actors (``pending_tie_ends``, set by the tie gesture)."""
        menu = self.tie_kind_menu(*self.pending_tie_ends) if self.pending_tie_ends else self.tie_kind_menu()
        chosen = menu.exec(self.viewport().mapToGlobal(viewport_pos))
        return TieKind(chosen.data()) if chosen is not None and chosen.data() else None

    def tie_kind_menu(self, source_id: str | None = None, target_id: str | None = None) -> QMenu:
        """The kinds of tie, each saying what it would mean between these two actors."""
        doc = self.map_scene.doc
        a = doc.actors[source_id].name if source_id in doc.actors else "A"
        b = doc.actors[target_id].name if target_id in doc.actors else "B"
        menu = QMenu(self)
        menu.addSection(translate("Canvas", "Tie from {source} to {target}").format(source=a, target=b))
        for kind in TieKind:
            meaning = message(f"tie_meaning.{kind.value}")  # "A shields B ...": the ends by name
            meaning = re.sub(r"\bB\b", lambda _m: b, re.sub(r"\bA\b", lambda _m: a, meaning))
            word = message(f"tie_kind.{kind.value}")
            act = menu.addAction(f"{word[:1].upper()}{word[1:]} — {meaning}")
            act.setData(kind.value)
        return menu

    # ---- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if self._tie_drag is not None:
                self._tie_drag.cancel()
                self._tie_drag = None
            elif self._move is not None:
                self._move.cancel()
                self._move = None
            elif self.map_scene.highlighted is not None:
                self.clear_highlight()
            else:
                self.map_scene.clearSelection()
            event.accept()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            if self.selected_ids()[0] and not event.isAutoRepeat():
                step = 50.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 10.0
                dx = {Qt.Key.Key_Left: -step, Qt.Key.Key_Right: step}.get(key, 0.0)
                dy = {Qt.Key.Key_Up: -step, Qt.Key.Key_Down: step}.get(key, 0.0)
                self.nudge_selection(dx, dy)
                event.accept()
                return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def nudge_selection(self, dx: float, dy: float) -> None:
        doc = self.map_scene.doc
        ids = self.selected_ids()[0]
        if ids:
            n = len(ids)
            label = (translate("Canvas", "Nudge {name}").format(name=doc.actor(ids[0]).name) if n == 1
                     else translate("Canvas", "Nudge %n actor(s)", "", COUNT, n))
            self.push(MoveActors({a: (doc.actor(a).x + dx, doc.actor(a).y + dy) for a in ids}, label=label))

    # ---- zoom, fit, scroll rect: see camera.CameraMixin --------------------------------
    def _on_doc_changed(self, cs=None) -> None:
        if cs is None or cs.touches("actors", "ties"):
            self._after_changes()  # one changeset per edit: one O(n) pass

    def _after_changes(self) -> None:
        self._update_scroll_rect()
        if self._legend_visible:
            self._legend.refresh()

    # ---- legend, theme, heat -------------------------------------------------------------
    def set_legend_visible(self, visible: bool) -> None:
        self._legend_visible = bool(visible)
        if visible:
            self._legend.refresh()
            self._legend.show()
            self._legend.raise_()
        else:
            self._legend.hide()
        act = self.canvas_actions.get("legend") if hasattr(self, "canvas_actions") else None
        if act is not None and act.isChecked() != self._legend_visible:
            act.setChecked(self._legend_visible)
        self.overlays_changed()

    def legend_visible(self) -> bool:
        return self._legend_visible

    def set_banner(self, text: str | None, color: str = "#E69F00", tint: bool = True) -> None:
        """Show ``text`` in a band across the top of the canvas (and tint the map's background
        with ``color``), e.g. so a scenario is never taken for the base map; None removes both."""
        self.banner.set_text(text, color)
        self.map_scene.set_tint(_faint(color) if text and tint else None)
        self.overlays_changed()  # labels keep off the banner
        if self._legend_visible:
            self._legend.refresh()

    def banner_height(self) -> int:
        return self.banner.height() if self.banner.isVisible() else 0

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_scroll_rect()
        self.banner.place()
        if self._legend_visible:
            self._legend.refresh()
        self.notice.place()
        self._camera_moved()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt name)
        super().scrollContentsBy(dx, dy)
        self._camera_moved(now=False)

    def _camera_moved(self, now: bool | None = None) -> None:
        """The visible region changed: labels are kept inside it -- ``now``, or once the
        camera rests (``now=False``: while panning; by default at once unless the map is
        big or slow to draw, so a pan or zoom step costs a copy of the picture, not a new one)."""
        if now is None:
            now = len(self.map_scene.actor_items) <= LABELS_DEFER_ABOVE and not self.map_scene.map_layer.slow()
        if now:
            self._frame_timer.stop()
            vp = QRectF(self.viewport().rect()).adjusted(1, 1, -1, -1)
            self.map_scene.set_label_frame(self.mapToScene(vp.toRect()).boundingRect(),
                                           [self.mapToScene(r).boundingRect() for r in self.overlay_rects()])
        else:
            self._frame_timer.start(LABEL_FRAME_MS)

    def overlay_rects(self) -> list:
        """Viewport rectangles of what lies over the map (legend, notices, captions, banners:
        the view's visible child widgets that let clicks through): labels keep off them."""
        vp = self.viewport().geometry()
        out = []
        for w in self.findChildren(QWidget):
            if (w.parentWidget() is self and w.isVisible() and w is not self.viewport()
                    and w.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)):
                out.append(w.geometry().translated(-vp.left(), -vp.top()).adjusted(-4, -4, 4, 4))
        return out

    def overlays_changed(self) -> None:
        """An overlay appeared, moved or went: labels are placed round it."""
        self._camera_moved(now=True)

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 (Qt name)
        """An empty map says how to start."""
        super().drawForeground(painter, rect)
        if self.map_scene.actor_items:
            return
        with painter_state(painter):
            painter.resetTransform()
            f = QFont()
            f.setPixelSize(16)
            painter.setFont(f)
            c = QColor(self.map_scene.theme.caption)
            painter.setPen(c)
            painter.drawText(QRectF(self.viewport().rect()), Qt.AlignmentFlag.AlignCenter,
                             translate("Canvas", EMPTY_HINT))

    def _emphasis_changed(self) -> None:
        shown = self.notice.isVisible()
        self.notice.show_text(self.map_scene.emphasis.notice())
        if shown != self.notice.isVisible():
            self.overlays_changed()

    def set_theme(self, theme: Theme) -> None:
        self.map_scene.set_theme(theme)
        self._update_label_scale()  # the theme sets how far labels shrink
        self._legend.update()

    def set_heat(self, values: dict[str, float] | None, label: str = "") -> None:
        self.map_scene.set_heat(values, label)
        if self._legend_visible:
            self._legend.refresh()

    def set_actor_tags(self, fn, title: str = "") -> None:
        """A small tag under each actor's name, ``fn(actor)`` (None: none); see ``MapScene.set_actor_tags``."""
        self.map_scene.set_actor_tags(fn, title)
        if self._legend_visible:
            self._legend.refresh()

    # ---- search, highlight, filter -------------------------------------------------------
    def find_actors(self, text: str) -> list[str]:
        """Ids of actors whose name (or a source's label) contains ``text``, ignoring case
        and accents; names starting with it first."""
        needle = _fold(text)
        if not needle:
            return []
        hits = []
        for a in self.map_scene.doc.actors.values():
            name = _fold(a.name)
            if needle in name or any(needle in _fold(lb.label) for lb in a.labels):
                hits.append((not name.startswith(needle), name, a.id))
        return [h[2] for h in sorted(hits)]

    def highlight(self, actor_ids, tie_ids=(), reason: str = "") -> None:
        """Show these items at full strength and fade the rest; ``reason`` names what is lit
        (for the line saying why the map is faded)."""
        self.map_scene.set_highlight(actor_ids, tie_ids, reason=reason)

    def clear_highlight(self) -> None:
        self.map_scene.set_highlight(None)

    def highlight_neighbourhood(self, actor_id: str) -> None:
        doc = self.map_scene.doc
        if actor_id not in doc.actors:
            return
        ties = list(doc.ties_of(actor_id))
        actors = {actor_id} | {t.source for t in ties} | {t.target for t in ties}
        self.highlight(actors, [t.id for t in ties],
                       translate("Canvas", "{name} and its ties").format(name=doc.actor(actor_id).name))

    def set_filter(self, kinds=None, factions=None, tie_kinds=None, confidences=None, mode: str = "fade") -> None:
        """Show only actors of these kinds/factions and ties of these kinds/confidences
        (None = no restriction); the rest is faded (``mode="fade"``) or hidden."""
        self.map_scene.set_filter(kinds, factions, tie_kinds, confidences, mode)

    # ---- export --------------------------------------------------------------------------
    def render_to(self, painter: QPainter, target_rect: QRectF, source_rect: QRectF | None = None,
                  legend: bool | None = None, legend_scale: float = 1.0) -> None:
        """Paint the map as shown (selection left out) into ``target_rect`` with the map
        renderer; ``source_rect`` defaults to the whole map. The legend is drawn when visible
        on screen (or if ``legend``)."""
        from ..export_page import RendererSource

        renderer = self.map_scene.export_renderer()
        if source_rect is None:
            source_rect = renderer.bounds().adjusted(-30, -30, 30, 30)
        with painter_state(painter):
            painter.fillRect(target_rect, QColor(self.map_scene.theme.background))
            painter.setClipRect(target_rect)
            RendererSource(renderer).render_to(painter, target_rect, source_rect)
        if legend if legend is not None else self._legend_visible:
            with painter_state(painter):
                painter.translate(target_rect.topLeft() + QPointF(8, 8) * legend_scale)
                painter.scale(legend_scale, legend_scale)
                paint_legend(painter, QPointF(0, 0), spec_for_scene(self.map_scene), self.map_scene.theme)


def _faint(color: str):
    from PySide6.QtGui import QColor

    c = QColor(color)
    c.setAlphaF(0.10)
    return c


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if not unicodedata.combining(c))
