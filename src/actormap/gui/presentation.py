"""Presentation mode for workshops: full screen, projector theme, stepping through saved views.

F5 enters and F5 or Esc leaves. While presenting, the docks, toolbars, menu and
status bar are hidden, the map uses the high-contrast projector theme with large
labels and shows its legend, and the map is read-only. Right / Page Down / Space
go to the next saved view and Left / Page Up / Backspace to the previous one
(Home: the whole map), each with a smooth camera move that reveals the view's
focus. A click on an actor spotlights it and its ties; a click on empty space
goes back to the view's focus. Features add keys with ``key_handlers`` (the time
slider: ``,`` and ``.`` step through time, ``P`` plays). Leaving restores the window
exactly as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QMainWindow

from .i18n import COUNT, translate
from .saved_views import ViewAnimator, apply_focus, current_camera, set_camera
from .themes import PROJECTOR

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down}
PREV_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up}
RESTORE_SETTLE_MS = 1000
"""After leaving, the old camera is re-applied while the window returns to its size."""
ZOOM_KEYS = {Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus}


class _Caption(QLabel):
    """The current step ("2 / 5 · The rivals") in a corner of the canvas."""

    def __init__(self, parent):
        super().__init__(parent)
        f = QFont()
        f.setPixelSize(22)
        f.setBold(True)
        self.setFont(f)
        self.setStyleSheet("QLabel { background: rgba(255,255,255,225); color: #000; "
                           "border: 2px solid #000; border-radius: 6px; padding: 6px 12px; }")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.adjustSize()
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        """Bottom centre (the legend overlay takes a top corner)."""
        r = self.parentWidget().viewport().geometry()  # a child of the view, not of the viewport,
        # which scrolls its children along with the map
        self.move(r.left() + max(0, (r.width() - self.width()) // 2), r.bottom() - self.height() - 16)


class Presentation(QObject):
    """Drives presentation mode of ``window`` around its canvas ``view``."""

    entered = Signal()
    left = Signal()
    stepped = Signal(int)  # index of the saved view shown; -1 = the whole map

    def __init__(self, window: QMainWindow, view, animator: ViewAnimator | None = None, theme=PROJECTOR,
                 parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self.view = view
        self.animator = animator or ViewAnimator(view)
        self.theme = theme
        self.active = False
        self.index = -1
        self.spotlit: str | None = None
        self._saved: dict = {}
        self._disabled = []
        self._restore_camera = None
        self._caption = _Caption(view)
        self.key_handlers: dict = {}  # more keys while presenting: key -> callable (the time slider's)

    @property
    def views(self):
        return self.view.qdoc.doc.views

    # ---- entering and leaving -------------------------------------------------------------
    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        if self.active:
            return
        w, v = self.window, self.view
        scene = v.map_scene
        self._saved = {
            "state": w.saveState(),
            "geometry": w.saveGeometry(),
            "maximized": w.isMaximized(),
            "fullscreen": w.isFullScreen(),
            "menubar": w.menuBar().isVisible() if w.menuWidget() is not None else None,
            "statusbar": w.statusBar().isVisible(),
            "theme": scene.theme,
            "legend": v.legend_visible(),
            "camera": current_camera(v),
            "highlight": scene.highlighted,
            "selection": v.selected_ids(),
            "scrollbars": (v.horizontalScrollBarPolicy(), v.verticalScrollBarPolicy()),
        }
        self.active = True
        from PySide6.QtWidgets import QDockWidget, QToolBar

        for child in w.findChildren(QDockWidget) + w.findChildren(QToolBar):
            child.hide()
        if w.menuWidget() is not None:
            w.menuBar().hide()
        w.statusBar().hide()
        for act in w.actions() + v.actions():
            if act.isEnabled() and act is not getattr(self, "action", None):
                act.setEnabled(False)
                self._disabled.append(act)
        v.select_ids([], [])
        notice = getattr(v, "notice", None)
        if notice is not None:  # the step caption says what is shown
            notice.suppressed = True
            notice.hide()
        v.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        v.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        v.set_theme(self.theme)
        v.set_legend_visible(True)
        v.viewport().removeEventFilter(self)  # (may still be there from the last time)
        self._restore_camera = None
        for obj in (v, v.viewport(), w):
            obj.installEventFilter(self)
        w.showFullScreen()
        v.setFocus(Qt.FocusReason.OtherFocusReason)
        self.index = -1
        self.spotlit = None
        self._caption_for_step()
        self._reserve_overlays()
        self.animator.go_to(None, animate=False)
        self.entered.emit()

    def leave(self) -> None:
        if not self.active:
            return
        w, v, s = self.window, self.view, self._saved
        for obj in (v, w):  # the viewport keeps it: the camera is re-applied as the window settles
            obj.removeEventFilter(self)
        self.animator.stop()
        self.animator.overview_margins = (0.0, 0.0, 0.0, 0.0)
        self.animator.overview_boxes = []
        self.active = False
        self._caption.hide()
        for act in self._disabled:
            act.setEnabled(True)
        self._disabled = []
        v.setHorizontalScrollBarPolicy(s["scrollbars"][0])
        v.setVerticalScrollBarPolicy(s["scrollbars"][1])
        v.set_theme(s["theme"])
        v.set_legend_visible(s["legend"])
        notice = getattr(v, "notice", None)
        if notice is not None:
            notice.suppressed = False
        apply_focus(v, None)
        hl = s["highlight"]
        if hl is not None:
            v.highlight(*hl)
        if s["fullscreen"]:
            pass
        elif s["maximized"]:
            w.showMaximized()
        else:
            w.showNormal()
            w.restoreGeometry(s["geometry"])
        w.restoreState(s["state"])
        if s["menubar"] is not None:
            w.menuBar().setVisible(s["menubar"])
        w.statusBar().setVisible(s["statusbar"])
        set_camera(v, *s["camera"])
        self._restore_camera = s["camera"]
        QTimer.singleShot(RESTORE_SETTLE_MS, self._settled)
        v.select_ids(*s["selection"])
        self.spotlit = None
        self.left.emit()

    # ---- stepping --------------------------------------------------------------------------
    def go(self, index: int, animate: bool = True) -> None:
        """Show saved view ``index`` (``-1``: the whole map)."""
        n = len(self.views)
        index = max(-1, min(index, n - 1))
        self.index = index
        self.spotlit = None
        self.animator.go_to(self.views[index] if index >= 0 else None, animate=animate)
        self._caption_for_step()
        self.stepped.emit(index)

    def next(self) -> None:
        if self.index < len(self.views) - 1:
            self.go(self.index + 1)

    def previous(self) -> None:
        if self.index > -1:
            self.go(self.index - 1)

    def _reserve_overlays(self) -> None:
        """Keep the overview clear of the legend (top left) and the caption (bottom)."""
        legend = getattr(self.view, "_legend", None)
        boxes = [QRectF(legend.geometry())] if legend is not None and legend.isVisible() else []
        bottom = self._caption.height() + 16 if self._caption.isVisible() else 0
        self.animator.overview_margins = (0.0, 0.0, 0.0, float(bottom))
        self.animator.overview_boxes = boxes

    def _caption_for_step(self) -> None:
        n = len(self.views)
        if self.index < 0:
            text = self.view.qdoc.doc.meta.title or translate("Presentation", "Untitled map")
            if n:
                text += "   ·   " + translate("Presentation", "%n view(s): press → to step", "", COUNT, n)
        else:
            v = self.views[self.index]
            text = f"{self.index + 1} / {n}   ·   {v.name}"
            notes = " ".join(v.notes.split())
            if notes:  # the facilitator's note for this step, one short line
                text += "\n" + (notes if len(notes) <= 110 else notes[:107] + "…")
        self._caption.show_text(text)
        overlays = getattr(self.view, "overlays_changed", None)
        if overlays is not None:
            overlays()  # labels keep off the caption and the legend

    # ---- spotlight -------------------------------------------------------------------------
    def spotlight(self, actor_id: str) -> None:
        """Show one actor and its ties at full strength; fade the rest."""
        if actor_id == self.spotlit:
            self.clear_spotlight()
            return
        self.spotlit = actor_id
        self.view.highlight_neighbourhood(actor_id)

    def clear_spotlight(self) -> None:
        self.spotlit = None
        current = self.views[self.index] if 0 <= self.index < len(self.views) else None
        apply_focus(self.view, current.focus if current else None)

    # ---- events ----------------------------------------------------------------------------
    def _settled(self) -> None:
        self._restore_camera = None
        if not self.active:
            self.view.viewport().removeEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if not self.active:
            if self._restore_camera is not None and event.type() == QEvent.Type.Resize:
                QTimer.singleShot(0, lambda cam=self._restore_camera: self._restore_camera and set_camera(
                    self.view, *cam))
            return False
        et = event.type()
        if et == QEvent.Type.ShortcutOverride:
            if event.key() in NEXT_KEYS | PREV_KEYS | {Qt.Key.Key_Escape, Qt.Key.Key_F5, Qt.Key.Key_Home,
                                                         Qt.Key.Key_End}:
                event.accept()  # ours, not a shortcut's
                return True
            return False
        if et == QEvent.Type.KeyPress:
            return self._key(event)
        if obj is self.view.viewport():
            if et == QEvent.Type.MouseButtonPress:
                if event.button() == Qt.MouseButton.LeftButton:
                    item = self.view.actor_at(event.position())
                    if item is not None:
                        self.spotlight(item.actor_id)
                    else:
                        self.clear_spotlight()
                return True
            if et in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
                      QEvent.Type.MouseMove, QEvent.Type.ContextMenu, QEvent.Type.DragEnter,
                      QEvent.Type.Drop):
                return True  # read-only while presenting
            if et == QEvent.Type.Resize:  # going full screen: fit the overview to the new size
                self._caption.place()
                self._reserve_overlays()
                if self.index == -1 and self.spotlit is None and not self.animator.is_running():
                    self.animator.go_to(None, animate=False)
        return False

    def _key(self, event) -> bool:
        key = event.key()
        if key in self.key_handlers:
            self.key_handlers[key]()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.leave()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREV_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go(-1)
        elif key == Qt.Key.Key_End:
            self.go(len(self.views) - 1)
        elif key in ZOOM_KEYS:
            self.view.zoom_out() if key == Qt.Key.Key_Minus else self.view.zoom_in()
        return True  # every other key is swallowed: nothing edits the map while presenting
