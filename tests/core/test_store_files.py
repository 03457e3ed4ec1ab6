"""MapStore on disk: private modes, symlink write-through, stray temp files, all-or-nothing sets,
folder sync, and one-line messages for odd file names."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from actormap.core.io import MapFileError, MapStore, MapWriteError, dumps_map, load_map
from actormap.core.io import store as store_module
from actormap.core.io.convert import write_any
from actormap.core.io.csv_io import csv_paths
from actormap.core.model import ActorMap

FIXTURES = Path(__file__).parent.parent / "fixtures"
SAMPLE = FIXTURES / "sample_like.actormap"
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and symlinks as tested here are POSIX")


def mode(p: Path) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


def listing(d: Path) -> list[str]:
    return sorted(p.name for p in d.iterdir())


@pytest.fixture
def sample() -> ActorMap:
    return load_map(SAMPLE)


@pytest.fixture
def open_umask():
    """The loosest umask: whatever mode a new file gets is the program's choice, not the umask's."""
    old = os.umask(0)
    yield
    os.umask(old)


# ---- modes -------------------------------------------------------------------------
@posix_only
def test_new_files_are_private_whatever_the_umask(tmp_path, sample, open_umask):
    store = MapStore()
    store.write(tmp_path / "m.actormap", sample)
    store.write_bytes(tmp_path / "picture.png", b"\x89PNG")
    written = write_any(sample, tmp_path / "t.csv")
    written += write_any(sample, tmp_path / "g.graphml")
    for p in [tmp_path / "m.actormap", tmp_path / "picture.png", *written]:
        assert mode(p) == 0o600, p.name


@posix_only
@pytest.mark.parametrize("old_mode", [0o644, 0o640, 0o604, 0o400])
def test_an_existing_file_keeps_its_mode(tmp_path, sample, old_mode):
    p = tmp_path / "m.actormap"
    p.write_bytes(b"old")
    p.chmod(old_mode)
    MapStore().write(p, sample)
    assert mode(p) == old_mode
    assert load_map(p) == sample


@posix_only
def test_private_dir_creates_every_missing_level_0700_and_tightens_an_existing_one(tmp_path, open_umask):
    store = MapStore()
    leaf = tmp_path / "a" / "b" / "recovery"
    assert store.private_dir(leaf) == leaf
    for d in (tmp_path / "a", tmp_path / "a" / "b", leaf):
        assert mode(d) == 0o700, d
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    store.private_dir(loose)
    assert mode(loose) == 0o700


def test_private_dir_refuses_a_file_in_the_way(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_bytes(b"x")
    with pytest.raises(MapWriteError, match=r"Cannot write '.*data': it is not a folder"):
        MapStore().private_dir(blocker)
    with pytest.raises(MapWriteError, match="Not a directory"):
        MapStore().private_dir(blocker / "recovery")
    assert blocker.read_bytes() == b"x"


# ---- symlinks ----------------------------------------------------------------------
@posix_only
def test_saving_onto_a_symlink_writes_through_to_its_target(tmp_path, sample):
    real_dir = tmp_path / "shared"
    real_dir.mkdir()
    target = real_dir / "truce.actormap"
    target.write_bytes(b"old contents")
    target.chmod(0o640)
    link_dir = tmp_path / "desk"
    link_dir.mkdir()
    link = link_dir / "truce.actormap"
    link.symlink_to(target)

    MapStore().write(link, sample)

    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() == dumps_map(sample).encode()
    assert mode(target) == 0o640, "the target keeps its mode"
    assert listing(link_dir) == ["truce.actormap"] and listing(real_dir) == ["truce.actormap"]


@posix_only
def test_a_chain_of_links_and_a_dangling_link_are_written_through(tmp_path, sample):
    target = tmp_path / "real.actormap"
    (tmp_path / "one").symlink_to(target)  # dangling: the target does not exist yet
    (tmp_path / "two").symlink_to(tmp_path / "one")
    MapStore().write(tmp_path / "two", sample)
    assert (tmp_path / "one").is_symlink() and (tmp_path / "two").is_symlink()
    assert load_map(target) == sample and mode(target) == 0o600


@posix_only
def test_a_csv_set_through_symlinks_keeps_the_links(tmp_path, sample):
    real = tmp_path / "real"
    real.mkdir()
    out = tmp_path / "x.csv"
    for p in csv_paths(out):
        (real / p.name).write_bytes(b"old")
        p.symlink_to(real / p.name)
    write_any(sample, out)
    for p in csv_paths(out):
        assert p.is_symlink() and (real / p.name).read_bytes() != b"old"


# ---- stray temp files ------------------------------------------------------------------
def test_stray_temps_of_the_file_are_removed_at_its_next_save_and_nothing_else(tmp_path, sample):
    p = tmp_path / "m.actormap"
    strays = [".m.actormap.abcd1234.tmp", ".m.actormap.zz_9xy0q.tmp", ".m.actormap.0123abcd.tmp"]
    kept = [
        ".m.actormap.tmp",  # no random part
        ".m.actormap.abc.tmp",  # too short
        ".m.actormap.ABCD1234.tmp",  # mkstemp never uses capitals
        ".m.actormap.abcd1234.tmp.keep",
        "m.actormap.abcd1234.tmp",  # not hidden
        ".other.actormap.abcd1234.tmp",  # another file's
        ".m.actormap.x.abcd1234.tmp",  # the temp of 'm.actormap.x'
        "notes.txt",
    ]
    for name in strays + kept:
        (tmp_path / name).write_bytes(b"leftover")
    (tmp_path / ".m.actormap.dir12345.tmp").mkdir()  # a folder with a temp's name is not a temp
    kept.append(".m.actormap.dir12345.tmp")
    MapStore().write(p, sample)
    assert listing(tmp_path) == sorted(["m.actormap", *kept])


def test_a_save_killed_mid_write_leaves_a_temp_that_the_next_save_removes(tmp_path, sample):
    """A real process is killed (SIGKILL) while its temp file is written; nothing is cleaned then."""
    p = tmp_path / "m.actormap"
    MapStore().write(p, sample)
    before = p.read_bytes()
    child = textwrap.dedent(f"""
        import os, sys, time
        from actormap.core.io import MapStore

        def stall(fd):  # the temp file is written: tell the parent, then wait to be killed
            print("writing", flush=True)
            time.sleep(120)

        os.fsync = stall
        MapStore().write_bytes({str(p)!r}, b"half of a new map" * 1000)
    """)
    proc = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "writing"
    finally:
        proc.kill()
        proc.wait(timeout=30)
        proc.stdout.close()
    leftovers = [x for x in listing(tmp_path) if x != "m.actormap"]
    assert len(leftovers) == 1 and store_module.temp_pattern("m.actormap").fullmatch(leftovers[0])
    assert p.read_bytes() == before, "the killed save did not touch the file"
    MapStore().write(p, sample.model_copy(update={"title": "next save"}))
    assert listing(tmp_path) == ["m.actormap"]
    assert load_map(p).title == "next save"


# ---- sets of files: all or nothing ---------------------------------------------------------
def snapshot(d: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in d.iterdir() if p.is_file()}


def test_a_csv_set_with_one_target_blocked_changes_no_file(tmp_path, sample):
    out = tmp_path / "x.csv"
    write_any(sample, out)
    actors, ties, meta = csv_paths(out)
    ties.unlink()
    ties.mkdir()  # the ties table cannot be replaced: a folder is in the way
    (ties / "inside").write_bytes(b"x")
    before = snapshot(tmp_path)
    small = sample.model_copy(update={"actors": sample.actors[:1], "ties": [], "views": []})
    with pytest.raises(MapWriteError) as info:
        write_any(small, out)
    assert str(info.value).startswith(f"Cannot write '{ties}': ")
    assert snapshot(tmp_path) == before, "the actors table and the sidecar were put back"
    assert listing(tmp_path) == sorted([actors.name, ties.name, meta.name]), "no temp file is left"


def test_a_new_csv_set_with_one_target_blocked_leaves_no_file(tmp_path, sample):
    out = tmp_path / "x.csv"
    _, _, meta = csv_paths(out)
    meta.mkdir()  # the last file of the set is blocked
    with pytest.raises(MapWriteError, match=r"x\.map\.json"):
        write_any(sample, out)
    assert listing(tmp_path) == ["x.map.json"] and list(meta.iterdir()) == []


@pytest.mark.parametrize("links", [True, False], ids=["hard-links", "no-hard-links"])
def test_a_failed_rename_in_the_middle_of_a_set_puts_the_first_files_back(tmp_path, sample, monkeypatch, links):
    """Fault injection: the second rename fails (as on a file another program holds open).

    Without hard links (FAT or exFAT sticks) the old contents are kept as copies.
    """
    out = tmp_path / "x.csv"
    write_any(sample, out)
    before = snapshot(tmp_path)
    real_replace = os.replace
    renamed = []

    def second_fails(src, dst):
        renamed.append(Path(dst).name)
        if len(renamed) == 2:
            raise OSError(errno.EBUSY, os.strerror(errno.EBUSY))
        real_replace(src, dst)

    def no_links(src, dst):
        raise OSError(errno.EPERM, "hard links are not supported here")

    monkeypatch.setattr(os, "replace", second_fails)
    if not links:
        monkeypatch.setattr(os, "link", no_links)
    small = sample.model_copy(update={"actors": sample.actors[:1], "ties": [], "views": []})
    with pytest.raises(MapWriteError, match="Device or resource busy"):
        write_any(small, out)
    assert renamed == ["x.actors.csv", "x.ties.csv", "x.actors.csv"], "one rename failed, the first was undone"
    assert snapshot(tmp_path) == before


def test_a_set_that_succeeds_leaves_no_backup_or_temp(tmp_path, sample):
    out = tmp_path / "x.csv"
    write_any(sample, out)
    write_any(sample.model_copy(update={"title": "again"}), out)
    assert listing(tmp_path) == ["x.actors.csv", "x.map.json", "x.ties.csv"]


@posix_only
def test_the_same_file_twice_in_a_set_is_a_programming_error(tmp_path):
    (tmp_path / "link").symlink_to(tmp_path / "a")
    with pytest.raises(ValueError, match="same file"):
        MapStore().write_files({tmp_path / "a": b"1", tmp_path / "link": b"2"})
    assert listing(tmp_path) == ["link"]


# ---- the folder is synced after the rename -------------------------------------------------
@posix_only
def test_the_folder_is_synced_after_the_rename(tmp_path, sample, monkeypatch):
    events = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append("fsync folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync file")
        real_fsync(fd)

    def replace(src, dst):
        events.append("rename")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    MapStore().write(tmp_path / "m.actormap", sample)
    assert events == ["fsync file", "rename", "fsync folder"]


# ---- reading -----------------------------------------------------------------------------
@posix_only
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.actormap"
    os.mkfifo(fifo)
    with pytest.raises(MapFileError, match="it is not a file"):
        MapStore().read(fifo)


@posix_only
@pytest.mark.parametrize("name", ["two\nlines.actormap", "tab\there.actormap", "rtl\u202eparma.actormap"])
def test_a_file_name_with_control_characters_gives_a_one_line_message(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(b"not json")
    with pytest.raises(MapFileError) as info:
        MapStore().read(p)
    message = str(info.value)
    assert "\n" not in message and "\t" not in message and "\u202e" not in message
    assert message.startswith(f"Cannot read {str(p)!r}: ")
    with pytest.raises(MapWriteError) as info:
        MapStore().write_bytes(tmp_path / "missing" / name, b"x")
    assert "\n" not in str(info.value) and str(info.value).startswith("Cannot write ")
