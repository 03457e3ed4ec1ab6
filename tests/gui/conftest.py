"""Guards for every GUI test: no modal dialog may block the run.

Tests that expect a dialog monkeypatch the function in ``actormap.gui.dialogs``
(or the widget's own hook). Anything that still reaches a real modal loop gets
"cancel" at once and is recorded, so a forgotten dirty window closed at teardown
cannot hang the suite.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox


@pytest.fixture(autouse=True)
def unexpected_modals(monkeypatch):
    seen: list[str] = []

    def refuse(kind, value):
        def fn(*args, **kwargs):
            seen.append(kind)
            return value
        return fn

    monkeypatch.setattr(QDialog, "exec", refuse("QDialog.exec", 0))
    monkeypatch.setattr(QMessageBox, "exec", refuse("QMessageBox.exec", 0))
    monkeypatch.setattr(QMenu, "exec", refuse("QMenu.exec", None))
    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse(f"QMessageBox.{name}", QMessageBox.StandardButton.NoButton))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"QFileDialog.{name}", ("", "") if "File" in name else ""))
    monkeypatch.setattr(QInputDialog, "getText", refuse("QInputDialog.getText", ("", False)))
    monkeypatch.setattr(QInputDialog, "getInt", refuse("QInputDialog.getInt", (0, False)))
    return seen


@pytest.fixture(scope="session", autouse=True)
def empty_clipboard_at_exit():
    """Leave the clipboard empty: a clipboard still holding a test's QMimeData when the process
    exits crashes Qt's offscreen platform (segfault after every test passed; PySide6 6.11)."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
