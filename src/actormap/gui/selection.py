"""The current selection (actor ids, tie ids), shared by the canvas and every panel.

Each view calls :meth:`Selection.set` with itself as ``origin`` and listens to
``changed``; setting an equal selection is a no-op, so views that echo a
programmatic selection back cannot start a loop.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    changed = Signal(list, list, object)  # actor ids, tie ids, origin

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.actor_ids: list[str] = []
        self.tie_ids: list[str] = []

    def set(self, actor_ids, tie_ids, origin: object = None) -> None:
        actors, ties = list(dict.fromkeys(actor_ids)), list(dict.fromkeys(tie_ids))
        if set(actors) == set(self.actor_ids) and set(ties) == set(self.tie_ids):
            return
        self.actor_ids, self.tie_ids = actors, ties
        self.changed.emit(actors, ties, origin)

    def resync(self) -> None:
        """Tell every view the current selection again (after items were removed and re-added)."""
        self.changed.emit(list(self.actor_ids), list(self.tie_ids), None)

    def prune(self, actors: dict, ties: dict) -> None:
        """Drop ids that no longer exist (after a delete, an undo or a reload)."""
        self.set([a for a in self.actor_ids if a in actors], [t for t in self.tie_ids if t in ties], None)
