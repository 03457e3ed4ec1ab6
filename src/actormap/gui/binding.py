"""Following the current document: every panel, dock and the canvas take ``set_document``.

A :class:`DocumentBinding` connects one slot to the ``changed(changeset)`` signal of
whichever :class:`~.undo.QtDocument` is current, and calls a refresh when the document
is swapped (another tab, a file opened). :class:`FollowsDocument` gives the widget (or
model, or scene) holding it as ``self.binding`` its ``qdoc`` and ``set_document``. Widgets never capture a document for life
(Spyder's rule: they take what they need, so each can be built and tested alone).
"""

from __future__ import annotations

from collections.abc import Callable

from ..core.changeset import Changeset
from .undo import QtDocument


class DocumentBinding:
    """Connects ``on_change`` to the current document; ``on_swap`` runs after each swap."""

    def __init__(self, on_change: Callable[[Changeset], object],
                 on_swap: Callable[[], object] | None = None) -> None:
        self._on_change = on_change
        self._on_swap = on_swap
        self.qdoc: QtDocument | None = None

    def set_document(self, qdoc: QtDocument | None) -> None:
        if qdoc is self.qdoc:
            return
        if self.qdoc is not None:
            try:
                self.qdoc.changed.disconnect(self._on_change)
            except (RuntimeError, TypeError):  # already gone with its document
                pass
        self.qdoc = qdoc
        if qdoc is not None:
            qdoc.changed.connect(self._on_change)
        if self._on_swap is not None:
            self._on_swap()


class FollowsDocument:
    """Mixin: ``qdoc`` and ``set_document`` of an object that keeps its binding in ``self.binding``.

    List it before the Qt base (``class Panel(FollowsDocument, QWidget)``); a subclass that
    binds another document (a scenario tab's base map) overrides ``set_document``.
    """

    binding: DocumentBinding

    @property
    def qdoc(self) -> QtDocument:
        """The document shown now."""
        return self.binding.qdoc

    def set_document(self, qdoc: QtDocument) -> None:
        self.binding.set_document(qdoc)

    def set_document_or_new(self, qdoc: QtDocument | None) -> None:
        """``set_document(qdoc)``; with None, an empty document of its own (a panel built alone)."""
        self.set_document(qdoc if qdoc is not None else QtDocument(parent=self))
