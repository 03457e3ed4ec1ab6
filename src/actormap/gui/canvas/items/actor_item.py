"""An actor on the canvas (and its label): the handle selection, moving and emphasis act on.

The items paint nothing themselves (``ItemHasNoContents``): the scene's map layer paints
the whole map through the one renderer (:mod:`actormap.gui.render`), reading each
actor's record in the scene's :class:`~actormap.gui.render.Drawing`. An item keeps that
record in step with what is done to it — moved (``setPos``), selected, faded
(``setOpacity``), hidden (``setVisible``) — so the public item API works as before.
Hit tests use the scene's grid, not Qt's item search; the items accept no hover.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ....core.model import Actor
from ...i18n import translate
from ...render.labels import LABEL_WRAP as LABEL_WRAP  # noqa: F401 (the label's wrap width, re-exported)
from ...render.labels import label_fonts as _label_fonts  # noqa: F401 (the label fonts, re-exported)
from ...render.notation import actor_radius
from ...render.palette import kind_label

ACTOR_Z = 10.0
LABEL_Z = 5.0
RIM = 7.0  # width of the band around the circle where a drag draws a tie
HEAT_MIN_R, HEAT_MAX_R = 16.0, 46.0
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


class LabelItem(QGraphicsItem):
    """The placed label of an actor: positioned at the label's top-left corner and scaled
    by the label scale, its box in label units. Hidden when the placer left no room."""

    def __init__(self, owner: ActorItem):
        super().__init__()
        self.owner = owner
        self.setFlag(_NO_CONTENTS)
        self.setZValue(LABEL_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self._rect = QRectF()
        self._name = ""
        self._pt = 9.0
        self.placed = False

    def set_placement(self, pl, fallback_name: str, pt: float) -> None:
        """Take a placement (None: hidden for lack of room)."""
        self._pt = pt
        if pl is None:
            self.placed = False
            self._name = fallback_name
            if not self._rect.isNull():
                self.prepareGeometryChange()
                self._rect = QRectF()
            return
        self.placed = True
        self._name = pl.box.name
        rect = QRectF(0, 0, pl.box.width, pl.box.height)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        if (self.pos().x(), self.pos().y()) != (pl.x, pl.y):
            self.setPos(pl.x, pl.y)
        if self.scale() != pl.scale:
            self.setScale(pl.scale)

    def text(self) -> str:
        """The text shown (the name, or its short form when space is tight)."""
        return self._name

    def tag(self) -> str:
        """The tag line shown under the caption ("" when none; the label lens)."""
        return self.owner.tag()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        pass


class ActorItem(QGraphicsItem):
    """One actor: a circle sized by power (or heat), a handle for selecting and moving."""

    Type = QGraphicsItem.UserType + 1

    def __init__(self, actor: Actor):
        super().__init__()
        self.actor_id = actor.id
        self.actor = actor
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
            | _NO_CONTENTS
        )
        self.setAcceptHoverEvents(False)
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

    def tag(self) -> str:
        """The scene's ``actor_tag(actor)`` (the label lens), or ""."""
        s = self.scene()
        fn = getattr(s, "actor_tag", None)
        return (fn(self.actor) or "") if fn is not None else ""

    def set_radius(self, r: float) -> bool:
        if abs(r - self._r) <= 1e-9:
            return False
        self.prepareGeometryChange()
        self._r = r
        return True

    def label_offset(self) -> float:
        return self._r + (9 if self.actor.external else 4)

    def set_actor(self, actor: Actor) -> bool:
        """Take new data; returns True if the position changed."""
        self.actor = actor
        moved = (self.pos().x(), self.pos().y()) != (actor.x, actor.y)
        if moved:
            self.setPos(actor.x, actor.y)
        self.setToolTip(self._tooltip())
        return moved

    def _tooltip(self) -> str:
        a = self.actor
        bits = [f"<b>{_esc(a.name)}</b>", _esc(kind_label(a.kind))]
        if a.short_name:
            bits[0] += f" ({_esc(a.short_name)})"
        if a.faction:
            bits.append(_esc(translate("ActorItem", "faction: {faction}").format(faction=a.faction)))
        bits.append(_esc(translate("ActorItem", "power {power}/5").format(power=a.power)))
        if a.external:
            bits.append(_esc(translate("ActorItem", "external actor")))
        if a.is_self:
            bits.append(_esc(translate("ActorItem", "our own position")))
        if a.pinned:
            bits.append(_esc(translate("ActorItem", "pinned (layouts leave it in place)")))
        return "<br>".join(bits)

    def on_rim(self, pos: QPointF) -> bool:
        """Whether item-local ``pos`` lies in the tie-drawing band around the circle."""
        d = math.hypot(pos.x(), pos.y())
        return self._r - RIM <= d <= self._r + RIM

    def contains_scene(self, x: float, y: float) -> bool:
        p = self.pos()
        return math.hypot(x - p.x(), y - p.y()) <= self._r + RIM

    # ---- QGraphicsItem -------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        r = self._r + RIM
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        p = QPainterPath()
        p.addEllipse(QPointF(0, 0), self._r + RIM, self._r + RIM)
        return p

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        pass  # the scene's map layer paints the actor (see module docstring)

    def itemChange(self, change, value):
        if change not in _WATCHED:  # most calls: nothing to do (enum lookups are slow)
            return value
        s = self.scene()
        if change == _GC_SCENE:
            if s is not None and self.label.scene() is s:
                s.removeItem(self.label)
        elif change == _GC_SCENE_HAS:
            if value is not None and self.label.scene() is None:
                value.addItem(self.label)
        elif s is None or not hasattr(s, "item_changed"):
            pass
        elif change == _GC_VISIBLE_HAS:
            self.label.setVisible(bool(value))
            s.item_changed(self, "visible")
        elif change == _GC_OPACITY_HAS:
            self.label.setOpacity(self.opacity())
            s.item_changed(self, "opacity")
        elif change == _GC_POS_HAS:
            s.actor_moved(self.actor_id)
        elif change == _GC_SELECTED_HAS:
            self.setZValue(ACTOR_Z + (1 if value else 0))
            s.item_changed(self, "selected")
        return super().itemChange(change, value)


_GC = QGraphicsItem.GraphicsItemChange
_GC_SCENE, _GC_SCENE_HAS = _GC.ItemSceneChange, _GC.ItemSceneHasChanged
_GC_VISIBLE_HAS, _GC_OPACITY_HAS = _GC.ItemVisibleHasChanged, _GC.ItemOpacityHasChanged
_GC_POS_HAS, _GC_SELECTED_HAS = _GC.ItemPositionHasChanged, _GC.ItemSelectedHasChanged
_WATCHED = frozenset({_GC_SCENE, _GC_SCENE_HAS, _GC_VISIBLE_HAS, _GC_OPACITY_HAS, _GC_POS_HAS,
                      _GC_SELECTED_HAS})


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
