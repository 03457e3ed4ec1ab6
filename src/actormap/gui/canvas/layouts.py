"""Apply the automatic layouts of :mod:`actormap.core.layout` as ONE undoable edit each."""

from __future__ import annotations

from ...core.edits import MoveActors
from ...core.layout import faction_layout, force_layout


def _apply(view, positions: dict, label: str) -> bool:
    doc = view.map_scene.doc
    moved = {a: p for a, p in positions.items()
             if a in doc.actors and (doc.actor(a).x, doc.actor(a).y) != p}
    if not moved:
        view.message.emit(f"{label}: nothing to move (all actors pinned?)")
        return False
    if view.push(MoveActors(moved, label=label)):
        view.fit_to_map()
        return True
    return False


def apply_force_layout(view, seed: int = 1) -> bool:
    return _apply(view, force_layout(view.map_scene.doc.snapshot(), seed=seed), "Force layout")


def apply_faction_layout(view) -> bool:
    return _apply(view, faction_layout(view.map_scene.doc.snapshot()), "Layout by faction")
