"""'Colour the map by': shade actors on the canvas by a measure, and back to notation.

The values come straight from the analysis result; the canvas draws the heat
colours and their legend (``MapView.set_heat``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ....core.analysis.result import ActorMeasures, AnalysisResult
from ...i18n import translate

Values = Callable[[AnalysisResult], dict[str, float]]


def _actor_measure(get: Callable[[ActorMeasures], float | None]) -> Values:
    """Per-actor values of a measure; actors where it is undefined (``None``) get no shade."""
    def values(result: AnalysisResult) -> dict[str, float]:
        out: dict[str, float] = {}
        for a in result.actors:
            v = get(a)
            if v is not None:
                out[a.id] = float(v)
        return out

    return values


def _mediator_scores(result: AnalysisResult) -> dict[str, float]:
    return {m.id: m.score for m in result.mediators}


MEASURES: list[tuple[str, str, Values | None]] = [
    ("notation", QT_TRANSLATE_NOOP("Heat", "Notation (kind colours)"), None),
    ("betweenness", QT_TRANSLATE_NOOP("Heat", "Betweenness"), _actor_measure(lambda a: a.betweenness)),
    ("brokerage", QT_TRANSLATE_NOOP("Heat", "Brokerage roles (total)"), _actor_measure(lambda a: a.brokerage.total)),
    ("constraint", QT_TRANSLATE_NOOP("Heat", "Constraint (boxed in)"), _actor_measure(lambda a: a.constraint)),
    ("effective_size", QT_TRANSLATE_NOOP("Heat", "Effective size"), _actor_measure(lambda a: a.effective_size)),
    ("pairs_disconnected", QT_TRANSLATE_NOOP("Heat", "Pairs cut off if removed"),
     _actor_measure(lambda a: a.removal.pairs_disconnected)),
    ("mediator", QT_TRANSLATE_NOOP("Heat", "Mediator score"), _mediator_scores),
]
"""Key, English label (translated where shown: :func:`measure_label`), values."""


def measure_label(label: str) -> str:
    return translate("Heat", label)


class HeatControl(QWidget):
    """A combo box; applies the chosen measure to ``canvas.set_heat`` on each new result."""

    measureChanged = Signal(str)

    def __init__(self, canvas=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = canvas
        self.result: AnalysisResult | None = None
        self.override: dict[str, dict[str, float]] = {}
        self._shown: tuple[str, dict[str, float] | None] | None = None  # what the canvas shows now
        self.combo = QComboBox()
        self.combo.setObjectName("heatCombo")
        for key, label, _fn in MEASURES:
            self.combo.addItem(measure_label(label), key)
        self.combo.setToolTip(translate("Heat", "Shade the actors on the map by a measure (darker = higher), "
                                                "or show the usual conflict-mapping colours"))
        self.combo.currentIndexChanged.connect(lambda _i: self._changed())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(translate("Heat", "Colour the map by:")))
        lay.addWidget(self.combo, 1)

    @property
    def measure(self) -> str:
        return str(self.combo.currentData())

    def set_measure(self, key: str) -> None:
        i = self.combo.findData(key)
        if i >= 0:
            self.combo.setCurrentIndex(i)

    def set_result(self, result: AnalysisResult | None) -> None:
        self.result = result
        self.apply()

    def set_values(self, key: str, values: dict[str, float]) -> None:
        """Replace a measure's values (e.g. mediator scores re-ranked under new weights)."""
        self.override[key] = dict(values)
        if self.measure == key:
            self.apply()

    def _changed(self) -> None:
        self.apply()
        self.measureChanged.emit(self.measure)

    def values(self) -> dict[str, float] | None:
        key = self.measure
        fn = dict((k, f) for k, _l, f in MEASURES).get(key)
        if fn is None or self.result is None:
            return None
        return self.override.get(key) or fn(self.result)

    def apply(self) -> None:
        """Send the values to the canvas, only when they differ from what it shows.

        Recolouring every actor is expensive on big maps, so an unchanged
        measure (or notation after notation) is not sent again.
        """
        setter = getattr(self.canvas, "set_heat", None)
        if not callable(setter):
            return
        vals = self.values()
        state = (self.measure, vals)
        if self._shown is None and vals is None:
            self._shown = state
            return  # the canvas starts in notation
        if state == self._shown:
            return
        self._shown = state
        if vals is None:
            setter(None, "")
        else:
            setter(vals, self.combo.currentText())
