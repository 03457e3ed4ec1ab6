"""The legend: explains every symbol on the map, painted with QPainter into any device.

``paint_legend`` draws with the same notation functions as the canvas, so the legend can
never disagree with the map; it serves the on-screen overlay (:class:`LegendOverlay`) and
exports alike (paint into a PNG/SVG/PDF painter, scaled as needed). Its words follow the
interface's language (actor kinds and agreement statuses from the core catalogue), and its
columns widen to the longest row, so no translation is cut off.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...core.model import ActorKind, AgreementStatus, TieKind
from ..i18n import translate
from ..render.notation import mark_path, paint_tie, tie_geometry
from ..render.painter_state import painter_state
from ..render.palette import heat_color, ink_on, kind_label, kind_style
from ..render.self_tag import self_tag
from ..render.theme import LIGHT, Theme

ROW = 19.0
PAD = 8.0
COL1 = 178.0
COL2 = 232.0
"""The columns' least widths (px); a longer row widens its column."""
TITLE = 20.0
SAMPLE = 44.0
"""Least width of the "Name / faction" label sample."""
TEXT_AT = 58.0
"""Where the words of a tie or agreement row start, after the line sample."""

TIE_WORDS = {
    TieKind.TRUST: QT_TRANSLATE_NOOP("Legend", "trust (close relationship)"),
    TieKind.SYMBIOTIC: QT_TRANSLATE_NOOP("Legend", "symbiotic (mutual benefit)"),
    TieKind.PROTECTIVE: QT_TRANSLATE_NOOP("Legend", "protective (A shields B)"),
    TieKind.PARASITIC: QT_TRANSLATE_NOOP("Legend", "parasitic (A extracts from B)"),
    TieKind.COERCIVE: QT_TRANSLATE_NOOP("Legend", "coercive (A forces B)"),
    TieKind.CONFLICT: QT_TRANSLATE_NOOP("Legend", "conflict (mutual hostility)"),
    TieKind.DIALOGUE: QT_TRANSLATE_NOOP("Legend", "dialogue (open channel)"),
}
"""The legend's row for each tie kind: the kind and a short gloss (English; shown translated)."""


def tie_words(kind: TieKind) -> str:
    """The legend's row for ``kind`` in the interface's language."""
    text = TIE_WORDS[TieKind(kind)]
    return translate("Legend", text)


@dataclass
class LegendSpec:
    """What the legend lists (normally: what the map actually shows)."""

    kinds: list[ActorKind] = field(default_factory=lambda: list(ActorKind))
    tie_kinds: list[TieKind] = field(default_factory=lambda: list(TieKind))
    external: bool = True
    is_self: bool = True
    pinned: bool = True
    rumoured: bool = True
    heat: tuple[str, float, float] | None = None  # (label, low, high)
    agreements: list[AgreementStatus] = field(default_factory=list)  # statuses of the agreements drawn
    tags: str = ""  # what the tag under actors' names means (the label lens; lines), "" when none


def spec_for_scene(scene) -> LegendSpec:
    """The symbols present on ``scene`` (everything, for an empty map)."""
    doc = scene.doc
    acts = doc.actors.values()
    kinds = {a.kind for a in acts}
    tkinds = {t.kind for t in doc.ties.values()}
    spec = LegendSpec(
        kinds=[k for k in ActorKind if k in kinds] or list(ActorKind),
        tie_kinds=[k for k in TieKind if k in tkinds] or list(TieKind),
        external=any(a.external for a in acts) or not doc.actors,
        is_self=any(a.is_self for a in acts) or not doc.actors,
        pinned=any(a.pinned for a in acts),
        rumoured=any(t.confidence == "rumoured" for t in doc.ties.values()) or not doc.ties,
    )
    if scene.heat_active:
        spec.heat = (scene.heat_label or translate("Legend", "measure"), *scene.heat_range)
    spec.tags = getattr(scene, "actor_tag_title", "")
    statuses = {g.status for g in doc.items("agreements").values()}
    spec.agreements = [s for s in AgreementStatus if s in statuses]
    return spec


def spec_for_drawing(drawing, agreements=(), tags: str = "") -> LegendSpec:
    """The symbols present in a :class:`~actormap.gui.render.Drawing` (everything, if empty),
    with the statuses of ``agreements`` drawn and what the actors' tags mean."""
    acts = list(drawing.actors.values())
    ties = list(drawing.ties.values())
    kinds = {a.kind for a in acts}
    tkinds = {t.kind for t in ties}
    spec = LegendSpec(
        kinds=[k for k in ActorKind if k in kinds] or list(ActorKind),
        tie_kinds=[k for k in TieKind if k in tkinds] or list(TieKind),
        external=any(a.external for a in acts) or not acts,
        is_self=any(a.is_self for a in acts) or not acts,
        pinned=any(a.pinned for a in acts),
        rumoured=any(t.rumoured for t in ties) or not ties,
    )
    if drawing.heat is not None:
        spec.heat = (drawing.heat.label or translate("Legend", "measure"), drawing.heat.low, drawing.heat.high)
    statuses = {g.status for g in agreements}
    spec.agreements = [s for s in AgreementStatus if s in statuses]
    spec.tags = tags
    return spec


