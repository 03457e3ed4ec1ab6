"""The Timeline tab: the map's measures over time, with its events on the time axis.

Four pyqtgraph charts share one date axis: fragmentation F, components, hostile ties
and community exposure, and the scores of the best-ranked insider mediators. Dashed
lines mark the events; a solid line the date the time slider shows. Clicking a chart
emits ``dateClicked`` (the controller moves the slider there).

The rows come from :func:`actormap.core.timeline.timeline_task`, run off the UI
thread by the panel's own :class:`~actormap.gui.tasks.AnalysisRunner` (a worker
process by default), which follows the document and re-runs after each change
that a measure reads. It starts when the tab is first shown.
"""

from __future__ import annotations

import calendar
import math
import os
from datetime import UTC, date, datetime
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ....core.timeline import Timeline, timeline_task
from ...i18n import COUNT, translate
from ...tasks import AnalysisRunner
from .common import OKABE_ITO, HelpBox, still_chart

AUTO_MAX_ACTORS = 5000
"""Above this many actors the timeline is computed only on request."""
EVENT_COLOUR = "#D55E00"
STEP_CHOICES = (("", QT_TRANSLATE_NOOP("Timeline", "Auto")), ("month", QT_TRANSLATE_NOOP("Timeline", "Month")),
                ("quarter", QT_TRANSLATE_NOOP("Timeline", "Quarter")), ("year", QT_TRANSLATE_NOOP("Timeline", "Year")))


def to_x(d: date) -> float:
    """A date as seconds since 1970-01-01 UTC (the date axis's unit)."""
    return float(calendar.timegm(d.timetuple()))


def from_x(x: float) -> date:
    """The day nearest to ``x`` (seconds since 1970-01-01 UTC)."""
    return datetime.fromtimestamp(round(x / 86400) * 86400, tz=UTC).date()


