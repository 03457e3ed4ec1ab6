"""A main window with the strategy workbench, on a small map saved in a temporary folder.

Dialogs are answered by monkeypatched functions (nothing modal can block); the comparison
runs in thread mode (the worker-process mode is the same TaskRunner, tested in tests/gui).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from main_windows import new_window, show_active
from PySide6.QtCore import QPoint, QPointF, Qt

from actormap.core.edits import make_actor, make_tie
from actormap.core.io import save_map
from actormap.core.model import ActorMap, Agreement, Scenario
from actormap.gui import dialogs

SAMPLES = Path(__file__).resolve().parents[3] / "sample_maps"


def town() -> ActorMap:
    """Two gangs at war, their leaders in a truce, a parish, a community, the police."""
    actors = [make_actor(id=i, name=n, kind=k, faction=f, x=x, y=y) for i, n, k, f, x, y in (
        ("la", "Alpha leaders", "gang", "Alpha", -300.0, -100.0), ("sa", "Alpha street", "gang", "Alpha", -300.0, 150.0),
        ("lb", "Bravo leaders", "gang", "Bravo", 300.0, -100.0), ("sb", "Bravo street", "gang", "Bravo", 300.0, 150.0),
        ("par", "Parish", "religious", "Church", 0.0, -250.0), ("com", "Barrio", "community", "Town", 0.0, 300.0),
        ("pol", "Police", "state_agent", "State", 0.0, 0.0))]
    ties = [make_tie(id=i, source=s, target=t, kind=k) for i, s, t, k in (
        ("t1", "la", "sa", "trust"), ("t2", "lb", "sb", "trust"), ("t3", "sa", "sb", "conflict"),
        ("t4", "la", "lb", "dialogue"), ("t5", "par", "la", "trust"), ("t6", "par", "lb", "trust"),
        ("t7", "sa", "com", "parasitic"), ("t8", "sb", "com", "coercive"), ("t9", "pol", "sa", "coercive"))]
    return ActorMap(title="Town", actors=actors, ties=ties,
                    agreements=[Agreement(id="truce", name="Leaders' truce", kind="truce", status="in_force",
                                          parties=["la", "lb"], facilitators=["par"])],
                    scenarios=[Scenario(id="s1", name="Arrest Alpha leaders", strategy="confrontation")])


@pytest.fixture
def answers(monkeypatch):
    said = {"unsaved": "discard", "errors": []}
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *a: said["unsaved"])
    monkeypatch.setattr(dialogs, "show_error", lambda *a: said["errors"].append(a[1:]))
    monkeypatch.setattr(dialogs, "ask_recover", lambda *a: False)
    return said


@pytest.fixture
def town_path(tmp_path) -> Path:
    p = tmp_path / "town.actormap"
    save_map(town(), p)
    return p


@pytest.fixture
def es_path(tmp_path) -> Path:
    p = tmp_path / "es.actormap"
    shutil.copyfile(SAMPLES / "el_salvador_2012_truce.actormap", p)
    return p


@pytest.fixture
def window(qtbot, tmp_path, answers, monkeypatch):
    monkeypatch.setenv("ACTORMAP_ANALYSIS_MODE", "thread")
    from actormap.gui.strategy import install

    w = new_window(qtbot, tmp_path, install)
    show_active(qtbot, w)
    yield w
    for win in list(w.strategy.compare_windows):
        win.close()
    w.close()


L = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier


def actor_vp(view, actor_id: str) -> QPoint:
    """Viewport point of an actor's centre."""
    p = view.map_scene.actor_items[actor_id].pos()
    return view.mapFromScene(QPointF(p.x(), p.y()))


def open_map(window, path) -> object:
    assert window.files.load_path(str(path))
    return window.qdoc
