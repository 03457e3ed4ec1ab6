"""Core v2 as the GUI sees it: one changeset per edit, a new collection reaches the
analysis worker, several documents open with their own undo."""

from __future__ import annotations

import pytest
from main_windows import new_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from actormap.core.edits import AddItems, RemoveItems, UpdateActor, make_actor, make_tie
from actormap.gui.canvas import clipboard
from actormap.gui.canvas.view import MapView
from actormap.gui.tasks import AnalysisRunner
from actormap.gui.undo import QtDocument
from collection_fixture import SightedMap, Sighting, count_sightings


def fifty_actors_with_ties():
    actors = [make_actor(id=f"p{i:02d}", name=f"Clique {i}", x=30.0 * i, y=0.0) for i in range(50)]
    ties = [make_tie(id=f"pt{i:02d}", source=f"p{i:02d}", target=f"p{i + 1:02d}", kind="trust")
            for i in range(49)]
    return actors, ties


def test_pasting_50_actors_with_ties_on_the_canvas_is_one_changeset(qtbot):
    view = MapView(QtDocument())
    qtbot.addWidget(view)
    view.qdoc.setParent(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    actors, ties = fifty_actors_with_ties()
    QGuiApplication.clipboard().setMimeData(clipboard.to_mime(actors, ties))
    received = []
    view.qdoc.changed.connect(received.append)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    msgs = []
    view.message.connect(msgs.append)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(view.qdoc.doc.actors) == 50, msgs
    QApplication.processEvents()
    assert len(received) == 1  # one edit, one signal, however many items
    assert received[0].counts() == {"actors": {"added": 50, "removed": 0, "changed": 0},
                                    "ties": {"added": 49, "removed": 0, "changed": 0}}
    assert len(view.map_scene.actor_items) == 50 and len(view.map_scene.tie_items) == 49
    view.qdoc.undo_stack.undo()  # undo is one signal too
    assert len(received) == 2 and received[1].counts()["actors"]["removed"] == 50
    assert not view.map_scene.actor_items and not view.map_scene.tie_items


def test_deleting_an_actor_with_ties_is_one_signal_and_the_canvas_follows(qtbot):
    actors, ties = fifty_actors_with_ties()
    qdoc = QtDocument()
    qdoc.push(AddItems(actors, ties))
    view = MapView(qdoc)
    qtbot.addWidget(view)
    received = []
    qdoc.changed.connect(received.append)
    qdoc.push(RemoveItems(["p10"]))
    assert len(received) == 1 and received[0].removed("ties") == ["pt09", "pt10"]
    assert "p10" not in view.map_scene.actor_items and "pt09" not in view.map_scene.tie_items


@pytest.mark.parametrize("mode", ["thread", "process"])
def test_a_collection_added_in_a_test_model_reaches_the_worker(qtbot, mode):
    amap = SightedMap(actors=[make_actor(id="a", name="A"), make_actor(id="b", name="B")],
                      sightings=[Sighting(id="s1", name="market", actor_id="a", with_ids=["b"])])
    qdoc = QtDocument(amap)
    runner = AnalysisRunner(count_sightings, mode=mode, debounce_ms=0)
    try:
        with qtbot.waitSignal(runner.resultReady, timeout=60000) as first:
            runner.set_document(qdoc)
        assert first.args[0] == {"map_class": "SightedMap", "sightings": ["s1"], "with": {"s1": ["b"]}}
        with qtbot.waitSignal(runner.resultReady, timeout=60000) as second:
            qdoc.push(RemoveItems(["b"]))  # the cascade drops "b" from the sighting
        assert second.args[0]["with"] == {"s1": []}
    finally:
        runner.shutdown()


@pytest.fixture
def window(qtbot, tmp_path):
    w = new_window(qtbot, tmp_path)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.recovery.close()


def test_two_documents_open_at_once_with_independent_undo(window, qtbot, tmp_path):
    from actormap.core.io import save_map
    from actormap.core.model import ActorMap

    for name in ("one", "two"):
        save_map(ActorMap(title=name, actors=[make_actor(id="x", name=f"{name} actor")]), tmp_path / f"{name}.actormap")
    assert window.files.load_path(str(tmp_path / "one.actormap"))
    one = window.qdoc
    assert window.files.load_path(str(tmp_path / "two.actormap"))
    two = window.qdoc
    assert window.workspace.documents == [one, two] and window.tabs.count() == 2 and window.tabs.isVisible()
    two.push(UpdateActor("x", {"power": 5}))
    window.tabs.setCurrentIndex(0)  # as a click on the first tab
    assert window.qdoc is one and window.canvas.qdoc is one and window.inspector.qdoc is one
    assert window.actor_table.model.doc is one.doc
    one.push(UpdateActor("x", {"name": "renamed"}))
    window.actions_["undo"].trigger()  # the Undo action follows the active document
    assert one.doc.actor("x").name == "one actor" and two.doc.actor("x").power == 5
    assert not window.actions_["undo"].isEnabled()  # nothing left to undo in "one"
    window.tabs.setCurrentIndex(1)
    assert window.actions_["undo"].isEnabled() and window.actions_["undo"].text().endswith("Edit actor power")
    window.actions_["undo"].trigger()
    assert two.doc.actor("x").power == 3 and one.doc.actor("x").name == "one actor"
    assert window.canvas.map_scene.actor_items["x"].actor.power == 3  # the canvas shows "two"
