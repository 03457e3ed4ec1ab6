"""Autosave of the working map and crash recovery.

Each running window holds a *lock file* (its pid, host and the paths of the open
maps) and, while there are unsaved changes, a *recovery file* per map (the map's
canonical bytes, written atomically a few idle seconds after the last change). The
recovery file of an encrypted map is encrypted with the map's passphrase, and the
lock never names an encrypted map's path: it holds a salted hash of it, which
recovery matches against the recent files (if they are remembered). Both live in
``<data dir>/recovery`` — never beside or over the user's own file — and are written
by the core's :class:`~actormap.core.io.MapStore`: the folder is 0700, the files 0600
(POSIX). A clean close
removes both; a clean save removes the recovery file. On start, a lock whose
process is gone, together with its recovery file, is an unfinished session that
can be recovered.

Temp files that an interrupted write left in the recovery folder are removed at
start (those of sessions still running are left alone).

The data directory is ``ACTORMAP_DATA_DIR`` if set, else Qt's AppDataLocation;
tests pass one in.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import socket
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from ..core.io import MapFileError, MapStore, StoredMap
from ..core.io.errors import quote_path
from ..core.model import ActorMap
from .doc_file import DocumentFile
from .file_ops import write_atomically
from .i18n import translate
from .tasks import TaskRunner
from .workspace import QtWorkspace

AUTOSAVE_DELAY_MS = 800
"""Autosave this long after the last edit (the map is idle): work is safe within a second."""
_SESSION_TEMP = re.compile(r"\.(session-(\d+-[0-9a-f]{8}))(?:-\d+)?\.(?:actormap|lock)\.[a-z0-9_]{8}\.tmp")


def path_hash(salt: str, path: str) -> str:
    """What a lock file holds instead of an encrypted map's path."""
    return hashlib.sha256(f"{salt}\0{path}".encode()).hexdigest()


def default_data_dir() -> Path:
    env = os.environ.get("ACTORMAP_DATA_DIR")
    if env:
        return Path(env)
    loc = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(loc) if loc else Path.home() / ".actormap"


def pid_running(pid: int) -> bool:
    """Whether a process with this id exists (never sends it a signal)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def process_started_at(pid: int) -> float | None:
    """When process ``pid`` started (seconds since the epoch), where the OS tells (Linux /proc).

    Used to notice a lock whose pid has since been reused by an unrelated process.
    """
    try:
        stat = Path(f"/proc/{pid}/stat").read_text("ascii")
        ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22: starttime, after boot
        with open("/proc/stat", encoding="ascii") as fh:
            boot = next(int(line.split()[1]) for line in fh if line.startswith("btime "))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration, AttributeError):
        return None


def lock_holder_alive(pid: int, lock_started: float | None) -> bool:
    """Whether the process that wrote a lock is still running.

    A running pid that started after the lock was written is another process that
    got the same id (the writer is gone); 2 s of slack covers clock granularity.
    """
    if not pid_running(pid):
        return False
    started = process_started_at(pid)
    if started is not None and lock_started is not None and started > lock_started + 2.0:
        return False
    return True


@dataclass
class StaleSession:
    """What an unfinished session left behind for one of its maps."""

    lock: Path
    recovery: Path
    pid: int
    path: str | None
    saved_at: float
    encrypted: bool = False
    path_hash: str | None = None  # for an encrypted map (the lock never names its path)
    salt: str = ""

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved_at))
        if self.encrypted:
            text = translate("Recovery", "Unsaved changes to an encrypted map (its passphrase is needed to recover "
                                         "it), autosaved at {time}.")
        elif self.path:
            text = translate("Recovery", "Unsaved changes to the map {file}, autosaved at {time}.")
        else:
            text = translate("Recovery", "Unsaved changes to an unsaved new map, autosaved at {time}.")
        return text.format(file=quote_path(self.path) if self.path else "", time=when)

    def find_path(self, candidates) -> str | None:
        """The encrypted map's path among ``candidates`` (e.g. the recent files), by its hash."""
        if self.path_hash is None:
            return None
        return next((p for p in candidates if path_hash(self.salt, p) == self.path_hash), None)


