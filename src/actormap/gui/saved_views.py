"""Saved views on the canvas: read the camera, go to a view smoothly, show its focus.

A :class:`~actormap.core.model.SavedView` stores the scene point at the centre of
the viewport and the zoom (viewport pixels per scene unit). :class:`ViewAnimator`
moves the camera there with a ``QVariantAnimation`` (centre interpolated linearly,
zoom geometrically, so the motion looks even) while the items fade to the view's
focus (:func:`actormap.core.view_focus.focus_items`).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEasingCurve, QObject, QPointF, QRectF, QVariantAnimation, Signal

from ..core.model import SavedView, ViewFocus
from ..core.view_focus import focus_items

REFERENCE_VIEWPORT = (1280.0, 800.0)
"""Viewport size (pixels) assumed when a saved view is rendered without a window."""
DEFAULT_DURATION_MS = 700


def current_camera(view) -> tuple[float, float, float]:
    """``(centre x, centre y, zoom)`` of a MapView right now."""
    c = view.mapToScene(view.viewport().rect().center())
    return float(c.x()), float(c.y()), float(view.zoom())


def visible_scene_rect(view) -> QRectF:
    """The scene rectangle the viewport shows."""
    return view.mapToScene(view.viewport().rect()).boundingRect()


def view_source_rect(saved: SavedView, viewport: tuple[float, float] = REFERENCE_VIEWPORT) -> QRectF:
    """The scene rectangle a saved view shows in a viewport of the given pixel size."""
    w, h = viewport[0] / saved.zoom, viewport[1] / saved.zoom
    return QRectF(saved.center_x - w / 2, saved.center_y - h / 2, w, h)


def set_camera(view, cx: float, cy: float, zoom: float) -> None:
    """Put the camera of ``view`` at centre ``(cx, cy)`` and ``zoom`` (clamped to the view's range)."""
    from .canvas.view import MAX_ZOOM, MIN_ZOOM

    z = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
    t = view.transform()
    view.setTransform(t.fromScale(z, z))
    # let the scene rect grow so that any centre can be reached
    sr = view.sceneRect()
    vw, vh = view.viewport().width() / z, view.viewport().height() / z
    want = QRectF(cx - vw, cy - vh, 2 * vw, 2 * vh)
    if not sr.contains(want):
        view.setSceneRect(sr.united(want))
    view.centerOn(QPointF(cx, cy))
    view._update_label_scale()


def apply_focus(view, focus: ViewFocus | None) -> tuple[set[str], set[str]] | None:
    """Fade (or hide) what ``focus`` leaves out; ``None`` or an empty focus shows all."""
    scene = view.map_scene
    lit = None if focus is None else focus_items(scene.doc.actors, scene.doc.ties, focus)
    if lit is None:
        view.clear_highlight()
        _unhide(scene)
        return None
    view.highlight(*lit)
    _unhide(scene)
    if focus.hide_others:
        for aid, item in scene.actor_items.items():
            if aid not in lit[0]:
                item.setVisible(False)
        for tid, item in scene.tie_items.items():
            if tid not in lit[1]:
                item.setVisible(False)
    return lit


def _unhide(scene) -> None:
    scene.apply_emphasis()


class ViewAnimator(QObject):
    """Animates a MapView's camera and emphasis to a saved view (or to the whole map)."""

    finished = Signal()

    def __init__(self, view, duration_ms: int = DEFAULT_DURATION_MS, parent: QObject | None = None):
        super().__init__(parent or view)
        self.view = view
        self.duration_ms = duration_ms
        self.current: SavedView | None = None
        self._anim = QVariantAnimation(self)
        self._anim.setStartValue(0.0)
        self._anim.setEndValue(1.0)
        self._anim.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._anim.valueChanged.connect(self._step)
        self._anim.finished.connect(self._done)
        self._from = (0.0, 0.0, 1.0)
        self._to = (0.0, 0.0, 1.0)
        self._opacity: dict = {}  # item -> (start, end)
        self._focus: ViewFocus | None = None

    def is_running(self) -> bool:
        return self._anim.state() == QVariantAnimation.State.Running

    def stop(self) -> None:
        if self.is_running():
            self._anim.stop()
            self._done()

    def go_to(self, saved: SavedView | None, animate: bool = True) -> None:
        """Move to ``saved`` (``None``: the whole map, nothing faded)."""
        self.stop()
        view = self.view
        self.current = saved
        if saved is None:
            rect = view.map_rect()
            if rect.isNull():
                target = (0.0, 0.0, 1.0)
            else:
                vp = view.viewport().rect()
                margin = 60.0
                z = min((vp.width() - 2 * margin) / max(rect.width(), 1.0),
                        (vp.height() - 2 * margin) / max(rect.height(), 1.0))
                target = (rect.center().x(), rect.center().y(), max(0.02, min(2.0, z)))
            focus = None
        else:
            target = (saved.center_x, saved.center_y, saved.zoom)
            focus = saved.focus
        self._from = current_camera(view)
        self._to = target
        self._focus = focus
        # emphasis: remember where every item starts, apply the focus to learn where it ends
        scene = view.map_scene
        items = list(scene.actor_items.values()) + list(scene.tie_items.values())
        start = {it: (it.opacity() if it.isVisible() else 0.0) for it in items}
        apply_focus(view, focus)
        end = {it: (it.opacity() if it.isVisible() else 0.0) for it in items}
        if not animate or self.duration_ms <= 0:
            set_camera(view, *target)
            self.finished.emit()
            return
        self._opacity = {it: (start[it], end[it]) for it in items if abs(start[it] - end[it]) > 1e-3}
        for it, (a, _b) in self._opacity.items():
            it.setVisible(True)
            it.setOpacity(a)
        self._anim.setDuration(self.duration_ms)
        self._anim.start()

    def _step(self, t) -> None:
        t = float(t)
        (x0, y0, z0), (x1, y1, z1) = self._from, self._to
        z = math.exp(math.log(z0) + (math.log(z1) - math.log(z0)) * t)
        set_camera(self.view, x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, z)
        for it, (a, b) in list(self._opacity.items()):
            try:
                it.setOpacity(a + (b - a) * t)
            except RuntimeError:  # the item was deleted (the map changed meanwhile)
                del self._opacity[it]

    def _done(self) -> None:
        set_camera(self.view, *self._to)
        self._opacity = {}
        apply_focus(self.view, self._focus)  # exact end state (visibility, opacities)
        self.finished.emit()
