"""The time slider under the canvas: a date, steps back and forward, Play, and the events.

``TimeBar`` holds no map: the controller gives it a range (:meth:`set_range`), the
events (:meth:`set_events`) and a state (:meth:`set_state`), and listens to
``dateChanged`` (a ``date``, or ``None`` when "As of" is off: every item shown).
The day slider has one position per day; the strip above it marks each event, and
names the events of the last step (those the map has just lived through).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.timeline import STEP_MONTHS, add_months, events_between
from ..i18n import translate

PLAY_MS = 1200
"""Play shows each step this long (a workshop reads the map between steps)."""
MODES = (("fade", QT_TRANSLATE_NOOP("TimeBar", "Fade")), ("hide", QT_TRANSLATE_NOOP("TimeBar", "Hide")))
STEPS = (("month", QT_TRANSLATE_NOOP("TimeBar", "Month")), ("quarter", QT_TRANSLATE_NOOP("TimeBar", "Quarter")),
         ("year", QT_TRANSLATE_NOOP("TimeBar", "Year")))


def recent(events, when: date, step: str) -> list:
    """Events of the step that ends on ``when``: dated in ``(when - step, when]`` (as a timeline row's)."""
    return events_between(events, add_months(when, -STEP_MONTHS[step]), when)


class DaySlider(QSlider):
    """A horizontal slider of days; a click jumps to the day under the mouse."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("timeSlider")
        self.setPageStep(30)
        self.setTracking(True)

    def _option(self) -> QStyleOptionSlider:
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        return opt

    def _groove(self) -> tuple[int, int]:
        """x of the first and the last handle centre (slider coordinates)."""
        opt = self._option()
        groove = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, opt,
                                             QStyle.SubControl.SC_SliderGroove, self)
        handle = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, opt,
                                             QStyle.SubControl.SC_SliderHandle, self)
        half = handle.width() // 2
        return groove.left() + half, groove.right() - half

    def x_of(self, value: int) -> int:
        lo, hi = self._groove()
        span = max(1, self.maximum() - self.minimum())
        return round(lo + (hi - lo) * (value - self.minimum()) / span)

    def value_at(self, x: float) -> int:
        lo, hi = self._groove()
        frac = 0.0 if hi <= lo else min(1.0, max(0.0, (x - lo) / (hi - lo)))
        return self.minimum() + round(frac * (self.maximum() - self.minimum()))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            handle = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, self._option(),
                                                 QStyle.SubControl.SC_SliderHandle, self)
            if not handle.contains(event.position().toPoint()):
                self.setValue(self.value_at(event.position().x()))
        super().mousePressEvent(event)


class EventStrip(QWidget):
    """Event markers aligned with the slider's days; the recent ones carry their names."""

    eventClicked = Signal(str)  # event id

    def __init__(self, bar: TimeBar):
        super().__init__(bar)
        self.setObjectName("timeEvents")
        self.bar = bar
        self.setMouseTracking(True)
        f = QFont(self.font())
        f.setPointSizeF(max(7.0, f.pointSizeF() * 0.9))
        self.setFont(f)
        self.setMinimumHeight(QFontMetrics(f).height() + 8)

    def sizeHint(self) -> QSize:
        return QSize(200, QFontMetrics(self.font()).height() + 8)

    def marker_x(self, event) -> int:
        """x of an event's marker in this widget."""
        slider = self.bar.slider
        x = slider.x_of(self.bar.value_of(event.date))
        return slider.mapTo(self.bar, QPoint(x, 0)).x() - self.mapTo(self.bar, QPoint(0, 0)).x()

    def _visible(self) -> list:
        first, last = self.bar.first, self.bar.last
        return [e for e in self.bar.events if first <= e.date <= last]

    def event_at(self, x: float):
        best, dist = None, 6.0
        for e in self._visible():
            d = abs(self.marker_x(e) - x)
            if d <= dist:
                best, dist = e, d
        return best

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        h = self.height()
        near = {e.id for e in self.bar.recent_events()}
        ink = self.palette().color(self.foregroundRole())
        accent = QColor("#D55E00")  # Okabe-Ito vermillion
        taken: list[QRect] = []
        for e in sorted(self._visible(), key=lambda e: (e.id in near, e.date)):
            x = self.marker_x(e)
            lit = e.id in near
            p.setPen(QPen(accent if lit else ink, 1.5 if lit else 1.0))
            p.setBrush(accent if lit else ink)
            s = 5 if lit else 3
            p.drawPolygon(QPolygon([QPoint(x, h - 2 - 2 * s), QPoint(x + s, h - 2 - s), QPoint(x, h - 2),
                                    QPoint(x - s, h - 2 - s)]))
            if lit:
                text = fm.elidedText(e.name, Qt.TextElideMode.ElideRight, 220)
                w = fm.horizontalAdvance(text) + 4
                left = min(max(0, x + 7), max(0, self.width() - w))
                box = QRect(left, 0, w, fm.height())
                if not any(box.intersects(t) for t in taken):
                    taken.append(box)
                    p.setPen(ink)
                    p.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        p.end()

    def mouseMoveEvent(self, event) -> None:
        e = self.event_at(event.position().x())
        self.setToolTip(f"{e.date.isoformat()}: {e.name}" if e is not None else "")
        self.setCursor(Qt.CursorShape.PointingHandCursor if e is not None else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event) -> None:
        e = self.event_at(event.position().x())
        if e is not None and event.button() == Qt.MouseButton.LeftButton:
            self.eventClicked.emit(e.id)


class TimeBar(QWidget):
    """The time slider: "As of", the day slider with its events, steps, Play, fade or hide."""

    dateChanged = Signal(object)  # date, or None: the time filter is off
    modeChanged = Signal(str)  # "fade" | "hide"
    playingChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeBar")
        self.first, self.last = date(2000, 1, 1), date(2001, 1, 1)
        self.events: list = []
        self._quiet = False
        self.enabled_box = QCheckBox(translate("TimeBar", "As of"))
        self.enabled_box.setObjectName("timeEnabled")
        self.enabled_box.setToolTip(translate("TimeBar", "Show the map as it stood on the date chosen; off: every "
                                                         "actor and tie"))
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("timeDate")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setToolTip(translate("TimeBar", "The date shown (YYYY-MM-DD)"))
        self.back = QToolButton()
        self.back.setObjectName("timeBack")
        self.back.setText("◀")
        self.back.setAutoRepeat(True)
        self.forward = QToolButton()
        self.forward.setObjectName("timeForward")
        self.forward.setText("▶")
        self.forward.setAutoRepeat(True)
        self.slider = DaySlider(self)
        self.slider.setMinimumWidth(160)
        self.strip = EventStrip(self)
        self.play_button = QToolButton()
        self.play_button.setObjectName("timePlay")
        self.play_button.setCheckable(True)
        self.play_button.setText(translate("TimeBar", "Play"))
        self.play_button.setToolTip(translate("TimeBar", "Step through the dates, one step every {seconds} s, to the "
                                                         "last date").format(seconds=f"{PLAY_MS / 1000:g}"))
        self.step_combo = QComboBox()
        self.step_combo.setObjectName("timeStep")
        for key, label in STEPS:
            self.step_combo.addItem(translate("TimeBar", label), key)
        self.step_combo.setToolTip(translate("TimeBar", "How far ◀ ▶ and Play move"))
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("timeMode")
        for key, label in MODES:
            self.mode_combo.addItem(translate("TimeBar", label), key)
        self.mode_combo.setToolTip(translate("TimeBar", "Actors and ties not on the map at the date shown fade, or "
                                                        "are hidden"))
        self.note = QLabel(translate("TimeBar", "Undated actors and ties are always shown."))
        self.note.setObjectName("timeNote")
        self.note.setToolTip(translate("TimeBar", "An item is on the map from its start date (inclusive) until its end "
                                                  "date (exclusive); an item without dates is on the map at every date."))
        f = self.note.font()
        f.setPointSizeF(max(7.0, f.pointSizeF() * 0.9))
        self.note.setFont(f)
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_MS)
        self.timer.timeout.connect(self._tick)

        middle = QVBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(0)
        middle.addWidget(self.strip)
        middle.addWidget(self.slider)
        row = QHBoxLayout()
        row.setContentsMargins(6, 2, 6, 0)
        for w in (self.enabled_box, self.date_edit, self.back):
            row.addWidget(w)
        row.addLayout(middle, 1)
        for w in (self.forward, self.play_button):
            row.addWidget(w)
        row2 = QHBoxLayout()
        row2.setContentsMargins(6, 0, 6, 2)
        for w in (QLabel(translate("TimeBar", "Step:")), self.step_combo, QLabel(translate("TimeBar", "Absent:")),
                  self.mode_combo):
            row2.addWidget(w)
        row2.addStretch(1)
        row2.addWidget(self.note)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addLayout(row)
        lay.addLayout(row2)

        self.enabled_box.toggled.connect(self._enabled_toggled)
        self.slider.valueChanged.connect(self._slider_moved)
        self.date_edit.dateChanged.connect(self._date_edited)
        self.back.clicked.connect(lambda: self.step_by(-1))
        self.forward.clicked.connect(lambda: self.step_by(1))
        self.play_button.toggled.connect(self.set_playing)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.modeChanged.emit(self.mode))
        self.step_combo.currentIndexChanged.connect(lambda _i: self.strip.update())
        self.strip.eventClicked.connect(self._event_clicked)
        self.set_range(self.first, self.last)

    # ---- state -------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return self.mode_combo.currentData()

    @property
    def step(self) -> str:
        return self.step_combo.currentData()

    def set_step(self, step: str) -> None:
        i = self.step_combo.findData(step)
        if i >= 0:
            self.step_combo.setCurrentIndex(i)

    def value_of(self, d: date) -> int:
        return (d - self.first).days

    def current(self) -> date:
        """The slider's date (also when the time filter is off)."""
        return self.first + timedelta(days=self.slider.value())

    def date(self) -> date | None:
        """The date shown, or None when "As of" is off."""
        return self.current() if self.enabled_box.isChecked() else None

    def set_range(self, first: date, last: date) -> None:
        """The dates the slider covers (the map's dates, with room around them)."""
        keep = self.current() if hasattr(self, "slider") else first
        self.first, self.last = first, max(last, first + timedelta(days=1))
        self._quiet = True
        try:
            self.slider.setRange(0, (self.last - self.first).days)
            self.date_edit.setDateRange(self.first, self.last)
            self._show(min(max(keep, self.first), self.last))
        finally:
            self._quiet = False
        self.strip.update()

    def set_events(self, events) -> None:
        self.events = sorted(events, key=lambda e: (e.date, e.name, e.id))
        self.strip.update()

    def set_state(self, enabled: bool, when: date) -> None:
        """Show ``when`` (widening the range if needed) with the filter on or off; no signal."""
        if when < self.first or when > self.last:
            self.set_range(min(self.first, when), max(self.last, when))
        self._quiet = True
        try:
            self.enabled_box.setChecked(enabled)
            self._show(when)
        finally:
            self._quiet = False
        self._sync_enabled()
        self.strip.update()

    def recent_events(self) -> list:
        """The events of the last step up to the date shown (none when the filter is off)."""
        d = self.date()
        return [] if d is None else recent(self.events, d, self.step)

    # ---- moving ------------------------------------------------------------------------
    def set_date(self, when: date, clamp: bool = True) -> None:
        """Move to ``when`` (turning the time filter on); emits ``dateChanged``.

        A date outside the range is clamped to it (``clamp=False``: the range widens).
        """
        if not clamp and not self.first <= when <= self.last:
            self.set_range(min(self.first, when), max(self.last, when))
        when = min(max(when, self.first), self.last)
        self._quiet = True
        try:
            self.enabled_box.setChecked(True)
            self._show(when)
        finally:
            self._quiet = False
        self._sync_enabled()
        self._emit()

    def step_by(self, n: int) -> None:
        """Move ``n`` steps (month, quarter or year) from the date shown."""
        self.set_date(add_months(self.current(), n * STEP_MONTHS[self.step]))

    def set_playing(self, on: bool) -> None:
        if on == self.timer.isActive():
            return
        if on:
            if self.date() is None or self.current() >= self.last:
                self.set_date(self.first if self.current() >= self.last else self.current())
            self.timer.start()
        else:
            self.timer.stop()
        if self.play_button.isChecked() != on:
            self.play_button.setChecked(on)
        self.play_button.setText(translate("TimeBar", "Pause") if on else translate("TimeBar", "Play"))
        self.playingChanged.emit(on)

    def _tick(self) -> None:
        if self.current() >= self.last:
            self.set_playing(False)
            return
        self.step_by(1)
        if self.current() >= self.last:
            self.set_playing(False)

    # ---- internals ---------------------------------------------------------------------
    def _show(self, when: date) -> None:
        self.slider.setValue(self.value_of(when))
        self.date_edit.setDate(when)

    def _sync_enabled(self) -> None:
        on = self.enabled_box.isChecked()
        for w in (self.date_edit, self.mode_combo):
            w.setEnabled(on)

    def _emit(self) -> None:
        self.strip.update()
        self.dateChanged.emit(self.date())

    def _enabled_toggled(self, _on: bool) -> None:
        self._sync_enabled()
        if not self._quiet:
            if not _on:
                self.set_playing(False)
            self._emit()

    def _slider_moved(self, value: int) -> None:
        if self._quiet:
            return
        when = self.first + timedelta(days=value)
        self._quiet = True
        try:
            self.date_edit.setDate(when)
            self.enabled_box.setChecked(True)
        finally:
            self._quiet = False
        self._sync_enabled()
        self._emit()

    def _date_edited(self, qdate) -> None:
        if self._quiet:
            return
        when = qdate.toPython()
        self._quiet = True
        try:
            self.slider.setValue(self.value_of(when))
        finally:
            self._quiet = False
        self._emit()

    def _event_clicked(self, event_id: str) -> None:
        for e in self.events:
            if e.id == event_id:
                self.set_date(e.date)
                return
