"""Painting one actor, one label, one tie (conflict-mapping notation, see ``canvas.notation``).

Shared by the canvas, exports and ``actormap render`` through :class:`.renderer.MapRenderer`;
everything is plain QPainter calls (vector in SVG and PDF: circles, paths and real text).
Painter state is restored by hand (``painter_state``; see its note on PySide6 6.12).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from ..fonts import set_direction_for
from .drawing import ActorDraw, Drawing, TieDraw
from .labels import TEXT_FLAGS, Placement, label_fonts, tag_font
from .notation import mark_path, paint_tie
from .palette import ink_on
from .self_tag import self_tag
from .self_tag import tag_font as self_tag_font
from .theme import Theme

SELECTION_PEN = 3.0


@lru_cache(maxsize=64)
def qcolor(name: str) -> QColor:
    return QColor(name)


def paint_actor(p: QPainter, a: ActorDraw, theme: Theme, marks: bool = True, selection: bool = True) -> None:
    """Circle sized by power, kind colour and mark, shadow if external, SELF ring and tag,
    pin and selection ring. The caller sets the opacity."""
    r = a.r
    c = QPointF(a.x, a.y)
    fill = qcolor(a.fill)
    outline = qcolor(theme.outline)
    if a.external:  # a shadow circle: outside party (Fisher et al. 2000)
        sh = QColor(theme.shadow)
        sh.setAlpha(170)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(sh)
        off = r * 0.22
        p.drawEllipse(QPointF(a.x + off, a.y + off), r, r)
    if a.is_self:
        p.setPen(QPen(outline, 2.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(c, r + 5, r + 5)
    pen = QPen(outline, 1.6)
    if a.external:
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(2.0)
    p.setPen(pen)
    p.setBrush(QBrush(fill))
    p.drawEllipse(c, r, r)
    if marks:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ink_on(fill))
        p.drawPath(mark_path(a.mark, round(max(6.0, r * 0.42), 1)).translated(c))
    if a.is_self:
        x, y, w, h = a.tag_rect()
        tag = QRectF(x, y + 2, w - 4, h - 2)
        p.setPen(QPen(outline, 1.2))
        p.setBrush(qcolor(theme.halo))
        p.drawRoundedRect(tag, 4, 4)
        p.setFont(self_tag_font())
        p.setPen(qcolor(theme.text))
        p.drawText(tag, Qt.AlignmentFlag.AlignCenter, self_tag())
    if a.pinned:
        p.setPen(QPen(outline, 1.2))
        p.setBrush(qcolor(theme.text))
        p.drawEllipse(QPointF(a.x - r * 0.72, a.y - r * 0.72), 4, 4)
    if a.selected and selection:
        p.setPen(QPen(qcolor(theme.selection), SELECTION_PEN, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(c, r + 3.5, r + 3.5)


def paint_label(p: QPainter, pl: Placement, theme: Theme) -> None:
    """Halo, name, caption and tag line of a placed label (the caller sets the opacity).
    Each line is laid out in its own direction (an Arabic name right to left)."""
    box = pl.box
    s = pl.scale
    halo = QColor(theme.halo)
    halo.setAlpha(theme.halo_alpha)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(halo)
    p.drawRoundedRect(QRectF(pl.x, pl.y, box.width * s, box.height * s), 4 * s, 4 * s)
    t = p.worldTransform()
    p.translate(pl.x, pl.y)
    p.scale(s, s)
    name_font, cap_font = label_fonts(box.pt)
    p.setFont(name_font)
    p.setPen(qcolor(theme.text))
    x, y, w, h = box.name_rect
    set_direction_for(p, box.name)
    p.drawText(QRectF(x - 1, y, w + 2, h), TEXT_FLAGS, box.name)
    if box.caption:
        p.setFont(cap_font)
        p.setPen(qcolor(theme.caption))
        x, y, w, h = box.caption_rect
        set_direction_for(p, box.caption)
        p.drawText(QRectF(x - 1, y, w + 2, h), TEXT_FLAGS, box.caption)
    if box.tag:  # a box; a legal designation ("§ ...") gets a heavier one
        ink = qcolor(theme.text)
        p.setPen(QPen(ink, 1.6 if box.tag.startswith("§") else 0.8))
        p.setBrush(qcolor(theme.halo))
        x, y, w, h = box.tag_rect
        p.drawRoundedRect(QRectF(x, y, w, h), 3, 3)
        p.setFont(tag_font(box.pt))
        set_direction_for(p, box.tag)
        p.drawText(QRectF(x, y, w, h), TEXT_FLAGS, box.tag)
    p.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    p.setWorldTransform(t)


def paint_tie_detail(p: QPainter, d: Drawing, t: TieDraw, theme: Theme, head_scale: float = 1.0,
                     selection: bool = True) -> None:
    """A tie in its kind's line style with heads, barbs, teeth; a halo when selected."""
    geom = d.geometry(t, head_scale)
    if geom.empty:
        return
    color = qcolor(theme.tie_color(t.kind))
    if t.selected and selection:
        halo = QColor(theme.selection)
        halo.setAlpha(90)
        pen = QPen(halo, geom.line_width + 9)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(geom.spine)
    paint_tie(p, geom, color, qcolor(theme.background), t.rumoured)
