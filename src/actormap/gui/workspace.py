"""The documents of one window, as Qt sees them: a core workspace of QtDocuments.

:class:`QtWorkspace` wraps :class:`actormap.core.workspace.Workspace`: each document
is a :class:`~.undo.QtDocument` (own undo stack, own file path); a ``QUndoGroup``
makes the Undo/Redo actions follow the active document. The main window shows the
documents as tabs above the canvas and calls ``set_document`` on every panel when
the active one changes.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup

from ..core.model import ActorMap
from ..core.workspace import Workspace
from .undo import QtDocument


class QtWorkspace(QObject):
    activeChanged = Signal(object)  # QtDocument
    documentsChanged = Signal()  # added, removed, renamed or (un)modified

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.core = Workspace()
        self.undo_group = QUndoGroup(self)
        self._qdocs: dict[int, QtDocument] = {}

    # ---- reading -----------------------------------------------------------------------
    @property
    def documents(self) -> list[QtDocument]:
        """The open documents, in tab order (none once the window is being destroyed)."""
        return [q for q in (self._qdocs[id(d)] for d in self.core.documents) if shiboken6.isValid(q.undo_stack)]

    @property
    def active(self) -> QtDocument | None:
        doc = self.core.active
        return self._qdocs[id(doc)] if doc is not None else None

    def find_path(self, path: str) -> QtDocument | None:
        import os

        path = os.path.abspath(path)
        return next((q for q in self.documents if q.path == path), None)

    def role(self, qdoc: QtDocument) -> str:
        return self.core.entry(qdoc.doc).role

    def base_of(self, qdoc: QtDocument) -> QtDocument | None:
        base = self.core.entry(qdoc.doc).base
        return self._qdocs[id(base)] if base is not None else None

    # ---- changing ----------------------------------------------------------------------
    def new_document(self, amap: ActorMap | None = None, path: str | None = None, *, role: str = "map",
                     base: QtDocument | None = None, activate: bool = True) -> QtDocument:
        qdoc = QtDocument(amap, parent=self, path=path, kind=role)
        self.add(qdoc, role=role, base=base, activate=activate)
        return qdoc

    def add(self, qdoc: QtDocument, *, role: str = "map", base: QtDocument | None = None,
            activate: bool = True) -> None:
        self._qdocs[id(qdoc.doc)] = qdoc
        self.undo_group.addStack(qdoc.undo_stack)
        qdoc.undo_stack.cleanChanged.connect(self.documentsChanged)
        qdoc.pathChanged.connect(self.documentsChanged)
        qdoc.changed.connect(lambda cs: self.documentsChanged.emit() if cs.meta else None)  # titles
        self.core.add(qdoc.doc, role=role, base=base.doc if base is not None else None, activate=False)
        self.documentsChanged.emit()
        if activate or self.active is qdoc:
            self.activate(qdoc)

    def activate(self, qdoc: QtDocument) -> None:
        before = self.core.active
        self.core.activate(qdoc.doc)
        self.undo_group.setActiveStack(qdoc.undo_stack)
        if qdoc.doc is not before:
            self.activeChanged.emit(qdoc)
            self.documentsChanged.emit()

    def remove(self, qdoc: QtDocument) -> list[QtDocument]:
        """Close ``qdoc`` (and what derives from it); the next document becomes active."""
        before = self.core.active
        closed_docs = self.core.remove(qdoc.doc)
        closed = [self._qdocs.pop(id(d)) for d in closed_docs]
        for q in closed:
            self.undo_group.removeStack(q.undo_stack)
        active = self.active
        if active is not None and active.doc is not before:
            self.undo_group.setActiveStack(active.undo_stack)
            self.activeChanged.emit(active)
        self.documentsChanged.emit()
        for q in closed:
            q.deleteLater()
        return closed
