"""Time in the editor: the time slider, the Events panel and the Timeline tab.

:func:`install` adds, to a main window that already has the Analysis panel and the
workshop features (both optional):

- the time slider under the canvas (:class:`~.controller.TimeController`), shown
  when the map has dates, with View ▸ Time slider to show or hide it;
- an Events dock (:class:`~actormap.gui.panels.events_panel.EventsPanel`);
- a Timeline tab in the Analysis panel (charts over time; a click moves the slider),
  and the panel analyses the map as of the slider's date;
- saved views that pin a date (Saved views ▸ Pin date), and in presentation mode
  ``,`` / ``.`` to step through time and ``P`` to play.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from ..i18n import translate
from .controller import TimeController

__all__ = ["TimeController", "install"]


def install(window, fade_ms: int | None = None) -> TimeController:
    """Add the time features to ``window`` (a MainWindow); returns the controller."""
    from ..panels.events_panel import EventsPanel

    ctl = TimeController(window) if fade_ms is None else TimeController(window, fade_ms)
    window.time = ctl
    window.centralWidget().layout().addWidget(ctl.bar)
    window.follow(ctl)

    act = QAction(translate("Time", "&Time slider"), window)
    act.setCheckable(True)
    act.setStatusTip(translate("Time", "Show or hide the time slider under the map"))
    act.toggled.connect(ctl.set_bar_visible)
    window.menus["view"].addAction(act)
    window.actions_["time_slider"] = act
    ctl.action = act

    events = EventsPanel(window.qdoc)
    window.follow(events)
    window.add_dock(events, translate("Time", "Events"), "eventsDock", Qt.DockWidgetArea.RightDockWidgetArea,
                    "inspectorDock")
    events.date_source = lambda: ctl.date
    events.message.connect(window.show_message)
    events.showRequested.connect(lambda e: _show_event(window, ctl, e))
    ctl.events_panel = events

    analysis = getattr(window, "analysis", None)
    if analysis is not None:
        from ..panels.analysis.timeline_tab import TimelineTab

        tab = TimelineTab(window.qdoc)
        i = analysis.tabs.addTab(tab, translate("Time", "Timeline"))
        analysis.tabs.setTabToolTip(i, translate("Time", "The measures over time, with the events"))
        analysis.fit_tabs()
        window.follow(tab)
        tab.dateClicked.connect(ctl.show_date)
        ctl.timeline_tab = tab

    workshop = getattr(window, "workshop", None)
    if workshop is not None:
        workshop.animator.on_show.append(ctl.view_shown)
        workshop.views_panel.date_source = lambda: ctl.date
        bar = ctl.bar
        keys = workshop.presentation.key_handlers
        for key in (Qt.Key.Key_Comma, Qt.Key.Key_BracketLeft):
            keys[key] = lambda: bar.step_by(-1)
        for key in (Qt.Key.Key_Period, Qt.Key.Key_BracketRight):
            keys[key] = lambda: bar.step_by(1)
        keys[Qt.Key.Key_P] = lambda: bar.set_playing(not bar.timer.isActive())

    ctl._on_swap()
    return ctl


def _show_event(window, ctl: TimeController, event) -> None:
    """Go to an event's date and light what it concerns."""
    ctl.show_date(event.date)
    doc = window.qdoc.doc
    actors = [a for a in event.actor_ids if a in doc.actors]
    ties = [t for t in event.tie_ids if t in doc.ties]
    for t in ties:
        tie = doc.ties[t]
        actors += [tie.source, tie.target]
    if actors or ties:
        window.canvas.highlight(actors, ties)
