"""Brokerage: betweenness, constraint, effective size and Gould-Fernandez roles per actor.

A sortable table plus two pyqtgraph charts: the top brokers by betweenness and
the five roles stacked per actor. Clicking a bar selects its actor.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ....core.analysis.result import ActorMeasures, AnalysisResult
from ...i18n import message, translate
from .common import (
    OKABE_ITO,
    CanvasLink,
    Column,
    HelpBox,
    IdTable,
    RowsModel,
    actor_names,
    approximated,
    fmt_num,
    still_chart,
)

ROLES = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]
TOP_N = 12


def role_name(role: str) -> str:
    """A Gould-Fernandez role in the interface's language (the catalogue's word, as in the reports)."""
    return message(f"role.{role}")


class _BarSignals(QObject):
    clicked = Signal(int)


class ClickableBars(pg.BarGraphItem):
    """Horizontal bars at y = 0..n-1; a click reports the bar's index (rank order)."""

    def __init__(self, n: int, **opts):
        super().__init__(**opts)
        self.n = n
        self.signals = _BarSignals()

    def mouseClickEvent(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        y = ev.pos().y()
        slot = round(y)
        if 0 <= slot < self.n and abs(y - slot) <= 0.45:
            ev.accept()
            self.signals.clicked.emit(self.n - 1 - slot)


AXIS_WIDTH = 112


def _tick_font() -> QFont:
    f = QFont()
    f.setPointSizeF(8.0)
    return f


def _short(name: str) -> str:
    """The name elided to fit the axis (pyqtgraph drops tick labels that do not fit)."""
    return QFontMetrics(_tick_font()).elidedText(name, Qt.TextElideMode.ElideRight, AXIS_WIDTH - 16)


def make_plot(title: str) -> pg.PlotWidget:
    pw = pg.PlotWidget(background="w")
    pi = pw.getPlotItem()
    still_chart(pi, title, grid_y=False, grid_alpha=0.25, left_width=AXIS_WIDTH)
    for ax in ("left", "bottom"):
        pi.getAxis(ax).setStyle(tickFont=_tick_font())
    pw.setMinimumHeight(160)
    return pw


class BrokerageTab(QWidget):
    def __init__(self, link: CanvasLink, parent: QWidget | None = None):
        super().__init__(parent)
        self.link = link
        self.result: AnalysisResult | None = None
        role_tip = translate("Brokerage", "Gould-Fernandez “{role}” count on the directed trust layer")
        cols = [
            Column(translate("Brokerage", "Actor"), lambda r: r.name, str, numeric=False),
            Column(translate("Brokerage", "Camp"), lambda r: r.faction, str, numeric=False),
            Column(translate("Brokerage", "Betweenness"), lambda r: r.betweenness,
                   tip=translate("Brokerage", "normalised betweenness on all ties (0-1)")),
            Column(translate("Brokerage", "Constraint"), lambda r: r.constraint,
                   tip=translate("Brokerage", "Burt constraint on trust ties (low = free to bridge); – = no trust ties")),
            Column(translate("Brokerage", "Effective size"), lambda r: r.effective_size, lambda v: fmt_num(v, 2),
                   tip=translate("Brokerage", "Burt effective size on trust ties; – = no trust ties")),
        ] + [Column(role_name(role).capitalize(), (lambda r, role=role: getattr(r.brokerage, role)),
                    tip=role_tip.format(role=role_name(role))) for role in ROLES] + [
            Column(translate("Brokerage", "Total"), lambda r: r.brokerage.total),
        ]
        self.model = RowsModel(cols)
        self.table = IdTable(self.model, link.selection)
        self.table.setObjectName("brokerageTable")
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 100)
        for c in range(2, len(cols)):
            self.table.setColumnWidth(c, 82)

        self.top_plot = make_plot(translate("Brokerage", "Top brokers by betweenness (all ties)"))
        self.top_plot.setObjectName("topBrokersPlot")
        self.roles_plot = make_plot(translate("Brokerage", "Gould-Fernandez roles on trust ties, top actors"))
        self.roles_plot.setObjectName("rolesPlot")
        self.roles_legend = QLabel("  ".join(
            f"<span style='color:{OKABE_ITO[k]}'>■</span>&nbsp;{role_name(role)}" for k, role in enumerate(ROLES)))
        self.roles_legend.setWordWrap(True)
        self.top_ids: list[str] = []
        self.role_ids: list[str] = []
        self.top_bars: ClickableBars | None = None
        self.role_bars: list[ClickableBars] = []
        self.note = QLabel("")
        self.note.setWordWrap(True)

        roles_box = QWidget()
        rl = QVBoxLayout(roles_box)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(0)
        rl.addWidget(self.roles_plot, 1)
        rl.addWidget(self.roles_legend)
        charts = QTabWidget()
        charts.setObjectName("brokerageCharts")
        charts.setTabPosition(QTabWidget.TabPosition.South)
        charts.addTab(self.top_plot, translate("Brokerage", "Top brokers"))
        charts.addTab(roles_box, translate("Brokerage", "Roles per actor"))
        self.charts = charts
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(charts)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        split.setSizes([500, 330])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split, 1)
        lay.addWidget(self.note)
        lay.addWidget(HelpBox("brokerage"))

    def set_result(self, result: AnalysisResult | None) -> None:
        self.result = result
        actors = list(result.actors) if result is not None else []
        self.model.set_rows(actors)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        names = actor_names(result)
        self._draw_top(actors, names)
        self._draw_roles(actors, names)
        self.note.setText(translate("Brokerage", "Betweenness is estimated from a sample of actors on this large map "
                                                 "(approximate).")
                          if "betweenness" in approximated(result) else "")

    # ---- charts -----------------------------------------------------------------------------
    def _axis_names(self, plot: pg.PlotWidget, ids: list[str], names: dict[str, str]) -> None:
        n = len(ids)
        ticks = [(n - 1 - i, _short(names.get(a, a))) for i, a in enumerate(ids)]
        plot.getPlotItem().getAxis("left").setTicks([ticks, []])

    def _draw_top(self, actors: list[ActorMeasures], names: dict[str, str]) -> None:
        pi = self.top_plot.getPlotItem()
        if self.top_bars is not None:
            pi.removeItem(self.top_bars)
            self.top_bars = None
        ranked = sorted((a for a in actors if a.betweenness > 0), key=lambda a: (-a.betweenness, a.name))[:TOP_N]
        self.top_ids = [a.id for a in ranked]
        n = len(ranked)
        if n:
            self.top_bars = ClickableBars(n, x0=[0] * n, y=list(range(n - 1, -1, -1)), height=0.7,
                                          width=[a.betweenness for a in ranked],
                                          brush=pg.mkBrush(OKABE_ITO[4]), pen=pg.mkPen(None))
            self.top_bars.signals.clicked.connect(lambda i: self._bar_clicked(self.top_ids, i))
            pi.addItem(self.top_bars)
        self._axis_names(self.top_plot, self.top_ids, names)
        pi.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        pi.setXRange(0, max([a.betweenness for a in ranked] or [1.0]) * 1.05, padding=0)

    def _draw_roles(self, actors: list[ActorMeasures], names: dict[str, str]) -> None:
        pi = self.roles_plot.getPlotItem()
        for b in self.role_bars:
            pi.removeItem(b)
        self.role_bars = []

        ranked = sorted((a for a in actors if a.brokerage.total > 0),
                        key=lambda a: (-a.brokerage.total, a.name))[:TOP_N]
        self.role_ids = [a.id for a in ranked]
        n = len(ranked)
        left = [0.0] * n
        for k, role in enumerate(ROLES):
            widths = [float(getattr(a.brokerage, role)) for a in ranked]
            if n:
                bars = ClickableBars(n, x0=list(left), y=list(range(n - 1, -1, -1)), height=0.7, width=widths,
                                     brush=pg.mkBrush(OKABE_ITO[k]), pen=pg.mkPen("w", width=0.5))
                bars.signals.clicked.connect(lambda i: self._bar_clicked(self.role_ids, i))
                pi.addItem(bars)
                self.role_bars.append(bars)
            left = [a + b for a, b in zip(left, widths, strict=True)]
        self._axis_names(self.roles_plot, self.role_ids, names)
        pi.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        pi.setXRange(0, max(left or [1.0]) * 1.05 or 1.0, padding=0)

    def _bar_clicked(self, ids: list[str], i: int) -> None:
        if 0 <= i < len(ids):
            self.link.select([ids[i]], origin=None)
            self.table.select_ids([ids[i]])

    def show_chart(self, which: str) -> None:
        self.charts.setCurrentIndex(0 if which == "top" else 1)

    def bar_scene_pos(self, which: str, i: int):
        """Viewport position of the middle of bar ``i`` (for tests and keyboard help)."""
        plot = self.top_plot if which == "top" else self.roles_plot
        ids = self.top_ids if which == "top" else self.role_ids
        bars = self.top_bars if which == "top" else (self.role_bars[0] if self.role_bars else None)
        if bars is None or not (0 <= i < len(ids)):
            return None
        vb = plot.getPlotItem().getViewBox()
        opts = bars.opts
        x = opts["x0"][i] + opts["width"][i] / 2
        if which == "roles":  # the whole stacked bar: aim at its middle
            x = sum(float(b.opts["width"][i]) for b in self.role_bars) / 2
        y = len(ids) - 1 - i
        from PySide6.QtCore import QPointF

        scene_pt = vb.mapViewToScene(QPointF(x, y))
        return plot.mapFromScene(scene_pt)
