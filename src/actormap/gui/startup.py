"""Opening the map given on the command line without keeping the window black.

The window is shown and painted first; a plain (unencrypted) map file is then read and
decoded on a worker thread (the GUI's one background mechanism, :class:`TaskRunner`)
while the canvas says what is being opened and the status bar shows a busy bar. The
map is shown when it is ready. Encrypted maps (a passphrase is asked) and files of other
tools (an import) are opened the ordinary way, once the window is on screen.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar

from ..core.io import MapFileError, MapStore
from ..core.io.errors import one_line
from . import dialogs
from .doc_file import DocumentFile, file_stamp
from .i18n import translate
from .tasks import TaskRunner


def read_map_file(path: str):
    """Bytes of ``path`` decoded (worker thread): ``(StoredMap, stamp)``; raises MapFileError."""
    store = MapStore()
    data = store.read_bytes(path)
    return store.loads_stored(data, path), file_stamp(path)


class OpeningNotice(QLabel):
    """"Opening <file>…" in the middle of the canvas while a map is read."""

    def __init__(self, view):
        super().__init__(view.viewport())
        self.setObjectName("openingNotice")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QLabel#openingNotice { background: rgba(255,255,255,230); color: #111; "
                           "border: 1px solid #888; border-radius: 6px; padding: 12px 18px; font-size: 15px; }")
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.adjustSize()
        vp = self.parentWidget().rect()
        self.move((vp.width() - self.width()) // 2, (vp.height() - self.height()) // 2)
        self.show()
        self.raise_()


class StartupLoad(QObject):
    """Reads one map file in the background for ``window`` and shows it when read."""

    finished = Signal(bool)  # True if the map is shown

    def __init__(self, window, path: str):
        super().__init__(window)
        self.window = window
        self.path = os.path.abspath(path)
        self.runner = TaskRunner(read_map_file, mode="thread", parent=self)
        self.runner.resultReady.connect(self._read)
        self.runner.failed.connect(self._failed)
        self.notice = OpeningNotice(window.canvas)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: no known end
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.busy = False

    def start(self) -> None:
        from .imports import is_foreign

        store = MapStore()
        plain = False
        try:
            with open(self.path, "rb") as fh:
                head = fh.read(64)
            plain = not is_foreign(self.path) and store.codec_of(head).name == "json"
        except (OSError, MapFileError):
            plain = False  # the ordinary path reports what is wrong
        if not plain or self.window.workspace.find_path(self.path) is not None:
            QTimer.singleShot(0, self._ordinary)
            return
        size = os.path.getsize(self.path)
        name = one_line(os.path.basename(self.path))
        self.notice.show_text(
            translate("Startup", "Opening {name} ({size} MB)…").format(name=name, size=f"{size / 1e6:.1f}")
            if size > 1e6 else translate("Startup", "Opening {name}…").format(name=name))
        self.window.statusBar().addPermanentWidget(self.bar)
        self.bar.show()
        self.busy = True
        self.runner.submit(self.path)

    def _ordinary(self) -> None:
        ok = self.window.files.load_path(self.path)
        self.finished.emit(bool(ok))

    def _done(self) -> None:
        self.busy = False
        self.notice.hide()
        self.notice.deleteLater()
        self.window.statusBar().removeWidget(self.bar)
        self.bar.deleteLater()

    def _read(self, result) -> None:
        stored, stamp = result
        self._done()
        storage = DocumentFile()
        storage.stamp = stamp
        storage.codec = stored.codec
        ok = self.window.files.show_opened(self.path, stored, storage)
        self.finished.emit(bool(ok))

    def _failed(self, message: str) -> None:
        self._done()
        dialogs.show_error(self.window, translate("Startup", "Cannot open map"), re.sub(r"^\w+Error: ", "", message))
        self.finished.emit(False)
