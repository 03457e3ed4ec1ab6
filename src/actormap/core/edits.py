"""Edit objects: the only way to change a :class:`~.document.MapDocument`.

Each edit validates its result when built or first applied, then ``apply``
and ``revert`` are exact inverses (the Command pattern, as in glue's
``core/command.py`` and orange-canvas-core's ``document/commands.py``). The
GUI wraps each edit in one ``QUndoCommand``; a drag is one :class:`MoveActors`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from .document import MapDocument
from .errors import EditError, describe_validation_error
from .model import Actor, MapMeta, SavedView, Tie, ViewFocus, new_id


def _validated(cls, base: Any, changes: Mapping[str, Any]):
    data = base.model_dump() if base is not None else {}
    unknown = set(changes) - set(cls.model_fields)
    if unknown:
        raise EditError(f"unknown field(s): {', '.join(sorted(unknown))}")
    data.update(changes)
    try:
        return cls.model_validate(data)
    except ValidationError as err:
        raise EditError(describe_validation_error(err)) from None


def make_actor(**fields: Any) -> Actor:
    """Build a validated actor, raising :class:`EditError` with a clear message."""
    return _validated(Actor, None, fields)


def make_tie(**fields: Any) -> Tie:
    return _validated(Tie, None, fields)


class Edit(ABC):
    """A reversible change. ``label`` is shown in the undo history."""

    label: str = "Edit"

    @abstractmethod
    def apply(self, doc: MapDocument) -> None: ...

    @abstractmethod
    def revert(self, doc: MapDocument) -> None: ...


class AddItems(Edit):
    """Add actors and ties (new actor, new tie, paste, import)."""

    def __init__(self, actors: Iterable[Actor] = (), ties: Iterable[Tie] = (), label: str = ""):
        self.actors = list(actors)
        self.ties = list(ties)
        n = len(self.actors)
        self.label = label or (
            f"Add actor '{self.actors[0].name}'" if n == 1 and not self.ties
            else "Add tie" if n == 0 and len(self.ties) == 1
            else f"Add {n} actors and {len(self.ties)} ties"
        )

    def apply(self, doc: MapDocument) -> None:
        ids = [a.id for a in self.actors] + [t.id for t in self.ties]
        if len(set(ids)) != len(ids) or any(i in doc.actors or i in doc.ties for i in ids):
            raise EditError("an id of the new items is already in use")
        known = set(doc.actors) | {a.id for a in self.actors}
        for t in self.ties:
            if t.source not in known or t.target not in known:
                raise EditError(f"the tie {t.id} points at an actor that is not on the map")
        for a in self.actors:
            doc._add_actor(a)
        for t in self.ties:
            doc._add_tie(t)

    def revert(self, doc: MapDocument) -> None:
        for t in reversed(self.ties):
            doc._remove_tie(t.id)
        for a in reversed(self.actors):
            doc._remove_actor(a.id)


class RemoveItems(Edit):
    """Delete actors (with every tie at them) and ties."""

    def __init__(self, actor_ids: Iterable[str] = (), tie_ids: Iterable[str] = (), label: str = ""):
        self.actor_ids = list(dict.fromkeys(actor_ids))
        self.tie_ids = list(dict.fromkeys(tie_ids))
        self._actors: list[Actor] = []
        self._ties: list[Tie] = []
        self.label = label or self._default_label()

    def _default_label(self) -> str:
        na, nt = len(self.actor_ids), len(self.tie_ids)
        if na and nt:
            return f"Delete {na} actor{'s' * (na > 1)} and {nt} tie{'s' * (nt > 1)}"
        if na:
            return f"Delete {na} actor{'s' * (na > 1)}"
        return f"Delete {nt} tie{'s' * (nt > 1)}"

    def apply(self, doc: MapDocument) -> None:
        missing = [i for i in self.actor_ids if i not in doc.actors]
        missing += [i for i in self.tie_ids if i not in doc.ties]
        if missing:
            raise EditError(f"cannot delete: no such item {missing[0]}")
        tie_ids = dict.fromkeys(self.tie_ids)
        for a in self.actor_ids:
            tie_ids.update(dict.fromkeys(t.id for t in doc.ties_of(a)))
        self._ties = [doc._remove_tie(t) for t in tie_ids]
        self._actors = [doc._remove_actor(a) for a in self.actor_ids]
        gone = set(self.actor_ids)
        self._views = []  # saved views whose focus named a deleted actor
        for v in list(doc.views):
            if gone.intersection(v.focus.actor_ids):
                kept = [a for a in v.focus.actor_ids if a not in gone]
                focus = v.focus.model_copy(update={"actor_ids": kept})
                self._views.append(doc._replace_view(v.model_copy(update={"focus": focus})))

    def revert(self, doc: MapDocument) -> None:
        for a in self._actors:
            doc._add_actor(a)
        for t in self._ties:
            doc._add_tie(t)
        for v in self._views:
            doc._replace_view(v)


class MoveActors(Edit):
    """Move actors to new positions: one drag or one automatic layout."""

    def __init__(self, new_positions: Mapping[str, tuple[float, float]], label: str = ""):
        self.new_positions = dict(new_positions)
        self._old: dict[str, tuple[float, float]] = {}
        n = len(self.new_positions)
        self.label = label or (f"Move {n} actors" if n != 1 else "Move actor")

    def apply(self, doc: MapDocument) -> None:
        updated = []
        for aid, (x, y) in self.new_positions.items():
            if aid not in doc.actors:
                raise EditError(f"cannot move: no actor {aid}")
            old = doc.actor(aid)
            self._old[aid] = (old.x, old.y)
            updated.append(_validated(Actor, old, {"x": x, "y": y}))  # pydantic checks the numbers
        doc._replace_actors(updated)

    def revert(self, doc: MapDocument) -> None:
        doc._replace_actors(
            doc.actor(a).model_copy(update={"x": x, "y": y}) for a, (x, y) in self._old.items()
        )


class _Update(Edit):
    cls: type = Actor

    def __init__(self, item_id: str, changes: Mapping[str, Any], label: str = ""):
        if "id" in changes:
            raise EditError("the id of an item cannot be changed")
        self.item_id = item_id
        self.changes = dict(changes)
        self._old = None
        fields = ", ".join(self.changes)
        self.label = label or f"Edit {self.cls.__name__.lower()} {fields}"

    def _get(self, doc):
        raise NotImplementedError

    def _put(self, doc, item):
        raise NotImplementedError

    def apply(self, doc: MapDocument) -> None:
        old = self._get(doc)
        new = _validated(self.cls, old, self.changes)
        self._old = old
        self._put(doc, new)

    def revert(self, doc: MapDocument) -> None:
        self._put(doc, self._old)


class UpdateActor(_Update):
    """Change some fields of one actor (name, kind, faction, power, ...)."""

    cls = Actor

    def _get(self, doc):
        if self.item_id not in doc.actors:
            raise EditError(f"no actor {self.item_id}")
        return doc.actor(self.item_id)

    def _put(self, doc, item):
        doc._replace_actor(item)


class UpdateTie(_Update):
    """Change some fields of one tie (kind, strength, ends, ...)."""

    cls = Tie

    def _get(self, doc):
        if self.item_id not in doc.ties:
            raise EditError(f"no tie {self.item_id}")
        return doc.tie(self.item_id)

    def _put(self, doc, item):
        for end in (item.source, item.target):
            if end not in doc.actors:
                raise EditError(f"the tie would point at a missing actor {end}")
        doc._replace_tie(item)


class SetMeta(Edit):
    """Change map properties (title, viewpoint, as-of date, ...)."""

    def __init__(self, changes: Mapping[str, Any], label: str = ""):
        self.changes = dict(changes)
        self._old: MapMeta | None = None
        self.label = label or "Edit map properties"

    def apply(self, doc: MapDocument) -> None:
        new = _validated(MapMeta, doc.meta, self.changes)
        self._old = doc._set_meta(new)

    def revert(self, doc: MapDocument) -> None:
        doc._set_meta(self._old)


class AddView(Edit):
    """Add a saved view (at ``index``, default the end)."""

    def __init__(self, view: SavedView, index: int | None = None, label: str = ""):
        self.view = view
        self.index = index
        self.label = label or f"Add view '{view.name}'"

    def apply(self, doc: MapDocument) -> None:
        if any(v.id == self.view.id for v in doc.views):
            raise EditError(f"a view with id {self.view.id} exists already")
        missing = [a for a in self.view.focus.actor_ids if a not in doc.actors]
        if missing:
            raise EditError(f"the view focuses on a missing actor {missing[0]}")
        idx = len(doc.views) if self.index is None else max(0, min(self.index, len(doc.views)))
        doc._insert_view(idx, self.view)

    def revert(self, doc: MapDocument) -> None:
        doc._remove_view(self.view.id)


class RemoveView(Edit):
    def __init__(self, view_id: str, label: str = ""):
        self.view_id = view_id
        self._removed: tuple[int, SavedView] | None = None
        self.label = label or "Delete view"

    def apply(self, doc: MapDocument) -> None:
        try:
            self._removed = doc._remove_view(self.view_id)
        except KeyError:
            raise EditError(f"no saved view {self.view_id}") from None

    def revert(self, doc: MapDocument) -> None:
        i, v = self._removed
        doc._insert_view(i, v)


class UpdateView(Edit):
    """Rename a view, or change its camera or focus (``focus`` may be a dict)."""

    def __init__(self, view_id: str, changes: Mapping[str, Any], label: str = ""):
        if "id" in changes:
            raise EditError("the id of a view cannot be changed")
        self.view_id = view_id
        self.changes = dict(changes)
        self._old: SavedView | None = None
        self.label = label or ("Rename view" if set(self.changes) == {"name"} else "Edit view")

    def apply(self, doc: MapDocument) -> None:
        try:
            old = doc.views[doc.view_index(self.view_id)]
        except KeyError:
            raise EditError(f"no saved view {self.view_id}") from None
        changes = dict(self.changes)
        if isinstance(changes.get("focus"), ViewFocus):
            changes["focus"] = changes["focus"].model_dump()
        new = _validated(SavedView, old, changes)
        missing = [a for a in new.focus.actor_ids if a not in doc.actors]
        if missing:
            raise EditError(f"the view would focus on a missing actor {missing[0]}")
        self._old = doc._replace_view(new)

    def revert(self, doc: MapDocument) -> None:
        doc._replace_view(self._old)


class MoveView(Edit):
    """Reorder saved views: move one to ``new_index``."""

    def __init__(self, view_id: str, new_index: int, label: str = ""):
        self.view_id = view_id
        self.new_index = new_index
        self._old_index: int | None = None
        self.label = label or "Reorder views"

    def apply(self, doc: MapDocument) -> None:
        try:
            i, v = doc._remove_view(self.view_id)
        except KeyError:
            raise EditError(f"no saved view {self.view_id}") from None
        self._old_index = i
        doc._insert_view(max(0, min(self.new_index, len(doc.views))), v)

    def revert(self, doc: MapDocument) -> None:
        _, v = doc._remove_view(self.view_id)
        doc._insert_view(self._old_index, v)


class Compound(Edit):
    """Several edits as one undo step; a failure part-way rolls back the rest."""

    def __init__(self, edits: Sequence[Edit], label: str):
        self.edits = list(edits)
        self.label = label

    def apply(self, doc: MapDocument) -> None:
        done: list[Edit] = []
        try:
            for e in self.edits:
                e.apply(doc)
                done.append(e)
        except Exception:
            for e in reversed(done):
                e.revert(doc)
            raise

    def revert(self, doc: MapDocument) -> None:
        for e in reversed(self.edits):
            e.revert(doc)


def paste_items(actors: Sequence[Actor], ties: Sequence[Tie], offset=(30.0, 30.0)) -> AddItems:
    """Copies of ``actors`` (fresh ids, shifted) and of the ties among them."""
    mapping = {a.id: new_id() for a in actors}
    new_actors = [
        a.model_copy(update={"id": mapping[a.id], "x": a.x + offset[0], "y": a.y + offset[1]})
        for a in actors
    ]
    new_ties = [
        t.model_copy(update={"id": new_id(), "source": mapping[t.source], "target": mapping[t.target]})
        for t in ties
        if t.source in mapping and t.target in mapping
    ]
    return AddItems(new_actors, new_ties, label=f"Paste {len(new_actors)} actors")
