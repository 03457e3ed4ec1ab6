"""Autosave and crash recovery: a lock file per session, a recovery file written after a
few idle seconds, recovery offered on the next start when the locking process is gone."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
import time

import pytest
from shell_maps import small_map, write_map

from actormap.core.edits import SetMeta, UpdateActor
from actormap.core.io import dumps_map, load_map
from actormap.gui.recovery import pid_running, process_started_at


def dead_pid() -> int:
    """The pid of a process that has certainly exited."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def leave_crashed_session(data_dir, amap, path=None, pid=None, token="crashed-1", started=None):
    rec = data_dir / "recovery"
    rec.mkdir(exist_ok=True)
    lock = rec / f"session-{token}.lock"
    lock.write_text(json.dumps({"pid": pid or dead_pid(), "host": os.uname().nodename, "path": path,
                                "started": time.time() if started is None else started}))
    recovery = rec / f"session-{token}.actormap"
    recovery.write_text(dumps_map(amap), encoding="utf-8")
    return lock, recovery


def test_pid_running_tells_live_from_dead():
    assert pid_running(os.getpid())
    assert not pid_running(dead_pid())


def test_a_session_holds_a_lock_and_autosaves_after_idling(make_window, data_dir, qtbot, tmp_path):
    win = make_window(autosave_ms=30)
    rec = win.recovery
    assert rec.lock_path.exists() and rec.lock_path.parent == data_dir / "recovery"
    assert json.loads(rec.lock_path.read_text())["pid"] == os.getpid()
    win.qdoc.load(small_map())
    assert not rec.file_path.exists()  # nothing unsaved yet
    with qtbot.waitSignal(rec.autosaved, timeout=3000):
        win.qdoc.push(UpdateActor("a-ms13", {"power": 5}))
    assert load_map(rec.file_path) == win.qdoc.doc.snapshot()
    # a clean save removes the recovery file, and the lock names the saved file
    path = tmp_path / "saved.actormap"
    assert win.files.write(str(path))
    assert not rec.file_path.exists()
    assert json.loads(rec.lock_path.read_text())["path"] == str(path)
    # closing removes the lock
    win.close()
    assert not rec.lock_path.exists()
    assert list((data_dir / "recovery").iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_recovery_and_lock_files_are_private_in_a_private_folder(make_window, data_dir, qtbot):
    """Even with the loosest umask, and a recovery folder an older version left 0755."""
    (data_dir / "recovery").mkdir(mode=0o755)
    old = os.umask(0)
    try:
        win = make_window(autosave_ms=30)
        rec = win.recovery
        win.qdoc.load(small_map())
        with qtbot.waitSignal(rec.autosaved, timeout=3000):
            win.qdoc.push(UpdateActor("a-ms13", {"power": 5}))
        rec.set_document_path("/some/where.actormap")  # the lock is rewritten: still private
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(data_dir / "recovery").st_mode) == 0o700
    assert stat.S_IMODE(os.stat(rec.lock_path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(rec.file_path).st_mode) == 0o600


def test_discarding_a_crashed_session_removes_the_temps_of_its_interrupted_autosave(
        make_window, data_dir, fake_dialogs):
    lock, recovery = leave_crashed_session(data_dir, small_map())
    stray = recovery.with_name(f".{recovery.name}.k1ll3d_x.tmp")
    stray.write_bytes(b"half an autosave")
    fake_dialogs.recover = False
    win = make_window()
    win.offer_recovery()
    assert sorted(p.name for p in (data_dir / "recovery").iterdir()) == [win.recovery.lock_path.name]


def test_autosave_waits_for_idleness(make_window, qtbot):
    win = make_window(autosave_ms=200)
    win.qdoc.load(small_map())
    win.qdoc.push(SetMeta({"title": "one"}))
    assert win.recovery.timer.isActive()
    win.qdoc.push(SetMeta({"title": "two"}))  # each change restarts the timer
    assert win.recovery.timer.isActive() and win.recovery.timer.remainingTime() > 100
    assert not win.recovery.file_path.exists()
    qtbot.waitUntil(win.recovery.file_path.exists, timeout=3000)
    assert load_map(win.recovery.file_path).title == "two"


def test_undoing_back_to_the_saved_state_removes_the_recovery_file(make_window, qtbot):
    win = make_window(autosave_ms=10)
    win.qdoc.load(small_map())
    with qtbot.waitSignal(win.recovery.autosaved, timeout=3000):
        win.qdoc.push(SetMeta({"title": "x"}))
    win.qdoc.undo_stack.undo()
    assert not win.recovery.file_path.exists()


def test_recovery_is_offered_after_a_crash_and_restores_the_map(make_window, data_dir, fake_dialogs, tmp_path):
    original = tmp_path / "truce.actormap"
    write_map(original, small_map())
    edited = small_map().model_copy(update={"title": "Edited before the crash"})
    lock, recovery = leave_crashed_session(data_dir, edited, path=str(original))
    fake_dialogs.recover = True
    win = make_window()
    win.start()
    (description,), = fake_dialogs.asked("ask_recover")
    assert str(original) in description
    assert win.qdoc.doc.snapshot() == edited
    assert win.isWindowModified()  # recovered = unsaved
    assert win.files.path == str(original)  # Save goes back to the original file
    assert win.windowTitle() == "truce.actormap[*] — actormap"
    assert not lock.exists() and not recovery.exists()
    assert win.recovery.file_path.exists()  # now protected by this session's own autosave
    assert win.files.save()
    assert load_map(original).title == "Edited before the crash"


def test_declining_recovery_deletes_the_leftovers(make_window, data_dir, fake_dialogs, tmp_path, qtbot):
    path = tmp_path / "given.actormap"
    write_map(path, small_map())
    lock, recovery = leave_crashed_session(data_dir, small_map().model_copy(update={"title": "lost"}))
    fake_dialogs.recover = False
    win = make_window()
    win.start(str(path))  # the file named on the command line opens instead (read in the background)
    assert fake_dialogs.asked("ask_recover")
    assert not lock.exists() and not recovery.exists()
    qtbot.waitUntil(lambda: win.files.path == str(path))
    assert not win.isWindowModified()


def test_a_live_session_is_left_alone(make_window, data_dir, fake_dialogs):
    lock, recovery = leave_crashed_session(data_dir, small_map(), pid=os.getppid(), token="alive")
    win = make_window()
    assert not win.offer_recovery()
    assert not fake_dialogs.asked("ask_recover")
    assert lock.exists() and recovery.exists()


@pytest.mark.skipif(process_started_at(os.getpid()) is None, reason="needs /proc to tell start times")
def test_a_lock_whose_pid_was_reused_by_a_newer_process_is_stale(make_window, data_dir, fake_dialogs):
    """The parent process is running, but it started long after this (old) lock was written:
    its pid was reused, so the session that wrote the lock is gone and recovery is offered."""
    assert process_started_at(os.getppid()) > 1_000_000
    leave_crashed_session(data_dir, small_map(), pid=os.getppid(), token="reused", started=1_000_000)
    fake_dialogs.recover = True
    win = make_window()
    win.start()
    assert fake_dialogs.asked("ask_recover")
    assert win.qdoc.doc.snapshot() == small_map()


def test_a_stale_lock_without_unsaved_work_is_removed_silently(make_window, data_dir, fake_dialogs):
    lock, recovery = leave_crashed_session(data_dir, small_map())
    recovery.unlink()
    win = make_window()
    assert not win.offer_recovery()
    assert not fake_dialogs.asked("ask_recover")
    assert not lock.exists()


def test_a_damaged_recovery_file_is_reported_not_fatal(make_window, data_dir, fake_dialogs):
    lock, recovery = leave_crashed_session(data_dir, small_map())
    recovery.write_text("{ truncated", encoding="utf-8")
    fake_dialogs.recover = True
    win = make_window()
    assert not win.offer_recovery()
    assert "not valid JSON" in fake_dialogs.asked("show_error")[0][1]
    assert win.qdoc.doc.actors == {}
    assert not lock.exists()


CRASHING_SESSION = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QSettings
    from actormap.gui.app import make_application
    from actormap.gui.main_window import MainWindow
    from actormap.core.edits import make_actor, AddItems
    app = make_application()
    w = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat), data_dir=sys.argv[2], autosave_ms=10)
    w.show()
    w.qdoc.push(AddItems([make_actor(id="survivor", name="Survives the crash")]))
    while not w.recovery.file_path.exists():
        app.processEvents()
    os._exit(3)  # a crash: no close event, no cleanup
