"""New / Open / Save / Save As / Close for the maps open in a window.

Every read and write goes through the core's :class:`~actormap.core.io.MapStore`
(one readable ``MapFileError``; atomic, private writes), so a failed save
leaves the old file as it was. Every question to the user goes through :mod:`.dialogs`.
"""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ..core.io import MapFileError, MapStore, StoredMap
from ..core.io.errors import one_line, quote_path
from ..core.model import ActorMap
from . import dialogs
from .doc_file import DocumentFile, file_stamp
from .i18n import COUNT, error_text, translate
from .settings import WindowSettings
from .undo import QtDocument
from .workspace import QtWorkspace


@contextlib.contextmanager
def _waiting():
    """A busy cursor while a passphrase is stretched (scrypt takes about a second)."""
    app = QApplication.instance()
    if app is not None:
        app.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        if app is not None:
            app.restoreOverrideCursor()


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
    """New / Open / Save / Close for the documents of one window's workspace.

    Each document keeps its own file path (``QtDocument.path``) and unsaved-changes
    state; commands act on the active document. Opening a file adds a document (or
    shows it, if it is open already); a new, untouched "Untitled" map is replaced.
    """

    pathChanged = Signal(object)  # str | None: the active document's path
    saved = Signal(str)
    encryptionChanged = Signal(object)  # QtDocument
    opened = Signal(object)  # path or None (new map): a document was added and shown
    message = Signal(str)

    def __init__(self, workspace: QtWorkspace, parent_widget: QWidget | None, settings: WindowSettings):
        super().__init__(parent_widget)
        self.workspace = workspace
        self.widget = parent_widget
        self.settings = settings
        self.store = MapStore()
        workspace.activeChanged.connect(lambda q: self.pathChanged.emit(q.path))

    # ---- state ----------------------------------------------------------------
    @property
    def qdoc(self) -> QtDocument:
        return self.workspace.active

    @property
    def path(self) -> str | None:
        """The file of the active document (``None`` for a new map)."""
        return self.qdoc.path if self.qdoc is not None else None

    def display_name(self, qdoc: QtDocument | None = None) -> str:
        return (qdoc or self.qdoc).display_name()

    def is_dirty(self, qdoc: QtDocument | None = None) -> bool:
        return (qdoc or self.qdoc).is_dirty()

    def _set_path(self, qdoc: QtDocument, path: str | None) -> None:
        qdoc.set_path(path)
        if qdoc is self.qdoc:
            self.pathChanged.emit(qdoc.path)

    # ---- the unsaved-changes question ------------------------------------------
    def maybe_save(self, qdoc: QtDocument | None = None) -> bool:
        """True when it is fine to drop ``qdoc`` (the active one by default): saved, discarded or clean."""
        qdoc = qdoc or self.qdoc
        if not qdoc.is_dirty():
            return True
        if qdoc is not self.qdoc:
            self.workspace.activate(qdoc)  # the question names the map on screen
        answer = dialogs.ask_unsaved(self.widget, qdoc.display_name())
        if answer == "save":
            return self.save(qdoc=qdoc)
        return answer == "discard"

    def maybe_save_all(self) -> bool:
        """Ask about every document with unsaved changes (quitting); False if one says cancel."""
        return all(self.maybe_save(q) for q in list(self.workspace.documents) if q.is_dirty())

    # ---- documents ----------------------------------------------------------------
    def _show(self, amap: ActorMap, path: str | None, storage: DocumentFile | None = None) -> QtDocument:
        """Add a document for ``amap`` and make it active, replacing an untouched Untitled map."""
        pristine = self.qdoc if self.qdoc is not None and self.qdoc.is_pristine() else None
        qdoc = self.workspace.new_document(amap, path, activate=False)
        if storage is not None:
            qdoc.storage = storage
        self.workspace.activate(qdoc)
        if pristine is not None:
            self.workspace.remove(pristine)
        self.pathChanged.emit(qdoc.path)
        return qdoc

    # ---- commands ---------------------------------------------------------------
    def new(self) -> bool:
        """Start an empty map in a new tab (an untouched Untitled map is reused)."""
        if self.qdoc is not None and self.qdoc.is_pristine():
            return True
        self._show(ActorMap(), None)
        self.opened.emit(None)
        return True

    def close(self, qdoc: QtDocument | None = None) -> bool:
        """Close a document (asks about unsaved changes); the last one gives way to an empty map."""
        qdoc = qdoc or self.qdoc
        if not self.maybe_save(qdoc):
            return False
        if len(self.workspace.documents) == 1:
            self.workspace.new_document(ActorMap())
        self.workspace.remove(qdoc)
        self.opened.emit(self.path)
        return True

    def open(self, path: str | None = None) -> bool:
        """Ask for a file name (unless given), then open it in its own tab."""
        if path is None:
            start = os.path.dirname(self.path) if self.path else self.settings.last_dir()
            path = dialogs.open_file_name(self.widget, start)
            if not path:
                return False
        return self.load_path(path)

    def load_path(self, path: str) -> bool:
        """Open ``path`` without asking; on a bad file show why and keep what is open.

        A file that is open already is shown, not read twice. An encrypted map asks for
        its passphrase (again after a wrong one, until the user cancels).
        """
        from .imports import is_foreign

        if is_foreign(path):
            return self.import_path(path)
        already = self.workspace.find_path(path)
        if already is not None:
            self.workspace.activate(already)
            self.message.emit(translate("FileOps", "{name} is open already").format(name=already.display_name()))
            return True
        try:
            storage = DocumentFile()
            data = self.store.read_bytes(path)
            storage.stamp = file_stamp(path)
            stored = self.read_secret(data, path, os.path.basename(path), storage)
        except MapFileError as err:
            dialogs.show_error(self.widget, translate("FileOps", "Cannot open map"), error_text(err))
            if not os.path.exists(path):
                self.settings.remove_recent(os.path.abspath(path))
            return False
        if stored is None:
            return False  # the user cancelled the passphrase
        return self.show_opened(path, stored, storage)

    def show_opened(self, path: str, stored: StoredMap, storage: DocumentFile) -> bool:
        """Show a map read from ``path`` (by :meth:`load_path`, or read in the background)."""
        amap = stored.amap
        qdoc = self._show(amap, path, storage)
        self.settings.add_recent(qdoc.path)
        self.settings.set_last_dir(qdoc.path)
        self.opened.emit(qdoc.path)
        actors, ties = len(amap.actors), len(amap.ties)
        counts = (translate("FileOps", "%n actor(s)", "", COUNT, actors) + ", "
                  + translate("FileOps", "%n tie(s)", "", COUNT, ties))
        self.message.emit((translate("FileOps", "Opened {name}: {counts} (encrypted)") if storage.encrypted
                           else translate("FileOps", "Opened {name}: {counts}")).format(
            name=qdoc.display_name(), counts=counts))
        return True

    def read_secret(self, data: bytes, path: str | None, name: str, storage: DocumentFile) -> StoredMap | None:
        """Decode map file bytes, asking for the passphrase while it is wrong; ``None`` if cancelled.

        On success ``storage`` holds the codec and the passphrase that opened the file.
        Other problems raise :class:`MapFileError`.
        """
        needs_secret = self.store.codec_of(data).name != "json"
        error = ""
        while True:
            passphrase = None
            if needs_secret:
                passphrase = dialogs.ask_passphrase(self.widget, one_line(name), error)
                if passphrase is None:
                    return None
            try:
                with _waiting():  # about a second of scrypt for an encrypted map
                    stored = self.store.with_secret(lambda _r, p=passphrase: p).loads_stored(data, path)
            except MapFileError as err:
                if err.wrong_secret and passphrase is not None:
                    error = err.problem
                    continue
                raise
            storage.codec = stored.codec
            storage.passphrase = passphrase
            return stored

    def show_untitled(self, amap: ActorMap) -> QtDocument:
        """Show ``amap`` as a new untitled map, not marked unsaved (saving asks for a file name):
        a sample is read, never written back."""
        qdoc = self._show(amap, None)
        self.opened.emit(None)
        return qdoc

    def adopt(self, amap: ActorMap, path: str | None, storage: DocumentFile | None = None) -> QtDocument:
        """Show a recovered or imported map, associated with ``path`` (if any) and marked unsaved."""
        qdoc = self._show(amap, path, storage)
        qdoc.undo_stack.resetClean()
        self.opened.emit(qdoc.path)
        return qdoc

    def file_document(self, qdoc: QtDocument | None = None) -> QtDocument:
        """The document whose file holds ``qdoc``: a scenario tab's work is saved with its base map."""
        qdoc = qdoc or self.qdoc
        if self.workspace.role(qdoc) == "scenario":
            return self.workspace.base_of(qdoc) or qdoc
        return qdoc

    def save(self, qdoc: QtDocument | None = None) -> bool:
        qdoc = self.file_document(qdoc)
        if qdoc.path is None:
            return self.save_as(qdoc=qdoc)
        return self.write(qdoc.path, qdoc)

    def save_as(self, qdoc: QtDocument | None = None, must_differ: bool = False) -> bool:
        qdoc = self.file_document(qdoc)
        suggested = qdoc.path or os.path.join(self.settings.last_dir(), self._suggested_name(qdoc))
        path = dialogs.save_file_name(self.widget, suggested)
        if not path:
            return False
        if must_differ and qdoc.path == os.path.abspath(path):
            dialogs.show_error(self.widget, translate("FileOps", "Save failed"), translate(
                "FileOps", "{file} changed on disk: choose another name to keep both versions.").format(
                file=quote_path(path)))
            return False
        return self.write(path, qdoc)

    def _suggested_name(self, qdoc: QtDocument) -> str:
        title = qdoc.doc.meta.title.strip()
        safe = "".join(c if c.isalnum() or c in "-_ " else "_" for c in title).strip() or translate("FileOps", "map")
        return f"{safe}.actormap"

    def write(self, path: str, qdoc: QtDocument | None = None) -> bool:
        """Save to ``path`` atomically, the way the document is stored (plain or encrypted).

        On failure show why and keep the old file. If the file changed on disk since this
        document read or saved it (another window or program), the user chooses: reload,
        save under another name, overwrite, or cancel.
        """
        qdoc = qdoc or self.qdoc
        other = self.workspace.find_path(path)
        if other is not None and other is not qdoc:
            dialogs.show_error(self.widget, translate("FileOps", "Save failed"), translate(
                "FileOps", "{file} is open in another tab; close it first or choose another name.").format(
                file=quote_path(path)))
            return False
        if qdoc.path is not None and os.path.abspath(path) == qdoc.path and qdoc.storage.stamp is not None:
            now = file_stamp(path)
            if now is not None and now != qdoc.storage.stamp:
                answer = dialogs.ask_changed_on_disk(self.widget, qdoc.display_name())
                if answer == "reload":
                    return self.reload(qdoc) and False
                if answer == "save_as":
                    return self.save_as(qdoc=qdoc, must_differ=True)
                if answer != "overwrite":
                    return False
        store = self.store.with_secret(qdoc.storage.secret)
        try:
            with _waiting():
                data = store.encode(qdoc.doc.snapshot(), qdoc.storage.codec, path)
            store.write_bytes(path, data)
        except MapFileError as err:
            dialogs.show_error(
                self.widget,
                translate("FileOps", "Save failed"),
                translate("FileOps", "Cannot save {file}: {problem}.\n\nThe file on disk was not changed and your map "
                                     "is still open; try Save As to choose another place.").format(
                    file=quote_path(path), problem=err.problem),
            )
            return False
        qdoc.storage.stamp = file_stamp(path)
        qdoc.undo_stack.setClean()
        if qdoc.path != os.path.abspath(path):
            self._set_path(qdoc, path)
        self.settings.add_recent(qdoc.path)
        self.settings.set_last_dir(qdoc.path)
        self.saved.emit(qdoc.path)
        self.message.emit((translate("FileOps", "Saved {name} (encrypted)") if qdoc.storage.encrypted
                           else translate("FileOps", "Saved {name}")).format(name=qdoc.display_name()))
        return True

    def reload(self, qdoc: QtDocument | None = None) -> bool:
        """Read the document's file again (its unsaved changes and undo history are dropped)."""
        qdoc = qdoc or self.qdoc
        if qdoc.path is None:
            return False
        storage = DocumentFile(passphrase=qdoc.storage.passphrase)
        try:
            data = self.store.read_bytes(qdoc.path)
            storage.stamp = file_stamp(qdoc.path)
            known = self.store.with_secret(storage.secret)
            try:
                stored = known.loads_stored(data, qdoc.path)
                storage.codec = stored.codec
                if stored.codec == "json":
                    storage.passphrase = None
            except MapFileError as err:  # newly encrypted, or the other window changed the passphrase
                if not (err.wrong_secret or err.declined):
                    raise
                stored = self.read_secret(data, qdoc.path, qdoc.display_name(), storage)
        except MapFileError as err:
            dialogs.show_error(self.widget, translate("FileOps", "Cannot reload map"), error_text(err))
            return False
        if stored is None:
            return False
        qdoc.load(stored.amap)
        qdoc.storage = storage
        self.encryptionChanged.emit(qdoc)
        self.message.emit(translate("FileOps", "Reloaded {name} from disk").format(name=qdoc.display_name()))
        return True

    # ---- encryption (no undo entry: the document just needs a save) ------------------------
    def encrypt(self, qdoc: QtDocument | None = None) -> bool:
        """Encrypt the document with a new passphrase (File ▸ Encrypt… / Change passphrase…)."""
        qdoc = qdoc or self.qdoc
        passphrase = dialogs.ask_new_passphrase(self.widget, qdoc.display_name())
        if not passphrase:
            return False
        changed = qdoc.storage.encrypted
        qdoc.storage.encrypt(passphrase)
        qdoc.undo_stack.resetClean()
        self.message.emit((translate("FileOps", "{name}: new passphrase set; save to write it so.") if changed
                           else translate("FileOps", "{name}: encrypted; save to write it so.")).format(
            name=qdoc.display_name()))
        self.encryptionChanged.emit(qdoc)
        return True

    def remove_encryption(self, qdoc: QtDocument | None = None) -> bool:
        """Store the document as a plain map from its next save on (asks first)."""
        qdoc = qdoc or self.qdoc
        if not qdoc.storage.encrypted:
            return False
        if not dialogs.confirm(self.widget, translate("FileOps", "Remove encryption"), translate(
                "FileOps", "Save “{name}” without encryption from now on? Anyone who gets the file can then read it."
        ).format(name=qdoc.display_name()), translate("FileOps", "Remove encryption")):
            return False
        qdoc.storage.decrypt()
        qdoc.undo_stack.resetClean()
        self.message.emit(translate("FileOps", "{name} will be saved without encryption.").format(
            name=qdoc.display_name()))
        self.encryptionChanged.emit(qdoc)
        return True

    def remove_stray_temps(self) -> int:
        """Remove temp files interrupted saves left beside the recently used maps (done at start)."""
        return sum(self.store.remove_stray_temps(p) for p in self.settings.recent_files())

    # ---- other formats (via actormap.core.io.convert) ------------------------------------
    def import_map(self) -> bool:
        """Ask for a file of another tool and read it as a new, unsaved map."""
        path = dialogs.import_file_name(self.widget, self.settings.last_dir())
        if not path:
            return False
        return self.import_path(path)

    def import_path(self, path: str) -> bool:
        """Read GraphML, GEXF, Excel or CSV as a new untitled map, asking how to read unknown kinds."""
        from .imports import import_file

        result = import_file(self.widget, path, self.store)
        if result is None:
            return False
        self.adopt(result.map, None)
        self.settings.set_last_dir(path)
        said = "; ".join(result.report.lines())
        name = one_line(os.path.basename(path)) + (f" ({said})" if said else "")
        self.message.emit(translate("FileOps", "Imported {name}; save it as a map file to keep it.").format(name=name))
        return True

    def export_data(self) -> bool:
        """Write the map as GraphML, GEXF, Excel or CSV tables (the extension chooses)."""
        from ..core.io.convert import left_out, write_any

        path = dialogs.export_file_name(self.widget, self.settings.last_dir())
        if not path:
            return False
        from ..core.export_notes import left_out as not_shown

        amap = self.qdoc.doc.snapshot()
        try:
            written = write_any(amap, path, self.store)
        except MapFileError as err:
            dialogs.show_error(self.widget, translate("FileOps", "Export failed"), error_text(err))
            return False
        gone = left_out(amap, path)
        note = not_shown(amap, path)
        text = translate("FileOps", "Exported {files}").format(
            files=", ".join(one_line(os.path.basename(str(p))) for p in written))
        if gone:
            text += translate("FileOps", "; the format cannot hold {what}").format(what="; ".join(gone))
        if self.qdoc.storage.encrypted:
            text += " " + translate("FileOps", "(not encrypted)")
        self.message.emit(text + (f". {note}" if note else ""))
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
        menu.addAction(translate("FileOps", "Clear list"), settings.clear_recent)
    else:
        menu.addAction(translate("FileOps", "(no recent files)")).setEnabled(False)
