"""An agreement on the canvas: a soft hull around its parties, and a badge naming it.

The hull follows the parties only, as in Kelp diagrams (Dinkla, van Kreveld, Speckmann &
Westenberg, *Kelp Diagrams: Point Set Membership Visualization*, EuroVis 2012): a padded
disc around each party, joined by bands along the shortest tree linking them (Euclidean
minimum spanning tree), so actors that merely sit between the parties are not enclosed as
a convex hull would. It is drawn behind ties and actors with a translucent fill; the badge
(:class:`AgreementBadge`) sits above the ties so its text stays readable. The status shows
three ways, never by colour alone: the outline's colour (Okabe-Ito), its dash pattern (in
force solid, proposed dashed, broken dash-dot, ended dotted) and the word in the badge
("2012 gang truce · truce, in force"), in the interface's language (the core catalogue's words).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ....core.model import Agreement, AgreementStatus
from ...i18n import message, translate
from ..palette import OKABE_ITO

AGREEMENT_Z = -5.0
BADGE_Z = 5.0
"""Badges sit above ties (0) and below actors (10)."""
PAD = 18.0
"""Room between a party's circle and the hull (scene units)."""
STEP = 12.0
"""Extra room per agreement nested on the same actors, so overlapping hulls stay apart."""
BAND = 0.6
"""Width of the band joining two parties, as a share of the discs' diameter."""


@dataclass(frozen=True)
class StatusStyle:
    status: AgreementStatus
    color: str
    dash: Qt.PenStyle
    fill_alpha: int

    @property
    def word(self) -> str:
        """The status in the interface's language ("in force", "vigente", "en vigueur")."""
        return message(f"agreement_status.{self.status.value}")


STATUS_STYLES: dict[AgreementStatus, StatusStyle] = {
    s.status: s for s in (
        StatusStyle(AgreementStatus.IN_FORCE, OKABE_ITO["bluish_green"], Qt.PenStyle.SolidLine, 34),
        StatusStyle(AgreementStatus.PROPOSED, OKABE_ITO["sky_blue"], Qt.PenStyle.DashLine, 22),
        StatusStyle(AgreementStatus.BROKEN, OKABE_ITO["vermillion"], Qt.PenStyle.DashDotLine, 22),
        StatusStyle(AgreementStatus.ENDED, "#8C8C8C", Qt.PenStyle.DotLine, 16))}


def status_style(status: AgreementStatus | str) -> StatusStyle:
    return STATUS_STYLES[AgreementStatus(status)]


def badge_text(agreement: Agreement) -> str:
    """``2012 gang truce · truce, in force`` (kind and status in the interface's language)."""
    kind = message(f"agreement_kind.{agreement.kind.value}")
    return f"{agreement.name} · {kind}, {status_style(agreement.status).word}"


