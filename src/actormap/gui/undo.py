"""One ``QUndoCommand`` that wraps a core edit; ``QtDocument`` mirrors a MapDocument.

The GUI never changes a map itself: it builds a core :class:`~actormap.core.edits.Edit`
and calls :meth:`QtDocument.push`. The edit is applied once *before* it enters the
undo stack, so an invalid edit raises :class:`EditError` and leaves the stack alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.document import Change, MapDocument
from ..core.edits import Edit
from ..core.errors import EditError
from ..core.model import ActorMap
from . import pyside_fix  # noqa: F401  (PySide6 6.12.0 refcount bug on Python 3.11; see module)


class EditCommand(QUndoCommand):
    def __init__(self, doc: MapDocument, edit: Edit):
        super().__init__(edit.label)
        self.doc = doc
        self.edit = edit
        self._first = True

    def redo(self) -> None:
        if self._first:  # already applied by QtDocument.push
            self._first = False
            return
        self.edit.apply(self.doc)

    def undo(self) -> None:
        self.edit.revert(self.doc)


class QtDocument(QObject):
    """The open map as seen by Qt: the core document, its undo stack, and signals.

    Signals carry ids; read the objects from ``self.doc``.
    """

    actorAdded = Signal(str)
    actorRemoved = Signal(str)
    actorChanged = Signal(str)
    tieAdded = Signal(str)
    tieRemoved = Signal(str)
    tieChanged = Signal(str)
    metaChanged = Signal()
    viewsChanged = Signal()
    reset = Signal()
    changed = Signal()  # after any change (coalesce-friendly)

    def __init__(self, amap: ActorMap | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.doc = MapDocument(amap)
        self.undo_stack = QUndoStack(self)
        self.doc.subscribe(self._relay)

    def _relay(self, ch: Change) -> None:
        item = ch.new if ch.new is not None else ch.old
        sig = {
            "actor_added": self.actorAdded,
            "actor_removed": self.actorRemoved,
            "actor_changed": self.actorChanged,
            "tie_added": self.tieAdded,
            "tie_removed": self.tieRemoved,
            "tie_changed": self.tieChanged,
        }.get(ch.what)
        if sig is not None:
            sig.emit(item.id)
        elif ch.what == "meta_changed":
            self.metaChanged.emit()
        elif ch.what == "views_changed":
            self.viewsChanged.emit()
        elif ch.what == "reset":
            self.reset.emit()
        self.changed.emit()

    def push(self, edit: Edit) -> None:
        """Apply ``edit`` and record it for undo. Raises ``EditError`` if invalid."""
        edit.apply(self.doc)
        self.undo_stack.push(EditCommand(self.doc, edit))

    def try_push(self, edit: Edit, report: Callable[[str], object]) -> bool:
        """Push ``edit``; if it is invalid, pass its message to ``report`` and return False."""
        try:
            self.push(edit)
        except EditError as err:
            report(f"{edit.label}: {err}")
            return False
        return True

    def load(self, amap: ActorMap) -> None:
        """Replace the whole map (a file was opened); clears undo history."""
        self.undo_stack.clear()
        self.doc.reset(amap)
        self.undo_stack.setClean()
