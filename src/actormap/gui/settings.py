"""Window settings kept between runs: geometry, dock layout, recent files (unless turned off).

Only *window* state lives in ``QSettings`` — never anything of a map. The
``QSettings`` object is injected so tests use a temporary ini file.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

MAX_RECENT = 10
STATE_VERSION = 1
"""Bumped when the dock set changes so an old saved layout is not restored onto a new one."""


def default_settings() -> QSettings:
    return QSettings("actormap", "actormap")


class WindowSettings:
    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings if qsettings is not None else default_settings()

    # ---- recent files ------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.q.value("recent_files", [])
        if isinstance(value, str):  # QSettings returns a bare string for one-item lists
            value = [value]
        return [str(v) for v in (value or []) if v]

    def remember_recent(self) -> bool:
        """Whether recent files and the last folder are kept (File ▸ Privacy)."""
        return str(self.q.value("privacy/remember_recent", "true")).lower() != "false"

    def set_remember_recent(self, remember: bool) -> None:
        """Turn keeping recent files on or off; off forgets the list and the last folder now."""
        self.q.setValue("privacy/remember_recent", "true" if remember else "false")
        if not remember:
            self.clear_recent()
            self.q.remove("last_dir")
        self.q.sync()

    def add_recent(self, path: str) -> list[str]:
        if not self.remember_recent():
            return []
        path = os.path.abspath(path)
        files = [path] + [p for p in self.recent_files() if p != path]
        self.q.setValue("recent_files", files[:MAX_RECENT])
        return files[:MAX_RECENT]

    def remove_recent(self, path: str) -> None:
        self.q.setValue("recent_files", [p for p in self.recent_files() if p != path])

    def clear_recent(self) -> None:
        self.q.setValue("recent_files", [])
        self.q.sync()

    # ---- window layout -----------------------------------------------------
    def save_window(self, win: QMainWindow) -> None:
        self.q.setValue("window/geometry", win.saveGeometry())
        self.q.setValue("window/state", win.saveState(STATE_VERSION))
        self.q.sync()

    def restore_window(self, win: QMainWindow) -> bool:
        """Restore geometry and dock layout; False when nothing (valid) was saved."""
        geometry = self.q.value("window/geometry")
        state = self.q.value("window/state")
        ok = False
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            ok = win.restoreGeometry(geometry)
        if isinstance(state, QByteArray) and not state.isEmpty():
            ok = win.restoreState(state, STATE_VERSION) and ok
        return ok

    def last_dir(self) -> str:
        return str(self.q.value("last_dir", "") or "")

    def set_last_dir(self, path: str) -> None:
        if not self.remember_recent():
            return
        self.q.setValue("last_dir", os.path.dirname(os.path.abspath(path)))
