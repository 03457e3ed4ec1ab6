"""Files in the main window: dirty flag and title, save/open round trip, the unsaved
prompt, drop-to-open, bad files, failed saves, recent files, import/export."""

from __future__ import annotations

import errno
import os
import stat

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from shell_maps import small_map, write_map

from actormap.core.edits import SetMeta, UpdateActor
from actormap.core.io import dumps_map, load_map, store


def test_title_and_dirty_flag_follow_the_undo_stack(window):
    assert window.windowTitle() == "Untitled[*] — actormap"
    assert not window.isWindowModified()
    window.qdoc.push(SetMeta({"title": "Changed"}))
    assert window.isWindowModified()
    window.actions_["undo"].trigger()
    assert not window.isWindowModified()
    window.actions_["redo"].trigger()
    assert window.isWindowModified()


def test_save_as_writes_the_canonical_bytes_and_open_reads_them_back(window, make_window, fake_dialogs, tmp_path, qtbot):
    window.qdoc.load(small_map())
    window.qdoc.push(UpdateActor("a-ms13", {"name": "Mara Salvatrucha"}))
    target = tmp_path / "saved.actormap"
    fake_dialogs.save_path = str(target)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no path yet: asks
    assert fake_dialogs.asked("save_file_name")
    assert target.read_bytes() == dumps_map(window.qdoc.doc.snapshot()).encode("utf-8")
    assert not window.isWindowModified()
    assert window.windowTitle() == "saved.actormap[*] — actormap"

    window.close()  # clean: closes without asking
    assert not fake_dialogs.asked("ask_unsaved")
    other = make_window()
    fake_dialogs.open_path = str(target)
    qtbot.keyClick(other, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert other.files.path == str(target)
    assert other.qdoc.doc.snapshot() == window.qdoc.doc.snapshot()
    assert other.qdoc.doc.actor("a-ms13").name == "Mara Salvatrucha"
    assert not other.isWindowModified()
    assert other.qdoc.undo_stack.count() == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and symlinks")
def test_save_as_creates_a_private_file_and_save_writes_through_a_symlink(window, fake_dialogs, tmp_path):
    window.qdoc.load(small_map())
    window.qdoc.push(SetMeta({"title": "private"}))
    fake_dialogs.save_path = str(tmp_path / "new.actormap")
    old = os.umask(0)
    try:
        assert window.files.save_as()
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "new.actormap").st_mode) == 0o600
    link = tmp_path / "link.actormap"
    link.symlink_to(tmp_path / "new.actormap")
    assert window.files.load_path(str(link))
    window.qdoc.push(SetMeta({"title": "through the link"}))
    assert window.files.save()
    assert link.is_symlink() and load_map(tmp_path / "new.actormap").title == "through the link"


def test_save_writes_to_the_open_file_without_asking(window, fake_dialogs, tmp_path, qtbot):
    path = tmp_path / "m.actormap"
    write_map(path, small_map())
    assert window.files.load_path(str(path))
    window.qdoc.push(SetMeta({"viewpoint": "from the church"}))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not fake_dialogs.asked("save_file_name")
    assert load_map(path).viewpoint == "from the church"
    assert not window.isWindowModified()


def _dirty_window(window, tmp_path):
    path = tmp_path / "m.actormap"
    original = write_map(path, small_map())
    window.files.load_path(str(path))
    window.qdoc.push(UpdateActor("b-b18", {"power": 5}))
    return path, original


def test_unsaved_prompt_cancel_keeps_the_map(window, fake_dialogs, tmp_path, qtbot):
    path, original = _dirty_window(window, tmp_path)
    fake_dialogs.unsaved = "cancel"
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # Close map
    assert len(fake_dialogs.asked("ask_unsaved")) == 1
    assert window.qdoc.doc.actor("b-b18").power == 5
    assert window.isWindowModified() and window.files.path == str(path)
    assert path.read_bytes() == original
    window.close()  # closing asks too, and cancel keeps the window open
    assert window.isVisible()


def test_unsaved_prompt_discard_drops_the_changes(window, fake_dialogs, tmp_path, qtbot):
    path, original = _dirty_window(window, tmp_path)
    fake_dialogs.unsaved = "discard"
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.qdoc.doc.actors == {}  # the last map closed gives way to an empty one
    assert window.files.path is None and not window.isWindowModified()
    assert len(window.workspace.documents) == 1
    assert path.read_bytes() == original


def test_new_map_opens_beside_unsaved_work_without_asking(window, fake_dialogs, tmp_path, qtbot):
    path, original = _dirty_window(window, tmp_path)
    first = window.qdoc
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not fake_dialogs.asked("ask_unsaved")
    assert window.qdoc is not first and window.qdoc.doc.actors == {} and window.files.path is None
    assert window.workspace.documents == [first, window.qdoc] and window.tabs.count() == 2
    assert first.is_dirty() and first.doc.actor("b-b18").power == 5  # nothing lost
    window.tabs.setCurrentIndex(0)
    assert window.qdoc is first and window.canvas.qdoc is first and window.isWindowModified()


def test_quitting_asks_about_every_unsaved_map_and_save_writes_it(window, fake_dialogs, tmp_path):
    path, original = _dirty_window(window, tmp_path)
    second = tmp_path / "second.actormap"
    write_map(second, small_map().model_copy(update={"title": "Second"}))
    fake_dialogs.open_path = str(second)
    window.actions_["open"].trigger()
    assert window.qdoc.doc.meta.title == "Second" and not window.isWindowModified()
    assert len(window.workspace.documents) == 2  # the first map stays open with its changes
    fake_dialogs.unsaved = "save"
    window.close()
    assert len(fake_dialogs.asked("ask_unsaved")) == 1  # only the map with unsaved changes
    assert load_map(path).actor("b-b18").power == 5  # saved
    assert not window.isVisible()


