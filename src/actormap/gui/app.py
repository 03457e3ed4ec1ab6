"""Start the Qt application: one main window, recovery offered, the given map opened."""

from __future__ import annotations

import sys


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
    return app


def run_app(path: str | None = None) -> int:
    app = make_application()
    from .main_window import MainWindow

    win = MainWindow()
    from .panels.analysis import install as install_analysis

    install_analysis(win)
    from .workshop import install as install_workshop

    install_workshop(win)  # saved views, presentation (F5), themes, picture/report export
    from .teams import ask_author_once
    from .teams import install as install_teams

    install_teams(win)  # author name, Compare with…, Differences and Merge conflicts docks

    from .strategy import install as install_strategy

    install_strategy(win)  # scenarios, agreements, strategies compared
    from .labels import install as install_labels

    install_labels(win)  # label lens (View menu), Labels dock
    win.show()
    win.start(path)
    ask_author_once(win)
    return app.exec()