class Recovery(QObject):
    """Autosave of every open document of one window.

    Each document gets its own recovery file (``session-<token>-<n>.actormap``); the
    lock file lists them with the paths of their maps. Writing happens on a worker
    thread: the GUI thread only takes the snapshots (a few ms for 2,000 actors),
    serialising and writing (~150 ms) run beside it.
    """

    autosaved = Signal(str)
    failed = Signal(str)
    _written = Signal(str)  # after each write: error text or ""

    def __init__(
        self,
        workspace: QtWorkspace,
        data_dir: str | Path | None = None,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.store = MapStore()
        self.dir = Path(data_dir) / "recovery" if data_dir is not None else default_data_dir() / "recovery"
        self.token = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.lock_path = self.dir / f"session-{self.token}.lock"
        self._salt = secrets.token_hex(16)
        self._serial: dict[int, int] = {}  # id(QtDocument) -> number of its recovery file
        self._next = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.autosave_now)
        self._started = False
        # the GUI's one background mechanism; thread mode runs writes in order, and a write
        # asked for while one runs replaces any other still waiting (the newest state wins)
        self._task = TaskRunner(mode="thread", parent=self)
        self._task.resultReady.connect(lambda error: self._written.emit(error))
        self._task.failed.connect(lambda err: self._written.emit(err or translate("Recovery", "unknown error")))
        self._watched: set[int] = set()
        self._written.connect(self._after_write)

    # ---- files of this session ------------------------------------------------------
    def file_for(self, qdoc) -> Path:
        """The recovery file of one document (the first document's keeps the short name)."""
        key = id(qdoc)
        if key not in self._serial:
            self._serial[key] = self._next
            self._next += 1
        n = self._serial[key]
        return self.dir / (f"session-{self.token}.actormap" if n == 0 else f"session-{self.token}-{n}.actormap")

    @property
    def file_path(self) -> Path:
        """The recovery file of the active document."""
        return self.file_for(self.workspace.active)

    @property
    def document_path(self) -> str | None:
        active = self.workspace.active
        return active.path if active is not None else None

    # ---- this session ------------------------------------------------------------
    def start(self) -> None:
        """Create the lock file and begin watching the documents for changes."""
        try:
            self.store.private_dir(self.dir)
        except MapFileError as err:
            self.failed.emit(translate("Recovery", "Autosave is off: cannot create {folder} ({problem})").format(
                folder=self.dir, problem=err.problem))
            return
        self.remove_stray_temps()
        self._started = True
        self.workspace.documentsChanged.connect(self._documents_changed)
        self._documents_changed()

    def _documents_changed(self) -> None:
        if not self._started:
            return
        for qdoc in self.workspace.documents:
            if id(qdoc) not in self._watched:
                self._watched.add(id(qdoc))
                qdoc.changed.connect(self.timer.start)
                qdoc.undo_stack.cleanChanged.connect(lambda clean, q=qdoc: self._clean_changed(q, clean))
                qdoc.destroyed.connect(lambda _o=None, k=id(qdoc): self._forget(k))
        self._write_lock()

    def _forget(self, key: int) -> None:
        """A document was closed: its recovery file goes."""
        self._watched.discard(key)
        n = self._serial.pop(key, None)
        if n is not None:
            self._remove(self.dir / (f"session-{self.token}.actormap" if n == 0
                                     else f"session-{self.token}-{n}.actormap"))
        if self._started:
            self._write_lock()

    def _write_lock(self) -> None:
        docs = []
        for q in self.workspace.documents:
            entry = {"file": self.file_for(q).name, "path": None if q.storage.encrypted else q.path}
            if q.storage.encrypted:
                entry["encrypted"] = True
                if q.path:
                    entry["path_hash"] = path_hash(self._salt, q.path)
            docs.append(entry)
        active = self.workspace.active
        info = {"pid": os.getpid(), "host": socket.gethostname(),
                "path": None if active is None or active.storage.encrypted else active.path,
                "documents": docs, "salt": self._salt, "started": time.time()}
        err = write_atomically(str(self.lock_path), json.dumps(info).encode("utf-8"), self.store)
        if err:
            self.failed.emit(translate("Recovery", "Autosave is off: cannot write {file} ({problem})").format(
                file=self.lock_path, problem=err))

    def set_document_path(self, _path: str | None = None) -> None:
        """A document was saved under a new name, or (un)encrypted: the lock says so."""
        if self._started:
            self._write_lock()

    def wipe(self, qdoc) -> None:
        """Delete a document's recovery file (and temps of it) now: File ▸ Close and wipe recovery."""
        self._task.wait_idle()
        path = self.file_for(qdoc)
        self._remove(path)
        self.store.remove_stray_temps(path)
        self._serial.pop(id(qdoc), None)
        self._watched.discard(id(qdoc))
        if self._started:
            self._write_lock()

    def remove_stray_temps(self) -> int:
        """Remove temp files interrupted writes left in the recovery folder (not those of live sessions)."""
        removed = 0
        try:
            entries = list(os.scandir(self.dir))
        except OSError:
            return 0
        live: dict[str, bool] = {}
        for entry in entries:
            m = _SESSION_TEMP.fullmatch(entry.name)
            if m is None or not entry.is_file(follow_symlinks=False):
                continue
            stem = m.group(1)
            if stem not in live:
                live[stem] = stem == f"session-{self.token}" or self._lock_alive(self.dir / f"{stem}.lock")
            if not live[stem]:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
        return removed

    @staticmethod
    def _lock_alive(lock: Path) -> bool:
        try:
            info = json.loads(lock.read_text("utf-8"))
            started = info.get("started")
            return info.get("host") != socket.gethostname() or lock_holder_alive(
                int(info.get("pid", -1)), float(started) if started is not None else None)
        except (OSError, ValueError, TypeError, AttributeError):
            return False

    def _clean_changed(self, qdoc, clean: bool) -> None:
        if clean:
            self._remove(self.file_for(qdoc))  # a write still running removes it when done
            if not any(q.is_dirty() for q in self.workspace.documents):
                self.timer.stop()

    def autosave_now(self, wait: bool = False) -> None:
        """Write every document with unsaved changes to its recovery file (remove the others').

        The writes run on a worker thread unless ``wait``.
        """
        if not self._started:
            return
        jobs = []
        for qdoc in self.workspace.documents:
            if qdoc.is_dirty():  # the snapshot is immutable and the storage a copy: safe to share
                st = qdoc.storage
                jobs.append((self.file_for(qdoc), qdoc.doc.snapshot(), DocumentFile(st.codec, st.passphrase)))
            else:
                self._remove(self.file_for(qdoc))
        if not jobs:
            return
        if wait:
            self._task.wait_idle()  # an older write still running must not land after this one
            self._after_write(self._write(jobs))
        else:
            self._task.submit(jobs, func=self._write)

    def _write(self, jobs: list[tuple[Path, ActorMap, DocumentFile]]) -> str:
        """Write recovery files (on the worker thread; an encrypted map's with its passphrase)."""
        for path, snapshot, storage in jobs:
            try:
                data = self.store.with_secret(storage.secret).encode(snapshot, storage.codec, path)
            except MapFileError as err:
                return err.problem
            error = write_atomically(str(path), data, self.store)
            if error:
                return error
        return ""

    def _after_write(self, error: str) -> None:
        if error:
            self.failed.emit(translate("Recovery", "Autosave failed: {error}").format(error=error))
        else:
            for qdoc in self.workspace.documents:
                if not self._started or not qdoc.is_dirty():
                    self._remove(self.file_for(qdoc))  # saved or closed while writing
            if self._started and any(q.is_dirty() for q in self.workspace.documents):
                self.autosaved.emit(str(self.file_path))

    @property
    def writing(self) -> bool:
        """Whether an autosave is being written in the background."""
        return self._task.busy

    def close(self) -> None:
        """A clean end of the session: no lock, no recovery file."""
        self.timer.stop()
        self._started = False
        self._task.wait_idle()
        for qdoc in self.workspace.documents:
            self._remove(self.file_for(qdoc))
        for stray in self.dir.glob(f"session-{self.token}*.actormap"):
            self._remove(stray)
        self._remove(self.lock_path)

    # ---- other sessions -------------------------------------------------------------
    def stale_sessions(self) -> list[StaleSession]:
        """Unfinished sessions' maps that left a recovery file; newest first.

        Stale locks without a recovery file (nothing was unsaved) are removed.
        """
        found: list[StaleSession] = []
        if not self.dir.is_dir():
            return found
        host = socket.gethostname()
        for lock in sorted(self.dir.glob("session-*.lock")):
            if lock == self.lock_path:
                continue
            try:
                info = json.loads(lock.read_text("utf-8"))
                pid = int(info.get("pid", -1))
                path = info.get("path") or None
                lock_host = info.get("host", host)
                lock_started = info.get("started")
                lock_started = float(lock_started) if lock_started is not None else None
                docs = info.get("documents")
                paths = {d["file"]: d.get("path") or None for d in docs} if isinstance(docs, list) else {}
                flags = {d["file"]: d for d in docs} if isinstance(docs, list) else {}
                salt = str(info.get("salt", ""))
            except (OSError, ValueError, TypeError, AttributeError, KeyError):
                pid, path, lock_host, lock_started, paths, flags, salt = -1, None, host, None, {}, {}, ""
            if lock_host != host or (pid != os.getpid() and lock_holder_alive(pid, lock_started)):
                continue  # alive, or another machine sharing this folder
            stem = lock.name.removesuffix(".lock")
            files = sorted(self.dir.glob(f"{stem}.actormap")) + sorted(self.dir.glob(f"{stem}-*.actormap"))
            files = [f for f in files if f.is_file()]
            if not files:
                self._remove(lock)
            for f in files:
                entry = flags.get(f.name) or {}
                found.append(StaleSession(lock, f, pid, paths.get(f.name, path if f.name == f"{stem}.actormap"
                                                                 else None), f.stat().st_mtime,
                                          bool(entry.get("encrypted")), entry.get("path_hash"), salt))
        found.sort(key=lambda s: s.saved_at, reverse=True)
        return found

    def load(self, session: StaleSession) -> ActorMap:
        """The recovered map; raises ``MapFileError`` if the recovery file is damaged."""
        return self.store.read(session.recovery)

    def read_bytes(self, session: StaleSession) -> bytes:
        """The recovery file's bytes (decoded by the caller, which may ask for a passphrase)."""
        return self.store.read_bytes(session.recovery)

    def discard(self, session: StaleSession) -> None:
        self._remove(session.recovery)
        self.store.remove_stray_temps(session.recovery)  # a crash mid-autosave leaves these
        stem = session.lock.name.removesuffix(".lock")
        left = list(self.dir.glob(f"{stem}.actormap")) + list(self.dir.glob(f"{stem}-*.actormap"))
        if not left:
            self._remove(session.lock)
            self.store.remove_stray_temps(session.lock)

    @staticmethod
    def _remove(path: Path) -> None:
        with contextlib.suppress(OSError):  # already gone, or not ours to remove: nothing to do
            path.unlink()


def offer_recovery(recovery: Recovery, files, parent=None) -> bool:
    """Offer each map an unfinished session left (newest first); open every one accepted.

    A recovered map opens in its own tab, marked unsaved and tied to its original
    file; it is autosaved at once by this session, then the leftovers are deleted.
    Declined maps are deleted too.
    """
    from . import dialogs

    restored = False
    for session in recovery.stale_sessions():
        if not dialogs.ask_recover(parent, session.describe()):
            recovery.discard(session)
            continue
        storage = DocumentFile()
        try:
            stored: StoredMap | None = files.read_secret(recovery.read_bytes(session), str(session.recovery),
                                                         translate("Recovery", "the recovered map"), storage)
        except MapFileError as err:
            dialogs.show_error(parent, translate("Recovery", "Cannot recover"), str(err))
            recovery.discard(session)
            continue
        if stored is None:
            continue  # no passphrase given: the recovery file stays for the next start
        path = session.path
        if storage.encrypted and path is None:
            path = session.find_path(files.settings.recent_files())
        files.adopt(stored.amap, path if path is None or not files.workspace.find_path(path) else None, storage)
        recovery.autosave_now(wait=True)  # protected by this session before the old file goes
        recovery.discard(session)
        restored = True
    return restored
