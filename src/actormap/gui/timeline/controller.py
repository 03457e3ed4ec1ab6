"""The time controller: one date shown per open map, and everything that follows it.

It owns the :class:`~.bar.TimeBar` under the canvas and keeps, for each open
document, whether "As of" is on and the date. When the date changes it

- fades (or hides) the actors and ties that are not on the map then, through the
  scene's public ``set_absent`` (a short animation, :class:`~.fade.FadeAnimator`);
- shows the date and the events of the last step over the canvas (also in
  presentation mode);
- has the Analysis panel analyse the map as of that date and the Timeline tab mark it.

A saved view that pins a date moves the slider there as it is shown (panel and
presentation). Exports and the report use :meth:`shown_map` / :meth:`shown_meta`, so
they state the date shown. The map's ``as_of`` date is the slider's default.
"""

from __future__ import annotations

import weakref
from datetime import date, timedelta

from PySide6.QtCore import QObject, Signal

from ...core.timeline import add_months, auto_step, is_present, map_at
from ..binding import DocumentBinding, FollowsDocument
from .bar import TimeBar
from .fade import FADE_MS, FadeAnimator
from .overlay import DateOverlay

MARGIN_MONTHS = 6
"""Room on the slider before the first and after the last date of the map."""


def doc_dates(doc) -> list[date]:
    """Every date of a document's items and events, and its as-of date (sorted)."""
    out: set[date] = set()
    for coll in ("actors", "ties", "agreements"):
        for item in doc.items(coll).values():
            out.update(d for d in (item.start, item.end) if d is not None)
    for e in doc.items("events").values():
        out.update(d for d in (e.date, e.end) if d is not None)
    if doc.meta.as_of is not None:
        out.add(doc.meta.as_of)
    return sorted(out)


def has_dated_items(doc) -> bool:
    """Whether any actor, tie or agreement carries a date, or the map has events."""
    if doc.items("events"):
        return True
    return any(item.start is not None or item.end is not None
               for coll in ("actors", "ties", "agreements") for item in doc.items(coll).values())


