"""The date shown and the events just lived through, in a corner of the canvas.

A label over the map's top-right corner (the legend takes the top-left): "As of
2012-03-09" and the events of the last step with their dates and names. It is
seen in presentation mode too, where the docks are hidden.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

from ..i18n import COUNT, translate

MAX_EVENTS = 4


class DateOverlay(QLabel):
    def __init__(self, view):
        super().__init__(view)
        self.setObjectName("timeOverlay")
        self.view = view
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("QLabel { background: rgba(255,255,255,230); color: #000; border: 1px solid #444; "
                           "border-radius: 4px; padding: 4px 8px; }")
        self.setWordWrap(False)
        self.hide()
        self._watch = _ResizeWatch(self)
        view.viewport().installEventFilter(self._watch)

    def show_date(self, when, events) -> None:
        """Show ``when`` and ``events`` (None: hide the overlay)."""
        if when is None:
            self.hide()
            return
        lines = ["<b>" + translate("TimeBar", "As of {date}").format(date=when.isoformat()) + "</b>"]
        for e in list(events)[-MAX_EVENTS:]:
            name = e.name if len(e.name) <= 60 else e.name[:59] + "…"
            lines.append(f"<span style='color:#D55E00'>◆</span> {e.date.isoformat()} {escape(name)}")
        more = len(events) - MAX_EVENTS
        if more > 0:
            lines.append("… " + translate("TimeBar", "and %n more", "", COUNT, more))
        self.setText("<br>".join(lines))
        self.adjustSize()
        self.place()
        self.show()
        self.raise_()

    def texts(self) -> str:
        """The plain text shown (for tests and accessibility)."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.text())
        return doc.toPlainText() if self.isVisible() else ""

    def place(self) -> None:
        r = self.view.viewport().geometry()
        self.move(max(r.left(), r.right() - self.width() - 12), r.top() + 12)


class _ResizeWatch(QObject):
    def __init__(self, overlay: DateOverlay):
        super().__init__(overlay)
        self.overlay = overlay

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize and self.overlay.isVisible():
            self.overlay.place()
        return False
