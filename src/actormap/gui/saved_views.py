"""Saved views on the canvas: read the camera, go to a view smoothly, show its focus.

A :class:`~actormap.core.model.SavedView` stores the region of the map it shows: its
centre and its extent in map units (``width`` x ``height``). Any screen fits that
region (:func:`fit_zoom`), so a view saved on a laptop shows the same part of the map
on a projector of another resolution. :class:`ViewAnimator`
moves the camera there with a ``QVariantAnimation`` (centre interpolated linearly,
zoom geometrically, so the motion looks even) while the items fade to the view's
focus (:func:`actormap.core.view_focus.focus_items`).
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QEasingCurve, QObject, QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QPainter

from ..core.model import SavedView, ViewFocus
from ..core.view_focus import focus_items
from .fading import Animator, opacities_at, opacity_moves

REFERENCE_VIEWPORT = (1280.0, 800.0)
"""Viewport size (pixels) assumed when a saved view is rendered without a window."""
DEFAULT_DURATION_MS = 700
SLOW_FRAME_S = 0.15
"""A frame slower than this (a very large map) ends the animation: jump to the end instead."""


def fit_zoom(width: float, height: float, viewport: tuple[float, float]) -> float:
    """The zoom (pixels per map unit) at which a region of ``width`` x ``height`` map units
    just fits a viewport of ``viewport`` pixels."""
    return max(1e-6, min(viewport[0] / width, viewport[1] / height))


def _viewport(view) -> tuple[float, float]:
    vp = view.viewport()
    return float(max(1, vp.width())), float(max(1, vp.height()))


def current_camera(view) -> tuple[float, float, float]:
    """``(centre x, centre y, zoom)`` of a MapView right now (actual viewport zoom)."""
    c = view.mapToScene(view.viewport().rect().center())
    return float(c.x()), float(c.y()), float(view.zoom())


def camera_to_save(view) -> tuple[float, float, float, float]:
    """The current camera as stored in a saved view: centre and the region shown (map units)."""
    x, y, z = current_camera(view)
    vw, vh = _viewport(view)
    limit = 4e7  # the model's bound on an extent
    return x, y, min(limit, vw / z), min(limit, vh / z)


def saved_camera(view, saved: SavedView) -> tuple[float, float, float]:
    """The actual camera of ``view`` that shows ``saved`` (its region fitted to the viewport)."""
    return saved.center_x, saved.center_y, fit_zoom(saved.width, saved.height, _viewport(view))


def visible_scene_rect(view) -> QRectF:
    """The scene rectangle the viewport shows."""
    return view.mapToScene(view.viewport().rect()).boundingRect()


def view_source_rect(saved: SavedView, viewport: tuple[float, float] = REFERENCE_VIEWPORT) -> QRectF:
    """The scene rectangle a saved view shows in a viewport of the given pixel size."""
    z = fit_zoom(saved.width, saved.height, viewport)
    w, h = viewport[0] / z, viewport[1] / z
    return QRectF(saved.center_x - w / 2, saved.center_y - h / 2, w, h)


def set_camera(view, cx: float, cy: float, zoom: float) -> None:
    """Put the camera of ``view`` at centre ``(cx, cy)`` and ``zoom`` (clamped to the view's range)."""
    from .canvas.camera import MAX_ZOOM, MIN_ZOOM

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
        scene.set_highlight(None)
        return None
    scene.set_highlight(lit[0], lit[1], mode="hide" if focus.hide_others else "fade")
    return lit


class ViewAnimator(Animator):
    """Animates a MapView's camera and emphasis to a saved view (or to the whole map)."""

    finished = Signal()

    def __init__(self, view, duration_ms: int = DEFAULT_DURATION_MS, parent: QObject | None = None):
        super().__init__(view, duration_ms, QEasingCurve.Type.InOutCubic, parent)
        self.current: SavedView | None = None
        self._from = (0.0, 0.0, 1.0)
        self._to = (0.0, 0.0, 1.0)
        self._opacity: dict = {}  # item -> (start, end)
        self._focus: ViewFocus | None = None
        self.overview_margins = (0.0, 0.0, 0.0, 0.0)  # left, top, right, bottom (pixels kept free)
        self.overview_boxes: list[QRectF] = []  # overlays (viewport pixels) the overview avoids
        self.on_show: list = []  # callables(saved view or None) run as a view is shown, before its
        # focus, so that what they change fades with it (the time slider moves to a pinned date)

    def overview_camera(self) -> tuple[float, float, float]:
        """Camera showing the whole map inside the viewport less ``overview_margins`` (pixels)."""
        view = self.view
        rect = view.map_rect()
        if rect.isNull():
            return (0.0, 0.0, 1.0)
        vp = QRectF(view.viewport().rect())
        m = 40.0
        frees = [vp.adjusted(self.overview_margins[0] + m, self.overview_margins[1] + m,
                             -(self.overview_margins[2] + m), -(self.overview_margins[3] + m))]
        for box in self.overview_boxes:  # an overlay box: keep clear of it beside OR below it
            base = vp.adjusted(m, m, -m, -(self.overview_margins[3] + m))
            frees += [base.adjusted(0, box.bottom(), 0, 0) if box.top() < vp.height() / 2
                      else base.adjusted(0, 0, 0, -(vp.height() - box.top())),
                      base.adjusted(box.right(), 0, 0, 0) if box.left() < vp.width() / 2
                      else base.adjusted(0, 0, -(vp.width() - box.left()), 0)]
        frees = [f for f in frees if f.width() >= 50 and f.height() >= 50] or [vp.adjusted(20, 20, -20, -20)]

        def zoom_in(f: QRectF) -> float:
            return min(f.width() / max(rect.width(), 1.0), f.height() / max(rect.height(), 1.0))

        free = max(frees[1:] or frees, key=zoom_in) if self.overview_boxes else frees[0]
        z = max(0.02, min(2.0, zoom_in(free)))
        shift = (free.center() - vp.center()) / z  # put the map in the middle of the free area
        c = rect.center() - shift
        return (c.x(), c.y(), z)

    def go_to(self, saved: SavedView | None, animate: bool = True) -> None:
        """Move to ``saved`` (``None``: the whole map, nothing faded)."""
        self.stop()
        view = self.view
        self.current = saved
        if saved is None:
            target = self.overview_camera()
            focus = None
        else:
            target = saved_camera(view, saved)
            focus = saved.focus
        self._from = current_camera(view)
        self._to = target
        self._focus = focus
        # emphasis: remember where every item starts, apply the focus to learn where it ends
        scene = view.map_scene
        for hook in self.on_show:
            hook(saved)
        start = scene.opacities()
        apply_focus(view, focus)
        end = scene.opacities()
        if not animate or self.duration_ms <= 0:
            set_camera(view, *target)
            self.finished.emit()
            return
        self._opacity = opacity_moves(start, end)
        if self._opacity:
            scene.set_opacities(opacities_at(self._opacity, 0.0))
        # antialiasing off while moving: several times faster on big maps, invisible in motion
        self._hints = view.renderHints()
        view.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self._last = time.perf_counter()
        self._start()

    def _step(self, t) -> None:
        now = time.perf_counter()
        if now - self._last > SLOW_FRAME_S and float(t) < 1.0:
            QTimer.singleShot(0, self.stop)  # too slow to look smooth: finish at once
        self._last = now
        t = float(t)
        (x0, y0, z0), (x1, y1, z1) = self._from, self._to
        z = math.exp(math.log(z0) + (math.log(z1) - math.log(z0)) * t)
        set_camera(self.view, x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, z)
        if self._opacity:
            self.view.map_scene.set_opacities(opacities_at(self._opacity, t))

    def _done(self) -> None:
        if getattr(self, "_hints", None) is not None:
            self.view.setRenderHints(self._hints)
            self._hints = None
        set_camera(self.view, *self._to)
        self._opacity = {}
        apply_focus(self.view, self._focus)  # exact end state (visibility, opacities)
        self.finished.emit()