@dataclass(frozen=True)
class Words:
    """The legend's fixed texts in the interface's language (read once per painting)."""

    title: str
    actors: str
    heat: str
    no_value: str
    size: str
    name: str
    faction: str
    label: str
    tag: str
    external: str
    is_self: str
    pinned: str
    ties: str
    width: str
    rumoured: str
    agreements: str

    @classmethod
    def now(cls) -> Words:
        return cls(
            title=translate("Legend", "Legend"),
            actors=translate("Legend", "Actors (colour + mark)"),
            heat=translate("Legend", "colour and size ="),
            no_value=translate("Legend", "no value for this actor"),
            size=translate("Legend", "size = power (1 – 5)"),
            name=translate("Legend", "Name"),
            faction=translate("Legend", "faction"),
            label=translate("Legend", "label: name, faction"),
            tag=translate("Legend", "tag"),
            external=translate("Legend", "external actor (shadow)"),
            is_self=translate("Legend", "{tag}: our own position").format(tag=self_tag()),
            pinned=translate("Legend", "pinned (layouts keep it)"),
            ties=translate("Legend", "Ties (A → B)"),
            width=translate("Legend", "width = strength (1 – 3)"),
            rumoured=translate("Legend", "faded with ?: rumoured"),
            agreements=translate("Legend", "Agreements (around parties)"),
        )


def _rows(spec: LegendSpec) -> tuple[int, int]:
    c1 = 1 + len(spec.kinds) + 2 + spec.external + spec.is_self + spec.pinned
    if spec.heat:
        c1 += 4
    c1 += 1  # the two-line "name / faction" sample
    c1 += len(spec.tags.splitlines())
    c2 = 1 + len(spec.tie_kinds) + 1 + spec.rumoured
    if spec.agreements:
        c2 += 1 + len(spec.agreements)
    return c1, c2


def _sample_width(words: Words) -> float:
    """Width of the "Name / faction" sample box: room for both words."""
    _body, head, small = _fonts()
    return max(SAMPLE, QFontMetricsF(head).horizontalAdvance(words.name) + 6,
               QFontMetricsF(small).horizontalAdvance(words.faction) + 6)


def _columns(spec: LegendSpec, words: Words) -> tuple[float, float]:
    """Widths of the actors' and the ties' columns: the least widths, or the longest row."""
    body, head, _small = _fonts()
    fb, fh = QFontMetricsF(body), QFontMetricsF(head)
    one = [fh.horizontalAdvance(words.actors), 32 + fb.horizontalAdvance(words.size),
           _sample_width(words) + 6 + fb.horizontalAdvance(words.label)]
    one += [22 + fb.horizontalAdvance(kind_label(k)) for k in spec.kinds]
    if spec.heat:
        one += [fb.horizontalAdvance(words.heat), 22 + fb.horizontalAdvance(words.no_value)]
    for on, text in ((spec.external, words.external), (spec.is_self, words.is_self), (spec.pinned, words.pinned)):
        if on:
            one.append(22 + fb.horizontalAdvance(text))
    two = [fh.horizontalAdvance(words.ties), TEXT_AT + fb.horizontalAdvance(words.width)]
    two += [TEXT_AT + fb.horizontalAdvance(tie_words(k)) for k in spec.tie_kinds]
    if spec.rumoured:
        two.append(TEXT_AT + fb.horizontalAdvance(words.rumoured))
    if spec.agreements:
        from .items.agreement_item import status_style

        two.append(fh.horizontalAdvance(words.agreements))
        two += [TEXT_AT + fb.horizontalAdvance(status_style(s).word) for s in spec.agreements]
    return max(COL1, max(one) + 4), max(COL2, max(two) + 4)


def legend_size(spec: LegendSpec, words: Words | None = None) -> QSizeF:
    c1, c2 = _rows(spec)
    w1, w2 = _columns(spec, words or Words.now())
    return QSizeF(w1 + w2 + 3 * PAD, TITLE + max(c1, c2) * ROW + 2 * PAD)


def _fonts() -> tuple[QFont, QFont, QFont]:
    body = QFont()
    body.setPixelSize(12)
    head = QFont(body)
    head.setBold(True)
    small = QFont(body)
    small.setPixelSize(10)
    return body, head, small


