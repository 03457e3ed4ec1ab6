"""Presentation mode and the saved-views panel, driven with real key and mouse events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget

from actormap.core.edits import make_actor
from actormap.core.model import ActorMap, SavedView, Tie, ViewFocus
from actormap.gui import main_window
from actormap.gui.saved_views import current_camera


def _map() -> ActorMap:
    actors = [
        make_actor(id="ms", name="MS-13", kind="gang", faction="MS-13", x=0, y=0),
        make_actor(id="b18", name="Barrio 18", kind="gang", faction="Barrio 18", x=600, y=0),
        make_actor(id="church", name="Church", kind="religious", x=300, y=-400),
        make_actor(id="gov", name="Government", kind="state_agent", x=300, y=400),
    ]
    ties = [
        Tie(id="t1", source="ms", target="b18", kind="conflict"),
        Tie(id="t2", source="church", target="ms", kind="protective"),
        Tie(id="t3", source="church", target="b18", kind="protective"),
        Tie(id="t4", source="gov", target="ms", kind="coercive"),
    ]
    views = [
        SavedView(id="v1", name="Rivals", center_x=300, center_y=0, width=1280 / 1.5, height=800 / 1.5,
                  focus=ViewFocus(actor_ids=["ms", "b18"]), notes="Ask: who talks to both?"),
        SavedView(id="v2", name="Channel", center_x=300, center_y=-200, width=1600, height=1000,
                  focus=ViewFocus(actor_ids=["church", "ms", "b18"], hide_others=True)),
    ]
    return ActorMap(title="Truce", actors=actors, ties=ties, views=views)


@pytest.fixture
def win(qtbot, tmp_path):
    from actormap.gui.workshop import install

    w = main_window.MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                               data_dir=tmp_path / "data", autosave_ms=60_000)
    qtbot.addWidget(w)
    ws = install(w)
    ws.animator.duration_ms = 60
    w.qdoc.load(_map())
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.canvas.fit_to_map()
    w.canvas.setFocus()
    return w


def _scene(w):
    return w.canvas.map_scene


def _press(qtbot, w, key):
    QTest.keyClick(w.canvas, key)


def _wait_camera(qtbot, w, cx, cy, region_w, region_h):
    """Wait until the camera shows a saved view: its region just fits the viewport."""
    vp = w.canvas.viewport()
    zoom = min(vp.width() / region_w, vp.height() / region_h)

    def there():
        x, y, z = current_camera(w.canvas)
        assert abs(z - zoom) < 1e-6 and abs(x - cx) < 2 / zoom + 1 and abs(y - cy) < 2 / zoom + 1

    qtbot.waitUntil(there, timeout=3000)
    qtbot.waitUntil(lambda: not w.workshop.animator.is_running(), timeout=3000)


def _click_actor(w, actor_id):
    item = _scene(w).actor_items[actor_id]
    pos = w.canvas.mapFromScene(item.scenePos())
    QTest.mouseClick(w.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def test_f5_enters_and_esc_leaves_restoring_the_window(qtbot, win):
    pres = win.workshop.presentation
    docks_before = {d.objectName(): d.isVisible() for d in win.findChildren(QDockWidget)}
    assert any(docks_before.values())
    theme_before = _scene(win).theme
    cam_before = current_camera(win.canvas)
    with qtbot.waitSignal(pres.entered):
        _press(qtbot, win, Qt.Key.Key_F5)
    assert pres.active
    qtbot.waitUntil(win.isFullScreen, timeout=2000)
    assert not any(d.isVisible() for d in win.findChildren(QDockWidget))
    assert not win.menuBar().isVisible() and not win.statusBar().isVisible()
    assert _scene(win).theme.name == "projector"
    assert _scene(win).theme.label_pt > theme_before.label_pt  # large labels
    assert win.canvas.legend_visible()
    win.canvas.grab().save("/tmp/actormap_presentation.png")
    with qtbot.waitSignal(pres.left):
        _press(qtbot, win, Qt.Key.Key_Escape)
    assert not pres.active
    qtbot.waitUntil(lambda: not win.isFullScreen(), timeout=2000)
    assert {d.objectName(): d.isVisible() for d in win.findChildren(QDockWidget)} == docks_before
    assert win.menuBar().isVisible() and win.statusBar().isVisible()
    assert _scene(win).theme is theme_before
    assert not win.canvas.legend_visible()
    x, y, z = current_camera(win.canvas)
    tol = 3 / z  # three viewport pixels (a map that fits is centred by the canvas's scene rect)
    assert z == pytest.approx(cam_before[2]) and abs(x - cam_before[0]) < tol and abs(y - cam_before[1]) < tol
    # F5 also leaves
    _press(qtbot, win, Qt.Key.Key_F5)
    assert pres.active
    _press(qtbot, win, Qt.Key.Key_F5)
    assert not pres.active


def test_arrow_keys_step_through_saved_views_with_their_focus(qtbot, win):
    pres = win.workshop.presentation
    s = _scene(win)
    _press(qtbot, win, Qt.Key.Key_F5)
    assert pres.index == -1 and not any(s.is_faded(i) for i in ("ms", "b18", "church", "gov"))
    with qtbot.waitSignal(pres.stepped) as sig:
        _press(qtbot, win, Qt.Key.Key_Right)
    assert sig.args == [0]
    _wait_camera(qtbot, win, 300, 0, 1280 / 1.5, 800 / 1.5)
    assert pres._caption.text() == "1 / 2   ·   Rivals\nAsk: who talks to both?"
    assert not s.is_faded("ms") and not s.is_faded("b18") and not s.is_faded("t1")
    assert s.is_faded("church") and s.is_faded("gov") and s.is_faded("t2")
    _press(qtbot, win, Qt.Key.Key_Right)
    assert pres.index == 1
    _wait_camera(qtbot, win, 300, -200, 1600, 1000)
    assert s.is_hidden("gov") and s.is_hidden("t4")  # this view hides the rest
    s.apply_emphasis()  # e.g. a theme or heat change re-applies emphasis: still hidden
    assert s.is_hidden("gov") and s.is_hidden("t4")
    assert not s.is_hidden("church") and not s.is_faded("t2")
    _press(qtbot, win, Qt.Key.Key_Right)  # already at the last view: stays
    assert pres.index == 1
    _press(qtbot, win, Qt.Key.Key_Left)
    assert pres.index == 0
    _wait_camera(qtbot, win, 300, 0, 1280 / 1.5, 800 / 1.5)
    assert not s.is_hidden("gov") and s.is_faded("gov")
    _press(qtbot, win, Qt.Key.Key_Left)
    assert pres.index == -1
    qtbot.waitUntil(lambda: not win.workshop.animator.is_running(), timeout=3000)
    assert not any(s.is_faded(i) for i in ("ms", "b18", "church", "gov", "t1", "t4"))
    _press(qtbot, win, Qt.Key.Key_Escape)
    assert not pres.active


def test_click_spotlights_an_actor_and_nothing_is_edited(qtbot, win):
    pres = win.workshop.presentation
    s = _scene(win)
    before = win.qdoc.doc.snapshot()
    _press(qtbot, win, Qt.Key.Key_F5)
    _click_actor(win, "gov")
    assert pres.spotlit == "gov"
    assert not s.is_faded("gov") and not s.is_faded("ms") and not s.is_faded("t4")
    assert s.is_faded("church") and s.is_faded("b18") and s.is_faded("t1")
    # clicking empty space goes back to the step's focus (here: everything)
    empty = w_empty_point(win)
    QTest.mouseClick(win.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, empty)
    assert pres.spotlit is None and not s.is_faded("church")
    # read-only: double-click on empty space, Delete and Insert change nothing
    QTest.mouseDClick(win.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, empty)
    _click_actor(win, "ms")
    _press(qtbot, win, Qt.Key.Key_Delete)
    _press(qtbot, win, Qt.Key.Key_Insert)
    assert win.qdoc.doc.snapshot() == before
    assert win.qdoc.undo_stack.count() == 0
    _press(qtbot, win, Qt.Key.Key_Escape)
    assert not pres.active
    assert win.actions_["delete"].isEnabled() or not win.canvas.selected_ids()[0]
    assert win.actions_["add_actor"].isEnabled()


def w_empty_point(win) -> QPoint:
    """A viewport point with no actor under it."""
    vp = win.canvas.viewport().rect()
    for x in range(10, vp.width(), 37):
        for y in range(60, vp.height(), 37):
            p = QPoint(x, y)
            if win.canvas.actor_at(p.toPointF()) is None and not win.canvas.items(p):
                return p
    raise AssertionError("no empty point")


# ---- the saved-views panel ------------------------------------------------------------------

def test_panel_adds_a_view_from_the_camera_and_selection(qtbot, win):
    panel = win.workshop.views_panel
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == ["Rivals", "Channel"]
    win.canvas.select_ids(["church"])
    cx, cy, z = current_camera(win.canvas)
    vp = win.canvas.viewport()
    QTest.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    views = win.qdoc.doc.views
    assert len(views) == 3 and panel.list.count() == 3
    new = views[-1]
    assert new.name == "View 3" and new.focus.actor_ids == ["church"]
    assert (new.center_x, new.center_y) == (pytest.approx(cx, abs=1), pytest.approx(cy, abs=1))
    assert (new.width, new.height) == (pytest.approx(vp.width() / z), pytest.approx(vp.height() / z))
    assert panel.current_id() == new.id
    win.qdoc.undo_stack.undo()
    assert len(win.qdoc.doc.views) == 2 and panel.list.count() == 2


def test_panel_renames_in_place_with_the_keyboard(qtbot, win):
    panel = win.workshop.views_panel
    panel.list.setCurrentRow(1)
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_F2)
    editor = panel.list.findChild(__import__("PySide6.QtWidgets", fromlist=["QLineEdit"]).QLineEdit)
    assert editor is not None
    editor.selectAll()
    QTest.keyClicks(editor, "Mediation channel")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.qdoc.doc.views[1].name == "Mediation channel", timeout=2000)
    assert win.qdoc.undo_stack.undoText() == "Rename view"
    win.qdoc.undo_stack.undo()
    assert win.qdoc.doc.views[1].name == "Channel"
    assert panel.list.item(1).text() == "Channel"
    # an empty name is refused with a message and the old name comes back
    with qtbot.waitSignal(panel.message):
        assert not panel.rename("   ")
    assert panel.list.item(1).text() == "Channel"


def test_panel_reorders_and_deletes_undoably(qtbot, win):
    panel = win.workshop.views_panel
    panel.list.setCurrentRow(0)
    assert not panel.up_button.isEnabled()
    QTest.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert [v.id for v in win.qdoc.doc.views] == ["v2", "v1"]
    assert panel.current_id() == "v1"
    QTest.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert [v.id for v in win.qdoc.doc.views] == ["v2"]
    win.qdoc.undo_stack.undo()
    win.qdoc.undo_stack.undo()
    assert [v.id for v in win.qdoc.doc.views] == ["v1", "v2"]
    assert [panel.list.item(i).text() for i in range(2)] == ["Rivals", "Channel"]


def test_panel_shows_a_view_with_an_animated_camera_move(qtbot, win):
    panel = win.workshop.views_panel
    seen = []
    win.canvas.zoomChanged.connect(seen.append)
    panel.list.setCurrentRow(0)
    with qtbot.waitSignal(win.workshop.animator.finished, timeout=3000):
        QTest.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    _wait_camera(qtbot, win, 300, 0, 1280 / 1.5, 800 / 1.5)
    assert len(seen) >= 3  # several intermediate zoom steps, not one jump
    assert _scene(win).is_faded("church")


def test_panel_update_camera_and_hide_toggle(qtbot, win):
    panel = win.workshop.views_panel
    panel.list.setCurrentRow(0)
    win.canvas.zoom_in()
    _, _, z = current_camera(win.canvas)
    vp = win.canvas.viewport()
    QTest.mouseClick(panel.update_button, Qt.MouseButton.LeftButton)
    assert win.qdoc.doc.views[0].width == pytest.approx(vp.width() / z)
    assert win.qdoc.doc.views[0].height == pytest.approx(vp.height() / z)
    panel.hide_box.click()
    assert win.qdoc.doc.views[0].focus.hide_others is True
    win.qdoc.undo_stack.undo()
    assert win.qdoc.doc.views[0].focus.hide_others is False
    assert not panel.hide_box.isChecked()


# ---- themes and animation details ---------------------------------------------------------------

def test_themes_are_readable_and_the_projector_one_is_high_contrast():
    from actormap.gui.themes import contrast_ratio, get_theme, theme_names

    assert theme_names() == ["light", "dark", "projector"]
    for name in theme_names():
        t = get_theme(name)
        assert contrast_ratio(t.text, t.background) >= 7.0  # WCAG AAA for text
        for colour in t.tie_colors.values():
            assert contrast_ratio(colour, t.background) >= 3.0  # WCAG non-text contrast
    p = get_theme("projector")
    assert contrast_ratio(p.text, p.background) == pytest.approx(21.0)
    assert p.label_pt >= 1.4 * get_theme("light").label_pt and p.line_scale > 1
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    with pytest.raises(Exception, match="choose one of: light, dark, projector"):
        get_theme("neon")


def test_a_too_slow_frame_ends_the_animation_at_the_target(qtbot, win, monkeypatch):
    from actormap.gui import saved_views

    monkeypatch.setattr(saved_views, "SLOW_FRAME_S", -1.0)  # every frame counts as slow
    an = win.workshop.animator
    an.duration_ms = 5000
    with qtbot.waitSignal(an.finished, timeout=2000):  # far sooner than the 5 s animation
        an.go_to(win.qdoc.doc.views[0])
    _wait_camera(qtbot, win, 300, 0, 1280 / 1.5, 800 / 1.5)
    assert win.canvas.renderHints() & saved_views.QPainter.RenderHint.Antialiasing  # restored


def test_the_app_installs_the_workshop_and_f5_is_unambiguous(qtbot, tmp_path, monkeypatch):
    """What ``run_app`` does: the analysis panel and the workshop side by side; F5 is only ours."""
    from PySide6.QtGui import QAction, QKeySequence

    from actormap.gui import app as app_module

    made = {}

    class FakeApp:
        def exec(self):
            return 0

    monkeypatch.setattr(app_module, "make_application", lambda: FakeApp())
    real = main_window.MainWindow

    def window_in_tmp(*a, **k):
        w = real(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                 data_dir=tmp_path / "data", autosave_ms=60_000)
        qtbot.addWidget(w)
        made["w"] = w
        return w

    monkeypatch.setattr(main_window, "MainWindow", window_in_tmp)
    assert app_module.run_app(None) == 0
    w = made["w"]
    try:
        assert w.workshop.presentation.action.shortcut() == QKeySequence("F5")
        f5 = [a for a in w.findChildren(QAction) if QKeySequence("F5") in a.shortcuts()]
        assert f5 == [w.workshop.presentation.action]
        assert "savedViewsDock" in w.docks
        qtbot.waitExposed(w)
        w.activateWindow()
        w.canvas.setFocus()
        qtbot.waitUntil(w.isActiveWindow, timeout=2000)
        QTest.keyClick(w.canvas, Qt.Key.Key_F5)
        assert w.workshop.presentation.active
        QTest.keyClick(w.canvas, Qt.Key.Key_Escape)
        assert not w.workshop.presentation.active
    finally:
        if getattr(w, "analysis", None) is not None:
            w.analysis.shutdown()
