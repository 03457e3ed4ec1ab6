"""Keyboard and screen-reader access: every control named, the canvas described on selection,
N / P to pick actors, arrows and Ctrl+T without a mouse, F6 / Shift+F6 between panels, and a
visible focus ring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDockWidget, QTabBar, QToolBar, QToolButton, QWidget

from actormap.core.model import Actor, ActorMap, Tie
from actormap.gui.access import accessible_text, describe_selection, dock_cycle, is_control


def _map() -> ActorMap:
    return ActorMap(title="Access", actors=[
        Actor(id="ms", name="MS-13", kind="gang", faction="MS", x=0, y=0),
        Actor(id="b18", name="Barrio 18", kind="gang", faction="18", x=300, y=0),
        Actor(id="church", name="Catholic Church", kind="religious", x=150, y=200),
    ], ties=[
        Tie(id="t1", source="ms", target="b18", kind="conflict"),
        Tie(id="t2", source="church", target="ms", kind="trust"),
        Tie(id="t3", source="ms", target="church", kind="parasitic"),
    ])


@pytest.fixture
def full_window(featured_window):
    w = featured_window
    w.qdoc.load(_map())
    QApplication.processEvents()
    return w


def _controls(w) -> list[QWidget]:
    return [c for c in [w, *w.findChildren(QWidget)] if is_control(c) and c.objectName() != "focusRing"]


def test_every_control_of_the_main_window_has_an_accessible_name(full_window, qtbot):
    w = full_window
    qtbot.waitUntil(lambda: not w.access_namer._pending)
    controls = _controls(w)
    assert len(controls) > 100  # the walk reaches the docks, tables, fields and toolbars
    unnamed = [f"{type(c).__name__} {c.objectName()!r}" for c in controls if not accessible_text(c)]
    assert unnamed == []
    # the icon-only toolbar buttons say what they do, in a description too
    for tb in w.findChildren(QToolBar):
        for button in tb.findChildren(QToolButton):
            if button.defaultAction() is not None and button.isVisible():
                assert accessible_text(button), button.defaultAction().text()
                assert accessible_text(button, QAccessible.Text.Description), button.defaultAction().text()
    # a control inside a panel names the panel in its description when it has no tip
    for dock in w.findChildren(QDockWidget):
        for c in _controls(dock.widget()) if dock.widget() else []:
            if isinstance(c, QTabBar):
                continue  # Qt reads a tab bar's description from its current tab's tooltip
            assert accessible_text(c, QAccessible.Text.Description), (dock.objectName(), type(c).__name__)


def test_panels_added_later_are_named_when_shown(full_window, qtbot):
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    panel = QWidget()
    box = QVBoxLayout(panel)
    edit, icon_only = QLineEdit(), QPushButton()
    edit.setPlaceholderText("Filter actors…")
    icon_only.setToolTip("Refresh the list")
    box.addWidget(edit)
    box.addWidget(icon_only)
    full_window.add_dock(panel, "Late", "latePanelDock")
    qtbot.waitUntil(edit.isVisible)
    assert accessible_text(edit) == "Filter actors" and accessible_text(icon_only) == "Refresh the list"
    assert accessible_text(edit, QAccessible.Text.Description)  # Qt reads the placeholder there
    assert accessible_text(icon_only, QAccessible.Text.Description) == "Refresh the list"  # its tooltip


def test_canvas_describes_the_selected_actor_and_its_ties(full_window, qtbot):
    w = full_window
    canvas = w.canvas
    assert accessible_text(canvas) == "Map canvas"
    assert accessible_text(canvas, QAccessible.Text.Description).startswith("No selection. The map has 3 actors")
    w.selection.set(["ms"], [], None)
    text = accessible_text(canvas, QAccessible.Text.Description)
    assert text == ("Selected actor: MS-13, gang, faction MS. 3 ties: conflict with Barrio 18; "
                    "trust with Catholic Church; parasitic toward Catholic Church.")  # by name, then tie id
    w.selection.set([], ["t3"], None)
    assert accessible_text(canvas, QAccessible.Text.Description) == (
        "Selected tie: MS-13, parasitic toward Catholic Church.")


def test_describe_selection_of_several_actors_and_of_an_actor_without_ties():
    amap = _map().model_copy(update={"actors": [*_map().actors, Actor(id="x", name="Lone", external=True)]})
    assert describe_selection(amap, ["x"], []) == "Selected actor: Lone, other, external. No ties."
    assert describe_selection(amap, ["ms", "b18"], []) == "2 actors selected: MS-13, Barrio 18."


def test_keyboard_only_select_move_and_tie(full_window, qtbot):
    w = full_window
    canvas = w.canvas
    canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.keyClick(canvas, Qt.Key.Key_N)  # first by name: Barrio 18
    assert w.selection.actor_ids == ["b18"]
    qtbot.keyClick(canvas, Qt.Key.Key_N)
    assert w.selection.actor_ids == ["church"]
    qtbot.keyClick(canvas, Qt.Key.Key_N)
    qtbot.keyClick(canvas, Qt.Key.Key_N)  # wraps around
    assert w.selection.actor_ids == ["b18"]
    qtbot.keyClick(canvas, Qt.Key.Key_P)
    assert w.selection.actor_ids == ["ms"]
    assert "Selected actor: MS-13" in accessible_text(canvas, QAccessible.Text.Description)
    # arrows move it (one undoable step per press)
    x0 = w.qdoc.doc.actors["ms"].x
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert w.qdoc.doc.actors["ms"].x == x0 + 10
    # Ctrl+T: the dialog starts from the selected actor; choose the other end and the kind by keyboard
    qtbot.keyClick(canvas, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    from actormap.gui.panels.add_tie import AddTieDialog

    qtbot.waitUntil(lambda: any(d.isVisible() for d in w.findChildren(AddTieDialog)))
    dlg = next(d for d in w.findChildren(AddTieDialog) if d.isVisible())
    assert dlg.source.currentData() == "ms"
    qtbot.waitUntil(lambda: dlg.source.hasFocus())  # the form is read top down: it starts at From
    qtbot.keyClick(dlg.source, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dlg.kind.hasFocus())
    dlg.kind.setCurrentIndex(dlg.kind.findData("dialogue"))
    qtbot.keyClick(dlg.kind, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dlg.target.hasFocus())
    qtbot.keyClicks(dlg.target, "Cath")
    assert dlg.target.currentData() == "church"
    before = len(w.qdoc.doc.ties)
    qtbot.keyClick(dlg.target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(w.qdoc.doc.ties) == before + 1)
    tie = next(t for t in w.qdoc.doc.ties.values() if t.id not in {"t1", "t2", "t3"})
    assert (tie.source, tie.target, tie.kind) == ("ms", "church", "dialogue")


def _focused_stop(w):
    focus = QApplication.focusWidget()
    for stop in dock_cycle(w):
        if focus is stop or stop.isAncestorOf(focus):
            return stop
    return None


def test_f6_cycles_the_map_and_every_open_panel_and_shift_f6_goes_back(full_window, qtbot):
    w = full_window
    stops = dock_cycle(w)
    assert stops[0] is w.canvas and len(stops) >= 8
    assert all(isinstance(s, QDockWidget) for s in stops[1:])
    w.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(w.canvas.hasFocus)
    seen = []
    for _ in range(len(stops)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        qtbot.waitUntil(lambda: _focused_stop(w) is not None and _focused_stop(w) not in seen[-1:])
        stop = _focused_stop(w)
        seen.append(stop)
        if isinstance(stop, QDockWidget):  # a panel behind another's tab comes to the front
            assert not stop.visibleRegion().isEmpty()
    assert seen[-1] is w.canvas and set(seen) == set(stops)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: _focused_stop(w) is stops[-1])


def test_focus_ring_shows_for_keyboard_focus_and_hides_on_click(full_window, qtbot):
    w = full_window
    ring = w.focus_ring
    qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_F6)
    qtbot.waitUntil(ring.isVisible)
    target = QApplication.focusWidget()
    assert ring.target is target
    top_left = target.mapTo(w, QPoint(0, 0))
    assert ring.geometry().contains(top_left) and ring.geometry().contains(
        top_left + QPoint(target.width() - 1, target.height() - 1))
    # the ring is drawn in the highlight colour around the widget
    img = w.grab().toImage()
    edge = img.pixelColor(ring.geometry().left() + 1, ring.geometry().center().y())
    assert edge.name() == ring.colour().name()
    qtbot.mouseClick(w.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: not ring.isVisible())
