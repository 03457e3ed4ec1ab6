"""What a facilitator sees around the map: labelled toolbar buttons, a dark theme that darkens
the whole window, an empty canvas that says how to start, fades that say so and go away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from actormap.core.edits import make_actor
from actormap.core.model import ActorMap, Tie
from actormap.gui import main_window
from actormap.gui.render.palette import luminance


def _map() -> ActorMap:
    actors = [make_actor(id="ms", name="MS-13", kind="gang", x=0, y=0),
              make_actor(id="b18", name="Barrio 18", kind="gang", x=500, y=0),
              make_actor(id="church", name="Church", kind="religious", x=250, y=-300)]
    ties = [Tie(id="t1", source="ms", target="b18", kind="conflict"),
            Tie(id="t2", source="church", target="ms", kind="dialogue")]
    return ActorMap(title="Truce", actors=actors, ties=ties)


@pytest.fixture
def win(qtbot, tmp_path):
    from actormap.gui.workshop import install

    w = main_window.MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                               data_dir=tmp_path / "data", autosave_ms=60_000)
    qtbot.addWidget(w)
    install(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.workshop.set_theme("light")


def test_toolbar_buttons_have_labels(win):
    buttons = [b for b in win.toolbar.findChildren(QToolButton) if b.defaultAction() is not None
               and b.isVisible()]
    assert len(buttons) >= 10
    for b in buttons:
        assert b.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
        assert b.text().strip(), b.defaultAction().toolTip()
    texts = {b.text() for b in buttons}
    assert {"New", "Open", "Save", "Undo", "Redo", "Add actor", "Draw ties", "Add tie", "Fit"} <= texts


def test_dark_theme_darkens_the_whole_window(win, qtbot):
    light_window = QApplication.palette().color(QPalette.ColorRole.Window)
    win.workshop.set_theme("dark")
    qtbot.waitUntil(lambda: luminance(win.palette().color(QPalette.ColorRole.Window)) < 0.05)  # posted to widgets
    for widget in (win, win.docks["inspectorDock"].widget(), win.actor_table, win.toolbar, win.menuBar()):
        bg = widget.palette().color(QPalette.ColorRole.Window)
        assert luminance(bg) < 0.05, widget
        assert luminance(widget.palette().color(QPalette.ColorRole.WindowText)) > 0.6
    assert luminance(win.actor_table.palette().color(QPalette.ColorRole.Base)) < 0.05
    win.workshop.set_theme("light")
    assert QApplication.palette().color(QPalette.ColorRole.Window) == light_window
    qtbot.waitUntil(lambda: win.palette().color(QPalette.ColorRole.Window) == light_window)


def test_empty_canvas_says_how_to_start(win):
    from actormap.gui.canvas.view import EMPTY_HINT

    img = win.canvas.viewport().grab().toImage()
    ink = sum(1 for x in range(0, img.width(), 3) for y in range(img.height() // 2 - 15, img.height() // 2 + 15)
              if QColor(img.pixel(x, y)).lightness() < 180)
    assert ink > 20  # the hint is drawn in the middle
    assert "Double-click" in EMPTY_HINT and "rim" in EMPTY_HINT
    win.qdoc.load(_map())
    img = win.canvas.viewport().grab().toImage()
    assert not win.canvas.map_scene.doc.actors == {}


def test_a_fade_says_so_and_esc_or_a_click_on_empty_canvas_ends_it(win, qtbot):
    win.qdoc.load(_map())
    win.canvas.fit_to_map()
    notice = win.canvas.notice
    assert not notice.isVisible()
    win.canvas.highlight_neighbourhood("church")
    text = notice.text()
    assert notice.isVisible() and "Church and its ties" in text and "faded" in text and "Esc" in text
    win.canvas.setFocus()
    QTest.keyClick(win.canvas, Qt.Key.Key_Escape)
    assert win.canvas.map_scene.highlighted is None and not notice.isVisible()
    win.canvas.highlight_neighbourhood("church")
    vp = win.canvas.viewport()
    empty = next(QPoint(x, y) for x in range(20, vp.width(), 40) for y in range(20, vp.height(), 40)
                 if win.canvas.actor_at(QPoint(x, y).toPointF()) is None
                 and win.canvas.tie_at(QPoint(x, y).toPointF()) is None)
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, empty)
    assert win.canvas.map_scene.highlighted is None and not notice.isVisible()


def test_undo_never_starts_a_fade(win):
    from actormap.core.edits import UpdateActor

    win.qdoc.load(_map())
    win.qdoc.push(UpdateActor("ms", {"name": "MS"}))
    win.qdoc.undo_stack.undo()
    win.qdoc.undo_stack.redo()
    assert win.canvas.map_scene.highlighted is None and not win.canvas.notice.isVisible()
    assert not any(win.canvas.map_scene.is_faded(i) for i in ("ms", "b18", "church", "t1", "t2"))


def test_the_fade_notice_wraps_on_a_narrow_canvas_instead_of_being_cut(qtbot):
    from PySide6.QtCore import QRect

    from actormap.gui.canvas import MapView
    from actormap.gui.undo import QtDocument

    view = MapView(QtDocument(_map()))
    qtbot.addWidget(view)
    view.resize(320, 400)  # a canvas narrower than the sentence
    view.show()
    qtbot.waitExposed(view)
    view.highlight_neighbourhood("church")
    notice = view.notice
    qtbot.waitUntil(notice.isVisible)
    assert notice.fontMetrics().horizontalAdvance(notice.text()) > view.viewport().width()
    assert notice.width() <= view.viewport().width()
    inner = notice.contentsRect()  # inside the style's border and padding
    needed = notice.fontMetrics().boundingRect(QRect(0, 0, inner.width(), 10_000),
                                               int(Qt.TextFlag.TextWordWrap), notice.text())
    assert needed.height() <= inner.height() + 2  # every line of it shows
