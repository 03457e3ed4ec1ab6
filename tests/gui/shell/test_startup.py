"""The map named on the command line is read in the background: the window is up and says
what it is opening, and stays responsive, until the map is shown."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from shell_maps import small_map, write_map

from actormap.core.model import Actor, ActorMap


def test_a_big_map_opens_behind_a_notice_and_the_window_stays_responsive(make_window, tmp_path, qtbot,
                                                                         monkeypatch):
    import threading

    from actormap.gui import startup

    amap = ActorMap(actors=[Actor(id=f"a{i:05d}", name=f"Actor number {i} " + "x" * 40, x=i % 100 * 50,
                                  y=i // 100 * 50) for i in range(6000)])
    path = tmp_path / "big.actormap"
    write_map(path, amap)
    # the read is held (after reading) until the window has shown it keeps running meanwhile
    release, reader = threading.Event(), startup.read_map_file
    monkeypatch.setattr(startup, "read_map_file", lambda p: (reader(p), release.wait(30))[0])
    win = make_window()
    ticks = []
    clock = QTimer()
    clock.timeout.connect(lambda: ticks.append(time.perf_counter()))
    clock.start(10)
    win.start(str(path))
    notice = win.startup.notice
    assert notice.isVisible() and "Opening big.actormap" in notice.text()
    assert win.startup.busy and win.startup.bar.isVisible()
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=10000)  # the event loop runs while the file is read
    assert win.files.path != str(path) and win.startup.busy
    release.set()
    qtbot.waitUntil(lambda: win.files.path == str(path), timeout=30000)
    clock.stop()
    assert len(win.qdoc.doc.actors) == 6000 and not win.isWindowModified()
    assert not win.startup.busy


def test_a_bad_file_given_at_start_says_why_and_leaves_an_empty_map(make_window, tmp_path, fake_dialogs, qtbot):
    path = tmp_path / "bad.actormap"
    path.write_text("{ not json", encoding="utf-8")
    win = make_window()
    win.start(str(path))
    qtbot.waitUntil(lambda: bool(fake_dialogs.asked("show_error")), timeout=10000)
    (_title, text), = fake_dialogs.asked("show_error")
    assert "bad.actormap" in text and "Error:" not in text
    assert win.qdoc.doc.actors == {}


def test_a_small_map_opens_the_same_way(make_window, tmp_path, qtbot):
    path = tmp_path / "small.actormap"
    write_map(path, small_map())
    win = make_window()
    win.start(str(path))
    qtbot.waitUntil(lambda: win.files.path == str(path), timeout=10000)
    assert win.canvas.map_scene.actor_items
