"""One ``QUndoCommand`` per edit; ``QtDocument`` is a core document as Qt sees it.

The GUI never changes a map itself: it builds a core :class:`~actormap.core.edits.Edit`
and calls :meth:`QtDocument.push`. The edit runs once, in one transaction, *before*
it enters the undo stack, so an invalid edit raises :class:`EditError` and leaves the
stack alone; the command keeps the edit's :class:`~actormap.core.changeset.Changeset`
and undo/redo apply its inverse / itself. Listeners get one ``changed(changeset)``
signal per edit, undo and redo.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.changeset import Changeset
from ..core.diff import diff
from ..core.document import MapDocument
from ..core.edits import Edit
from ..core.errors import EditError
from ..core.io.errors import one_line
from ..core.model import ActorMap
from . import pyside_fix  # noqa: F401  (PySide6 6.12.0 refcount bug on Python 3.11; see module)
from .doc_file import DocumentFile
from .i18n import current_language, error_text, translate


class ChangesetCommand(QUndoCommand):
    """Undo/redo of one applied changeset."""

    def __init__(self, doc: MapDocument, changeset: Changeset, label: str):
        super().__init__(label)
        self.doc = doc
        self.changeset = changeset
        self._first = True
        self.cameras: tuple | None = None  # (before, after) for edits that move the view too (layouts)

    def redo(self) -> None:
        if self._first:  # already applied by QtDocument.push
            self._first = False
            return
        self.doc.apply(self.changeset)

    def undo(self) -> None:
        self.doc.apply(self.changeset.inverse())


class QtDocument(QObject):
    """An open map: the core document, its undo stack, its file path, and one signal.

    ``changed`` carries the :class:`Changeset` of each edit, undo or redo (read
    the current objects from ``self.doc``). ``path`` is the file it was read
    from or saved to (``None`` for a new map); ``kind`` says what sort of
    document it is ("map", or e.g. "scenario" for documents derived from a map).
    """

    changed = Signal(object)  # Changeset
    pathChanged = Signal(object)  # str | None

    def __init__(self, amap: ActorMap | None = None, parent: QObject | None = None,
                 path: str | None = None, kind: str = "map"):
        super().__init__(parent)
        self.doc = MapDocument(amap)
        self.undo_stack = QUndoStack(self)
        self.path: str | None = os.path.abspath(path) if path else None
        self.kind = kind
        self.storage = DocumentFile()  # codec, in-memory passphrase, file stamp (see .doc_file)
        self.doc.subscribe(self.changed.emit)
        self.last_command: ChangesetCommand | None = None  # the command of the last push (or None)

    # ---- identity ------------------------------------------------------------
    def set_path(self, path: str | None) -> None:
        self.path = os.path.abspath(path) if path else None
        self.pathChanged.emit(self.path)

    def display_name(self) -> str:
        return one_line(os.path.basename(self.path)) if self.path else translate("Document", "Untitled")

    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def is_pristine(self) -> bool:
        """A new, empty, unchanged map (replaced when a file is opened)."""
        return (self.path is None and self.undo_stack.count() == 0 and not self.doc.actors
                and not self.doc.ties and self.kind == "map")

    # ---- editing -------------------------------------------------------------
    def push(self, edit: Edit) -> Changeset:
        """Apply ``edit`` and record it for undo. Raises ``EditError`` if invalid.

        An edit that changes nothing leaves no undo entry.
        """
        cs = edit.apply(self.doc)
        self.last_command = None
        if cs:
            self.last_command = ChangesetCommand(self.doc, cs, edit.describe(current_language()))
            self.undo_stack.push(self.last_command)
        return cs

    def try_push(self, edit: Edit, report: Callable[[str], object]) -> bool:
        """Push ``edit``; if it is invalid, pass its message to ``report`` and return False."""
        try:
            self.push(edit)
        except EditError as err:
            from .wording import plain_message

            report(f"{edit.describe(current_language())}: {plain_message(error_text(err), self.doc)}")
            return False
        return True

    def load(self, amap: ActorMap) -> None:
        """Replace the whole map (e.g. reloaded from disk) as one changeset; clears undo history."""
        self.undo_stack.clear()
        self.doc.apply(diff(self.doc.snapshot(), amap, "Reload"))
        self.undo_stack.setClean()