def spanning_tree(points: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """Edges ``(i, j)`` of the Euclidean minimum spanning tree (Prim, O(k^2); ties by index)."""
    n = len(points)
    if n < 2:
        return []
    inside = [False] * n
    best = [math.inf] * n
    link = [-1] * n
    best[0] = 0.0
    edges = []
    for _ in range(n):
        u = min((i for i in range(n) if not inside[i]), key=lambda i: (best[i], i))
        inside[u] = True
        if link[u] >= 0:
            edges.append((min(u, link[u]), max(u, link[u])))
        for v in range(n):
            if not inside[v]:
                d = math.dist(points[u], points[v])
                if d < best[v]:
                    best[v], link[v] = d, u
    return sorted(edges)


def kelp_path(circles: Sequence[tuple[float, float, float]], pad: float) -> QPainterPath:
    """Discs of radius ``r + pad`` around circles ``(x, y, r)``, joined along their spanning tree."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    if not circles:
        return path
    radii = [r + pad for _x, _y, r in circles]
    for (x, y, _r), rr in zip(circles, radii, strict=True):
        path.addEllipse(QPointF(x, y), rr, rr)
    centres = [(x, y) for x, y, _r in circles]
    for i, j in spanning_tree(centres):
        line = QPainterPath(QPointF(*centres[i]))
        line.lineTo(QPointF(*centres[j]))
        st = QPainterPathStroker()
        st.setWidth(BAND * 2 * min(radii[i], radii[j]))
        st.setCapStyle(Qt.PenCapStyle.RoundCap)
        path.addPath(st.createStroke(line))
    return path.simplified()


class AgreementItem(QGraphicsItem):
    """One agreement's hull and badge (not selectable: the Agreements dock edits it)."""

    Type = QGraphicsItem.UserType + 5

    def __init__(self, agreement: Agreement):
        super().__init__()
        self.agreement_id = agreement.id
        self.agreement = agreement
        self.setZValue(AGREEMENT_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._path = QPainterPath()
        self._rect = QRectF()
        self.badge = AgreementBadge(self)
        self.setToolTip(self._tooltip())
        self.badge.setToolTip(self.toolTip())

    def type(self) -> int:
        return AgreementItem.Type

    def _tooltip(self) -> str:
        g = self.agreement
        parts = [badge_text(g)]
        if g.terms:
            parts.append(translate("AgreementItem", "Terms: {terms}").format(
                terms="; ".join(g.terms[:4]) + (" …" if len(g.terms) > 4 else "")))
        return "\n".join(parts)

    def set_agreement(self, agreement: Agreement) -> None:
        self.agreement = agreement
        self.setToolTip(self._tooltip())
        self.badge.setToolTip(self._tooltip())
        self.update()

    def set_circles(self, circles: Sequence[tuple[float, float, float]], nesting: int = 0) -> None:
        """Place the hull around the parties' circles ``(x, y, radius)``; none hides it."""
        self.prepareGeometryChange()
        self._path = kelp_path(circles, PAD + STEP * nesting)
        self._rect = self._path.boundingRect().adjusted(-3, -3, 3, 3)
        self.setVisible(bool(circles))
        self.badge.place(circles, nesting)
        self.update()

    def hull(self) -> QPainterPath:
        return QPainterPath(self._path)

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never in the way of clicks on actors and ties

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self._path.isEmpty():
            return
        st = status_style(self.agreement.status)
        color = QColor(st.color)
        fill = QColor(color)
        fill.setAlpha(st.fill_alpha)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(color, 2.2, st.dash)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawPath(self._path)


class AgreementBadge(QGraphicsItem):
    """The name, kind and status of an agreement, above the ties, at the top of its hull.

    A separate top-level item (a child would be stacked with its hull, under the ties);
    the hull item adds and removes it with itself.
    """

    Type = QGraphicsItem.UserType + 6

    def __init__(self, owner: AgreementItem):
        super().__init__()
        self.owner = owner
        self.setZValue(BADGE_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._font = QFont()
        self._font.setPixelSize(11)
        self._font.setBold(True)
        self._rect = QRectF()
        self.anchor = QPointF()
        self.setToolTip(owner.toolTip())

    def type(self) -> int:
        return AgreementBadge.Type

    def text(self) -> str:
        return badge_text(self.owner.agreement)

    def place(self, circles: Sequence[tuple[float, float, float]], nesting: int = 0) -> None:
        """Centre the badge over the topmost party's disc (nested agreements a row higher).

        The badge hangs above its anchor point and scales with the scene's label scale, as
        actor labels do, so it stays readable when the map is zoomed out to fit.
        """
        self.prepareGeometryChange()
        if not circles:
            self._rect = QRectF()
            self.setVisible(False)
            return
        x, y, r = min(circles, key=lambda c: (c[1] - c[2], c[0]))
        fm = QFontMetricsF(self._font)
        w, h = fm.horizontalAdvance(self.text()) + 14, fm.height() + 6
        self.anchor = QPointF(x, y - r - PAD - STEP * nesting + h / 2)  # before stacking (see stack_badges)
        self.setPos(self.anchor)
        self._rect = QRectF(-w / 2, -h, w, h)
        scene = self.scene()
        self.setScale(getattr(scene, "label_scale", 1.0) if scene is not None else 1.0)
        self.setVisible(True)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def scene_rect(self) -> QRectF:
        """Where the badge is on the scene (for tests and layout checks)."""
        return self.mapRectToScene(self._rect)

    def rect_at(self, scale: float, pos: QPointF | None = None) -> tuple[float, float, float, float]:
        """Where the badge lies when drawn at label ``scale`` (x0, y0, x1, y1) at ``pos`` (default:
        where it is), the item untouched."""
        p, r = pos if pos is not None else self.pos(), self.boundingRect()
        return (p.x() + scale * r.left(), p.y() + scale * r.top(), p.x() + scale * r.right(),
                p.y() + scale * r.bottom())

    def transform_at(self, scale: float, pos: QPointF | None = None) -> QTransform:
        """The badge's scene transform when drawn at label ``scale`` at ``pos`` (default: where it is)."""
        p = pos if pos is not None else self.pos()
        return QTransform().translate(p.x(), p.y()).scale(scale, scale)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self._rect.isEmpty():
            return
        st = status_style(self.owner.agreement.status)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(st.color), 1.4, st.dash))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(self._rect, 6, 6)
        painter.setFont(self._font)
        painter.setPen(QColor("#1A1A1A"))
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text())


def stack_badges(badges: Iterable[AgreementBadge], scale: float) -> dict[AgreementBadge, QPointF]:
    """Where each visible badge goes at label ``scale``: at its anchor, or raised just above the
    badges placed before it (lower anchors first) that it would cover, so no two badges hide
    each other however far the map is zoomed out (badges keep their size on screen)."""
    out: dict[AgreementBadge, QPointF] = {}
    placed: list[tuple[float, float, float, float]] = []
    order = sorted((b for b in badges if b.isVisible()),
                   key=lambda b: (-b.anchor.y(), b.anchor.x(), b.owner.agreement.id))
    for b in order:
        pos = QPointF(b.anchor)
        for _ in range(len(placed) + 1):
            x0, y0, x1, y1 = b.rect_at(scale, pos)
            hit = [q for q in placed if x0 < q[2] and q[0] < x1 and y0 < q[3] and q[1] < y1]
            if not hit:
                break
            pos.setY(pos.y() - (y1 - min(q[1] for q in hit)) - 2 * scale)  # its bottom above their top
        out[b] = pos
        placed.append(b.rect_at(scale, pos))
    return out
