"""Start the Qt application: one main window, recovery offered, the given map opened."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject


def make_application():
    """The ``QApplication`` (created once) with the names QSettings and data paths use."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("actormap")
    app.setApplicationName("actormap")
    app.setApplicationDisplayName("actormap")
    from importlib.resources import files

    from PySide6.QtGui import QIcon

    icon = files("actormap.gui") / "icons" / "actormap.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    from .fonts import install_fonts

    install_fonts(app)  # Noto Sans + Noto Sans Arabic as fallbacks: names in any script
    return app


def install_features(win) -> None:
    """Everything the editor adds to the bare main window (in this order)."""
    from .panels.analysis import install as install_analysis

    install_analysis(win)
    from .workshop import install as install_workshop

    install_workshop(win)  # saved views, presentation (F5), themes, picture/report export
    from .teams import install as install_teams

    install_teams(win)  # author name, Compare with…, Differences and Merge conflicts docks
    from .strategy import install as install_strategy

    install_strategy(win)  # scenarios, agreements, strategies compared
    from .timeline import install as install_time

    install_time(win)  # time slider under the map, Events dock, Timeline tab

    from .labels import install as install_labels

    install_labels(win)  # label lens (View menu), Labels dock


class FileOpenFilter(QObject):
    """Opens the file of a ``QFileOpenEvent`` (macOS sends one when a map is double-clicked)."""

    def __init__(self, win, parent: QObject | None = None):
        super().__init__(parent)
        self.win = win

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.win.files.open(event.file())
            return True
        return False


def run_app(path: str | None = None, screenshot: str | None = None) -> int:
    """Open the editor (and ``path``). With ``screenshot``, save a PNG of the window once the map
    is shown and quit (exit status 0 when written): the smoke test of a stand-alone bundle."""
    app = make_application()
    from .main_window import MainWindow

    win = MainWindow()
    install_features(win)
    install_filter = getattr(app, "installEventFilter", None)
    if install_filter is not None:
        install_filter(FileOpenFilter(win, win))  # macOS: a double-clicked .actormap file
    from .teams import ask_author_once

    win.show()
    if screenshot:
        if path:
            win.files.load_path(path)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(1500, lambda: _screenshot(win, screenshot))
        return app.exec()
    win.start(path)
    ask_author_once(win)
    return app.exec()


def _screenshot(win, out: str) -> None:
    """Save a PNG of ``win`` to ``out`` through the store, then quit (status 2 when it fails)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtWidgets import QApplication

    from ..core.errors import ActorMapError
    from ..core.io import MapStore
    from .i18n import translate

    win.canvas.fit_to_map()
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = win.grab().save(buf, "PNG")
    buf.close()
    try:
        if not ok:
            raise ActorMapError(translate("App", "the window could not be drawn"))
        MapStore().write_bytes(out, bytes(ba.data()))
    except ActorMapError as err:
        print(f"actormap: {err}", file=sys.stderr)
        QApplication.instance().exit(2)
        return
    print(f"wrote {out} ({win.qdoc.display_name()}: {len(win.qdoc.doc.actors)} actors)")
    win.close()
    QApplication.instance().exit(0)
