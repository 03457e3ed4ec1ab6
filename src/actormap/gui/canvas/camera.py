"""Zoom, fit-to-map and the scrollable scene rect of the map view (a mixin of
:class:`~actormap.gui.canvas.view.MapView`; it uses the view's ``map_scene``, legend
overlay and ``zoomChanged`` signal)."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsView

from ..render.labels import label_scale

MIN_ZOOM, MAX_ZOOM = 0.02, 25.0
FIT_MAX_ZOOM = 2.0
FIT_MARGIN = 24.0  # viewport pixels left around the fitted map
SCROLL_PAD = 16.0  # viewport pixels of scene around a map that fits (less than FIT_MARGIN)
ZOOM_STEP = 1.25
FIT_LABELS_MAX = 250
"""Up to this many actors, fitting places the labels for each zoom tried so none is left
out; above, the circles are fitted and the labels keep inside the view (the placer flips
or shortens those at the edge)."""


class CameraMixin:
    """Zoom, fit and scroll-rect methods of ``MapView``."""

    def zoom(self) -> float:
        return self.transform().m11()

    def wheelEvent(self, event) -> None:
        dy = event.angleDelta().y()
        if dy == 0:
            return super().wheelEvent(event)
        pos = event.position().toPoint()
        anchor = self.mapToScene(pos)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self._scale_by(math.pow(1.0015, dy))
        moved = self.mapFromScene(anchor) - pos  # keep the point under the cursor in place
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        event.accept()

    def _scale_by(self, factor: float) -> None:
        z = self.zoom()
        target = min(MAX_ZOOM, max(MIN_ZOOM, z * factor))
        if abs(target - z) < 1e-9:
            return
        self.scale(target / z, target / z)
        self._update_label_scale()

    def _zoom_keys(self, factor: float) -> None:
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self._scale_by(factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def zoom_in(self) -> None:
        self._zoom_keys(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_keys(1 / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self._zoom_keys(1.0 / self.zoom())

    def label_scale_for(self, z: float) -> float:
        """Scene scale of the labels at zoom ``z``: full size at zoom >= 1; below, labels
        shrink with the map down to the theme's ``label_min_zoom``, then keep that size on
        screen (legible, yet neighbours overlap less than at full size)."""
        return label_scale(self.map_scene.theme, z)

    def _update_label_scale(self) -> None:
        z = self.zoom()
        self.map_scene.view_zoom = z
        self.map_scene.set_label_scale(self.label_scale_for(z))
        self._update_scroll_rect()
        self._camera_moved()
        self.zoomChanged.emit(z)

    def _update_scroll_rect(self, fresh: bool = False) -> None:
        """Scrollable area. While the map (circles and labels) fits in the viewport it is
        the map plus a small margin, so no scrollbars show and Qt centres it; once zoomed in
        beyond that, the map plus one viewport of margin on every side, so it can always be
        panned to any edge. ``fresh``: forget the current camera (a fitted map is centred)."""
        z = self.zoom()
        r = self.content_rect(z)
        if r.isNull():
            r = QRectF(-1, -1, 2, 2)
        vp = self.viewport()
        left = self._legend_room() / z
        pad = SCROLL_PAD / z
        fits = ((r.width() + 2 * pad + left) * z <= vp.width() - 2
                and (r.height() + 2 * pad) * z <= vp.height() - 2)
        if fits:
            tight = r.adjusted(-pad - left, -pad, pad, pad)
            cur = self.sceneRect()
            if fresh:
                rect = tight
            elif (cur.contains(tight) and cur.width() * z <= vp.width() - 2
                    and cur.height() * z <= vp.height() - 2):
                rect = cur  # still holds the map and still needs no scrollbars: keep it
            else:  # what is on screen now (a camera may be off centre), moved to hold the map
                rect = self.mapToScene(vp.rect()).boundingRect()  # one pixel under the viewport
                rect.translate(max(0.0, tight.right() - rect.right()) - max(0.0, rect.left() - tight.left()),
                               max(0.0, tight.bottom() - rect.bottom()) - max(0.0, rect.top() - tight.top()))
        else:
            mx, my = vp.width() / z, vp.height() / z
            rect = r.adjusted(-mx, -my, mx, my)
        if rect != self.sceneRect():
            # the exact centre (centerOn puts a point at width/2; QRect.center() is a pixel short)
            centre = self.viewportTransform().inverted()[0].map(QPointF(vp.width() / 2, vp.height() / 2))
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            aligned = h.maximum() == h.minimum() or v.maximum() == v.minimum()
            self.setSceneRect(rect)
            if aligned and not fits:  # Qt had centred the small rect: stay where we were
                self.centerOn(centre)

    def _legend_room(self) -> float:
        """Viewport pixels kept clear on the left for the legend (0 when hidden)."""
        if self._fit_left is not None:
            return self._fit_left
        return self._legend.width() + 8.0 if self._legend_visible else 0.0

    def _extents(self, z: float) -> tuple[np.ndarray, np.ndarray]:
        """Boxes (x0, y0, x1, y1) of every visible actor (circle and marks) and of the labels
        as they would be placed at zoom ``z`` with no frame (on very big maps: none), and of
        the agreement badges (they scale like labels and hang above the parties)."""
        scene = self.map_scene
        scene.flush()
        d = scene.drawing
        circ = [a.bounds() for a in d.actors.values() if a.visible]
        lab = []
        if circ and len(circ) <= FIT_LABELS_MAX:
            lab = [p.rect for p in d.trial_labels(self.label_scale_for(z)).values()]
        if circ:
            lab += d.reserved_at(self.label_scale_for(z))  # agreement badges (they scale like labels)
        return np.array(circ, dtype=float).reshape(-1, 4), np.array(lab, dtype=float).reshape(-1, 4)

    @staticmethod
    def _box(circ, lab) -> tuple[float, float, float, float]:
        boxes = np.vstack([circ, lab]) if len(lab) else circ
        return boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max()

    def content_rect(self, z: float | None = None) -> QRectF:
        """Scene rect of all actors and their labels as placed at zoom ``z``."""
        circ, lab = self._extents(self.zoom() if z is None else z)
        if not len(circ):
            return QRectF()
        x0, y0, x1, y1 = self._box(circ, lab)
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def map_rect(self) -> QRectF:
        """Scene rect of all visible actor circles (empty for an empty map)."""
        self.map_scene.flush()
        return self.map_scene.drawing.circles_rect()

    def fit_to_map(self) -> None:
        """Largest zoom (at most 2) at which every circle AND label lies inside the viewport
        with a margin, the map centred. Labels are placed for each zoom tried (they keep a
        minimum size on screen, see :meth:`label_scale_for`, so the map's size on screen
        grows with the zoom) and the zoom is found by bisection."""
        scene = self.map_scene
        scene.flush()
        if not any(a.visible for a in scene.drawing.actors.values()):
            self.resetTransform()
            self.centerOn(0, 0)
            self._update_label_scale()
            self._camera_moved(now=True)
            return
        vp = self.viewport().rect()
        boxes: dict[float, tuple] = {}

        def box(z: float) -> tuple[float, float, float, float]:
            s = self.label_scale_for(z)
            if s not in boxes:
                boxes[s] = self._box(*self._extents(z))
            return boxes[s]
        top = self.banner_height() if hasattr(self, "banner_height") else 0

        def fits(z: float, left: float) -> bool:
            x0, y0, x1, y1 = box(z)
            return ((x1 - x0) * z <= vp.width() - left - 2 * FIT_MARGIN
                    and (y1 - y0) * z <= vp.height() - top - 2 * FIT_MARGIN)

        def zoom_for(left: float) -> float:
            if fits(FIT_MAX_ZOOM, left):
                return FIT_MAX_ZOOM
            lo, hi = math.log(MIN_ZOOM), math.log(FIT_MAX_ZOOM)
            for _ in range(30):
                mid = (lo + hi) / 2
                lo, hi = (mid, hi) if fits(math.exp(mid), left) else (lo, mid)
            return math.exp(lo)

        z, left = zoom_for(0.0), 0.0
        if self._legend_visible:  # keep the map clear of the legend unless that shrinks it much
            z_clear = zoom_for(self._legend_room())
            if z_clear >= 0.85 * z:
                z, left = z_clear, self._legend_room()
        self._fit_left = left
        try:
            self.setTransform(self.transform().fromScale(z, z))
            self._update_label_scale()
        finally:
            self._fit_left = None
        x0, y0, x1, y1 = box(z)
        self.centerOn(QPointF((x0 + x1) / 2 - left / 2 / z, (y0 + y1) / 2 - top / 2 / z))
        self._update_scroll_rect(fresh=True)  # the old camera position no longer counts
        self._camera_moved(now=True)
