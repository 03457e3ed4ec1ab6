"""Main windows for the GUI tests: settings and data in the test's temporary folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def new_window(qtbot, tmp_path, *installs):
    """A MainWindow with its settings file and data folder in ``tmp_path`` (autosave after a
    minute), closed by qtbot after the test; ``installs`` (``actormap.gui.strategy.install``...)
    run on it in order."""
    from actormap.gui import main_window

    w = main_window.MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                               data_dir=tmp_path / "data", autosave_ms=60_000)
    qtbot.addWidget(w)
    for install in installs:
        install(w)
    return w


def show_active(qtbot, w, width: int = 1300, height: int = 850) -> None:
    """Show ``w`` at that size and wait until it is the active window (its shortcuts work only then)."""
    w.resize(width, height)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)


def no_questions(monkeypatch) -> None:
    """Unsaved changes are discarded and no crash recovery is offered, without a dialog."""
    from actormap.gui import dialogs

    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *a: "discard")
    monkeypatch.setattr(dialogs, "ask_recover", lambda *a: False)
