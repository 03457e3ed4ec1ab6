"""New / Open / Save / Save As / Close for the one map a window holds.

Every read and write goes through the core's :class:`~actormap.core.io.MapStore`
(one readable ``MapFileError``; atomic, private writes), so a failed save
leaves the old file as it was. Every question to the user goes through :mod:`.dialogs`.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from ..core.io import MapFileError, MapStore
from ..core.model import ActorMap
from . import dialogs
from .settings import WindowSettings
from .undo import QtDocument


def map_bytes(qdoc: QtDocument, store: MapStore | None = None) -> bytes:
    """The exact bytes a save writes (the store's canonical text, UTF-8)."""
    return (store or MapStore()).dumps(qdoc.doc.snapshot())


def write_atomically(path: str, data: bytes, store: MapStore | None = None) -> str | None:
    """Write ``data`` to ``path`` with the store (atomic, private); return an error text or ``None``."""
    try:
        (store or MapStore()).write_bytes(path, data)
    except MapFileError as err:
        return err.problem
    return None


class FileController(QObject):
    """Owns the file path of the open map and the unsaved-changes rules."""

    pathChanged = Signal(object)  # str | None
    saved = Signal(str)
    opened = Signal(object)  # path or None (new map)
    message = Signal(str)

    def __init__(self, qdoc: QtDocument, parent_widget: QWidget | None, settings: WindowSettings):
        super().__init__(parent_widget)
        self.qdoc = qdoc
        self.widget = parent_widget
        self.settings = settings
        self.store = MapStore()
        self.path: str | None = None

    # ---- state ----------------------------------------------------------------
    def display_name(self) -> str:
        return os.path.basename(self.path) if self.path else "Untitled"

    def is_dirty(self) -> bool:
        return not self.qdoc.undo_stack.isClean()

    def _set_path(self, path: str | None) -> None:
        self.path = os.path.abspath(path) if path else None
        self.pathChanged.emit(self.path)

    # ---- the unsaved-changes question ------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current map (saved, discarded or clean)."""
        if not self.is_dirty():
            return True
        answer = dialogs.ask_unsaved(self.widget, self.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    # ---- commands ---------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.qdoc.load(ActorMap())
        self._set_path(None)
        self.opened.emit(None)
        return True

    def open(self, path: str | None = None) -> bool:
        """Ask about unsaved changes, then a file name (unless given), then load it."""
        if not self.maybe_save():
            return False
        if path is None:
            start = os.path.dirname(self.path) if self.path else self.settings.last_dir()
            path = dialogs.open_file_name(self.widget, start)
            if not path:
                return False
        return self.load_path(path)

    def load_path(self, path: str) -> bool:
        """Load ``path`` without asking; on a bad file show why and keep the current map."""
        try:
            amap = self.store.read(path)
        except MapFileError as err:
            dialogs.show_error(self.widget, "Cannot open map", str(err))
            if not os.path.exists(path):
                self.settings.remove_recent(os.path.abspath(path))
            return False
        self.qdoc.load(amap)
        self._set_path(path)
        self.settings.add_recent(self.path)
        self.settings.set_last_dir(self.path)
        self.opened.emit(self.path)
        self.message.emit(f"Opened {self.display_name()}: {len(amap.actors)} actors, {len(amap.ties)} ties")
        return True

    def adopt(self, amap: ActorMap, path: str | None) -> None:
        """Show a recovered map, associated with its original file and marked unsaved."""
        self.qdoc.load(amap)
        self._set_path(path)
        self.qdoc.undo_stack.resetClean()
        self.opened.emit(self.path)

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.write(self.path)

    def save_as(self) -> bool:
        suggested = self.path or os.path.join(self.settings.last_dir(), self._suggested_name())
        path = dialogs.save_file_name(self.widget, suggested)
        if not path:
            return False
        return self.write(path)

    def _suggested_name(self) -> str:
        title = self.qdoc.doc.meta.title.strip()
        safe = "".join(c if c.isalnum() or c in "-_ " else "_" for c in title).strip() or "map"
        return f"{safe}.actormap"

    def write(self, path: str) -> bool:
        """Save to ``path`` atomically; on failure show why and keep the old file."""
        error = write_atomically(path, map_bytes(self.qdoc, self.store), self.store)
        if error is not None:
            dialogs.show_error(
                self.widget,
                "Save failed",
                f"Cannot save '{path}': {error}.\n\nThe file on disk was not changed and your map is "
                "still open; try Save As to choose another place.",
            )
            return False
        self.qdoc.undo_stack.setClean()
        if path != self.path:
            self._set_path(path)
        self.settings.add_recent(self.path)
        self.settings.set_last_dir(self.path)
        self.saved.emit(self.path)
        self.message.emit(f"Saved {self.display_name()}")
        return True

    # ---- other formats (via actormap.core.io.convert) ------------------------------------
    def import_map(self) -> bool:
        """Read a GraphML or CSV map as a new, unsaved map."""
        from ..core.io.convert import read_any

        if not self.maybe_save():
            return False
        path = dialogs.import_file_name(self.widget, self.settings.last_dir())
        if not path:
            return False
        try:
            amap = read_any(path, store=self.store)
        except MapFileError as err:
            dialogs.show_error(self.widget, "Cannot import", str(err))
            return False
        self.adopt(amap, None)
        self.message.emit(f"Imported {os.path.basename(path)}; save it as a map file to keep it.")
        return True

    def export_data(self) -> bool:
        """Write the map as GraphML or CSV tables (the extension chooses)."""
        from ..core.io.convert import write_any

        path = dialogs.export_file_name(self.widget, self.settings.last_dir())
        if not path:
            return False
        try:
            written = write_any(self.qdoc.doc.snapshot(), path, self.store)
        except MapFileError as err:
            dialogs.show_error(self.widget, "Export failed", str(err))
            return False
        self.message.emit("Exported " + ", ".join(os.path.basename(str(p)) for p in written))
        return True


def fill_recent_menu(menu: QMenu, settings: WindowSettings, open_path) -> None:
    """(Re)build File ▸ Open Recent from the settings."""
    menu.clear()
    files = settings.recent_files()
    for i, path in enumerate(files, 1):
        act = menu.addAction(f"&{i % 10} {os.path.basename(path)}")
        act.setStatusTip(path)
        act.triggered.connect(lambda _c=False, p=path: open_path(p))
    if files:
        menu.addSeparator()
        menu.addAction("Clear list", settings.clear_recent)
    else:
        menu.addAction("(no recent files)").setEnabled(False)
