"""A main window with the strategy workbench and the labels features, on copies of sample maps."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from actormap.gui import dialogs

SAMPLES = Path(__file__).resolve().parents[3] / "sample_maps"


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ACTORMAP_ANALYSIS_MODE", "thread")
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *a: "discard")
    monkeypatch.setattr(dialogs, "ask_recover", lambda *a: False)
    from actormap.gui.labels import install as install_labels
    from actormap.gui.main_window import MainWindow
    from actormap.gui.strategy import install as install_strategy

    data = tmp_path / "data"
    data.mkdir()
    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), data_dir=data,
                   autosave_ms=60_000)
    install_strategy(w)
    install_labels(w)
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.close()


@pytest.fixture
def libya(window, tmp_path):
    p = tmp_path / "libya.actormap"
    shutil.copyfile(SAMPLES / "libya_post_2011_militias.actormap", p)
    assert window.files.load_path(str(p))
    return window.qdoc
