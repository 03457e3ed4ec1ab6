"""Fixtures for the main-window tests: a window with a temporary settings file and
data directory, and every modal dialog replaced by a recorder (no test can hang on a
dialog; each test sets the answers it needs)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings

from actormap.gui import dialogs


@dataclass
class FakeDialogs:
    """Answers the dialogs give and a log of what was asked."""

    unsaved: str = "discard"
    open_path: str | None = None
    save_path: str | None = None
    recover: bool = False
    import_path: str | None = None
    export_path: str | None = None
    calls: list = field(default_factory=list)

    def install(self, monkeypatch) -> None:
        def rec(name, value):
            def fn(*args):
                self.calls.append((name, args[1:]))
                return value() if callable(value) else value
            return fn

        monkeypatch.setattr(dialogs, "ask_unsaved", rec("ask_unsaved", lambda: self.unsaved))
        monkeypatch.setattr(dialogs, "open_file_name", rec("open_file_name", lambda: self.open_path))
        monkeypatch.setattr(dialogs, "save_file_name", rec("save_file_name", lambda: self.save_path))
        monkeypatch.setattr(dialogs, "ask_recover", rec("ask_recover", lambda: self.recover))
        monkeypatch.setattr(dialogs, "show_error", rec("show_error", None))
        monkeypatch.setattr(dialogs, "show_about", rec("show_about", None))
        monkeypatch.setattr(dialogs, "import_file_name", rec("import_file_name", lambda: self.import_path))
        monkeypatch.setattr(dialogs, "export_file_name", rec("export_file_name", lambda: self.export_path))

    def asked(self, name: str) -> list:
        return [args for n, args in self.calls if n == name]


@pytest.fixture
def fake_dialogs(monkeypatch) -> FakeDialogs:
    fake = FakeDialogs()
    fake.install(monkeypatch)
    return fake


@pytest.fixture
def settings_path(tmp_path):
    return str(tmp_path / "settings.ini")


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def make_window(qtbot, settings_path, data_dir, fake_dialogs):
    from actormap.gui.main_window import MainWindow

    made = []

    def make(autosave_ms: int = 60_000, show: bool = True):
        w = MainWindow(QSettings(settings_path, QSettings.Format.IniFormat), data_dir=data_dir,
                       autosave_ms=autosave_ms)
        qtbot.addWidget(w)
        made.append(w)
        if show:
            w.show()
            w.activateWindow()
            qtbot.waitUntil(w.isActiveWindow)  # window shortcuts (Ctrl+S...) fire only there
        return w

    yield make
    fake_dialogs.unsaved = "discard"
    for w in made:
        w.close()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def featured_window(make_window, qtbot):
    """A window with every feature installed, as the program starts it, shown and active."""
    from actormap.gui.app import install_features

    w = make_window(show=False)
    install_features(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w
