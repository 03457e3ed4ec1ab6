"""Following the current document: every panel, dock and the canvas take ``set_document``.

A :class:`DocumentBinding` connects one slot to the ``changed(changeset)`` signal of
whichever :class:`~.undo.QtDocument` is current, and calls a refresh when the document
is swapped (another tab, a file opened). Widgets never capture a document for life
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
