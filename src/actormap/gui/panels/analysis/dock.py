"""The Analysis panel: status and progress, 'colour the map by', and five tabs.

It owns an :class:`~actormap.gui.tasks.AnalysisRunner` that re-analyses a
snapshot of the map in the background after each change, and hands each fresh
result to the tabs. It starts analysing when first shown, so a hidden panel
costs nothing. A map of more than :data:`AUTO_MAX_ACTORS` actors is analysed only
on request: the panel shows a button with the estimated time instead, so opening
a very large map never starts minutes of work and hundreds of MB on its own.
``install(main_window)`` adds it to the editor.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....core.analysis.result import AnalysisResult
from ...i18n import COUNT, translate
from ...tasks import AnalysisRunner, changes_analysis
from .blocs_tab import BlocsTab
from .brokerage_tab import BrokerageTab
from .common import CanvasLink
from .fragmentation_tab import FragmentationTab
from .heat import MEASURES, HeatControl, measure_label
from .mediators_tab import MediatorsTab
from .summary_tab import SummaryTab

AUTO_MAX_ACTORS = 5000
"""Maps with more actors than this are analysed only on request."""
SECONDS_PER_ITEM = 1.5e-4
"""Seconds of analysis per actor or tie, for the estimate on the button (benchmarks/memory_bench.py:
10-25 s for 20,000 actors and 100,000 ties on a 2-core laptop-class machine)."""


def estimated_seconds(n_actors: int, n_ties: int) -> float:
    return SECONDS_PER_ITEM * (n_actors + n_ties)


def describe_seconds(s: float) -> str:
    if s < 60:
        return translate("Analysis", "about {seconds} s").format(seconds=f"{max(5, round(s / 5) * 5):.0f}")
    return translate("Analysis", "about {minutes} min").format(minutes=f"{round(s / 60):.0f}")


def _stage(stage: str) -> str:
    """An analysis stage (the engine's progress names) as the status line says it."""
    names = {"layers": translate("Analysis", "layers"), "betweenness": translate("Analysis", "betweenness"),
             "fragmentation": translate("Analysis", "fragmentation"),
             "structural holes": translate("Analysis", "structural holes"),
             "brokerage": translate("Analysis", "brokerage"), "factions": translate("Analysis", "factions"),
             "balance": translate("Analysis", "balance"), "mediators": translate("Analysis", "mediators"),
             "agreements": translate("Analysis", "agreements"), "key players": translate("Analysis", "key players"),
             "done": translate("Analysis", "done")}
    return names.get(stage, stage)


class AnalysisDock(QWidget):
    resultShown = Signal(object)  # the AnalysisResult

    def __init__(self, qdoc, selection=None, canvas=None, runner: AnalysisRunner | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("analysisPanel")
        self.qdoc = qdoc
        self.selection = selection
        self.canvas = canvas
        mode = os.environ.get("ACTORMAP_ANALYSIS_MODE", "process")
        self.runner = runner or AnalysisRunner(mode=mode if mode in ("process", "thread") else "process",
                                               parent=self)
        self.link = CanvasLink(canvas, qdoc, selection)
        self.result: AnalysisResult | None = None
        self.as_of = None  # the date analysed (the time slider); None: the whole map
        self._started = False

        self.heat = HeatControl(canvas)
        self.heat.measureChanged.connect(lambda key: key == "mediator" and self._fill(self.mediators))
        self.status = QLabel(translate("Analysis", "Not analysed yet."))
        self.status.setObjectName("analysisStatus")
        self.status.setWordWrap(True)  # a long status (or a translation) never widens the window
        self.progress = QProgressBar()
        self.progress.setObjectName("analysisProgress")
        self.progress.setMaximumWidth(140)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("cancelAnalysis")
        self.cancel_button.setText(translate("Analysis", "Cancel"))
        self.cancel_button.setToolTip(translate("Analysis", "Stop the running analysis (the panels keep the last "
                                                            "results)"))
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.cancel_button.hide()
        self.request_button = QToolButton()
        self.request_button.setObjectName("analyseOnRequest")
        self.request_button.clicked.connect(self.analyse_now)
        self.request_button.hide()
        self._on_request = False
        self._watched = None
        self.rerun_button = QToolButton()
        self.rerun_button.setText(translate("Analysis", "Analyse now"))
        self.rerun_button.setToolTip(translate("Analysis", "Run the analysis again now"))
        self.rerun_button.clicked.connect(self.analyse_now)
        self.clear_button = QToolButton()
        self.clear_button.setText(translate("Analysis", "Clear highlight"))
        self.clear_button.clicked.connect(self.link.clear_highlight)

        self.mediators = MediatorsTab(self.link)
        self.fragmentation = FragmentationTab(self.link)
        self.brokerage = BrokerageTab(self.link)
        self.blocs = BlocsTab(self.link)
        self.summary = SummaryTab(self.link)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("analysisTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._stale_tabs: set[QWidget] = set()
        for w, title, tip in (
                (self.mediators, translate("Analysis", "Mediators"),
                 translate("Analysis", "Insider mediators: the ranked shortlist")),
                (self.fragmentation, translate("Analysis", "Fragmentation"),
                 translate("Analysis", "Fragmentation risk: what each removal does")),
                (self.brokerage, translate("Analysis", "Brokerage"),
                 translate("Analysis", "Brokers, constraint and brokerage roles")),
                (self.blocs, translate("Analysis", "Blocs"), translate("Analysis", "Blocs and tensions (structural balance)")),
                (self.summary, translate("Analysis", "Summary"), translate("Analysis", "Map summary"))):
            i = self.tabs.addTab(w, title)
            self.tabs.setTabToolTip(i, tip)
        self.fit_tabs()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heat, 2)
        top.addWidget(self.clear_button)
        row2 = QHBoxLayout()
        row2.setContentsMargins(0, 0, 0, 0)
        row2.addWidget(self.status, 1)
        row2.addWidget(self.progress)
        row2.addWidget(self.cancel_button)
        row2.addWidget(self.request_button)
        row2.addWidget(self.rerun_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addLayout(row2)
        lay.addWidget(self.tabs, 1)

        r = self.runner
        r.resultReady.connect(self.set_result)
        r.busyChanged.connect(self._busy)
        r.progress.connect(self._progress)
        r.failed.connect(self._failed)
        r.cancelled.connect(self._cancelled)
        self.fragmentation.keyPlayersRequested.connect(self.find_key_players)
        self.mediators.weightsChanged.connect(self._weights_changed)
        self.mediators.designationsChanged.connect(lambda mode: self.runner.set_options(designations=mode))

    def fit_tabs(self) -> None:
        """The panel is never narrower than its tab titles (whole words in every language)."""
        self.tabs.setMinimumWidth(self.tabs.tabBar().sizeHint().width())

    def set_document(self, qdoc) -> None:
        """Analyse another document (the active one changed); nothing of the previous map's
        candidates stays on show meanwhile."""
        if qdoc is not self.qdoc:
            self.mediators.set_result(None)
        self.qdoc = qdoc
        self.link.qdoc = qdoc
        if self._started:
            self._follow()

    # ---- running ------------------------------------------------------------------------------
    def start(self) -> None:
        """Begin following the document (done automatically when the panel is first shown)."""
        if not self._started and self.qdoc is not None:
            self._started = True
            self._follow()

    def is_large(self, qdoc=None) -> bool:
        """Whether the map is analysed only on request (more than AUTO_MAX_ACTORS actors)."""
        qdoc = qdoc or self.qdoc
        return qdoc is not None and len(qdoc.doc.actors) > AUTO_MAX_ACTORS

    def _follow(self) -> None:
        """Follow the document: re-analyse after each change, or (a large map) offer to analyse."""
        if self._watched is not None:
            try:
                self._watched.changed.disconnect(self._size_check)
            except (RuntimeError, TypeError):
                pass
        self._watched = self.qdoc
        if self.qdoc is not None:
            self.qdoc.changed.connect(self._size_check)
        self._on_request = self.is_large()
        if self._on_request:
            self.runner.set_document(None)
            self._offer()
        else:
            self.request_button.hide()
            self.runner.set_document(self.qdoc)

    def _size_check(self, cs) -> None:
        """An edit may carry the map across the size limit (an import, a paste): switch modes."""
        if self.is_large() != self._on_request:
            self._follow()
        elif self._on_request and changes_analysis(cs):
            self._offer(changed=True)

    def _offer(self, changed: bool = False) -> None:
        doc = self.qdoc.doc
        n, m = len(doc.actors), len(doc.ties)
        eta = describe_seconds(estimated_seconds(n, m))
        self.request_button.setText(translate("Analysis", "Analyse ({time})").format(time=eta))
        self.request_button.setToolTip(translate(
            "Analysis", "Run the analysis of this map now ({time}); it is not run automatically on maps this large"
        ).format(time=eta))
        self.request_button.show()
        if changed and self.result is not None:
            self.status.setText(translate(
                "Analysis", "Map changed: the results are from an earlier version. Analyse again ({time})."
            ).format(time=eta))
        else:
            self.status.setText(translate(
                "Analysis", "This map has {actors} actors and {ties} ties: it is analysed only on request ({time})."
            ).format(actors=f"{n:,}", ties=f"{m:,}", time=eta))
        self.status.setStyleSheet("color: #8a5a00")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.start)

    def analyse_now(self) -> None:
        if not self._started:
            self.start()
        if self._on_request:
            self.request_button.hide()
            self.runner.run_once(self.qdoc)
        elif self._started:
            self.runner.run_now()

    def find_key_players(self, k) -> None:
        self.fragmentation.key_players_running(int(k))
        self._started = True
        if self.is_large():
            self._on_request = True
            self.runner.set_options(run=False, key_players=int(k))
            self.runner.run_once(self.qdoc)
            return
        self.runner.set_options(key_players=int(k))
        if self.runner._qdoc is None:
            self.runner.set_document(self.qdoc)

    def shutdown(self) -> None:
        self.runner.shutdown()

    def set_as_of(self, when) -> None:
        """Analyse the map as it stood on ``when`` (the time slider's date); ``None``: the whole map.

        The runner gets the date and filters each snapshot with
        :func:`~actormap.core.timeline.map_at`; dragging the slider re-runs after a quiet moment.
        """
        if when == self.as_of:
            return
        self.as_of = when
        self.runner.set_options(run=False, as_of=when)
        if not self._started:
            return
        if self._on_request:
            if self.result is not None:
                self._offer(changed=True)
        else:
            self.runner.schedule()

    # ---- showing ------------------------------------------------------------------------------
    def set_result(self, result: AnalysisResult) -> None:
        """Show a fresh result: the visible tab now, the others when they are opened.

        Filling a tab costs UI-thread time (a few hundred ms for 2,000 actors),
        so hidden tabs wait until they are shown.
        """
        self.result = result
        current = self.tabs.currentWidget()
        self._stale_tabs = {self.tabs.widget(i) for i in range(self.tabs.count())} - {current}
        current.set_result(result)
        self.heat.override.clear()
        if self.heat.measure == "mediator":
            self._fill(self.mediators)
        if self.mediators not in self._stale_tabs:  # re-ranked scores first: the canvas recolours once
            self._weights_changed(self.mediators.weights)
        self.heat.set_result(result)
        actors, ties = result.map.actors, result.map.ties
        counts = (translate("Analysis", "%n actor(s)", "", COUNT, actors) + ", "
                  + translate("Analysis", "%n tie(s)", "", COUNT, ties))
        if self.as_of:
            self.status.setText(translate(
                "Analysis", "Up to date: {counts} as of {date} (undated ones always count).").format(
                counts=counts, date=self.as_of.isoformat()))
        else:
            self.status.setText(translate("Analysis", "Up to date: {counts}.").format(counts=counts))
        self.status.setStyleSheet("")
        self.resultShown.emit(result)

    def _fill(self, tab: QWidget) -> None:
        if tab in self._stale_tabs and self.result is not None:
            self._stale_tabs.discard(tab)
            tab.set_result(self.result)
            if tab is self.mediators:
                self._weights_changed(self.mediators.weights)

    def _tab_changed(self, _index: int) -> None:
        if self.link.highlighted is not None:
            self.link.clear_highlight()
        self._fill(self.tabs.currentWidget())

    def _weights_changed(self, _weights: dict) -> None:
        self.heat.set_values("mediator", {m.id: m.score for m in self.mediators.ranked})

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # indeterminate until a stage reports a fraction
            self.status.setText(translate("Analysis", "Map changed — analysing…") if self.result
                                else translate("Analysis", "Analysing…"))
            self.status.setStyleSheet("color: #555")

    def _progress(self, stage: str, fraction: float) -> None:
        if fraction < 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 100)
            self.progress.setValue(round(100 * fraction))
        if stage and stage != "starting":
            self.status.setText(translate("Analysis", "Analysing: {stage}…").format(stage=_stage(stage)))

    def _failed(self, message: str) -> None:
        self.status.setText(translate("Analysis", "The analysis failed: {error}").format(error=message))
        self.status.setStyleSheet("color: #b00020")

    def _cancelled(self) -> None:
        self.status.setText(translate(
            "Analysis", "Analysis cancelled; the results shown are from an earlier version of the map.")
            if self.result else translate("Analysis", "Analysis cancelled."))
        self.status.setStyleSheet("color: #8a5a00")


class _CloseWatcher(QObject):
    """Stops the worker process when the main window has really closed."""

    def __init__(self, window, dock: AnalysisDock):
        super().__init__(window)
        self.window, self.dock = window, dock

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self, self._after_close)  # not after the window is gone
        return False

    def _after_close(self) -> None:
        if not self.window.isVisible():
            self.dock.shutdown()


