"""Protecting the data in the editor: encrypted maps (open, save, encrypt, change, remove,
recovery), two windows on one file, privacy settings, close-and-wipe, redacted export,
and temp files of killed saves removed at the next start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit
from shell_maps import small_map, write_map

from actormap.core.edits import SetMeta, UpdateActor
from actormap.core.io import MapFileError, MapStore, load_map
from actormap.core.io.age import WRONG
from actormap.gui import dialogs
from actormap.gui.passphrase_dialog import PassphraseDialog, strength

PW = "a long enough passphrase"


class Passphrases:
    """Answers for the passphrase dialogs, and what they were asked."""

    def __init__(self, monkeypatch):
        self.answers: list[str | None] = []
        self.new: list[str | None] = []
        self.asked: list[tuple[str, str]] = []
        monkeypatch.setattr(dialogs, "ask_passphrase", self._ask)
        monkeypatch.setattr(dialogs, "ask_new_passphrase", self._ask_new)

    def _ask(self, parent, name, error=""):
        self.asked.append((name, error))
        return self.answers.pop(0)

    def _ask_new(self, parent, name):
        self.asked.append((name, "new"))
        return self.new.pop(0)


@pytest.fixture
def pw(monkeypatch) -> Passphrases:
    return Passphrases(monkeypatch)


def encrypted_file(path: Path, amap=None, passphrase: str = PW) -> Path:
    MapStore(secret=lambda _r: passphrase).write(path, amap or small_map(), codec="age")
    return path


def read_plain(path: Path, passphrase: str = PW):
    return MapStore(secret=lambda _r: passphrase).read_stored(path)


# ---- opening and saving encrypted maps -----------------------------------------------------
def test_opening_asks_again_after_a_wrong_passphrase(make_window, pw, fake_dialogs, tmp_path):
    f = encrypted_file(tmp_path / "enc.actormap")
    win = make_window()
    pw.answers = ["wrong one", PW]
    assert win.files.load_path(str(f))
    assert pw.asked == [("enc.actormap", ""), ("enc.actormap", WRONG)]
    assert win.qdoc.doc.actor("a-ms13").name == "MS-13"
    assert win.qdoc.storage.encrypted and not win.qdoc.is_dirty()
    assert fake_dialogs.asked("show_error") == []


def test_cancelling_the_passphrase_opens_nothing_and_says_nothing(make_window, pw, fake_dialogs, tmp_path):
    f = encrypted_file(tmp_path / "enc.actormap")
    win = make_window()
    pw.answers = ["wrong", None]
    assert not win.files.load_path(str(f))
    assert win.qdoc.path is None and not win.qdoc.doc.actors
    assert fake_dialogs.asked("show_error") == []


def test_saving_keeps_the_encryption_and_the_passphrase_is_written_nowhere(
        make_window, pw, qtbot, tmp_path, settings_path, data_dir):
    f = encrypted_file(tmp_path / "enc.actormap")
    win = make_window()
    pw.answers = [PW]
    win.files.load_path(str(f))
    win.qdoc.push(UpdateActor("a-ms13", {"name": "Mara Salvatrucha renamed"}))
    win.recovery.autosave_now(wait=True)
    qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not win.qdoc.is_dirty()
    stored = read_plain(f)
    assert stored.codec == "age" and stored.amap.actor("a-ms13").name == "Mara Salvatrucha renamed"
    assert b"Mara" not in f.read_bytes()
    win.settings.q.sync()
    written = [Path(settings_path)] + [p for p in Path(data_dir).rglob("*") if p.is_file()]
    for p in written:
        assert PW.encode() not in p.read_bytes(), p


def test_encrypt_then_save_writes_an_age_file(make_window, pw, fake_dialogs, tmp_path, qtbot):
    f = tmp_path / "plain.actormap"
    write_map(f, small_map())
    mode = f.stat().st_mode
    win = make_window()
    win.files.load_path(str(f))
    assert win.actions_["encrypt"].isEnabled() and not win.actions_["remove_encryption"].isEnabled()
    pw.new = [PW]
    win.actions_["encrypt"].trigger()
    assert win.qdoc.is_dirty() and win.isWindowModified()  # needs a save, no undo entry
    assert win.qdoc.undo_stack.count() == 0
    assert win.actions_["change_passphrase"].isEnabled() and not win.actions_["encrypt"].isEnabled()
    qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert f.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert read_plain(f).amap == small_map()
    assert f.stat().st_mode == mode  # an existing file keeps its mode


def test_change_passphrase_and_remove_encryption(make_window, pw, monkeypatch, tmp_path):
    f = encrypted_file(tmp_path / "enc.actormap")
    win = make_window()
    pw.answers = [PW]
    win.files.load_path(str(f))
    pw.new = ["the new passphrase here"]
    win.actions_["change_passphrase"].trigger()
    assert win.files.save()
    with pytest.raises(MapFileError, match=WRONG):
        read_plain(f)
    assert read_plain(f, "the new passphrase here").codec == "age"
    answers = iter([False, True])
    monkeypatch.setattr(dialogs, "confirm", lambda *a: next(answers))
    win.actions_["remove_encryption"].trigger()  # declined
    assert win.qdoc.storage.encrypted
    win.actions_["remove_encryption"].trigger()
    assert not win.qdoc.storage.encrypted and win.qdoc.is_dirty()
    assert win.files.save()
    assert load_map(f) == small_map()


def test_save_as_of_an_encrypted_map_stays_encrypted(make_window, pw, fake_dialogs, tmp_path):
    f = encrypted_file(tmp_path / "enc.actormap")
    win = make_window()
    pw.answers = [PW]
    win.files.load_path(str(f))
    fake_dialogs.save_path = str(tmp_path / "copy.actormap")
    assert win.files.save_as()
    assert read_plain(tmp_path / "copy.actormap").codec == "age"


# ---- recovery of an encrypted map ------------------------------------------------------------
def test_recovery_of_an_encrypted_map_is_encrypted_and_the_lock_hides_its_path(
        make_window, pw, fake_dialogs, tmp_path, data_dir):
    f = encrypted_file(tmp_path / "secret-cartel-map.actormap")
    win = make_window()
    pw.answers = [PW]
    win.files.load_path(str(f))
    win.qdoc.push(UpdateActor("b-b18", {"name": "Barrio 18 Revolucionarios", "notes": "informant Z"}))
    win.recovery.autosave_now(wait=True)
    rec = win.recovery.file_for(win.qdoc)
    data = rec.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n")
    for secret in (b"Revolucionarios", b"informant", b"MS-13", b"Small test map"):
        assert secret not in data
    lock = win.recovery.lock_path.read_text()
    assert "secret-cartel-map" not in lock and str(tmp_path) not in lock
    info = json.loads(lock)
    assert info["path"] is None and info["documents"][0]["encrypted"] is True
    # a crash: this window goes away without closing; the next one recovers
    win.recovery._started = False
    win.recovery.timer.stop()
    other = make_window()
    fake_dialogs.recover = True
    pw.answers = ["nope", PW]
    assert other.offer_recovery()
    assert pw.asked[-2:] == [("the recovered map", ""), ("the recovered map", WRONG)]
    got = other.qdoc
    assert got.doc.actor("b-b18").name == "Barrio 18 Revolucionarios"
    assert got.storage.encrypted and got.storage.passphrase == PW
    assert got.path == str(f)  # found by its hash among the recent files
    assert "encrypted map" in fake_dialogs.asked("ask_recover")[-1][0]


def test_recovery_waits_when_the_passphrase_is_not_given(make_window, pw, fake_dialogs, tmp_path):
    f = encrypted_file(tmp_path / "enc.actormap")
    win = make_window()
    pw.answers = [PW]
    win.files.load_path(str(f))
    win.qdoc.push(SetMeta({"title": "changed"}))
    win.recovery.autosave_now(wait=True)
    rec = win.recovery.file_for(win.qdoc)
    win.recovery._started = False
    other = make_window()
    fake_dialogs.recover = True
    pw.answers = [None]
    assert not other.offer_recovery()
    assert rec.exists()  # kept for the next start


def test_encrypting_a_dirty_map_rewrites_its_recovery_file_encrypted(make_window, pw, tmp_path, qtbot):
    f = tmp_path / "plain.actormap"
    write_map(f, small_map())
    win = make_window()
    win.files.load_path(str(f))
    win.qdoc.push(SetMeta({"title": "Secret plans"}))
    win.recovery.autosave_now(wait=True)
    rec = win.recovery.file_for(win.qdoc)
    assert b"Secret plans" in rec.read_bytes()
    pw.new = [PW]
    win.actions_["encrypt"].trigger()
    qtbot.waitUntil(lambda: rec.read_bytes().startswith(b"age-encryption.org/v1\n"), timeout=10_000)
    assert b"Secret plans" not in rec.read_bytes()
    assert str(f) not in win.recovery.lock_path.read_text()


# ---- two windows, one file ------------------------------------------------------------------------
def test_a_second_window_cannot_silently_overwrite_the_firsts_save(make_window, monkeypatch, tmp_path, qtbot):
    f = tmp_path / "shared.actormap"
    write_map(f, small_map())
    first, second = make_window(), make_window()
    first.files.load_path(str(f))
    second.files.load_path(str(f))
    first.qdoc.push(UpdateActor("a-ms13", {"name": "First window's edit"}))
    second.qdoc.push(UpdateActor("b-b18", {"name": "Second window's edit"}))
    assert first.files.save()  # nobody else saved since it was read: no question
    asked = []
    monkeypatch.setattr(dialogs, "ask_changed_on_disk", lambda parent, name: asked.append(name) or "cancel")
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    qtbot.keyClick(second, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["shared.actormap"]
    assert load_map(f).actor("a-ms13").name == "First window's edit"  # not overwritten
    assert second.qdoc.is_dirty()
    # reload: the second window now shows the first one's work
    monkeypatch.setattr(dialogs, "ask_changed_on_disk", lambda parent, name: "reload")
    assert not second.files.save()
    assert second.qdoc.doc.actor("a-ms13").name == "First window's edit"
    assert second.qdoc.doc.actor("b-b18").name == "Barrio 18" and not second.qdoc.is_dirty()
    # now the second window may save; the first is told in turn
    second.qdoc.push(UpdateActor("c-church", {"name": "Second after reload"}))
    assert second.files.save()
    first.qdoc.push(SetMeta({"title": "first again"}))
    monkeypatch.setattr(dialogs, "ask_changed_on_disk", lambda parent, name: "overwrite")
    assert first.files.save()
    assert load_map(f).title == "first again"


def test_save_as_answer_keeps_both_versions(make_window, monkeypatch, fake_dialogs, tmp_path):
    f = tmp_path / "shared.actormap"
    write_map(f, small_map())
    first, second = make_window(), make_window()
    first.files.load_path(str(f))
    second.files.load_path(str(f))
    first.qdoc.push(SetMeta({"title": "one"}))
    second.qdoc.push(SetMeta({"title": "two"}))
    first.files.save()
    monkeypatch.setattr(dialogs, "ask_changed_on_disk", lambda parent, name: "save_as")
    fake_dialogs.save_path = str(tmp_path / "second.actormap")
    assert second.files.save()
    assert load_map(f).title == "one" and load_map(tmp_path / "second.actormap").title == "two"
    assert second.qdoc.path == str(tmp_path / "second.actormap")


def test_another_program_replacing_the_file_is_noticed_too(make_window, monkeypatch, tmp_path):
    f = tmp_path / "m.actormap"
    write_map(f, small_map())
    win = make_window()
    win.files.load_path(str(f))
    MapStore().write(f, small_map().model_copy(update={"title": "by git pull"}))
    win.qdoc.push(SetMeta({"title": "mine"}))
    asked = []
    monkeypatch.setattr(dialogs, "ask_changed_on_disk", lambda parent, name: asked.append(name) or "cancel")
    assert not win.files.save()
    assert asked and load_map(f).title == "by git pull"


# ---- privacy -------------------------------------------------------------------------------------
def test_not_remembering_recent_files(make_window, tmp_path, settings_path):
    f = tmp_path / "m.actormap"
    write_map(f, small_map())
    win = make_window()
    win.files.load_path(str(f))
    assert win.settings.recent_files() == [str(f)]
    win.actions_["remember_recent"].trigger()  # off
    assert win.settings.recent_files() == [] and win.settings.last_dir() == ""
    win.files.load_path(str(f))
    win.files.save()
    assert win.settings.recent_files() == [] and win.settings.last_dir() == ""
    text = Path(settings_path).read_text()
    assert "m.actormap" not in text and str(tmp_path) not in text
    again = make_window()
    assert not again.actions_["remember_recent"].isChecked()


def test_clear_recent_is_a_file_action(make_window, tmp_path):
    f = tmp_path / "m.actormap"
    write_map(f, small_map())
    win = make_window()
    win.files.load_path(str(f))
    file_menu = [a.text() for a in win.menus["file"].actions()]
    privacy = [a.text() for a in win.menus["privacy"].actions()]
    assert "&Clear recent files" in privacy and "&Remember recent files" in privacy
    assert "Close and &wipe recovery" in file_menu and "&Encrypt…" in file_menu
    assert file_menu.index("&Clear recent files") < file_menu.index("&Save")
    win.actions_["clear_recent"].trigger()
    assert win.settings.recent_files() == []


def test_close_and_wipe_recovery_deletes_the_file_now(make_window, fake_dialogs, tmp_path):
    f = tmp_path / "m.actormap"
    write_map(f, small_map())
    win = make_window()
    win.files.load_path(str(f))
    win.qdoc.push(SetMeta({"title": "unsaved work"}))
    win.recovery.autosave_now(wait=True)
    rec = win.recovery.file_for(win.qdoc)
    assert rec.exists()
    fake_dialogs.unsaved = "discard"
    win.actions_["close_wipe"].trigger()
    assert not rec.exists()  # at once, not at the next event loop turn
    assert "m.actormap" not in win.recovery.lock_path.read_text()
    assert win.qdoc.path is None


# ---- redacted export ----------------------------------------------------------------------------
def test_export_redacted_writes_a_coded_copy(make_window, monkeypatch, tmp_path):
    from actormap.core.redact import RedactOptions

    win = make_window()
    win.qdoc.load(small_map())
    out = tmp_path / "shared.actormap"
    monkeypatch.setattr(dialogs, "redact_options", lambda parent, names: RedactOptions(keep_names=("Catholic Church",)))
    monkeypatch.setattr(dialogs, "redacted_file_name", lambda parent, start: str(out))
    win.actions_["export_redacted"].trigger()
    red = load_map(out)
    assert red.redacted and sorted(a.name for a in red.actors) == ["Catholic Church", "Gang 1", "Gang 2"]
    assert "MS-13" not in out.read_text()


def test_the_redact_dialog_collects_options(qtbot):
    from actormap.gui.redact_dialog import RedactDialog

    dlg = RedactDialog(None, ["MS-13", "Barrio 18"])
    qtbot.addWidget(dlg)
    dlg.show()
    item = dlg.names.findItems("MS-13", Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)
    dlg.coarsen.setFocus()
    qtbot.keyClick(dlg.coarsen, Qt.Key.Key_Space)
    opts = dlg.options()
    assert opts.keep_names == ("MS-13",) and opts.coarsen_dates and not opts.hide_kinds


# ---- the passphrase dialog ----------------------------------------------------------------------
def test_new_passphrase_dialog_needs_length_and_a_matching_confirmation(qtbot):
    dlg = PassphraseDialog(None, "m.actormap", confirm=True)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.ok.isEnabled()
    qtbot.keyClicks(dlg.field, "short")
    assert "at least 8 characters" in dlg.hint.text() and not dlg.ok.isEnabled()
    dlg.field.clear()
    qtbot.keyClicks(dlg.field, PW)
    qtbot.keyClicks(dlg.again, PW[:-1])
    assert "differ" in dlg.hint.text() and not dlg.ok.isEnabled()
    qtbot.keyClicks(dlg.again, PW[-1])
    assert dlg.ok.isEnabled() and dlg.hint.text().startswith("Strength: ")
    assert dlg.field.echoMode() == QLineEdit.EchoMode.Password
    dlg.show_box.setFocus()
    qtbot.keyClick(dlg.show_box, Qt.Key.Key_Space)
    assert dlg.field.echoMode() == QLineEdit.EchoMode.Normal and dlg.again.echoMode() == QLineEdit.EchoMode.Normal
    assert dlg.passphrase() == PW


def test_open_passphrase_dialog_shows_the_error_line(qtbot):
    dlg = PassphraseDialog(None, "m.actormap", confirm=False, error=WRONG)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.error.isVisible() and dlg.error.text() == WRONG
    assert not dlg.ok.isEnabled()
    qtbot.keyClicks(dlg.field, "x")
    assert dlg.ok.isEnabled()


def test_strength_hint_grows_with_length_and_variety():
    # bits = min(len, 2 x distinct) x log2(pool): checked by hand
    assert strength("") == ("weak", 0.0)
    label, bits = strength("abcdefgh")  # 8 x log2(26) = 37.6
    assert label == "weak" and abs(bits - 8 * 4.7004) < 0.01
    assert strength("aaaaaaaaaaaaaaaa")[1] == pytest.approx(2 * 4.7004, abs=0.01)  # repeats count little
    assert strength("correct horse battery staple")[0] == "strong"  # 28 x log2(59) = 164.7


# ---- killed saves leave no temps after the next start -----------------------------------------
KILLED_SAVER = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from actormap.core.io import MapStore
    from actormap.core.model import Actor, ActorMap
    target, rec = Path(sys.argv[1]), Path(sys.argv[2])
    big = ActorMap(actors=[Actor(id=f"a{i}", name="x" * 150, notes="y" * 2000) for i in range(2500)])
    store = MapStore()
    lock = rec / f"session-{os.getpid()}-0123abcd.lock"
    store.write_bytes(lock, ('{"pid": %d, "host": "%s", "started": %f}' % (os.getpid(), os.uname().nodename,
                                                                          time.time())).encode())
    data = store.dumps(big)
    while True:
        store.write_bytes(target, data)
        store.write_bytes(rec / f"session-{os.getpid()}-0123abcd.actormap", data)
""")


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.skipif(os.name != "posix", reason="kill -9 is POSIX")
def test_kill_during_save_loops_leaves_no_temp_files_after_the_next_start(
        make_window, data_dir, settings_path, tmp_path):
    target = tmp_path / "maps" / "m.actormap"
    target.parent.mkdir()
    write_map(target, small_map())
    rec = data_dir / "recovery"
    rec.mkdir()
    script = tmp_path / "saver.py"
    script.write_text(KILLED_SAVER)
    QSettings(settings_path, QSettings.Format.IniFormat).setValue("recent_files", [str(target)])
    for folder in (target.parent, rec, target.parent):
        for _attempt in range(20):  # the kill can land just after a write finished: kill again
            proc = subprocess.Popen([sys.executable, str(script), str(target), str(rec)])
            deadline = time.monotonic() + 60
            while not _temps(folder) and time.monotonic() < deadline:
                time.sleep(0.002)  # a test of a crash needs the crash mid-write
            proc.kill()  # SIGKILL: no cleanup of any kind
            proc.wait()
            if _temps(folder):
                break
    assert _temps(target.parent) and _temps(rec)  # the kills left temps behind
    make_window()  # the next start
    assert _temps(target.parent) == [] and _temps(rec) == []
    assert len(load_map(target).actors) in (3, 2500)  # the map itself is whole (old or new)