def _circle(p: QPainter, c: QPointF, r: float, kind: ActorKind, theme: Theme, fill: QColor | None = None,
            dashed: bool = False) -> None:
    st = kind_style(kind)
    f = fill or QColor(st.color)
    pen = QPen(QColor(theme.outline), 1.2, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    p.setPen(pen)
    p.setBrush(f)
    p.drawEllipse(c, r, r)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink_on(f))
    p.drawPath(mark_path(st.mark, round(max(3.0, r * 0.45), 1)).translated(c))


def paint_legend(painter: QPainter, top_left: QPointF, spec: LegendSpec, theme: Theme = LIGHT) -> QRectF:
    """Paint the legend with its top-left corner at ``top_left``; returns the rect used."""
    words = Words.now()
    size = legend_size(spec, words)
    rect = QRectF(top_left, size)
    with painter_state(painter):
        _paint(painter, rect, spec, theme, words)
    return rect


def _paint(p: QPainter, rect: QRectF, spec: LegendSpec, theme: Theme, words: Words) -> None:
    body, head, small = _fonts()
    w1, w2 = _columns(spec, words)
    text = QColor(theme.text)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    bg = QColor(theme.legend_bg)
    bg.setAlpha(theme.legend_alpha)
    p.setPen(QPen(QColor(theme.legend_border), 1.0))
    p.setBrush(bg)
    p.drawRoundedRect(rect, 6, 6)
    x1 = rect.left() + PAD
    x2 = x1 + w1 + PAD
    y0 = rect.top() + PAD
    p.setFont(head)
    p.setPen(text)
    p.drawText(QRectF(x1, y0, w1 + w2, TITLE), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
               words.title)

    def label(x: float, y: float, s: str, font: QFont = body, right: float = x1 + w1) -> None:
        p.setFont(font)
        p.setPen(text)
        p.drawText(QRectF(x, y, right - x, ROW), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, s)

    # column 1: actors
    y = y0 + TITLE
    label(x1, y, words.actors, head)
    y += ROW
    if spec.heat:
        name, lo, hi = spec.heat
        label(x1, y, words.heat)
        y += ROW
        fm_name = QFontMetricsF(head).elidedText(name, Qt.TextElideMode.ElideRight, w1)
        label(x1, y, fm_name, head)
        y += ROW
        grad = QLinearGradient(x1, 0, x1 + 110, 0)
        for i in range(9):
            grad.setColorAt(i / 8, heat_color(i / 8))
        p.setPen(QPen(QColor(theme.outline), 0.8))
        p.setBrush(QBrush(grad))
        p.drawRect(QRectF(x1, y + 4, 110, ROW - 8))
        p.setFont(small)
        p.setPen(text)
        p.drawText(QRectF(x1 + 114, y, 70, ROW), Qt.AlignmentFlag.AlignVCenter, f"{lo:.3g} – {hi:.3g}")
        y += ROW
        _circle(p, QPointF(x1 + 8, y + ROW / 2), 7, ActorKind.OTHER, theme, QColor("#DDDDDD"))
        label(x1 + 22, y, words.no_value)
        y += ROW
    for k in spec.kinds:
        _circle(p, QPointF(x1 + 8, y + ROW / 2), 8, k, theme,
                QColor("#DDDDDD") if spec.heat else None)
        label(x1 + 22, y, kind_label(k))
        y += ROW
    c = QPointF(x1 + 5, y + ROW / 2)
    _circle(p, c, 4, ActorKind.OTHER, theme)
    _circle(p, QPointF(x1 + 19, y + ROW / 2), 8.5, ActorKind.OTHER, theme)
    label(x1 + 32, y, words.size)
    y += ROW
    box = _sample_width(words)
    halo = QColor(theme.halo)
    halo.setAlpha(theme.halo_alpha)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(halo)
    p.drawRoundedRect(QRectF(x1 - 2, y + 2, box + 4, 2 * ROW - 4), 3, 3)
    p.setFont(head)
    p.setPen(text)
    p.drawText(QRectF(x1, y + 2, box, ROW - 2), Qt.AlignmentFlag.AlignCenter, words.name)
    p.setFont(small)
    p.drawText(QRectF(x1, y + ROW - 2, box, ROW - 4), Qt.AlignmentFlag.AlignCenter, words.faction)
    label(x1 + box + 6, y + ROW / 2, words.label)
    y += 2 * ROW
    if spec.tags:
        p.setPen(QPen(text, 0.8))
        p.setBrush(Qt.BrushStyle.NoBrush)
        tag_w = max(40.0, QFontMetricsF(small).horizontalAdvance(words.tag) + 8)
        p.drawRoundedRect(QRectF(x1 + 2, y + 4, tag_w, ROW - 8), 3, 3)
        p.setFont(small)
        p.drawText(QRectF(x1 + 2, y + 4, tag_w, ROW - 8), Qt.AlignmentFlag.AlignCenter, words.tag)
        first, *rest = spec.tags.splitlines()
        at = x1 + tag_w + 10
        label(at, y, QFontMetricsF(body).elidedText(first, Qt.TextElideMode.ElideRight, x1 + w1 - at), body)
        y += ROW
        for i, line in enumerate(rest):  # the source's name in bold, then notes
            font = head if i == 0 else body
            label(x1 + 8, y, QFontMetricsF(font).elidedText(line, Qt.TextElideMode.ElideRight, w1 - 8), font)
            y += ROW
    if spec.external:
        sh = QColor(theme.shadow)
        sh.setAlpha(170)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(sh)
        p.drawEllipse(QPointF(x1 + 10, y + ROW / 2 + 2), 8, 8)
        _circle(p, QPointF(x1 + 8, y + ROW / 2), 8, ActorKind.OTHER, theme, dashed=True)
        label(x1 + 22, y, words.external)
        y += ROW
    if spec.is_self:
        _circle(p, QPointF(x1 + 8, y + ROW / 2), 6, ActorKind.OTHER, theme)
        p.setPen(QPen(QColor(theme.outline), 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(x1 + 8, y + ROW / 2), 8.5, 8.5)
        label(x1 + 22, y, words.is_self)
        y += ROW
    if spec.pinned:
        _circle(p, QPointF(x1 + 8, y + ROW / 2), 8, ActorKind.OTHER, theme)
        p.setPen(QPen(QColor(theme.outline), 1.0))
        p.setBrush(text)
        p.drawEllipse(QPointF(x1 + 3, y + ROW / 2 - 5), 2.5, 2.5)
        label(x1 + 22, y, words.pinned)
        y += ROW

    # column 2: ties
    end = x2 + w2
    y = y0 + TITLE
    label(x2, y, words.ties, head, end)
    y += ROW
    bg_col = QColor(theme.legend_bg)

    def sample(kind: TieKind, yy: float, strength: int = 2, rumoured: bool = False, x0: float = x2,
               length: float = 50.0) -> None:
        g = tie_geometry((x0 - 2, yy + ROW / 2), 0.0, (x0 + length + 2, yy + ROW / 2), 0.0, kind, strength,
                         0.0, theme.line_scale)
        paint_tie(p, g, QColor(theme.tie_color(kind)), bg_col, rumoured)

    for k in spec.tie_kinds:
        sample(k, y)
        label(x2 + TEXT_AT, y, tie_words(k), body, end)
        y += ROW
    for i, s in enumerate((1, 2, 3)):
        g = tie_geometry((x2 + i * 18, y + ROW / 2 + 6), 0.0, (x2 + i * 18 + 12, y + ROW / 2 - 6), 0.0,
                         TieKind.DIALOGUE, s, 0.0, theme.line_scale)
        pen = QPen(text, g.line_width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawPath(g.spine)
    label(x2 + TEXT_AT, y, words.width, body, end)
    y += ROW
    if spec.rumoured:
        sample(TieKind.SYMBIOTIC, y, rumoured=True)
        label(x2 + TEXT_AT, y, words.rumoured, body, end)
        y += ROW
    if spec.agreements:
        from .items.agreement_item import status_style

        label(x2, y, words.agreements, head, end)
        y += ROW
        for status in spec.agreements:
            st = status_style(status)
            color = QColor(st.color)
            fill = QColor(color)
            fill.setAlpha(max(st.fill_alpha, 40))
            p.setPen(QPen(color, 2.0, st.dash))
            p.setBrush(fill)
            p.drawRoundedRect(QRectF(x2, y + 3, 50, ROW - 6), 7, 7)
            label(x2 + TEXT_AT, y, st.word, body, end)
            y += ROW


class LegendOverlay(QWidget):
    """The legend over the top-left corner of a map view; clicks pass through it."""

    def __init__(self, view):
        super().__init__(view)
        self._view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.spec = LegendSpec()

    def refresh(self) -> None:
        self.spec = spec_for_scene(self._view.map_scene)
        size = legend_size(self.spec)
        vp = self._view.viewport().geometry()
        top = vp.top() + 8 + (self._view.banner_height() if hasattr(self._view, "banner_height") else 0)
        self.setGeometry(vp.left() + 8, top, int(size.width()) + 2, int(size.height()) + 2)
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        paint_legend(p, QPointF(0.5, 0.5), self.spec, self._view.map_scene.theme)
        p.end()
