"""Scenarios in the editor: the dock's commands are undoable on the map; a scenario is edited in its
own tab with its own undo, written back as a patch; the base map's own data never changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from actormap.core.io import load_map
from actormap.core.model import Strategy

from .conftest import NOMOD, L, actor_vp, open_map


def base_part(path) -> bytes:
    """The file's bytes without its "scenarios" block: what a scenario must never change."""
    lines = path.read_bytes().split(b"\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(b'  "scenarios": ['))
    if lines[start].endswith(b"[],"):
        return b"\n".join(lines[:start] + lines[start + 1:])
    end = next(i for i in range(start + 1, len(lines)) if lines[i] in (b"  ],", b"  ]"))
    return b"\n".join(lines[:start] + lines[end + 1:])


def click(widget):
    QTest.mouseClick(widget, L)


def test_new_scenario_opens_a_marked_tab_and_undo_on_the_map_removes_it(window, town_path):
    base = open_map(window, town_path)
    panel = window.strategy.scenarios
    click(panel.new_button)
    assert [s.name for s in base.doc.ordered("scenarios")] == ["Arrest Alpha leaders", "Scenario 2"]
    tab = window.qdoc
    assert tab is not base and window.workspace.role(tab) == "scenario" and window.workspace.base_of(tab) is base
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Scenario: Scenario 2"
    banner = window.canvas.banner
    assert banner.isVisible() and banner.text == "SCENARIO (other): Scenario 2 — not the base map"
    assert "A what-if over “Town”" in banner.accessibleDescription()
    assert window.canvas.map_scene.tint is not None
    assert not tab.is_dirty() and base.is_dirty()
    window.workspace.activate(base)
    assert not banner.isVisible() and window.canvas.map_scene.tint is None
    assert base.undo_stack.undoText() == "New scenario 'Scenario 2'"
    base.undo_stack.undo()
    assert [s.name for s in base.doc.ordered("scenarios")] == ["Arrest Alpha leaders"]
    assert tab not in window.workspace.documents  # its tab closed with it


def test_edits_in_the_tab_are_the_scenario_and_the_base_data_never_changes(window, town_path, qtbot):
    before = base_part(town_path)
    base = open_map(window, town_path)
    panel = window.strategy.scenarios
    panel.select("s1")
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Return)  # Open for editing
    tab = window.qdoc
    assert window.workspace.role(tab) == "scenario"
    canvas = window.canvas
    canvas.fit_to_map()
    QTest.mouseClick(canvas.viewport(), L, NOMOD, actor_vp(canvas, "la"))
    assert canvas.selected_ids()[0] == ["la"]
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert "la" not in tab.doc.actors and "la" in base.doc.actors
    patch = base.doc.get("scenarios", "s1").changes
    assert patch.collections["actors"].remove == ["la"]
    assert sorted(patch.collections["ties"].remove) == ["t1", "t4", "t5"]
    assert patch.collections["agreements"].update[0].set == {"parties": ["lb"]}
    assert base.undo_stack.count() == 0 and base.is_dirty() and not tab.is_dirty()
    # the scenario's own undo puts it back, in the tab and in the stored patch
    window.actions_["undo"].trigger()
    assert "la" in tab.doc.actors and base.doc.get("scenarios", "s1").changes.collections == {}
    window.actions_["redo"].trigger()
    assert base.doc.get("scenarios", "s1").changes == patch
    # Ctrl+S in the scenario tab saves the map; its own data are byte for byte what they were
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not base.is_dirty()
    assert base_part(town_path) == before and len(before) > 1000
    saved = load_map(town_path)
    assert saved.scenarios[0].changes == patch and len(saved.actors) == 7


def test_undoing_new_scenario_after_edits_and_redoing_keeps_the_edits(window, town_path):
    base = open_map(window, town_path)
    panel = window.strategy.scenarios
    sid = panel.new_scenario(name="Truce on the street", strategy=Strategy.ACCOMMODATION)
    tab = window.qdoc
    assert window.strategy.dialogue_selected() is False  # nothing selected
    window.selection.set([], ["t3"])
    assert window.strategy.dialogue_selected()
    assert tab.doc.tie("t3").kind == "dialogue"
    stored = base.doc.get("scenarios", sid).changes
    assert stored.collections["ties"].update[0].set == {"kind": "dialogue"}
    window.workspace.activate(base)
    base.undo_stack.undo()  # "New scenario": goes, with what it holds now
    assert sid not in base.doc.items("scenarios") and tab not in window.workspace.documents
    base.undo_stack.redo()
    assert base.doc.get("scenarios", sid).changes == stored  # the edits came back with it
    assert base.doc.tie("t3").kind == "conflict"


