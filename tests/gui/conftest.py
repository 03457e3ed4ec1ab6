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


@pytest.fixture(scope="session")
def translations_cache(tmp_path_factory):
    """Compiled translations go to a folder of the test session, not the user's cache."""
    from actormap.gui import i18n

    i18n.CACHE_DIR = tmp_path_factory.mktemp("translations")
    yield i18n.CACHE_DIR
    i18n.CACHE_DIR = None


@pytest.fixture(autouse=True)
def english_interface(translations_cache, qapp):
    """Every GUI test starts in English (with its plural forms, ``actormap_en.ts``); a test that
    switches the language leaves English behind it."""
    from actormap.gui import i18n

    i18n.use_language("en")
    yield
    i18n.use_language("en")


@pytest.fixture(autouse=True)
def clean_clipboard():
    """Leave the clipboard empty after each test: a QMimeData a test left on the offscreen clipboard
    (and read back through ``clipboard().mimeData()``) made the interpreter segfault at exit, after
    every test had passed (seen with test_core_v2's paste test, PySide6 6.11.3)."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