""")


def test_a_real_crash_of_another_process_is_recovered(make_window, data_dir, fake_dialogs, settings_path, tmp_path):
    script = tmp_path / "crash.py"
    script.write_text(CRASHING_SESSION)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "other.ini"), str(data_dir)],
                          env=env, timeout=60, capture_output=True, text=True)
    assert done.returncode == 3, done.stderr
    fake_dialogs.recover = True
    win = make_window()
    assert win.offer_recovery()
    assert win.qdoc.doc.actor("survivor").name == "Survives the crash"
    assert win.isWindowModified() and win.files.path is None


def test_a_save_during_a_background_autosave_leaves_no_recovery_file(make_window, qtbot, tmp_path):
    win = make_window()
    rec = win.recovery
    win.qdoc.load(small_map())
    win.qdoc.push(SetMeta({"title": "x"}))
    done = []
    rec._written.connect(done.append)
    rec.autosave_now()  # the write runs on a worker thread
    assert rec.writing
    assert win.files.write(str(tmp_path / "saved.actormap"))  # clean while (or after) it writes
    qtbot.waitUntil(lambda: len(done) == 1)  # the worker's result reached the GUI thread
    assert not rec.file_path.exists()


def test_by_default_an_edit_is_safe_within_a_second_of_idling(qtbot, settings_path, data_dir, fake_dialogs):
    from PySide6.QtCore import QSettings

    from actormap.gui.main_window import MainWindow
    from actormap.gui.recovery import AUTOSAVE_DELAY_MS

    assert AUTOSAVE_DELAY_MS <= 1000
    win = MainWindow(QSettings(settings_path, QSettings.Format.IniFormat), data_dir=data_dir)  # the default delay
    qtbot.addWidget(win)
    win.qdoc.load(small_map())
    start = time.monotonic()
    win.qdoc.push(SetMeta({"title": "safe soon"}))
    qtbot.waitUntil(win.recovery.file_path.exists, timeout=3000)
    assert time.monotonic() - start < 1.5  # the idle delay plus the write, on a loaded machine
    assert load_map(win.recovery.file_path).title == "safe soon"