def install(main_window) -> AnalysisDock:
    """Add the Analysis panel and its menu actions to the editor's main window."""
    mw = main_window
    dock = AnalysisDock(mw.qdoc, getattr(mw, "selection", None), getattr(mw, "canvas", None))
    if hasattr(mw, "follow"):
        mw.follow(dock)
    area = Qt.DockWidgetArea.RightDockWidgetArea
    qdock = mw.add_dock(dock, translate("Analysis", "Analysis"), "analysisDock", area, "inspectorDock")
    if not mw.restoreDockWidget(qdock):  # the window layout was restored before this dock existed
        # first run: in front, with room for the tables (it shares the inspector's tab group)
        QTimer.singleShot(0, lambda: (qdock.raise_(), mw.resizeDocks([qdock], [520], Qt.Orientation.Horizontal)))
    qdock.visibilityChanged.connect(lambda visible: visible and dock.start())
    menu = mw.menus.get("map") or mw.menuBar().addMenu(translate("Analysis", "&Map"))
    menu.addSeparator()
    run = QAction(translate("Analysis", "&Analyse now"), mw)
    run.setShortcut(QKeySequence("F9"))  # F5 is the presentation mode
    run.setStatusTip(translate("Analysis", "Run the analysis of the map again now"))
    run.triggered.connect(lambda _c=False: (qdock.show(), qdock.raise_(), dock.analyse_now()))
    cancel = QAction(translate("Analysis", "&Cancel analysis"), mw)
    cancel.setStatusTip(translate("Analysis", "Stop the running analysis"))
    cancel.triggered.connect(lambda _c=False: dock.runner.cancel())
    dock.runner.busyChanged.connect(cancel.setEnabled)
    cancel.setEnabled(False)
    show = QAction(translate("Analysis", "Show &mediator shortlist"), mw)
    show.triggered.connect(lambda _c=False: (qdock.show(), qdock.raise_(), dock.tabs.setCurrentWidget(dock.mediators)))
    for act in (run, cancel, show):
        menu.addAction(act)
        mw.addAction(act)
    heat_menu = menu.addMenu(translate("Analysis", "C&olour the map by"))
    group = QActionGroup(mw)
    group.setExclusive(True)
    heat_actions: dict[str, QAction] = {}
    for key, label, _fn in MEASURES:
        act = heat_menu.addAction(measure_label(label))
        act.setCheckable(True)
        act.setChecked(key == "notation")
        act.triggered.connect(lambda _c=False, key=key: (dock.start(), dock.heat.set_measure(key)))
        group.addAction(act)
        heat_actions[key] = act
    dock.heat.measureChanged.connect(lambda key: heat_actions[key].setChecked(True) if key in heat_actions else None)
    acts = getattr(mw, "actions_", None)
    if isinstance(acts, dict):
        acts.update({"analyse": run, "cancel_analysis": cancel, "show_mediators": show})
    mw.installEventFilter(_CloseWatcher(mw, dock))
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(dock.shutdown)
    mw.analysis = dock
    return dock