def test_temps_of_a_live_session_are_left_alone(make_window, data_dir):
    rec = data_dir / "recovery"
    rec.mkdir()
    live = rec / f"session-{os.getpid()}-abcdef12.lock"
    live.write_text(json.dumps({"pid": os.getpid(), "host": os.uname().nodename, "started": time.time()}))
    temp = rec / f".session-{os.getpid()}-abcdef12.actormap.abcdefgh.tmp"
    temp.write_bytes(b"being written")
    dead = rec / ".session-1-00000000.actormap.zzzzzzzz.tmp"
    dead.write_bytes(b"left by a crash")
    make_window()
    assert temp.exists() and not dead.exists()


def test_a_file_name_with_a_newline_gets_one_line_messages(make_window, fake_dialogs, tmp_path):
    bad = tmp_path / "bad\nname.actormap"
    bad.write_bytes(b"{not json")
    win = make_window()
    assert not win.files.load_path(str(bad))
    (title, text), = fake_dialogs.asked("show_error")
    assert "\n" not in text and "bad\\nname" in text
    good = tmp_path / "good\nname.actormap"
    write_map(good, small_map())
    assert win.files.load_path(str(good))
    assert "\n" not in win.qdoc.display_name() and "\n" not in win.windowTitle()
    assert "\n" not in win.statusBar().currentMessage()