def test_opening_a_file_that_is_open_shows_its_tab(window, fake_dialogs, tmp_path):
    path, _ = _dirty_window(window, tmp_path)
    window.files.new()
    assert window.files.load_path(str(path))
    assert len(window.workspace.documents) == 2 and window.files.path == str(path)
    assert window.qdoc.doc.actor("b-b18").power == 5  # the open (edited) copy, not the file again


def test_closing_a_clean_window_does_not_ask(window, fake_dialogs):
    window.close()
    assert not window.isVisible()
    assert not fake_dialogs.asked("ask_unsaved")


def _drop(window, paths, target=None):
    target = target or window
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(target.rect().center())
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    accepted = enter.isAccepted()
    if accepted:
        drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(target, drop)
    return accepted, mime


def test_dropping_a_map_file_opens_it(window, tmp_path, qtbot):
    path = tmp_path / "dropped.actormap"
    write_map(path, small_map())
    accepted, _mime = _drop(window, [path])
    assert accepted
    qtbot.waitUntil(lambda: window.files.path == str(path))
    assert set(window.qdoc.doc.actors) == {"a-ms13", "b-b18", "c-church"}


def test_dropping_a_map_file_on_the_canvas_opens_it(window, tmp_path, qtbot):
    path = tmp_path / "on canvas.actormap"
    write_map(path, small_map())
    accepted, _mime = _drop(window, [path], target=window.canvas.viewport())
    assert accepted
    qtbot.waitUntil(lambda: window.files.path == str(path))
    assert len(window.qdoc.doc.actors) == 3


def test_dropping_other_files_is_refused(window, tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    accepted, _mime = _drop(window, [other])
    assert not accepted
    assert window.files.path is None


def test_a_bad_file_shows_the_loader_message_and_keeps_the_current_map(window, fake_dialogs, tmp_path):
    good = tmp_path / "good.actormap"
    write_map(good, small_map())
    window.files.load_path(str(good))
    window.qdoc.push(UpdateActor("c-church", {"notes": "unsaved note"}))
    before = window.qdoc.doc.snapshot()
    bad = tmp_path / "bad.actormap"
    bad.write_text('{"format": "actormap", "schema_version": 1, "actors": [', encoding="utf-8")
    fake_dialogs.unsaved = "discard"
    fake_dialogs.open_path = str(bad)
    assert not window.files.open()
    (title, text), = fake_dialogs.asked("show_error")
    assert "bad.actormap" in text and "not valid JSON" in text
    assert window.qdoc.doc.snapshot() == before
    assert window.files.path == str(good)
    assert window.isWindowModified()  # the unsaved edit is still there


def test_a_missing_recent_file_is_reported_and_dropped_from_the_list(window, fake_dialogs, tmp_path):
    gone = tmp_path / "gone.actormap"
    window.settings.add_recent(str(gone))
    assert not window.files.open(str(gone))
    assert "no such file" in fake_dialogs.asked("show_error")[0][1]
    assert str(gone) not in window.settings.recent_files()


def _failing_replace(src, dst):
    """The final rename of an atomic write fails, as on a full disk."""
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_failed_save_shows_an_error_and_leaves_the_old_file(window, fake_dialogs, tmp_path, monkeypatch):
    path, original = _dirty_window(window, tmp_path)
    monkeypatch.setattr(store.os, "replace", _failing_replace)
    assert not window.files.save()
    (title, text), = fake_dialogs.asked("show_error")
    assert "Cannot save" in text and str(path) in text
    assert path.read_bytes() == original
    assert window.isWindowModified()
    assert list(tmp_path.glob("m.actormap*")) == [path]  # no temp file left behind


def test_saving_into_a_missing_folder_fails_cleanly(window, fake_dialogs, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    fake_dialogs.save_path = str(blocker / "map.actormap")
    window.qdoc.push(SetMeta({"title": "X"}))
    assert not window.files.save_as()
    assert fake_dialogs.asked("show_error")
    assert window.files.path is None and window.isWindowModified()


def test_recent_files_menu_lists_saved_files_and_opens_them(window, fake_dialogs, tmp_path):
    first, second = tmp_path / "first.actormap", tmp_path / "second.actormap"
    write_map(first, small_map())
    write_map(second, small_map().model_copy(update={"title": "Second"}))
    window.files.load_path(str(first))
    window.files.load_path(str(second))
    assert window.settings.recent_files()[:2] == [str(second), str(first)]
    menu = window.menus["recent"]
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.statusTip()]
    assert [a.statusTip() for a in entries[:2]] == [str(second), str(first)]
    entries[1].trigger()
    assert window.files.path == str(first)
    assert window.qdoc.doc.meta.title == "Small test map"


def test_export_graphml_and_import_it_back(window, fake_dialogs, tmp_path):
    window.qdoc.load(small_map())
    out = tmp_path / "out.graphml"
    fake_dialogs.export_path = str(out)
    window.actions_["export_data"].trigger()
    assert out.exists()
    window.files.new()
    fake_dialogs.import_path = str(out)
    window.actions_["import"].trigger()
    names = sorted(a.name for a in window.qdoc.doc.actors.values())
    assert names == ["Barrio 18", "Catholic Church", "MS-13"]
    assert len(window.qdoc.doc.ties) == 2
    assert window.files.path is None and window.isWindowModified()  # imported = not yet saved
