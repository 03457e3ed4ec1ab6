"""A band across the top of the canvas saying what is shown (e.g. "SCENARIO: ... — not the base map").

Bold text on a strong colour, full width, above the map and the legend; clicks pass
through. Hidden when there is no text.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from .palette import ink_on

HEIGHT = 30


class BannerOverlay(QWidget):
    def __init__(self, view):
        super().__init__(view)
        self._view = view
        self.setObjectName("canvasBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.text = ""
        self.color = QColor("#E69F00")
        self.hide()

    def set_text(self, text: str | None, color: str = "#E69F00") -> None:
        self.text = text or ""
        self.color = QColor(color)
        self.setAccessibleName(self.text)
        self.setVisible(bool(self.text))
        self.place()
        self.raise_()
        self.update()

    def place(self) -> None:
        vp = self._view.viewport().geometry()
        self.setGeometry(QRect(vp.left(), vp.top(), vp.width(), HEIGHT))

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.color)
        font = QFont()
        font.setPixelSize(14)
        font.setBold(True)
        p.setFont(font)
        p.setPen(ink_on(self.color))
        text = p.fontMetrics().elidedText(self.text, Qt.TextElideMode.ElideRight, self.width() - 24)
        p.drawText(self.rect().adjusted(12, 0, -12, 0), Qt.AlignmentFlag.AlignCenter, text)
        p.end()
