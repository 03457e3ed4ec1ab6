"""Strategies compared: the base map and its scenarios side by side, for a room to read.

One window: which scenarios to compare (all by default), a canvas showing one of them over
the base map as a diff overlay (removed actors and ties ghosted, added and changed ones in an
yellow highlight: :mod:`.overlay`, marks from :func:`actormap.core.diff_overlay.diff_marks`), a
table of the summaries and deltas (:func:`actormap.core.scenario.compare`: F, components,
hostile ties, coercion and extortion of communities, blocs, the splinters of removed actors'
camps, the mediator shortlist before and after, the spoilers of each agreement) and a
pyqtgraph chart of the deltas across scenarios. The comparison runs in the GUI's background
task mechanism (a worker process), so the window never blocks; it follows edits of the map.
"""

from __future__ import annotations

import os

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.diff_marks import diff_marks, overlay_map
from ...core.errors import ActorMapError
from ...core.model import ActorMap, Strategy
from ...core.scenario import Comparison, compare, scenario_base, scenario_variant
from ...report.strategies import comparison_rows
from ..canvas.view import MapView
from ..i18n import COUNT, current_language, message, translate
from ..tasks import TaskRunner
from ..undo import QtDocument
from .editing import STRATEGY_COLOURS
from .overlay import HALO, DiffOverlay, make_read_only

ID_ROLE = Qt.ItemDataRole.UserRole
CHARTS = (
    ("F", QT_TRANSLATE_NOOP("CompareStrategies", "Fragmentation F"), lambda d: d.F),
    ("hostile", QT_TRANSLATE_NOOP("CompareStrategies", "Hostile ties (actors left)"),
     lambda d: d.hostile_ties + d.hostile_ties_with_removed),
    ("exposure", QT_TRANSLATE_NOOP("CompareStrategies", "Communities coerced/extorted"),
     lambda d: d.community_exposure + d.community_exposure_with_removed),
    ("splinters", QT_TRANSLATE_NOOP("CompareStrategies", "Camp splinters (kingpin effect)"), lambda d: d.splinter_groups),
)
"""The charted deltas: the ties that vanish with a removed actor are not counted as made peaceful."""


def _signed(x) -> str:
    return f"{x:+.3f}" if isinstance(x, float) else f"{x:+d}"


def _strategy(strategy: Strategy) -> str:
    return message(f"strategy_kind.{strategy.value}")