class TimelineTab(QWidget):
    dateClicked = Signal(object)  # datetime.date
    resultShown = Signal(object)  # the Timeline

    def __init__(self, qdoc=None, runner: AnalysisRunner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineTab")
        self.qdoc = qdoc
        mode = os.environ.get("ACTORMAP_ANALYSIS_MODE", "process")
        self.runner = runner or AnalysisRunner(timeline_task, mode=mode if mode in ("process", "thread") else "process",
                                               debounce_ms=600, parent=self)
        self.result: Timeline | None = None
        self.current: date | None = None
        self.events_drawn: list = []
        self._started = False

        self.status = QLabel(translate("Timeline", "Not computed yet."))
        self.status.setObjectName("timelineStatus")
        self.step_combo = QComboBox()
        self.step_combo.setObjectName("timelineStep")
        for key, label in STEP_CHOICES:
            self.step_combo.addItem(translate("Timeline", label), key)
        self.step_combo.setToolTip(translate(
            "Timeline", "Points every month, quarter or year (Auto: by the span of the map's dates)"))
        self.step_combo.currentIndexChanged.connect(self._step_changed)
        self.compute_button = QToolButton()
        self.compute_button.setObjectName("timelineCompute")
        self.compute_button.setText(translate("Timeline", "Compute"))
        self.compute_button.setToolTip(translate("Timeline", "Compute the timeline now"))
        self.compute_button.clicked.connect(self.compute_now)
        self.note = QLabel(translate("Timeline", "Undated actors, ties and agreements are on the map at every date. "
                                                 "Click a chart to show that date on the map."))
        self.note.setWordWrap(True)

        self.charts = pg.GraphicsLayoutWidget()
        self.charts.setObjectName("timelineCharts")
        self.charts.setBackground("w")
        self.charts.setMinimumHeight(360)
        titles = (translate("Timeline", "Fragmentation F"), translate("Timeline", "Components"),
                  translate("Timeline", "Hostile ties and community exposure"),
                  translate("Timeline", "Top mediator scores"))
        self.plots: list[pg.PlotItem] = []
        for i, title in enumerate(titles):
            axis = pg.DateAxisItem(orientation="bottom", utcOffset=0)
            p = self.charts.addPlot(row=i, col=0, axisItems={"bottom": axis})
            still_chart(p, title, grid_y=True, grid_alpha=0.2, left_width=44)
            if self.plots:
                p.setXLink(self.plots[0])
            self.plots.append(p)
        self.plots[0].setYRange(0, 1)
        self.cursors = [pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#0072B2", width=2)) for _ in self.plots]
        for p, c in zip(self.plots, self.cursors, strict=True):
            p.addItem(c, ignoreBounds=True)
            c.hide()
        self._event_items: list = []
        self.charts.scene().sigMouseClicked.connect(self._clicked)
        self.legend = QLabel()
        self.legend.setObjectName("timelineLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.status, 1)
        top.addWidget(QLabel(translate("Timeline", "Step:")))
        top.addWidget(self.step_combo)
        top.addWidget(self.compute_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addLayout(top)
        lay.addWidget(self.note)
        lay.addWidget(self.charts, 1)
        lay.addWidget(self.legend)
        lay.addWidget(HelpBox("timeline"))

        r = self.runner
        r.resultReady.connect(self.show_timeline)
        r.busyChanged.connect(self._busy)
        r.failed.connect(lambda msg: self._status(translate("Timeline", "The timeline failed: {error}").format(
            error=msg), "#b00020"))

    # ---- following the document ------------------------------------------------------------
    def set_document(self, qdoc) -> None:
        self.qdoc = qdoc
        if self._started:
            self._follow()

    def set_result(self, _result) -> None:
        """The Analysis panel hands every tab its result; the timeline computes its own rows."""

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.start()

    def start(self) -> None:
        if not self._started and self.qdoc is not None:
            self._started = True
            self._follow()

    def _large(self) -> bool:
        return self.qdoc is not None and len(self.qdoc.doc.actors) > AUTO_MAX_ACTORS

    def _follow(self) -> None:
        if self._large():
            self.runner.set_document(None)
            self._status(translate("Timeline", "This map has {actors} actors: press Compute for its timeline (it may "
                                               "take minutes).").format(actors=f"{len(self.qdoc.doc.actors):,}"),
                         "#8a5a00")
        else:
            self.runner.set_document(self.qdoc)

    def compute_now(self) -> None:
        self._started = True
        if self._large():
            self.runner.run_once(self.qdoc)
        else:
            if self.runner._qdoc is None:
                self.runner.set_document(self.qdoc)
            self.runner.run_now()

    def _step_changed(self, _i: int) -> None:
        step = self.step_combo.currentData() or None
        self.runner.set_options(run=self._started and not self._large(), step=step)

    def shutdown(self) -> None:
        self.runner.shutdown()

    # ---- showing ---------------------------------------------------------------------------
    def _status(self, text: str, colour: str = "") -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour}" if colour else "")

    def _busy(self, busy: bool) -> None:
        if busy:
            self._status(translate("Timeline", "Computing the timeline…") if self.result is None
                         else translate("Timeline", "Map changed — computing…"), "#555")

    def show_timeline(self, tl: Timeline | None) -> None:
        """Draw the rows (``None``: the map has no dates)."""
        self.result = tl
        for p in self.plots:
            for item in list(p.listDataItems()):
                p.removeItem(item)  # (and from the legend)
        for p, item in self._event_items:
            p.removeItem(item)
        self._event_items = []
        self.events_drawn = []
        self.legend.clear()
        if tl is None or not tl.rows:
            self._status(translate("Timeline", "The map has no dates: give actors, ties or agreements a start or end "
                                               "date, or add events, to follow it over time."), "#8a5a00")
            self.resultShown.emit(tl)
            return
        xs = [to_x(r.date) for r in tl.rows]
        F, comp, P = self.plots[0], self.plots[1], self.plots[2]
        F.plot(xs, [r.F for r in tl.rows], pen=pg.mkPen(OKABE_ITO[4], width=2), symbol="o", symbolSize=5,
               symbolBrush=OKABE_ITO[4], name="F")
        comp.plot(xs, [r.components for r in tl.rows], pen=pg.mkPen(OKABE_ITO[2], width=2), symbol="s",
                  symbolSize=5, symbolBrush=OKABE_ITO[2], name="components")
        P.plot(xs, [r.hostile_ties for r in tl.rows], pen=pg.mkPen(OKABE_ITO[5], width=2), symbol="t",
               symbolSize=6, symbolBrush=OKABE_ITO[5])
        P.plot(xs, [r.community_exposure for r in tl.rows],
               pen=pg.mkPen(OKABE_ITO[0], width=2, style=Qt.PenStyle.DashLine), symbol="d", symbolSize=6,
               symbolBrush=OKABE_ITO[0])
        comp.setYRange(0, max(r.components for r in tl.rows) + 1, padding=0)
        P.setYRange(0, max(max(r.hostile_ties, r.community_exposure) for r in tl.rows) * 1.1 + 1, padding=0)
        keys = [(OKABE_ITO[5], "━", translate("Timeline", "hostile ties")),
                (OKABE_ITO[0], "╍", translate("Timeline", "coercion or extortion of communities"))]
        keys += self._mediator_lines(tl, xs)
        self.legend.setText("   ".join(f"<span style='color:{c}'><b>{mark}</b></span> {escape(text)}"
                                       for c, mark, text in keys)
                            + f"   <span style='color:{EVENT_COLOUR}'>◆ ┊</span> " + translate("Timeline", "events"))
        for p in self.plots:
            p.setXRange(xs[0], xs[-1], padding=0.02)
        self._events(tl)
        n = len(tl.rows)
        points = {"month": translate("Timeline", "%n monthly point(s)", "", COUNT, n),
                  "quarter": translate("Timeline", "%n quarterly point(s)", "", COUNT, n),
                  "year": translate("Timeline", "%n yearly point(s)", "", COUNT, n)}[tl.step]
        undated_actors, undated_ties = tl.undated_actors, tl.undated_ties
        self._status(translate(
            "Timeline", "{points} from {start} to {end}; {actors} and {ties} count at every date.").format(
            points=points, start=tl.start, end=tl.end,
            actors=translate("Timeline", "%n undated actor(s)", "", COUNT, undated_actors),
            ties=translate("Timeline", "%n undated tie(s)", "", COUNT, undated_ties)))
        self.set_current_date(self.current)
        self.resultShown.emit(tl)

    def _mediator_lines(self, tl: Timeline, xs: list[float]) -> list[tuple[str, str, str]]:
        """One line per actor ever among the top mediators (gaps where it is not); legend keys."""
        M = self.plots[3]
        keys = []
        order: list[str] = []
        for r in tl.rows:
            for i in r.top_mediators:
                if i not in order:
                    order.append(i)
        for k, aid in enumerate(order[:8]):
            ys = []
            for r in tl.rows:
                scores = dict(zip(r.top_mediators, r.top_scores, strict=True))
                ys.append(scores.get(aid, math.nan))
            name = tl.names.get(aid, aid)
            colour = OKABE_ITO[k % len(OKABE_ITO)]
            M.plot(xs, ys, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=4, symbolBrush=colour,
                   connect="finite")
            keys.append((colour, "●", name if len(name) <= 40 else name[:39] + "…"))
        M.setYRange(0, 1)
        return keys

    def _events(self, tl: Timeline) -> None:
        """A dashed line per event on every chart, and a diamond on the first (hover: its name)."""
        events = {e.id: e for r in tl.rows for e in r.events}
        self.events_drawn = sorted(events.values(), key=lambda e: (e.date, e.name, e.id))
        pen = pg.mkPen(EVENT_COLOUR, width=1, style=Qt.PenStyle.DashLine)
        for e in self.events_drawn:
            for p in self.plots:
                line = pg.InfiniteLine(pos=to_x(e.date), angle=90, movable=False, pen=pen)
                p.addItem(line, ignoreBounds=True)
                self._event_items.append((p, line))
        if self.events_drawn:
            marks = pg.ScatterPlotItem(
                x=[to_x(e.date) for e in self.events_drawn], y=[1.0] * len(self.events_drawn),
                data=[f"{e.date.isoformat()}: {e.name}" for e in self.events_drawn], symbol="d", size=10,
                brush=pg.mkBrush(EVENT_COLOUR), pen=pg.mkPen("w"), hoverable=True,
                tip=lambda x, y, data: data)
            self.plots[0].addItem(marks)
            self._event_items.append((self.plots[0], marks))

    def event_count(self) -> int:
        """Events drawn on the time axis."""
        return len(self.events_drawn)

    def set_current_date(self, when: date | None) -> None:
        """Mark the date the time slider shows (None: no mark)."""
        self.current = when
        for c in self.cursors:
            if when is None:
                c.hide()
            else:
                c.setPos(to_x(when))
                c.show()

    def _clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or self.result is None:
            return
        pos = ev.scenePos()
        for p in self.plots:
            if p.vb.sceneBoundingRect().contains(pos):
                self.dateClicked.emit(from_x(p.vb.mapSceneToView(pos).x()))
                return
