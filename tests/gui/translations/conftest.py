"""The language tests build full editor windows the way the program starts one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from actormap.gui.language import SETTING


@pytest.fixture
def make_window(qtbot, tmp_path, monkeypatch):
    """A full editor window whose settings file asks for ``lang`` ("" = the system's)."""
    from actormap.gui.app import install_features
    from actormap.gui.main_window import MainWindow

    monkeypatch.setenv("ACTORMAP_ANALYSIS_MODE", "thread")
    made = []

    def make(lang: str, name: str = "settings.ini"):
        settings = QSettings(str(tmp_path / name), QSettings.Format.IniFormat)
        settings.setValue(SETTING, lang)
        settings.setValue("author/asked", "true")
        data = tmp_path / f"data-{len(made)}"
        data.mkdir()
        w = MainWindow(settings, data_dir=data)
        install_features(w)
        qtbot.addWidget(w)
        made.append(w)
        return w

    yield make
    for w in made:
        w.close()
