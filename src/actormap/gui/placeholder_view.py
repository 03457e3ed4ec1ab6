"""A stand-in for the map canvas, used only if ``actormap.gui.canvas.view`` cannot be imported.

It offers the canvas API the window calls (signals and methods) with plain behaviour,
so the window, panels and files work and are testable on their own.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from .undo import QtDocument


class PlaceholderView(QGraphicsView):
    selectionChangedIds = Signal(list, list)
    message = Signal(str)

    def __init__(self, qdoc: QtDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.qdoc = qdoc
        self.setScene(QGraphicsScene(self))
        self._selected: tuple[list, list] = ([], [])

    def select_ids(self, actor_ids, tie_ids) -> None:
        self._selected = (list(actor_ids), list(tie_ids))
        self.selectionChangedIds.emit(*self._selected)

    def selected_ids(self) -> tuple[list, list]:
        return self._selected

    def find_actors(self, text: str) -> list[str]:
        text = text.strip().lower()
        return [a.id for a in self.qdoc.doc.actors.values() if text and text in a.name.lower()]

    def __getattr__(self, name: str):  # zoom_in, fit_to_map, ... do nothing here
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *args, **kwargs: None
