"""Apply the automatic layouts of :mod:`actormap.core.layout` as ONE undoable edit each.

Small maps are laid out at once. On large maps (more than ``BACKGROUND_ABOVE`` actors) the
pure layout function runs on a snapshot in a worker thread and the result comes back by a
queued signal (the pattern of Orange's ``concurrent`` helpers and Anki's ``CollectionOp``):
the window never freezes, and a result for a map that changed meanwhile is dropped.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from ...core.edits import MoveActors
from ...core.layout import faction_layout, force_layout

BACKGROUND_ABOVE = 300


class _Relay(QObject):
    done = Signal(object, int, str)  # positions (or an Exception), revision, label


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


def _run(view, fn, label: str) -> bool:
    doc = view.map_scene.doc
    snap = doc.snapshot()
    if len(snap.actors) <= BACKGROUND_ABOVE:
        return _apply(view, fn(snap), label)
    if getattr(view, "_layout_busy", False):
        view.message.emit(f"{label}: a layout is already being computed")
        return False
    relay = _Relay(view)
    rev = doc.revision

    def finished(result, revision, lbl):
        view._layout_busy = False
        relay.deleteLater()
        if isinstance(result, Exception):
            view.message.emit(f"{lbl} failed: {result}")
        elif revision != view.map_scene.doc.revision:
            view.message.emit(f"{lbl}: the map changed while computing; run it again")
        else:
            _apply(view, result, lbl)
            view.message.emit(f"{lbl}: done")

    relay.done.connect(finished)

    def work():
        try:
            result = fn(snap)
        except Exception as err:  # reported in the status bar, never a crash
            result = err
        relay.done.emit(result, rev, label)

    view._layout_busy = True
    view.message.emit(f"{label}: computing for {len(snap.actors)} actors…")
    threading.Thread(target=work, name="actormap-layout", daemon=True).start()
    return True


def apply_force_layout(view, seed: int = 1) -> bool:
    def fn(snap):
        return force_layout(snap, seed=seed, iterations=80 if len(snap.actors) < 500 else 30)

    return _run(view, fn, "Force layout")


def apply_faction_layout(view) -> bool:
    return _run(view, faction_layout, "Layout by faction")
