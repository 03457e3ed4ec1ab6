"""``MapLayerItem``: the one graphics item that paints the whole map, through the renderer.

The actor, label and tie items of the scene paint nothing; this item asks the scene's
:class:`~actormap.gui.render.MapRenderer` to paint what the exposed region shows. It keeps
a picture of the viewport (per view) so that repaints which change nothing on the map —
a rubber band, a tooltip, a dragged actor — cost one copy: while actors are dragged, the
picture holds everything else and only the dragged actors, their ties and labels are
painted over it each frame. The picture is made again whenever the map, its look or the
camera changes (keyed on the scene's ``static_version`` and the view transform).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from .painter_state import painter_state

HUGE = 1e8
CACHE_SHARE = 0.5
"""A repaint of at least this share of the viewport refreshes the picture; smaller ones
(the strip a pan uncovers) are painted directly."""


class MapLayerItem(QGraphicsItem):
    def __init__(self):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(0.0)
        self._caches: dict[int, tuple[tuple, QPixmap]] = {}
        self.stats = {"full": 0, "blit": 0, "direct": 0}

    def boundingRect(self) -> QRectF:
        return QRectF(-HUGE, -HUGE, 2 * HUGE, 2 * HUGE)

    def drop_cache(self) -> None:
        self._caches.clear()

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
        key = (scene.static_version, scene.live_version, t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy(),
               size.width(), size.height(), dpr)
        cached = self._caches.get(id(widget))
        device = t.mapRect(exposed)
        if cached is None or cached[0] != key:
            if device.width() * device.height() < CACHE_SHARE * size.width() * size.height():
                self.stats["direct"] += 1
                renderer.paint(p, exposed, zoom, skip=live)
                if live:
                    renderer.paint(p, None, zoom, only=live)
                return
            cached = (key, self._picture(renderer, t, widget, zoom, live))
            self._caches = {id(widget): cached}
            self.stats["full"] += 1
        else:
            self.stats["blit"] += 1
        pix = cached[1]
        with painter_state(p):
            p.setWorldTransform(QTransform())
            r = device.toAlignedRect().intersected(widget.rect())
            if not r.isEmpty():
                p.drawPixmap(r, pix, QRectF(r.x() * dpr, r.y() * dpr, r.width() * dpr, r.height() * dpr).toRect())
        if live:
            renderer.paint(p, None, zoom, only=live)

    def _picture(self, renderer, t: QTransform, widget, zoom: float, live) -> QPixmap:
        dpr = widget.devicePixelRatioF()
        size = widget.size()
        pix = QPixmap(max(1, round(size.width() * dpr)), max(1, round(size.height() * dpr)))
        pix.setDevicePixelRatio(dpr)
        pix.fill(Qt.GlobalColor.transparent)
        pp = QPainter(pix)
        try:
            pp.setWorldTransform(t)
            inv, ok = t.inverted()
            region = inv.mapRect(QRectF(QPointF(0, 0), QRectF(widget.rect()).size())) if ok else None
            renderer.paint(pp, region, zoom, skip=live)
        finally:
            pp.end()
        return pix
