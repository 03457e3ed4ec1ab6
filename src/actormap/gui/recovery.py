"""Autosave of the working map and crash recovery.

Each running window holds a *lock file* (its pid, host and the path of the open
map) and, while there are unsaved changes, a *recovery file* (the map's canonical
bytes, written atomically a few idle seconds after the last change). Both live in
``<data dir>/recovery`` — never beside or over the user's own file — and are written
by the core's :class:`~actormap.core.io.MapStore`: the folder is 0700, the files 0600
(POSIX). A clean close
removes both; a clean save removes the recovery file. On start, a lock whose
process is gone, together with its recovery file, is an unfinished session that
can be recovered.

The data directory is ``ACTORMAP_DATA_DIR`` if set, else Qt's AppDataLocation;
tests pass one in.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from ..core.io import MapFileError, MapStore
from ..core.model import ActorMap
from .file_ops import write_atomically
from .tasks import TaskRunner
from .workspace import QtWorkspace

AUTOSAVE_DELAY_MS = 5000


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

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved_at))
        what = f"the map '{self.path}'" if self.path else "an unsaved new map"
        return f"Unsaved changes to {what}, autosaved at {when}."


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
        self._task.failed.connect(lambda err: self._written.emit(err or "unknown error"))
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
            self.failed.emit(f"Autosave is off: cannot create {self.dir} ({err.problem})")
            return
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
        docs = [{"file": self.file_for(q).name, "path": q.path} for q in self.workspace.documents]
        info = {"pid": os.getpid(), "host": socket.gethostname(), "path": self.document_path,
                "documents": docs, "started": time.time()}
        err = write_atomically(str(self.lock_path), json.dumps(info).encode("utf-8"), self.store)
        if err:
            self.failed.emit(f"Autosave is off: cannot write {self.lock_path} ({err})")

    def set_document_path(self, _path: str | None = None) -> None:
        """A document was saved under a new name: the lock names it."""
        if self._started:
            self._write_lock()

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
            if qdoc.is_dirty():
                jobs.append((self.file_for(qdoc), qdoc.doc.snapshot()))  # immutable: safe to share
            else:
                self._remove(self.file_for(qdoc))
        if not jobs:
            return
        if wait:
            self._task.wait_idle()  # an older write still running must not land after this one
            self._after_write(self._write(jobs))
        else:
            self._task.submit(jobs, func=self._write)

    def _write(self, jobs: list[tuple[Path, ActorMap]]) -> str:
        for path, snapshot in jobs:
            error = write_atomically(str(path), self.store.dumps(snapshot), self.store)
            if error:
                return error
        return ""

    def _after_write(self, error: str) -> None:
        if error:
            self.failed.emit(f"Autosave failed: {error}")
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
            except (OSError, ValueError, TypeError, AttributeError, KeyError):
                pid, path, lock_host, lock_started, paths = -1, None, host, None, {}
            if lock_host != host or (pid != os.getpid() and lock_holder_alive(pid, lock_started)):
                continue  # alive, or another machine sharing this folder
            stem = lock.name.removesuffix(".lock")
            files = sorted(self.dir.glob(f"{stem}.actormap")) + sorted(self.dir.glob(f"{stem}-*.actormap"))
            files = [f for f in files if f.is_file()]
            if not files:
                self._remove(lock)
            for f in files:
                found.append(StaleSession(lock, f, pid, paths.get(f.name, path if f.name == f"{stem}.actormap"
                                                                 else None), f.stat().st_mtime))
        found.sort(key=lambda s: s.saved_at, reverse=True)
        return found

    def load(self, session: StaleSession) -> ActorMap:
        """The recovered map; raises ``MapFileError`` if the recovery file is damaged."""
        return self.store.read(session.recovery)

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
        try:
            amap = recovery.load(session)
        except MapFileError as err:
            dialogs.show_error(parent, "Cannot recover", str(err))
            recovery.discard(session)
            continue
        files.adopt(amap, session.path if session.path is None or not files.workspace.find_path(session.path)
                    else None)
        recovery.autosave_now(wait=True)  # protected by this session before the old file goes
        recovery.discard(session)
        restored = True
    return restored
