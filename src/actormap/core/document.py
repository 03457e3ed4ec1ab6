"""A mutable, observable working copy of a map.

The document keeps actors and ties in dicts keyed by id, plus an index of the
ties at each actor. Only edit objects (:mod:`.edits`) call its ``_``-prefixed
mutators; views subscribe to :class:`Change` notifications (a plain-Python
observer, so the GUI can mirror the document without the core knowing Qt).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .model import Actor, ActorMap, MapMeta, SavedView, Tie


@dataclass(frozen=True)
class Change:
    """One primitive change: ``what`` is e.g. ``"actor_added"``; old/new objects."""

    what: str
    old: Any = None
    new: Any = None


Listener = Callable[[Change], None]


class MapDocument:
    """The map being edited. Read freely; change only through edits."""

    def __init__(self, amap: ActorMap | None = None) -> None:
        self._listeners: list[Listener] = []
        self.revision = 0
        self._load(amap or ActorMap())

    # ---- reading -----------------------------------------------------------
    @property
    def meta(self) -> MapMeta:
        return self._meta

    @property
    def actors(self) -> dict[str, Actor]:
        return self._actors

    @property
    def ties(self) -> dict[str, Tie]:
        return self._ties

    @property
    def views(self) -> list[SavedView]:
        """Saved views in presentation order (read-only: do not mutate)."""
        return self._views

    def view_index(self, view_id: str) -> int:
        for i, v in enumerate(self._views):
            if v.id == view_id:
                return i
        raise KeyError(view_id)

    def actor(self, actor_id: str) -> Actor:
        return self._actors[actor_id]

    def tie(self, tie_id: str) -> Tie:
        return self._ties[tie_id]

    def ties_of(self, actor_id: str) -> list[Tie]:
        """Ties with ``actor_id`` at either end, in a stable order."""
        return [self._ties[t] for t in sorted(self._incident.get(actor_id, ()))]

    def snapshot(self) -> ActorMap:
        """An immutable :class:`ActorMap` of the current state (lists sorted by id)."""
        return ActorMap.model_construct(
            **dict(self._meta),
            actors=[self._actors[k] for k in sorted(self._actors)],
            ties=[self._ties[k] for k in sorted(self._ties)],
            views=list(self._views),
        )

    # ---- observing ---------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, change: Change) -> None:
        self.revision += 1
        for fn in list(self._listeners):
            fn(change)

    # ---- whole-document ----------------------------------------------------
    def _load(self, amap: ActorMap) -> None:
        self._meta = amap.meta
        self._actors = {a.id: a for a in amap.actors}
        self._ties = {}
        self._views: list[SavedView] = list(amap.views)
        self._incident: dict[str, set[str]] = {a: set() for a in self._actors}
        for t in amap.ties:
            self._ties[t.id] = t
            self._incident[t.source].add(t.id)
            self._incident[t.target].add(t.id)

    def reset(self, amap: ActorMap) -> None:
        """Replace everything (used when a file is opened), emitting ``reset``."""
        self._load(amap)
        self._emit(Change("reset", None, amap))

    # ---- primitive mutators (edits only) -----------------------------------
    def _add_actor(self, actor: Actor) -> None:
        if actor.id in self._actors or actor.id in self._ties:
            raise KeyError(f"id {actor.id} already in use")
        self._actors[actor.id] = actor
        self._incident[actor.id] = set()
        self._emit(Change("actor_added", None, actor))

    def _remove_actor(self, actor_id: str) -> Actor:
        if self._incident.get(actor_id):
            raise ValueError(f"actor {actor_id} still has ties")
        actor = self._actors.pop(actor_id)
        del self._incident[actor_id]
        self._emit(Change("actor_removed", actor, None))
        return actor

    def _replace_actor(self, actor: Actor) -> Actor:
        old = self._actors[actor.id]
        self._actors[actor.id] = actor
        self._emit(Change("actor_changed", old, actor))
        return old

    def _replace_actors(self, actors: Iterable[Actor]) -> None:
        for a in actors:
            self._replace_actor(a)

    def _add_tie(self, tie: Tie) -> None:
        if tie.id in self._ties or tie.id in self._actors:
            raise KeyError(f"id {tie.id} already in use")
        for end in (tie.source, tie.target):
            if end not in self._actors:
                raise KeyError(f"tie {tie.id} points at a missing actor {end}")
        self._ties[tie.id] = tie
        self._incident[tie.source].add(tie.id)
        self._incident[tie.target].add(tie.id)
        self._emit(Change("tie_added", None, tie))

    def _remove_tie(self, tie_id: str) -> Tie:
        tie = self._ties.pop(tie_id)
        self._incident[tie.source].discard(tie_id)
        self._incident[tie.target].discard(tie_id)
        self._emit(Change("tie_removed", tie, None))
        return tie

    def _replace_tie(self, tie: Tie) -> Tie:
        old = self._ties[tie.id]
        if (old.source, old.target) != (tie.source, tie.target):
            self._remove_tie(old.id)
            self._add_tie(tie)
            return old
        self._ties[tie.id] = tie
        self._emit(Change("tie_changed", old, tie))
        return old

    def _set_meta(self, meta: MapMeta) -> MapMeta:
        old = self._meta
        self._meta = meta
        self._emit(Change("meta_changed", old, meta))
        return old

    def _insert_view(self, index: int, view: SavedView) -> None:
        if any(v.id == view.id for v in self._views):
            raise KeyError(f"view id {view.id} already in use")
        self._views.insert(index, view)
        self._emit(Change("views_changed", None, view))

    def _remove_view(self, view_id: str) -> tuple[int, SavedView]:
        i = self.view_index(view_id)
        view = self._views.pop(i)
        self._emit(Change("views_changed", view, None))
        return i, view

    def _replace_view(self, view: SavedView) -> SavedView:
        i = self.view_index(view.id)
        old, self._views[i] = self._views[i], view
        self._emit(Change("views_changed", old, view))
        return old
