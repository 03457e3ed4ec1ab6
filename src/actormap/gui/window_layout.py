"""How the main window is laid out and what it accepts dropped: the first-start geometry
and dock arrangement, whole tab titles on tabbed docks, tall panels that scroll, and map
files dropped on the window or the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea, QTabBar, QWidget

SMALL_SCREEN = (1280, 800)
"""Below this (available pixels) the first window is maximised."""
FRONT_DOCKS = ("analysisDock", "actorTableDock")
"""At the first start, the tab in front in each dock area: the analysis on the right, the
actors at the bottom (not whichever panel a feature added last)."""
MAP_SUFFIXES = (".actormap", ".graphml", ".gexf", ".xlsx", ".csv")
"""Files a drop opens: maps, and the formats imported into a new map (see core/io/convert.py)."""


def scrolled(widget: QWidget) -> QScrollArea:
    """Tall panels scroll rather than force a window taller than a laptop screen."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def first_start(window) -> None:
    """No saved layout: 90% of the screen, centred (maximised on a small screen), the canvas
    getting most of it; side docks about a fifth of the width, the bottom ones under a fifth
    of the height; :data:`FRONT_DOCKS` in front."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        avail = screen.availableGeometry()
        if avail.width() < SMALL_SCREEN[0] or avail.height() < SMALL_SCREEN[1]:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
            w, h = avail.width(), avail.height()
        else:
            w, h = round(avail.width() * 0.9), round(avail.height() * 0.9)
            window.resize(w, h)
            window.move(avail.center() - QPoint(w // 2, h // 2))
        size_docks(window, w, h)
    QTimer.singleShot(0, window, lambda: raise_front(window))


def size_docks(window, w: int, h: int) -> None:
    docks = window.docks
    window.resizeDocks([docks["inspectorDock"]], [min(340, max(250, round(w * 0.2)))], Qt.Orientation.Horizontal)
    window.resizeDocks([docks["actorTableDock"]], [min(200, max(160, round(h * 0.18)))], Qt.Orientation.Vertical)


def raise_front(window) -> None:
    for name in FRONT_DOCKS:
        dock = window.docks.get(name)
        if dock is not None and dock.isVisible():
            dock.raise_()


def whole_tab_titles(window) -> None:
    """Tabbed docks show their whole titles (scroll buttons when there is no room) instead of
    cutting them to a few letters ("Ins…"): translated titles are longer."""
    for bar in window.findChildren(QTabBar):
        if bar.parent() is window:  # the dock tab groups (the document tabs sit in the central widget)
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)


def dropped_maps(mime) -> list[str]:
    """The map files (by suffix) a drag carries."""
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls()
            if u.isLocalFile() and u.toLocalFile().lower().endswith(MAP_SUFFIXES)]


class MapDrops(QObject):
    """Map files dropped on ``window`` or on the canvas (whose scene would otherwise swallow
    the drag) open through ``open_path`` once the drop is over (no modal dialog inside it)."""

    KINDS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)

    def __init__(self, window, canvas_viewport: QWidget, open_path):
        super().__init__(window)
        self.open_path = open_path
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        canvas_viewport.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind not in self.KINDS:
            return False
        paths = dropped_maps(event.mimeData())
        if not paths:  # not ours: the window refuses it, the canvas does what it does
            if obj is self.parent():
                event.ignore()
                return True
            return False
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            QTimer.singleShot(0, self, lambda: self.open_path(paths[0]))
        return True
