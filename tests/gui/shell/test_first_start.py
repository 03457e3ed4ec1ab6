"""First start (no saved layout): the window takes most of the screen; a saved layout wins."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt


def test_first_start_fills_a_small_screen_and_saved_geometry_wins(make_window, settings_path, qtbot):
    w = make_window()
    avail = w.screen().availableGeometry()
    assert avail.width() < 1280 or avail.height() < 800  # the offscreen screen is small
    qtbot.waitUntil(lambda: bool(w.windowState() & Qt.WindowState.WindowMaximized))
    # the canvas gets most of the window
    qtbot.waitUntil(lambda: w.canvas.width() >= 0.5 * w.width())
    w.setWindowState(Qt.WindowState.WindowNoState)
    w.resize(640, 480)
    qtbot.waitUntil(lambda: w.size().toTuple() == (640, 480))
    w.close()  # saves the layout
    assert QSettings(settings_path, QSettings.Format.IniFormat).contains("window/geometry")
    w2 = make_window()
    assert not w2.windowState() & Qt.WindowState.WindowMaximized
    assert w2.size().toTuple() == (640, 480)
