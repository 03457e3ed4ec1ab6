"""An actor on the canvas: a circle in conflict-mapping notation, plus its name label.

The item reads its look from the scene (theme, heat values, label scale) and its data
from the :class:`~actormap.core.model.Actor` it was last given; it never edits the map.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ....core.model import Actor
from ...fonts import set_direction_for
from ..notation import actor_radius, mark_path
from ..palette import heat_color, ink_on, kind_style

ACTOR_Z = 10.0
LABEL_Z = 5.0  # above ties, below every circle: a label never hides an actor
RIM = 7.0  # width of the band around the circle where a drag draws a tie
HEAT_MIN_R, HEAT_MAX_R = 16.0, 46.0
LABEL_WRAP = 170.0


@lru_cache(maxsize=16)
def _tag_font(pt: float) -> QFont:
    """The tag line's font: the caption's size, upright (the caption is italic)."""
    f = QFont()
    f.setPixelSize(max(5, round(pt * 4 / 3 * 0.8)))
    return f


@lru_cache(maxsize=16)
def _label_fonts(pt: float) -> tuple[QFont, QFont]:
    """Name (bold) and caption (italic) fonts for a label of ``pt`` points (shared)."""
    f = QFont()
    f.setPixelSize(max(6, round(pt * 4 / 3)))
    f.setBold(True)
    c = QFont()
    c.setPixelSize(max(5, round(pt * 4 / 3 * 0.8)))
    c.setItalic(True)
    return f, c


class LabelItem(QGraphicsItem):
    """Name and faction caption under an actor, on a halo; kept legible when zoomed out.

    An optional *tag* line under the caption (the scene's ``actor_tag`` hook: the label
    lens shows what a source calls the actor) is drawn small, in a box.

    The scene sets a scale of ``1/zoom`` (never below 1) so names keep their size on screen.
    A top-level item owned by its actor (which moves, shows and fades it along), so that
    labels stack below all circles. A left press, drag or release on the label is handed to
    the actor, so it selects and moves the actor just like the circle does.
    """

    def __init__(self, owner: ActorItem):
        super().__init__()
        self.owner = owner
        self.setZValue(LABEL_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setAcceptHoverEvents(False)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._name = ""
        self._caption = ""
        self._rect = QRectF()
        self._name_rect = QRectF()
        self._cap_rect = QRectF()
        self._tag = ""
        self._tag_rect = QRectF()
        self._pt = 9.0

    def fonts(self) -> tuple[QFont, QFont]:
        return _label_fonts(self._pt)

    def set_text(self, name: str, caption: str, pt: float, tag: str = "") -> None:
        if (name, caption, pt, tag) == (self._name, self._caption, self._pt, self._tag) and not self._rect.isNull():
            return
        self.prepareGeometryChange()
        self._name, self._caption, self._pt, self._tag = name, caption, pt, tag
        f, c = self.fonts()
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignHCenter)
        nr = QFontMetricsF(f).boundingRect(QRectF(-LABEL_WRAP / 2, 0, LABEL_WRAP, 1e4), flags, name)
        self._name_rect = QRectF(-nr.width() / 2, 1, nr.width(), nr.height())
        if caption:
            cr = QFontMetricsF(c).boundingRect(
                QRectF(-LABEL_WRAP / 2, 0, LABEL_WRAP, 1e4), flags, caption)
            self._cap_rect = QRectF(-cr.width() / 2, self._name_rect.bottom(), cr.width(), cr.height())
        else:
            self._cap_rect = QRectF()
        r = self._name_rect.united(self._cap_rect) if caption else QRectF(self._name_rect)
        if tag:
            tr = QFontMetricsF(_tag_font(pt)).boundingRect(QRectF(-LABEL_WRAP / 2, 0, LABEL_WRAP, 1e4), flags, tag)
            self._tag_rect = QRectF(-tr.width() / 2 - 3, r.bottom() + 2, tr.width() + 6, tr.height() + 2)
            r = r.united(self._tag_rect)
        else:
            self._tag_rect = QRectF()
        self._rect = r.adjusted(-4, -1, 4, 1)
        self.update()

    def text(self) -> str:
        return self._name

    def tag(self) -> str:
        """The tag line shown under the caption ("" when none)."""
        return self._tag

    # Qt's QGraphicsItem handlers only use scene positions and the item's own flags, so
    # the actor's handlers select it (press/release) and move every selected item (move).
    def mousePressEvent(self, event) -> None:
        self.owner.mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        self.owner.mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self.owner.mouseReleaseEvent(event)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self.scene()
        theme = scene.theme if scene is not None else None
        halo = QColor(theme.halo if theme else "#FFFFFF")
        halo.setAlpha(theme.halo_alpha if theme else 210)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        painter.drawRoundedRect(self._rect, 4, 4)
        f, c = self.fonts()
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignHCenter)
        painter.setFont(f)
        painter.setPen(QColor(theme.text if theme else "#000000"))
        set_direction_for(painter, self._name)  # an Arabic name is laid out right to left
        painter.drawText(self._name_rect.adjusted(-1, 0, 1, 0), flags, self._name)
        if self._caption:
            painter.setFont(c)
            painter.setPen(QColor(theme.caption if theme else "#444444"))
            set_direction_for(painter, self._caption)
            painter.drawText(self._cap_rect.adjusted(-1, 0, 1, 0), flags, self._caption)
        if self._tag:  # a box; a legal designation ("§ ...") gets a heavier one
            ink = QColor(theme.text if theme else "#000000")
            painter.setPen(QPen(ink, 1.6 if self._tag.startswith("§") else 0.8))
            painter.setBrush(QColor(theme.halo if theme else "#FFFFFF"))
            painter.drawRoundedRect(self._tag_rect, 3, 3)
            painter.setFont(_tag_font(self._pt))
            painter.drawText(self._tag_rect, flags, self._tag)


class ActorItem(QGraphicsItem):
    """One actor: circle sized by power, Okabe-Ito fill, kind mark, shadow if external."""

    Type = QGraphicsItem.UserType + 1

    def __init__(self, actor: Actor):
        super().__init__()
        self.actor_id = actor.id
        self.actor = actor
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(ACTOR_Z)
        self._r = actor_radius(actor.power)
        self.label = LabelItem(self)
        self.setPos(actor.x, actor.y)
        self.setToolTip(self._tooltip())

    def type(self) -> int:
        return ActorItem.Type

    # ---- state ---------------------------------------------------------------------------
    def radius(self) -> float:
        return self._r

    def _scene_attr(self, name, default=None):
        s = self.scene()
        return getattr(s, name, default) if s is not None else default

    def heat(self) -> float | None:
        fn = self._scene_attr("heat_of")
        return fn(self.actor_id) if fn else None

    def tag(self) -> str:
        """The scene's ``actor_tag(actor)`` (the label lens), or ""."""
        fn = self._scene_attr("actor_tag")
        return fn(self.actor) if fn else ""

    def target_radius(self) -> float:
        """Radius from power, or from the heat value while the scene shows heat."""
        h = self.heat()
        return actor_radius(self.actor.power) if h is None else HEAT_MIN_R + (HEAT_MAX_R - HEAT_MIN_R) * h

    def restyle(self, labels: bool = False) -> bool:
        """The look changed (heat, theme), not the actor: take the new radius and repaint.

        Cheaper than :meth:`refresh`: text, tooltip and label scale stay; the label is re-laid
        out (theme font size) and repainted only if ``labels``. True if the radius changed.
        """
        r = self.target_radius()
        changed = abs(r - self._r) > 1e-9
        if changed:
            self.prepareGeometryChange()
            self._r = r
        if labels:
            theme = self._scene_attr("theme")
            self.label.set_text(self.actor.name, self.actor.faction, theme.label_pt if theme else 9.0, self.tag())
        if changed or labels:
            self._place_label()
            # re-render the cached pixmap: old theme colours, or (moved label) a pixmap
            # rendered at another sub-pixel offset, which would shift the text by a pixel
            self.label.update()
        self.update()  # drop the cached pixmap: colours may have changed
        return changed

    def refresh(self) -> bool:
        """Recompute radius and label from actor/scene state; True if the radius changed."""
        r = self.target_radius()
        changed = abs(r - self._r) > 1e-9
        if changed:
            self.prepareGeometryChange()
            self._r = r
        theme = self._scene_attr("theme")
        self.label.set_text(self.actor.name, self.actor.faction, theme.label_pt if theme else 9.0, self.tag())
        self._place_label()
        self.label.setScale(self._scene_attr("label_scale", 1.0))
        self.label.update()  # its cached pixmap may hold old theme colours
        self.setToolTip(self._tooltip())
        self.update()
        return changed

    def label_offset(self) -> float:
        return self._r + (9 if self.actor.external else 4)

    def _place_label(self) -> None:
        p = self.pos()
        self.label.setPos(p.x(), p.y() + self.label_offset())

    def set_actor(self, actor: Actor) -> bool:
        """Take new data; returns True if geometry relevant to ties changed."""
        self.actor = actor
        moved = (self.pos().x(), self.pos().y()) != (actor.x, actor.y)
        if moved:
            self.setPos(actor.x, actor.y)
        return self.refresh() or moved

    def _tooltip(self) -> str:
        a = self.actor
        bits = [f"<b>{_esc(a.name)}</b>", kind_style(a.kind).label]
        if a.faction:
            bits.append(f"faction: {_esc(a.faction)}")
        bits.append(f"power {a.power}/5")
        if a.external:
            bits.append("external actor")
        if a.is_self:
            bits.append("our own position")
        if a.pinned:
            bits.append("pinned (layouts leave it in place)")
        return "<br>".join(bits)

    def on_rim(self, pos: QPointF) -> bool:
        """Whether item-local ``pos`` lies in the tie-drawing band around the circle."""
        d = math.hypot(pos.x(), pos.y())
        return self._r - RIM <= d <= self._r + RIM

    # ---- QGraphicsItem -------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        r = self._r + RIM + 4
        extra = self._r * 0.22 + 2 if self.actor.external else 0
        rect = QRectF(-r, -r, 2 * r + extra, 2 * r + extra)
        if self.actor.is_self:
            rect = rect.united(QRectF(self._r * 0.3, -self._r - 22, 44, 18))
        if self.actor.pinned:
            rect = rect.united(QRectF(-self._r - 8, -self._r - 8, 14, 14))
        return rect

    def shape(self) -> QPainterPath:
        p = QPainterPath()
        p.addEllipse(QPointF(0, 0), self._r + RIM, self._r + RIM)
        return p

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        theme = self._scene_attr("theme")
        a = self.actor
        r = self._r
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = self.heat()
        style = kind_style(a.kind)
        fill = QColor(style.color) if h is None else heat_color(h)
        outline = QColor(theme.outline if theme else "#222222")
        if a.external:  # a shadow circle: outside party (Fisher et al. 2000)
            sh = QColor(theme.shadow if theme else "#999999")
            sh.setAlpha(170)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(sh)
            off = r * 0.22
            painter.drawEllipse(QPointF(off, off), r, r)
        if a.is_self:
            painter.setPen(QPen(outline, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 5, r + 5)
        pen = QPen(outline, 1.6)
        if a.external:
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink_on(fill))
        painter.drawPath(mark_path(style.mark, round(max(6.0, r * 0.42), 1)))
        if a.is_self:
            tag = QRectF(r * 0.3, -r - 20, 40, 16)
            painter.setPen(QPen(outline, 1.2))
            painter.setBrush(QColor(theme.halo if theme else "#FFFFFF"))
            painter.drawRoundedRect(tag, 4, 4)
            f = QFont()
            f.setPixelSize(11)
            f.setBold(True)
            painter.setFont(f)
            painter.setPen(QColor(theme.text if theme else "#000000"))
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, "SELF")
        if a.pinned:
            painter.setPen(QPen(outline, 1.2))
            painter.setBrush(QColor(theme.text if theme else "#000000"))
            painter.drawEllipse(QPointF(-r * 0.72, -r * 0.72), 4, 4)
        if self.isSelected():
            sel = QPen(QColor(theme.selection if theme else "#0072B2"), 3.0, Qt.PenStyle.DashLine)
            painter.setPen(sel)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 3.5, r + 3.5)

    def itemChange(self, change, value):
        if change not in _WATCHED:  # most calls: nothing to do (enum lookups are slow)
            return value
        if change == _GC_SCENE:
            old = self.scene()
            if old is not None and self.label.scene() is old:
                old.removeItem(self.label)
        elif change == _GC_SCENE_HAS:
            if value is not None and self.label.scene() is None:
                value.addItem(self.label)
                self._place_label()
        elif change == _GC_VISIBLE_HAS:
            self.label.setVisible(bool(value))
        elif change == _GC_OPACITY_HAS:
            self.label.setOpacity(self.opacity())
        elif change == _GC_POS_HAS:
            self._place_label()
            s = self.scene()
            if s is not None and hasattr(s, "actor_moved"):
                s.actor_moved(self.actor_id)
        elif change == _GC_SELECTED_HAS:
            self.setZValue(ACTOR_Z + (1 if value else 0))
        return super().itemChange(change, value)

    def hoverMoveEvent(self, event) -> None:
        shape = Qt.CursorShape.CrossCursor if self.on_rim(event.pos()) else Qt.CursorShape.SizeAllCursor
        if self.cursor().shape() != shape:
            self.setCursor(shape)
        super().hoverMoveEvent(event)


_GC = QGraphicsItem.GraphicsItemChange
_GC_SCENE, _GC_SCENE_HAS = _GC.ItemSceneChange, _GC.ItemSceneHasChanged
_GC_VISIBLE_HAS, _GC_OPACITY_HAS = _GC.ItemVisibleHasChanged, _GC.ItemOpacityHasChanged
_GC_POS_HAS, _GC_SELECTED_HAS = _GC.ItemPositionHasChanged, _GC.ItemSelectedHasChanged
_WATCHED = frozenset({_GC_SCENE, _GC_SCENE_HAS, _GC_VISIBLE_HAS, _GC_OPACITY_HAS, _GC_POS_HAS,
                      _GC_SELECTED_HAS})


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
