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
from ..i18n import COUNT, translate
from ..tasks import TaskRunner

BACKGROUND_ABOVE = 300
FORCE, FACTION = "force", "faction"


def layout_name(which: str) -> str:
    """What a layout is called (undo entry, messages): ``"force"`` or ``"faction"``."""
    if which == FACTION:
        return translate("Layouts", "Layout by faction")
    return translate("Layouts", "Force layout")


def _apply(view, positions: dict, which: str) -> bool:
    from ..saved_views import current_camera

    doc = view.map_scene.doc
    label = layout_name(which)
    moved = {a: p for a, p in positions.items()
             if a in doc.actors and (doc.actor(a).x, doc.actor(a).y) != p}
    if not moved:
        view.message.emit(translate("Layouts", "{layout}: nothing to move (all actors pinned?)").format(layout=label))
        return False
    before = current_camera(view)
    if view.push(MoveActors(moved, label=label)):
        if which == FACTION:
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
        self.runner.failed.connect(lambda err: self._end(
            translate("Layouts", "{layout} failed: {error}").format(layout=layout_name(self.which), error=err)))
        self.which = ""
        self._context: tuple | None = None

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def start(self, fn, snap, which: str) -> None:
        self.which = which
        self._context = (self.view.qdoc, self.view.map_scene.doc.revision)
        n = len(snap.actors)
        self.view.message.emit(translate("Layouts", "{layout}: computing for %n actor(s)…", "", COUNT, n).format(
            layout=layout_name(which)))
        self.runner.submit(snap, func=fn)

    def _done(self, positions) -> None:
        qdoc, revision = self._context
        self._context = None
        label = layout_name(self.which)
        if self.view.qdoc is not qdoc or qdoc.doc.revision != revision:
            self.view.message.emit(translate("Layouts", "{layout}: the map changed while computing; run it again")
                                   .format(layout=label))
            return
        _apply(self.view, positions, self.which)
        self.view.message.emit(translate("Layouts", "{layout}: done").format(layout=label))

    def _end(self, text: str) -> None:
        self._context = None
        self.view.message.emit(text)


def _run(view, fn, which: str) -> bool:
    snap = view.map_scene.doc.snapshot()
    if len(snap.actors) <= BACKGROUND_ABOVE:
        return _apply(view, fn(snap), which)
    task = getattr(view, "_layout_task", None)
    if task is None:
        task = view._layout_task = LayoutTask(view)
    if task.busy:
        view.message.emit(translate("Layouts", "{layout}: a layout is already being computed").format(
            layout=layout_name(which)))
        return False
    task.start(fn, snap, which)
    return True


def _force(snap, seed: int = 1):
    return force_layout(snap, seed=seed)


def apply_force_layout(view, seed: int = 1) -> bool:
    return _run(view, lambda snap: _force(snap, seed), FORCE)


def apply_faction_layout(view) -> bool:
    return _run(view, faction_layout, FACTION)
