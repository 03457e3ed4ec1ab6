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


def test_first_start_shows_the_analysis_panel_in_front(make_window, qtbot):
    """Panels installed after the shell (analysis, saved views) tabify in front of the
    inspector; on a first start the analysis must be the one a user sees."""
    from actormap.gui.panels.analysis import install as install_analysis
    from actormap.gui.workshop import install as install_workshop

    w = make_window(show=False)
    install_analysis(w)
    install_workshop(w)
    w.show()
    docks = w.docks
    qtbot.waitUntil(lambda: not docks["analysisDock"].visibleRegion().isEmpty())
    assert docks["savedViewsDock"].visibleRegion().isEmpty()
    assert docks["inspectorDock"].visibleRegion().isEmpty()


def test_first_start_shows_the_actor_table_at_the_bottom_and_keeps_the_canvas_tall(make_window, qtbot):
    """With every feature installed (labels, teams, time add bottom panels), the first start
    shows the actors at the bottom, not the last panel added, and the bottom docks leave the
    canvas most of the height."""
    from actormap.gui.app import install_features

    w = make_window(show=False)
    install_features(w)
    w.show()
    docks = w.docks
    qtbot.waitUntil(lambda: not docks["actorTableDock"].visibleRegion().isEmpty())
    assert not docks["analysisDock"].visibleRegion().isEmpty()
    for name in ("labelsDock", "undoHistoryDock", "tieTableDock"):
        assert docks[name].visibleRegion().isEmpty(), name
    assert docks["actorTableDock"].height() < 0.3 * w.height()
    assert w.canvas.height() > 0.45 * w.height()