def test_rename_strategy_duplicate_reorder_delete_are_undoable_on_the_map(window, town_path):
    base = open_map(window, town_path)
    panel = window.strategy.scenarios
    panel.select("s1")
    panel.open_current()
    tab = window.qdoc
    window.selection.set(["la"], [])
    assert window.strategy.remove_selected()  # in the tab: the scenario itself
    window.workspace.activate(base)
    panel.select("s1")
    assert panel.rename("Mano dura")
    assert tab.doc.meta.title == "Mano dura" and window.tabs.tabText(1) == "Scenario: Mano dura"
    assert tab.undo_stack.canUndo()  # the tab's history is untouched by the rename
    panel.strategy.set_value(Strategy.TRANSFORMATION)
    panel.strategy.activated.emit(panel.strategy.currentIndex())
    assert base.doc.get("scenarios", "s1").strategy == Strategy.TRANSFORMATION
    copy = panel.duplicate_current()
    assert [s.name for s in base.doc.ordered("scenarios")] == ["Mano dura", "Mano dura (copy)"]
    assert base.doc.get("scenarios", copy).changes == base.doc.get("scenarios", "s1").changes
    panel.select(copy)
    panel.move(-1)
    assert [s.id for s in base.doc.ordered("scenarios")] == [copy, "s1"]
    labels = []
    while base.undo_stack.canUndo():
        labels.append(base.undo_stack.undoText())
        base.undo_stack.undo()
    assert labels == ["Reorder scenarios", "Duplicate scenario 'Mano dura'", "Change scenario strategy",
                      "Rename scenario"]
    sc = base.doc.get("scenarios", "s1")
    assert (sc.name, sc.strategy) == ("Arrest Alpha leaders", Strategy.CONFRONTATION)
    assert sc.changes.collections["actors"].remove == ["la"]  # what the tab did stays
    assert window.tabs.tabText(1) == "Scenario: Arrest Alpha leaders"
    panel.select("s1")
    panel.delete_current()
    assert tab not in window.workspace.documents
    base.undo_stack.undo()
    assert base.doc.get("scenarios", "s1").changes.collections["actors"].remove == ["la"]


def test_a_strategy_edit_on_the_base_map_starts_a_scenario(window, town_path):
    base = open_map(window, town_path)
    window.selection.set(["la", "lb"], [])
    assert window.strategy.truce_selected()
    tab = window.qdoc
    assert window.workspace.role(tab) == "scenario"
    (sc,) = [s for s in base.doc.ordered("scenarios") if s.id != "s1"]
    assert (sc.name, sc.strategy) == ("Truce: Alpha leaders, Bravo leaders", Strategy.ACCOMMODATION)
    assert [a.name for a in tab.doc.items("agreements").values()] == ["Leaders' truce",
                                                                     "Truce: Alpha leaders, Bravo leaders"]
    assert len(base.doc.items("agreements")) == 1  # the base map did not sign anything


def test_the_banner_says_when_the_base_map_changed_and_the_scenario_does_not_undo_it(window, town_path):
    base = open_map(window, town_path)
    panel = window.strategy.scenarios
    panel.select("s1")
    panel.open_current()
    tab = window.qdoc
    window.workspace.activate(base)
    window.selection.set(["com"], [])
    window.inspector.set_document(base)
    from actormap.core.edits import UpdateActor

    base.push(UpdateActor("com", {"name": "Barrio Norte"}))
    window.workspace.activate(tab)
    assert "the base map changed since this tab opened" in window.canvas.banner.text
    window.selection.set(["pol"], [])
    assert window.strategy.remove_selected()
    patch = base.doc.get("scenarios", "s1").changes
    assert patch.collections["actors"].remove == ["pol"] and patch.collections["actors"].update == []
    assert base.doc.actor("com").name == "Barrio Norte"


def test_save_as_shortcut_in_a_scenario_tab_names_the_map(window, town_path, monkeypatch, tmp_path):
    from actormap.gui import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "save_file_name", lambda _w, suggested: asked.append(suggested) or "")
    base = open_map(window, town_path)
    window.strategy.scenarios.select("s1")
    window.strategy.scenarios.open_current()
    window.actions_["save_as"].trigger()
    assert asked == [base.path]
    assert QKeySequence(window.actions_["save_as"].shortcut()).toString()