class TimeController(FollowsDocument, QObject):
    dateShown = Signal(object)  # the date shown, or None (every item shown)

    def __init__(self, window, fade_ms: int = FADE_MS):
        super().__init__(window)
        self.window = window
        self.view = window.canvas
        self.bar = TimeBar(window)
        self.overlay = DateOverlay(self.view)
        self.fader = FadeAnimator(self.view, fade_ms)
        self._states: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # qdoc -> (on, date)
        self._user_visible: bool | None = None  # View > Time slider, once the user chose
        self._animate = True
        self.bar.dateChanged.connect(self._bar_changed)
        self.bar.modeChanged.connect(lambda _m: self.apply())
        self.bar.step_combo.currentIndexChanged.connect(lambda _i: self._show_overlay())
        self.binding = DocumentBinding(self._on_change, self._on_swap)
        self.binding.set_document(window.qdoc)

    # ---- the date ------------------------------------------------------------------------
    @property
    def date(self) -> date | None:
        """The date shown, or None when "As of" is off (every item shown)."""
        return self.bar.date()

    def show_date(self, when: date | None, animate: bool = True) -> None:
        """Show the map as of ``when`` (``None``: every item)."""
        self._animate = animate
        try:
            if when is None:
                self.bar.enabled_box.setChecked(False)
            else:
                self.bar.set_date(when, clamp=False)
        finally:
            self._animate = True

    def _bar_changed(self, when) -> None:
        if self.qdoc is not None:
            self._states[self.qdoc] = (when is not None, self.bar.current())
        self.apply(animate=self._animate)

    def absent_ids(self, when: date) -> tuple[set[str], set[str]]:
        """Actors and ties not on the map on ``when`` (a tie to an absent actor is absent)."""
        doc = self.qdoc.doc
        actors = {a.id for a in doc.actors.values() if not is_present(a, when)}
        ties = {t.id for t in doc.ties.values()
                if t.source in actors or t.target in actors or not is_present(t, when)}
        return actors, ties

    def apply(self, animate: bool = True) -> None:
        """Show the current date on the canvas, the overlay, the analysis and the timeline."""
        when = self.date
        scene = self.view.map_scene
        absent = self.absent_ids(when) if when is not None else (None, ())
        self.fader.change(lambda: scene.set_absent(*absent, mode=self.bar.mode), animate)
        self._agreement_hulls(when)
        self._show_overlay()
        analysis = getattr(self.window, "analysis", None)
        if analysis is not None:
            analysis.set_as_of(when)
        tab = getattr(self, "timeline_tab", None)
        if tab is not None:
            tab.set_current_date(when)
        self.dateShown.emit(when)

    def _agreement_hulls(self, when: date | None) -> None:
        """Agreements not in force on the date shown fade (or hide) with the rest."""
        scene = self.view.map_scene
        layer = getattr(scene, "agreements", None)
        if layer is None:
            return
        agreements = self.qdoc.doc.items("agreements")
        faded = 0.0 if self.bar.mode == "hide" else scene.theme.faded_opacity
        for gid, item in layer.items.items():
            g = agreements.get(gid)
            absent = when is not None and g is not None and not is_present(g, when)
            item.setOpacity(faded if absent else 1.0)

    def _show_overlay(self) -> None:
        self.overlay.show_date(self.date, self.bar.recent_events())

    # ---- the document --------------------------------------------------------------------
    def _default_state(self) -> tuple[bool, date]:
        doc = self.qdoc.doc
        as_of = doc.meta.as_of
        if as_of is not None:
            return has_dated_items(doc), as_of
        dates = doc_dates(doc)
        return False, dates[-1] if dates else date.today()

    def _refresh_bar(self) -> None:
        doc = self.qdoc.doc
        dates = doc_dates(doc)
        if dates:
            first = add_months(date(dates[0].year, dates[0].month, 1), -MARGIN_MONTHS)
            last = add_months(date(dates[-1].year, dates[-1].month, 1), MARGIN_MONTHS + 1) - timedelta(days=1)
        else:
            today = doc.meta.as_of or date.today()
            first, last = date(today.year - 1, 1, 1), date(today.year + 1, 12, 31)
        self.bar.set_range(first, last)
        self.bar.set_events(doc.items("events").values())

    def _on_swap(self) -> None:
        if self.qdoc is None:
            return
        self._refresh_bar()
        state = self._states.get(self.qdoc)
        if state is None:
            dates = doc_dates(self.qdoc.doc)
            if len(dates) > 1:  # Play and ◀ ▶ move by a month, a quarter or a year, by the map's span
                self.bar.set_step(auto_step(dates[0], dates[-1]))
        on, when = state or self._default_state()
        self.bar.set_state(on, when)
        self.apply(animate=False)
        self.update_visibility()

    def _on_change(self, cs) -> None:
        if cs.meta and getattr(cs.meta[0], "as_of", None) != getattr(cs.meta[1], "as_of", None):
            self._states.pop(self.qdoc, None)  # a new as-of date (or another map loaded): the default again
            self._on_swap()
            return
        if not cs.touches("actors", "ties", "agreements", "events"):
            return
        if cs.touches("actors") and not cs.touches("ties", "agreements", "events") and not (
                cs.added("actors") or cs.removed("actors")) and not (
                cs.changed_fields("actors") & {"start", "end"}):
            return  # moved or renamed actors: nothing changes in time
        had_state = self.qdoc in self._states
        self._refresh_bar()
        if not had_state:
            self.bar.set_state(*self._default_state())
        self.apply(animate=False)
        self.update_visibility()

    # ---- showing the bar -----------------------------------------------------------------
    def set_bar_visible(self, visible: bool) -> None:
        """View > Time slider: the user's choice holds for the session."""
        self._user_visible = bool(visible)
        self.update_visibility()

    def update_visibility(self) -> None:
        visible = self._user_visible if self._user_visible is not None else (
            self.qdoc is not None and has_dated_items(self.qdoc.doc))
        self.bar.setVisible(visible)
        act = getattr(self, "action", None)
        if act is not None and act.isChecked() != visible:
            act.blockSignals(True)
            act.setChecked(visible)
            act.blockSignals(False)

    # ---- saved views, exports ------------------------------------------------------------
    def view_shown(self, saved) -> None:
        """A saved view is being shown (``ViewAnimator.on_show``): go to the date it pins.

        Not animated here: the view's own animation fades what changes."""
        if saved is not None and saved.as_of is not None:
            self.fader.stop()
            self.show_date(saved.as_of, animate=False)

    def shown_map(self, amap):
        """``amap`` as the canvas shows it: as of the slider's date when "As of" is on."""
        return map_at(amap, self.date)

    def shown_meta(self, meta):
        """The map's properties with the date shown as its as-of date (exports state it)."""
        when = self.date
        return meta.model_copy(update={"as_of": when}) if when is not None else meta
