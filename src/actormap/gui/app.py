"""Start the Qt application (minimal until the editor lands)."""

from __future__ import annotations

import sys


def run_app(path: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    from ..core.io import MapFileError, load_map

    app = QApplication.instance() or QApplication(sys.argv)
    text = "actormap"
    if path:
        try:
            m = load_map(path)
            text = f"{m.title}: {len(m.actors)} actors, {len(m.ties)} ties"
        except MapFileError as err:
            text = str(err)
    w = QLabel(text)
    w.setWindowTitle("actormap")
    w.resize(600, 200)
    w.show()
    return app.exec()
