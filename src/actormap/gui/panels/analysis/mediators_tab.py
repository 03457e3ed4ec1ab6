"""Insider mediators: the ranked shortlist, score parts as bars, reasons, gates, weights.

Moving a weight slider re-ranks at once with the pure core function
:func:`actormap.core.analysis.ranking.rank` on the components already in the
result (no re-analysis). Selecting a candidate highlights on the canvas the
camps and the trust channels it bridges (:func:`ranking.bridges`).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QStyle,
    QStyledItemDelegate,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....core.analysis import ranking
from ....core.analysis.result import COMPONENTS, AnalysisResult, GatedActor, MediatorCandidate
from ....core.messages import render as render_in
from ...i18n import COUNT, current_language, translate
from .common import (
    OKABE_ITO,
    RAW_ROLE,
    ROW_ROLE,
    CanvasLink,
    Column,
    HelpBox,
    IdTable,
    RowsModel,
    actor_names,
    fmt_num,
    name_list,
)
from .help_texts import component_help, component_label

SLIDER_SCALE = 20  # slider steps per unit of weight (0.05 each)
SLIDER_MAX = 2.0


@dataclass(frozen=True)
class Ranked:
    """A row of the shortlist: the candidate (re-scored under the panel's weights) and its rank."""

    rank: int
    candidate: MediatorCandidate

    @property
    def id(self) -> str:
        return self.candidate.id


def weights_used(result: AnalysisResult | None) -> dict[str, float]:
    """The weights the engine ranked with (its defaults unless the user gave others)."""
    return dict(result.mediator_weights) if result is not None else {}


def render(reason) -> str:
    """A reason (code and params) in the interface's language."""
    return render_in(reason, current_language())


def gate_reason(g: GatedActor) -> str:
    """The gates an actor failed, as one line of text."""
    return "; ".join(render(r) for r in g.reasons)


class PartsDelegate(QStyledItemDelegate):
    """Paints the score parts as small side-by-side bars (one colour per part)."""

    def __init__(self, keys_fn, parent=None):
        super().__init__(parent)
        self._keys_fn = keys_fn

    def paint(self, painter: QPainter, option, index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        comps = index.data(RAW_ROLE)
        row = index.data(ROW_ROLE)
        keys = self._keys_fn()
        if comps is None or row is None or not keys:
            return
        not_assessed = set(row.candidate.not_assessed)
        r = QRectF(option.rect).adjusted(3, 4, -3, -4)
        w = r.width() / len(keys)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for i, k in enumerate(keys):
            cell = QRectF(r.left() + i * w + 1, r.top(), w - 3, r.height())
            painter.fillRect(cell, QColor("#e6e6e6"))
            v = getattr(comps, k, None)
            if v is not None and k in not_assessed:  # counted as neutral, drawn pale and outlined
                painter.fillRect(QRectF(cell.left(), cell.top(), cell.width() * max(0.0, min(1.0, float(v))),
                                        cell.height()), QColor(OKABE_ITO[i % len(OKABE_ITO)]).lighter(160))
                painter.setPen(QPen(QColor("#777777"), 1, Qt.PenStyle.DotLine))
                painter.drawRect(cell)
                continue
            if v is None:  # no such part: hatched, never hidden
                painter.fillRect(cell, QColor(0, 0, 0, 0))
                painter.setPen(QPen(QColor("#999999"), 1, Qt.PenStyle.DotLine))
                painter.drawRect(cell)
                continue
            frac = max(0.0, min(1.0, float(v)))
            painter.fillRect(QRectF(cell.left(), cell.top(), cell.width() * frac, cell.height()),
                             QColor(OKABE_ITO[i % len(OKABE_ITO)]))
        painter.restore()


class ScoreDelegate(QStyledItemDelegate):
    """The score as a grey bar behind its number (scores are 0-1)."""

    def paint(self, painter: QPainter, option, index) -> None:
        v = index.data(RAW_ROLE)
        if isinstance(v, (int, float)):
            r = QRectF(option.rect).adjusted(2, 3, -2, -3)
            painter.fillRect(QRectF(r.left(), r.top(), r.width() * max(0.0, min(1.0, float(v))), r.height()),
                             QColor("#cfe3f3"))
        super().paint(painter, option, index)


def no_candidate() -> str:
    return translate("Mediators", "Select a candidate to see why it is on the list.")


def no_result() -> str:
    return translate("Mediators", "No analysis of this map yet.")


class MediatorsTab(QWidget):
    weightsChanged = Signal(object)
    designationsChanged = Signal(str)  # annotate | weigh | gate: needs a new analysis

    def __init__(self, link: CanvasLink, parent: QWidget | None = None):
        super().__init__(parent)
        self.link = link
        self.result: AnalysisResult | None = None
        self.candidates: list[MediatorCandidate] = []
        self.ranked: list[MediatorCandidate] = []
        self.gated: list[GatedActor] = []
        self.keys: list[str] = []
        self.weights: dict[str, float] = {}
        self.default_weights: dict[str, float] = {}
        self._names: dict[str, str] = {}

        self.model = RowsModel([
            Column("#", lambda r: r.rank),
            Column(translate("Mediators", "Actor"), lambda r: r.candidate.name, str, numeric=False),
            Column(translate("Mediators", "Score"), lambda r: r.candidate.score, lambda v: fmt_num(v, 2),
                   tip=translate("Mediators", "weighted mean of the parts (0-1)")),
            Column(translate("Mediators", "Parts"), lambda r: r.candidate.components, self._parts_text, numeric=False,
                   tip=translate("Mediators", "each part as a bar; hover for the values")),
            Column(translate("Mediators", "Camp"), lambda r: r.candidate.faction, str, numeric=False),
            Column(translate("Mediators", "Why"), lambda r: render(r.candidate.reasons[0]) if r.candidate.reasons
                   else "", str, numeric=False),
        ])
        self.table = IdTable(self.model, link.selection, multi=False)
        self.table.setObjectName("mediatorTable")
        self.table.setItemDelegateForColumn(2, ScoreDelegate(self.table))
        self.table.setItemDelegateForColumn(3, PartsDelegate(lambda: self.keys, self.table))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setColumnWidth(0, 30)
        self.table.setColumnWidth(1, 150)
        self.table.setColumnWidth(2, 52)
        self.table.setColumnWidth(3, 120)
        self.table.setColumnWidth(4, 110)
        self.table.idsActivated.connect(self._candidate_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_details())

        self.details = QLabel(no_candidate())
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setObjectName("mediatorDetails")

        self.weights_box = QWidget()
        self.weights_form = QGridLayout(self.weights_box)
        self.weights_form.setContentsMargins(6, 4, 6, 4)
        self.weights_form.setHorizontalSpacing(10)
        self.sliders: dict[str, QSlider] = {}
        self.reset_button = QPushButton(translate("Mediators", "Default weights"))
        self.reset_button.clicked.connect(self.reset_weights)
        self.designations = QComboBox()
        self.designations.setObjectName("designationMode")
        for text, mode in ((translate("Mediators", "Designations: say so in the reasons"), "annotate"),
                           (translate("Mediators", "Designations: weigh them (part 'Not designated')"), "weigh"),
                           (translate("Mediators", "Designations: leave designated actors out"), "gate")):
            self.designations.addItem(text, mode)
        self.designations.setToolTip(translate(
            "Mediators", "What a legal designation in force (terrorist listing, sanctions, a criminal-organisation "
            "designation) does to a candidacy; re-runs the analysis"))
        self.designations.setAccessibleName(translate("Mediators", "Legal designations"))
        self.designations.currentIndexChanged.connect(
            lambda _i: self.designationsChanged.emit(self.designations.currentData()))

        self.gated_model = RowsModel([
            Column(translate("Mediators", "Actor"), lambda r: r.name, str, numeric=False),
            Column(translate("Mediators", "Camp"), lambda r: r.faction, str, numeric=False),
            Column(translate("Mediators", "Why it is left out"), gate_reason, str, numeric=False),
        ])
        self.gated_table = IdTable(self.gated_model, link.selection)
        self.gated_table.setObjectName("gatedTable")
        self.gated_table.setColumnWidth(0, 130)
        self.gated_table.setColumnWidth(1, 90)
        self.gated_label = QLabel(translate("Mediators", "Left out (gates)"))

        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details_scroll.setWidget(self.details)
        self.details.setContentsMargins(4, 4, 4, 4)
        weights_page = QScrollArea()
        weights_page.setWidgetResizable(True)
        weights_page.setFrameShape(QScrollArea.Shape.NoFrame)
        weights_page.setWidget(self.weights_box)
        gated_page = QWidget()
        gl = QVBoxLayout(gated_page)
        gl.setContentsMargins(2, 2, 2, 2)
        gl.addWidget(self.gated_label)
        gl.addWidget(self.gated_table, 1)
        self.sub = QTabWidget()
        self.sub.setObjectName("mediatorSubTabs")
        self.sub.setDocumentMode(True)
        self.sub.addTab(details_scroll, translate("Mediators", "Why this candidate"))
        self.sub.addTab(weights_page, translate("Mediators", "Weights"))
        self.gated_tab_index = self.sub.addTab(gated_page, translate("Mediators", "Left out"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.table, 3)
        lay.addWidget(self.sub, 2)
        lay.addWidget(HelpBox("mediators"))

    # ---- filling ------------------------------------------------------------------------------
    def _parts_text(self, comps) -> str:
        return "; ".join(f"{component_label(k)} {fmt_num(getattr(comps, k), 2)}" for k in self.keys)

    def _value_text(self, m: MediatorCandidate, k: str) -> str:
        v = getattr(m.components, k)
        if k in m.not_assessed:
            return translate("Mediators", "not assessed (counted as {value})").format(value=fmt_num(v, 2))
        return fmt_num(v, 2)

    def set_result(self, result: AnalysisResult | None) -> None:
        self.result = result
        self._names = actor_names(result)
        cands = list(result.mediators) if result is not None else []
        gated = list(result.gated) if result is not None else []
        self.candidates, self.gated = cands, gated
        keys = list(COMPONENTS) if result is not None else []
        if keys != self.keys:
            self.keys = keys
            used = weights_used(result)
            self.default_weights = {k: float(used[k]) for k in keys}
            if not self.weights or set(self.weights) != set(keys):
                self.weights = dict(self.default_weights)
            self._build_sliders()
        self.gated_model.set_rows(gated)
        self.gated_label.setText(translate(
            "Mediators", "Left out by the gates: they may be powerful or central, but they are not trusted across "
            "camps (or are outsiders).") if gated else translate("Mediators", "No actor was left out by the gates."))
        self.gated_label.setWordWrap(True)
        self.sub.setTabText(self.gated_tab_index, translate("Mediators", "Left out ({count})").format(count=len(gated)))
        self.rerank()

    def _build_sliders(self) -> None:
        while self.weights_form.count():
            item = self.weights_form.takeAt(0)
            w = item.widget()
            if w is not None and w is not self.reset_button and w is not self.designations:
                w.deleteLater()
        self.sliders = {}
        self.slider_labels: dict[str, QLabel] = {}
        for i, k in enumerate(self.keys):
            s = QSlider(Qt.Orientation.Horizontal)
            s.setObjectName(f"weight_{k}")
            s.setRange(0, round(SLIDER_MAX * SLIDER_SCALE))
            s.setPageStep(SLIDER_SCALE // 4)
            s.setValue(round(self.weights.get(k, 1.0) * SLIDER_SCALE))
            s.setToolTip(component_help(k) or k)
            s.valueChanged.connect(lambda v, k=k: self.set_weight(k, v / SLIDER_SCALE))
            s.setMinimumWidth(70)
            swatch = QLabel(f"<span style='color:{OKABE_ITO[i % len(OKABE_ITO)]}'>■</span> {component_label(k)}")
            swatch.setToolTip(component_help(k) or k)
            value = QLabel(fmt_num(self.weights.get(k, 1.0), 2))
            value.setMinimumWidth(30)
            self.sliders[k] = s
            self.slider_labels[k] = value
            self.weights_form.addWidget(swatch, i, 0)
            self.weights_form.addWidget(s, i, 1)
            self.weights_form.addWidget(value, i, 2)
        self.weights_form.setColumnStretch(1, 1)
        note = QLabel(translate("Mediators", "Moving a slider re-ranks the list at once; hover a name for what it "
                                             "measures."))
        note.setWordWrap(True)
        last = len(self.keys)
        self.weights_form.addWidget(note, last, 0, 1, 3)
        self.weights_form.addWidget(self.reset_button, last + 1, 0, 1, 1)
        self.weights_form.addWidget(self.designations, last + 2, 0, 1, 3)

    def set_weight(self, key: str, value: float) -> None:
        self.weights[key] = float(value)
        if key in self.slider_labels:
            self.slider_labels[key].setText(fmt_num(float(value), 2))
        s = self.sliders.get(key)
        if s is not None and s.value() != round(value * SLIDER_SCALE):
            s.blockSignals(True)
            s.setValue(round(value * SLIDER_SCALE))
            s.blockSignals(False)
        self.rerank()
        self.weightsChanged.emit(dict(self.weights))

    def reset_weights(self) -> None:
        self.weights = dict(self.default_weights)
        for k, s in self.sliders.items():
            self.slider_labels[k].setText(fmt_num(self.weights.get(k, 1.0), 2))
            s.blockSignals(True)
            s.setValue(round(self.weights.get(k, 1.0) * SLIDER_SCALE))
            s.blockSignals(False)
        self.rerank()
        self.weightsChanged.emit(dict(self.weights))

    def rerank(self) -> None:
        """Re-score and sort the candidates under the current weights (pure core function)."""
        ranked = ranking.rank(self.candidates, self.weights) if self.keys else list(self.candidates)
        self.ranked = ranked
        self.model.set_rows([Ranked(i, m) for i, m in enumerate(ranked, 1)])
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._show_details()

    def ranked_ids(self) -> list[str]:
        return [m.id for m in self.ranked]

    # ---- selection ----------------------------------------------------------------------------
    def _candidate_selected(self, ids: list) -> None:
        """The user chose a row: explain it and light its trust bridges on the map."""
        aid = self._show_details()
        doc = self.link.qdoc.doc if self.link.qdoc is not None else None
        if aid is not None and ids and ids[0] == aid and doc is not None and aid in doc.actors:
            _factions, members, ties = ranking.bridges(doc.actors, doc.ties_of(aid), aid)
            self.link.highlight([aid, *members], ties, translate("Mediators", "{name} and the camps it bridges by trust")
                                .format(name=doc.actors[aid].name))

    def _show_details(self) -> str | None:
        """Explain the candidate selected in the table, from the current result; with none
        (or a candidate no longer on the list) say so. Never changes the map's emphasis."""
        ids = self.table.selected_ids()
        aid = ids[0] if ids else None
        i, m = next(((i, c) for i, c in enumerate(self.ranked, 1) if c.id == aid), (0, None))
        if m is None:
            self.details.setText(no_result() if self.result is None else no_candidate())
            return None
        reasons = "".join(f"<li>{_esc(render(r))}</li>" for r in m.reasons)
        weight = translate("Mediators", "× weight {value}")
        parts = "".join(
            f"<li>{component_label(k)}: <b>{self._value_text(m, k)}</b> "
            f"{weight.format(value=fmt_num(self.weights.get(k, 0.0), 2))}</li>" for k in self.keys)
        bridged = ""
        doc = self.link.qdoc.doc if self.link.qdoc is not None else None
        if doc is not None and aid in doc.actors:
            factions, _members, ties = ranking.bridges(doc.actors, doc.ties_of(aid), aid)
            if factions:
                n_ties = len(ties)
                bridged = "<p>" + translate(
                    "Mediators", "Bridges by trust to: {camps} ({ties}; choose the row to light them on the map).").format(
                    camps=f"<b>{_esc(', '.join(factions))}</b>",
                    ties=translate("Mediators", "%n trust tie(s)", "", COUNT, n_ties)) + "</p>"
        camp = m.faction or translate("Mediators", "no camp")
        score = translate("Mediators", "score {value}").format(value=fmt_num(m.score, 2))
        head = f"<b>{i}. {_esc(m.name)}</b> ({_esc(camp)}) — {score}"
        parts_title = translate("Mediators", "Parts:")
        self.details.setText(f"{head}<ul>{reasons}</ul>{bridged}"
                             f"<p style='color:#555'>{parts_title}</p><ul>{parts}</ul>")
        return aid

    def names_of(self, ids) -> str:
        return name_list(ids, self._names)


def _esc(text) -> str:
    return escape(str(text if text is not None else ""))
