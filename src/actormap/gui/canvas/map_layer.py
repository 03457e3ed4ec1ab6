"""``MapLayerItem``: the one graphics item that paints the whole map, through the renderer.

The actor, label and tie items of the scene paint nothing; this item asks the scene's
:class:`~actormap.gui.render.MapRenderer` to paint the map. It keeps a *picture* of the
viewport plus a margin (per view), so that most repaints cost one copy:

- repaints that change nothing on the map (a rubber band, a tooltip, the line of a tie
  being drawn) and panning within the margin copy from the picture;
- while actors are dragged, the picture holds everything else and only the dragged
  actors, their ties and labels are painted over it each frame;
- the selection is painted over the picture (the picture shows no selection), so
  selecting costs no new picture;
- while zooming a map whose picture is slow to make, the picture is shown scaled at once
  and made again, sharp, when zooming pauses (:data:`SETTLE_MS`).

The picture is made again whenever the map, its look or the emphasis changes (the
scene's ``static_version``), when the dragged set changes (``live_version``) and when
the camera leaves what it covers.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPainterPath, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ..render.painter_state import painter_state

HUGE = 1e8
MARGIN = 0.25
"""The picture covers the viewport plus this share of its size on every side (pans)."""
PREVIEW_ABOVE_MS = 24.0
"""Pictures slower than this to make are shown scaled while zooming, then made again."""
SETTLE_MS = 160


class _Picture:
    def __init__(self, key: tuple, pix: QPixmap, transform: QTransform, origin: QPointF, scene_rect: QRectF,
                 cost_ms: float, detail: bool = True):
        self.key = key  # what the picture shows: versions, scale, viewport size, dpr
        self.pix = pix
        self.transform = transform  # scene -> viewport when it was made
        self.origin = origin  # viewport point at the pixmap's (0, 0)
        self.scene_rect = scene_rect
        self.cost_ms = cost_ms
        self.detail = detail  # drawn in full notation (else simplified): what is drawn over it follows


class MapLayerItem(QGraphicsItem):
    def __init__(self):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(0.0)
        self._pictures: dict[int, _Picture] = {}
        self.stats = {"full": 0, "blit": 0, "preview": 0}
        self.last_full_ms = 0.0
        self._settle = QTimer()
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._settled)
        self._sharp = False  # set when zooming paused: the next paint makes the picture again
        self.preview = True  # zoom previews allowed (tests of exact pixels turn it off)

    def boundingRect(self) -> QRectF:
        return QRectF(-HUGE, -HUGE, 2 * HUGE, 2 * HUGE)

    def shape(self) -> QPainterPath:
        """Empty: item searches (``QGraphicsScene.items(pos)``) find the actors and ties,
        never this layer."""
        return QPainterPath()

    def slow(self) -> bool:
        """Whether making a picture of this map is slow (then labels wait for the camera to
        rest, and zooming shows the picture scaled until it pauses)."""
        return self.last_full_ms > PREVIEW_ABOVE_MS

    def drop_cache(self) -> None:
        self._pictures.clear()

    def _settled(self) -> None:
        self._sharp = True
        try:
            self.update()
        except RuntimeError:  # the view (and this item) went meanwhile
            pass

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self.scene()
        if scene is None:
            return
        scene.flush()
        renderer = scene.renderer
        t = p.worldTransform()
        zoom = max(abs(t.m11()), abs(t.m12())) or 1.0
        exposed = option.exposedRect
        live = scene.live_ids()
        if widget is None or t.isRotating():  # an image or a printer: just paint
            renderer.paint(p, exposed, zoom)
            return
        size = widget.size()
        dpr = widget.devicePixelRatioF()
        key = (scene.static_version, scene.live_version, t.m11(), t.m12(), t.m21(), t.m22(), dpr)
        pic = self._pictures.get(id(widget))
        same_content = pic is not None and pic.key[:2] == key[:2] and pic.key[6:] == key[6:]
        same_scale = same_content and pic.key[2:6] == key[2:6]
        view_rect = t.inverted()[0].mapRect(QRectF(0, 0, size.width(), size.height()))
        if same_scale and pic.scene_rect.contains(exposed.intersected(view_rect)):
            self.stats["blit"] += 1
        elif (same_content and not same_scale and self.preview and pic.cost_ms > PREVIEW_ABOVE_MS
              and not self._sharp):
            self.stats["preview"] += 1  # zooming a slow map: the picture scaled, sharp when it pauses
            self._settle.start(SETTLE_MS)
        else:
            pic = self._picture(renderer, t, widget, zoom, live, key)
            self._pictures = {id(widget): pic}
            self._sharp = False
            self.stats["full"] += 1
        self._blit(p, pic, t)
        if live:
            renderer.paint(p, None, zoom, detail=pic.detail, only=live)
        chosen = scene.selected_draw_ids() - live
        if chosen:
            renderer.paint_selection(p, chosen, zoom)

    @staticmethod
    def _blit(p: QPainter, pic: _Picture, t: QTransform) -> None:
        """Draw the picture where its scene region now lies (a copy, or scaled)."""
        inv, ok = pic.transform.inverted()
        if not ok:
            return
        # pixmap coordinates -> viewport now: shift by origin, back to scene, forward with t
        m = QTransform.fromTranslate(pic.origin.x(), pic.origin.y()) * inv * t
        with painter_state(p):
            p.setWorldTransform(m)
            if m.isScaling():
                p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            p.drawPixmap(QPointF(0, 0), pic.pix)

    def _picture(self, renderer, t: QTransform, widget, zoom: float, live, key) -> _Picture:
        start = time.perf_counter()
        dpr = widget.devicePixelRatioF()
        w, h = widget.width(), widget.height()
        mx, my = round(w * MARGIN), round(h * MARGIN)
        pix = QPixmap(max(1, round((w + 2 * mx) * dpr)), max(1, round((h + 2 * my) * dpr)))
        pix.setDevicePixelRatio(dpr)
        pix.fill(Qt.GlobalColor.transparent)
        origin = QPointF(-mx, -my)
        inv, ok = t.inverted()
        region = inv.mapRect(QRectF(-mx, -my, w + 2 * mx, h + 2 * my)) if ok else None
        pp = QPainter(pix)
        try:
            pp.setWorldTransform(t * QTransform.fromTranslate(mx, my))
            detail = renderer.paint(pp, region, zoom, skip=live, selection=False)
        finally:
            pp.end()
        cost = (time.perf_counter() - start) * 1000
        self.last_full_ms = cost
        return _Picture(key, pix, QTransform(t), origin, region if region is not None else QRectF(), cost, detail)
