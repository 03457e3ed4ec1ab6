"""A main window with the strategy workbench and the labels features, on copies of sample maps."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from main_windows import new_window, no_questions, show_active

SAMPLES = Path(__file__).resolve().parents[3] / "sample_maps"


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ACTORMAP_ANALYSIS_MODE", "thread")
    no_questions(monkeypatch)
    from actormap.gui.labels import install as install_labels
    from actormap.gui.strategy import install as install_strategy

    w = new_window(qtbot, tmp_path, install_strategy, install_labels)
    show_active(qtbot, w)
    yield w
    w.close()


@pytest.fixture
def libya(window, tmp_path):
    p = tmp_path / "libya.actormap"
    shutil.copyfile(SAMPLES / "libya_post_2011_militias.actormap", p)
    assert window.files.load_path(str(p))
    return window.qdoc
