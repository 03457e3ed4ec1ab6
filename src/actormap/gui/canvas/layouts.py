"""Apply the automatic layouts of :mod:`actormap.core.layout` as ONE undoable edit each.

Small maps are laid out at once. On large maps (more than ``BACKGROUND_ABOVE`` actors) the
pure layout function runs on a snapshot through the GUI's one background mechanism
(:class:`~actormap.gui.tasks.TaskRunner`, thread mode) and the result comes back by a queued
signal: the window never freezes, and a result for a map that changed meanwhile (or for
another document than the one now shown) is dropped with a message.

After a layout the view fits the new map; undoing it brings back the positions *and* the
camera the map had before (redo: the fitted camera again). The layout by faction also
shows the faction areas (soft hulls behind each faction, :mod:`.faction_areas`).
"""

from __future__ import annotations

from ...core.edits import MoveActors
from ...core.layout import faction_layout, force_layout
from ..tasks import TaskRunner
from ..wording import plural

BACKGROUND_ABOVE = 300


def _apply(view, positions: dict, label: str) -> bool:
    from ..saved_views import current_camera

    doc = view.map_scene.doc
    moved = {a: p for a, p in positions.items()
             if a in doc.actors and (doc.actor(a).x, doc.actor(a).y) != p}
    if not moved:
        view.message.emit(f"{label}: nothing to move (all actors pinned?)")
        return False
    before = current_camera(view)
    if view.push(MoveActors(moved, label=label)):
        if label == FACTION_LABEL:
            view.set_faction_areas(True)
        view.fit_to_map()
        command = view.qdoc.last_command
        if command is not None:
            command.cameras = (before, None)  # undo puts the camera back too; redo fits again
        return True
    return False


class LayoutTask:
    """The background layout of one view: at most one at a time."""

    def __init__(self, view):
        self.view = view
        self.runner = TaskRunner(mode="thread", parent=view)
        self.runner.resultReady.connect(self._done)
        self.runner.failed.connect(lambda err: self._end(f"{self.label} failed: {err}"))
        self.label = ""
        self._context: tuple | None = None

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def start(self, fn, snap, label: str) -> None:
        self.label = label
        self._context = (self.view.qdoc, self.view.map_scene.doc.revision)
        self.view.message.emit(f"{label}: computing for {plural(len(snap.actors), 'actor')}…")
        self.runner.submit(snap, func=fn)

    def _done(self, positions) -> None:
        qdoc, revision = self._context
        self._context = None
        if self.view.qdoc is not qdoc or qdoc.doc.revision != revision:
            self.view.message.emit(f"{self.label}: the map changed while computing; run it again")
            return
        _apply(self.view, positions, self.label)
        self.view.message.emit(f"{self.label}: done")

    def _end(self, text: str) -> None:
        self._context = None
        self.view.message.emit(text)


def _run(view, fn, label: str) -> bool:
    snap = view.map_scene.doc.snapshot()
    if len(snap.actors) <= BACKGROUND_ABOVE:
        return _apply(view, fn(snap), label)
    task = getattr(view, "_layout_task", None)
    if task is None:
        task = view._layout_task = LayoutTask(view)
    if task.busy:
        view.message.emit(f"{label}: a layout is already being computed")
        return False
    task.start(fn, snap, label)
    return True


def _force(snap, seed: int = 1):
    return force_layout(snap, seed=seed)


def apply_force_layout(view, seed: int = 1) -> bool:
    return _run(view, lambda snap: _force(snap, seed), "Force layout")


FACTION_LABEL = "Layout by faction"


def apply_faction_layout(view) -> bool:
    return _run(view, faction_layout, FACTION_LABEL)
