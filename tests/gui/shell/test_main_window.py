"""The window itself: menus and shortcuts, undo labels, dock layout remembered, find,
and the PySide6 refcount workaround."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel
from shell_maps import small_map

from actormap.core.edits import UpdateActor

STANDARD = {
    "new": QKeySequence.StandardKey.New, "open": QKeySequence.StandardKey.Open,
    "save": QKeySequence.StandardKey.Save, "save_as": QKeySequence.StandardKey.SaveAs,
    "close": QKeySequence.StandardKey.Close, "quit": QKeySequence.StandardKey.Quit,
    "undo": QKeySequence.StandardKey.Undo, "redo": QKeySequence.StandardKey.Redo,
    "find": QKeySequence.StandardKey.Find,
}


def test_file_and_edit_actions_use_the_platform_standard_keys(window):
    for key, std in STANDARD.items():
        assert window.actions_[key].shortcuts() == QKeySequence.keyBindings(std), key
    assert window.actions_["add_tie"].shortcut() == QKeySequence("Ctrl+T")


def test_no_two_window_wide_actions_share_a_key(window):
    seen: dict[str, str] = {}
    for act in window.findChildren(QAction):
        if act.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue  # canvas and table keys only work while that widget has focus
        for seq in act.shortcuts():
            text = seq.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {act.text()}"
            seen[text] = act.text()


def test_menus_hold_the_actions(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Map", "&Help"]
    edit = [a.text() for a in window.menus["edit"].actions()]
    for key in ("undo", "redo", "add_actor", "add_tie", "delete", "copy", "paste", "find"):
        assert window.actions_[key].text() in edit
    assert window.menus["export"].actions()  # room for more exports
    panels = [a.text() for a in window.menus["panels"].actions()]
    assert panels == ["Inspector", "Map properties", "Actors", "Ties", "Undo history", "Filter"]


def test_undo_and_redo_actions_say_what_they_do(window):
    window.qdoc.load(small_map())
    assert not window.actions_["undo"].isEnabled()
    window.qdoc.push(UpdateActor("a-ms13", {"power": 2}, label="Set power of MS-13"))
    assert window.actions_["undo"].text() == "&Undo Set power of MS-13"
    window.actions_["undo"].trigger()
    assert window.actions_["redo"].text() == "&Redo Set power of MS-13"
    assert window.qdoc.doc.actor("a-ms13").power == 4


def test_status_bar_counts_actors_and_ties(window, qtbot):
    window.qdoc.load(small_map())
    qtbot.waitUntil(lambda: window.counts.text() == "3 actors · 2 ties")


def test_find_box_selects_and_centres_the_actor(window, qtbot):
    window.qdoc.load(small_map())
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.find_box.hasFocus)
    qtbot.keyClicks(window.find_box, "barrio")
    qtbot.keyClick(window.find_box, Qt.Key.Key_Return)
    assert window.selection.actor_ids == ["b-b18"]
    assert window.actor_table.selected_ids() == ["b-b18"]
    window.find_box.setText("nobody")
    qtbot.keyClick(window.find_box, Qt.Key.Key_Return)
    assert "No actor matches" in window.statusBar().currentMessage()


def test_dock_layout_and_geometry_are_remembered(make_window, settings_path, qtbot):
    first = make_window()
    first.resize(720, 540)  # the offscreen screen is 800x800
    first.docks["tieTableDock"].toggleViewAction().trigger()  # hide the tie table
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.docks["inspectorDock"])
    extra = first.add_dock(QLabel("a later panel"), "Later", "laterDock", Qt.DockWidgetArea.LeftDockWidgetArea)
    assert extra.toggleViewAction() in first.menus["panels"].actions()
    first.close()
    assert QSettings(settings_path, QSettings.Format.IniFormat).contains("window/state")

    second = make_window(show=False)
    second.add_dock(QLabel("a later panel"), "Later", "laterDock")  # added before the window shows
    second.show()
    qtbot.waitExposed(second)
    assert second.docks["tieTableDock"].isHidden()
    assert second.dockWidgetArea(second.docks["inspectorDock"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert second.dockWidgetArea(second.docks["laterDock"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert (second.width(), second.height()) == (720, 540)


def test_settings_hold_no_map_content(window, settings_path):
    window.qdoc.load(small_map())
    window.close()
    text = open(settings_path, encoding="utf-8").read()
    assert "MS-13" not in text and "Small test map" not in text


PROBE = """
import actormap.gui.undo  # applies the workaround
from PySide6.QtCore import QObject, Signal
class P(QObject):
    s = Signal(int)
p = P()
p.s.connect(lambda v: None)
for i in range(300_000):
    p.setObjectName("x")
    p.s.emit(i)
print("survived")
"""


def test_many_qt_calls_do_not_exhaust_the_none_and_true_singletons():
    """PySide6 6.12.0 drops a reference to None/True per call on Python 3.11; without the
    workaround (imported with actormap.gui.undo) this process aborts with none_dealloc/bool_dealloc."""
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr[-500:]
    assert "survived" in done.stdout
