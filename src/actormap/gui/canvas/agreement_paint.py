"""Agreement hulls and badges as map-renderer layers, for exports and ``actormap render``.

On screen the agreements are graphics items of the scene (:mod:`.agreements`); an export
draws through the one renderer (:mod:`actormap.gui.render`), so it paints those same items
through two layers: the hulls behind the ties, the badges over the ties and labels but
under the actors. Without a canvas (``actormap render``) the items are made from the map
alone, around the drawing's circles (:func:`agreement_layers`).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from .items.agreement_item import AGREEMENT_Z, BADGE_Z, AgreementItem, stack_badges


class AgreementPaint:
    """One layer: the hulls (``badges=False``) or the badges of some agreement items."""

    def __init__(self, items, badges: bool, label_scale=None):
        self.items = list(items)
        self.badges = badges
        self.z = BADGE_Z if badges else AGREEMENT_Z
        self._scale = label_scale  # callable: the labels' scale now (badges scale like labels)

    def _parts(self):
        for item in self.items:
            part = item.badge if self.badges else item
            if part.isVisible() and item.opacity() > 0:
                yield item, part

    def _stacked(self):
        """Badge positions at the page's label scale (None: drawn where the items are)."""
        if not (self.badges and self._scale is not None):
            return None
        return stack_badges([item.badge for item in self.items], self._scale())

    def paint(self, p, ctx) -> None:
        base = p.opacity()
        option = QStyleOptionGraphicsItem()
        at = self._stacked()
        for item, part in self._parts():
            t = p.worldTransform()
            if at is not None:  # at the page's label scale, the item untouched
                p.setWorldTransform(part.transform_at(self._scale(), at.get(part)) * t)
            else:
                p.setWorldTransform(part.sceneTransform() * t)
            p.setOpacity(base * item.opacity())
            part.paint(p, option, None)
            p.setWorldTransform(t)
        p.setOpacity(base)

    def bounds(self, ctx) -> QRectF:
        rect = QRectF()
        at = self._stacked()
        for _item, part in self._parts():
            if at is not None:
                x0, y0, x1, y1 = part.rect_at(self._scale(), at.get(part))
                rect = rect.united(QRectF(x0, y0, x1 - x0, y1 - y0))
            else:
                rect = rect.united(part.sceneBoundingRect())
        return rect


def agreement_layers(amap, drawing) -> list[AgreementPaint]:
    """Hull and badge layers for the agreements of ``amap`` round ``drawing``'s circles."""
    agreements = sorted(getattr(amap, "agreements", []) or [], key=lambda g: g.id)
    if not agreements:
        return []
    items = []
    for g in agreements:
        item = AgreementItem(g)
        circles = [(drawing.actors[p].x, drawing.actors[p].y, drawing.actors[p].r)
                   for p in g.parties if p in drawing.actors and drawing.actors[p].visible]
        nesting = sum(1 for other in agreements if other.id < g.id and set(other.parties) & set(g.parties))
        item.set_circles(circles, nesting)
        items.append(item)
    drawing.label_reservers.append(badge_reserver(lambda: items))
    return [AgreementPaint(items, False), AgreementPaint(items, True, lambda: drawing.label_scale)]


def badge_reserver(items):
    """Where the shown badges of the agreement items ``items()`` gives lie at a label scale
    (stacked as drawn): no actor's label may go there."""
    def rects(scale: float) -> list[tuple[float, float, float, float]]:
        shown = [it.badge for it in items() if it.badge.isVisible() and it.opacity() > 0]
        return [b.rect_at(scale, pos) for b, pos in stack_badges(shown, scale).items()]
    return rects