class CompareWindow(QWidget):
    """The comparison of one map (a QtDocument) with its scenarios."""

    compared = Signal(object)  # the Comparison shown
    message = Signal(str)

    def __init__(self, qdoc: QtDocument, mode: str | None = None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareWindow")
        self.qdoc = qdoc
        mode = mode or os.environ.get("ACTORMAP_ANALYSIS_MODE", "process")
        self.runner = TaskRunner(compare, mode=mode if mode in ("process", "thread") else "process", parent=self)
        self.runner.resultReady.connect(self._show)
        self.runner.failed.connect(self._failed)
        self.comparison: Comparison | None = None
        self._amap: ActorMap | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.run)

        self.choices = QListWidget(self)
        self.choices.setObjectName("compareChoices")
        self.choices.setAccessibleName(translate("CompareStrategies", "Scenarios to compare"))
        self.choices.setWordWrap(True)
        self.choices.itemChanged.connect(lambda _i: self._timer.start())
        self.shown = QComboBox(self)
        self.shown.setObjectName("compareShown")
        self.shown.setAccessibleName(translate("CompareStrategies", "Scenario shown on the map"))
        self.shown.currentIndexChanged.connect(lambda _i: self.show_overlay())
        self.status = QLabel(translate("CompareStrategies", "Comparing…"), self)
        self.status.setObjectName("compareStatus")
        self.status.setWordWrap(True)
        key = QLabel(f'<span style="color:{HALO}; background:#444444">■</span> '
                     + translate("CompareStrategies", "yellow highlight: added or changed in the scenario (hover for "
                                                      "what changed)") + "<br>"
                     + translate("CompareStrategies", "faded: removed by the scenario") + "<br>"
                     + translate("CompareStrategies", "outlined areas: agreements around their parties"), self)
        key.setObjectName("compareKey")
        key.setWordWrap(True)

        self.view = MapView(QtDocument(parent=self), self)
        self.view.setObjectName("compareCanvas")
        self.view.qdoc.setParent(self.view)
        make_read_only(self.view)
        self.view.set_legend_visible(False)
        self.overlay = DiffOverlay(self.view)

        self.table = QTableWidget(self)
        self.table.setObjectName("compareTable")
        self.table.setAccessibleName(translate("CompareStrategies", "Strategies compared"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(lambda _r, c: c > 1 and self.shown.setCurrentIndex(c - 1))

        self.chart = pg.GraphicsLayoutWidget(self)
        self.chart.setObjectName("compareChart")
        self.chart.setBackground("w")
        self.chart.setMinimumHeight(240)
        self.plots: dict[str, pg.PlotItem] = {}

        left = QVBoxLayout()
        left.addWidget(QLabel("<b>" + translate("CompareStrategies", "Scenarios to compare") + "</b>", self))
        left.addWidget(self.choices, 1)
        left.addWidget(QLabel("<b>" + translate("CompareStrategies", "Show on the map") + "</b>", self))
        left.addWidget(self.shown)
        left.addWidget(key)
        left.addWidget(self.status)
        side = QWidget(self)
        side.setLayout(left)
        side.setMaximumWidth(320)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(side)
        top.addWidget(self.view)
        top.setStretchFactor(1, 1)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.table)
        bottom.addWidget(self.chart)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([600, 380])
        bottom.setSizes([860, 620])
        top.setSizes([300, 1200])
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(split)
        self.resize(1500, 950)
        qdoc.changed.connect(self._map_changed)
        qdoc.destroyed.connect(self.close)
        self._fill_choices()
        self.run()

    def sizeHint(self) -> QSize:
        return QSize(1500, 950)

    # ---- inputs -------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        checked = {self.choices.item(i).data(ID_ROLE) for i in range(self.choices.count())
                   if self.choices.item(i).checkState() == Qt.CheckState.Checked}
        first = self.choices.count() == 0
        self.choices.blockSignals(True)
        self.choices.clear()
        for sc in self.qdoc.doc.ordered("scenarios"):
            item = QListWidgetItem(f"{sc.name} [{_strategy(sc.strategy)}]")
            item.setData(ID_ROLE, sc.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = first or sc.id in checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            item.setToolTip(sc.description)
            self.choices.addItem(item)
        self.choices.blockSignals(False)

    def chosen(self) -> list[str]:
        return [self.choices.item(i).data(ID_ROLE) for i in range(self.choices.count())
                if self.choices.item(i).checkState() == Qt.CheckState.Checked]

    def set_chosen(self, scenario_ids: list[str]) -> None:
        for i in range(self.choices.count()):
            item = self.choices.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in scenario_ids
                               else Qt.CheckState.Unchecked)

    def _map_changed(self, cs) -> None:
        if cs.touches("scenarios"):
            self._fill_choices()
        self._timer.start()

    # ---- running ---------------------------------------------------------------------------------
    def run(self) -> None:
        """Compare now (in the background); the result arrives by ``compared``."""
        self._timer.stop()
        self._amap = self.qdoc.doc.snapshot()
        self.status.setText(translate("CompareStrategies", "Comparing…"))
        self.runner.submit(self._amap, self.chosen())

    def _failed(self, error: str) -> None:
        self.status.setText(translate("CompareStrategies", "Not compared: {error}").format(error=error))
        self.message.emit(translate("CompareStrategies", "Compare: {error}").format(error=error))

    def _show(self, comparison: Comparison) -> None:
        self.comparison = comparison
        n = len(comparison.scenarios)
        text = translate("CompareStrategies", "%n scenario(s) compared with the base map.", "", COUNT, n)
        if any(r.problems for r in comparison.scenarios):
            text += " " + translate("CompareStrategies", "Parts that no longer fit were skipped.")
        self.status.setText(text)
        self._fill_table(comparison)
        self._fill_chart(comparison)
        current = self.shown.currentData()
        self.shown.blockSignals(True)
        self.shown.clear()
        self.shown.addItem(translate("CompareStrategies", "Base map"), None)
        for r in comparison.scenarios:
            self.shown.addItem(f"{r.name} [{_strategy(r.strategy)}]", r.id)
        index = max(0, self.shown.findData(current)) if current else (1 if n else 0)
        self.shown.setCurrentIndex(index)
        self.shown.blockSignals(False)
        self.show_overlay()
        self.compared.emit(comparison)

    # ---- the canvas -------------------------------------------------------------------------------
    def show_overlay(self) -> None:
        """Draw the chosen scenario over the base map (or the base map alone)."""
        if self._amap is None:
            return
        base = scenario_base(self._amap)
        sid = self.shown.currentData()
        sc = next((s for s in self._amap.scenarios if s.id == sid), None)
        if sc is None:
            variant = base
        else:
            try:
                variant, _cs, _p = scenario_variant(self._amap, sc)
            except ActorMapError as err:
                self.status.setText(str(err))
                variant = base
        first = not self.view.map_scene.actor_items
        self.overlay.clear()
        self.view.qdoc.load(overlay_map(base, variant))
        marks = diff_marks(base, variant)
        before = {t.id: t for t in base.ties}
        now = {t.id: t.kind for t in variant.ties}
        was = {tid: translate("CompareStrategies", "was {old}, now {new}").format(
                   old=message(f"tie_kind.{before[tid].kind.value}"), new=message(f"tie_kind.{now[tid].value}"))
               for tid, fields in marks.changed_ties.items() if "kind" in fields}
        was.update({aid: translate("CompareStrategies", "changed: {fields}").format(
            fields=message("edit.fields", fields=list(f))) for aid, f in marks.changed_actors.items()})
        self.overlay.show(marks, was)
        title = translate("CompareStrategies", "Base map") if sc is None else f"{sc.name} ({_strategy(sc.strategy)})"
        self.view.set_banner(title, STRATEGY_COLOURS[sc.strategy] if sc else "#5A5A5A", tint=sc is not None)
        if first:
            QTimer.singleShot(0, self.view.fit_to_map)

    # ---- the table ---------------------------------------------------------------------------------
    def rows(self, c: Comparison) -> list[tuple[str, list[str]]]:
        """The table as text: (row title, [base cell, scenario cells...])."""
        return comparison_rows(c, {a.id: a.name for a in (self._amap.actors if self._amap else [])},
                               current_language())

    def _head(self, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        return item

    def _fill_table(self, c: Comparison) -> None:
        rows = self.rows(c)
        heads = ["", translate("CompareStrategies", "Base map")] + [f"#{i} {_strategy(r.strategy)}"
                                                                   for i, r in enumerate(c.scenarios, 1)]
        self.table.clear()
        self.table.setColumnCount(len(heads))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(heads)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(0, 190)
        bold = QFont()
        bold.setBold(True)
        for i, (title, cells) in enumerate(rows):
            self.table.setItem(i, 0, self._head(title))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                unchanged = "(+0)" in text.split("\n")[0] or "(+0.000)" in text or "(+0,000)" in text
                if i == 0 or (j > 0 and text != cells[0] and not unchanged):
                    item.setFont(bold)
                self.table.setItem(i, j + 1, item)
        for j, r in enumerate(c.scenarios, 2):
            head = self.table.horizontalHeaderItem(j)
            head.setForeground(QColor(STRATEGY_COLOURS[r.strategy]))
        self.table.resizeRowsToContents()

    # ---- the chart ------------------------------------------------------------------------------------
    def _fill_chart(self, c: Comparison) -> None:
        self.chart.clear()
        self.plots.clear()
        n = len(c.scenarios)
        ticks = [[(i, f"#{i}") for i in range(1, n + 1)]]
        for i, (key, title, value_of) in enumerate(CHARTS):
            plot = self.chart.addPlot(row=i // 2, col=i % 2)
            plot.setTitle(translate("CompareStrategies", title), size="10pt")
            plot.showGrid(y=True, alpha=0.3)
            plot.getAxis("bottom").setTicks(ticks)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            values = [float(value_of(r.delta)) for r in c.scenarios]
            if n:
                brushes = [pg.mkBrush(STRATEGY_COLOURS.get(r.strategy, STRATEGY_COLOURS[Strategy.OTHER]))
                           for r in c.scenarios]
                plot.addItem(pg.BarGraphItem(x=list(range(1, n + 1)), height=values, width=0.6, brushes=brushes,
                                             pen=pg.mkPen("#333333", width=0.5)))
                for x, v in enumerate(values, 1):
                    label = pg.TextItem(_signed(v if key == "F" else int(v)), color="#111111",
                                        anchor=(0.5, 1.0 if v >= 0 else 0.0))
                    label.setPos(x, v)
                    plot.addItem(label)
                lo, hi = min(0.0, *values), max(0.0, *values)
                pad = (hi - lo) * 0.3 or (0.05 if key == "F" else 1.0)
                plot.setYRange(lo - pad, hi + pad)
                plot.setXRange(0.4, n + 0.6)
            plot.addLine(y=0, pen=pg.mkPen("#444444", width=1))
            self.plots[key] = plot
        legend = "<br>".join(f"#{i} {r.name[:70]}" for i, r in enumerate(c.scenarios, 1))
        self.chart.addLabel(legend or translate("CompareStrategies", "No scenario chosen"), row=2, col=0, colspan=2,
                            size="9pt")

    def closeEvent(self, event) -> None:
        self._timer.stop()
        self.runner.shutdown()
        super().closeEvent(event)
