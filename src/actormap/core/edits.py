"""Edit objects: the named, reusable ways to change a :class:`~.document.MapDocument`.

Each edit runs inside one document transaction, so it produces exactly one
:class:`~.changeset.Changeset` (kept as ``edit.changeset``); ``revert``
applies that changeset's inverse. Validation errors raise :class:`EditError`
and change nothing (the transaction rolls back). The GUI wraps each edit in
one ``QUndoCommand`` (the Command pattern, as in glue's ``core/command.py`` and
orange-canvas-core's ``document/commands.py``); a drag is one :class:`MoveActors`.

The generic edits (:class:`AddItem`, :class:`UpdateItem`, :class:`RemoveItems`,
:class:`ApplyChangeset`) work for every collection of the map; the others are
conveniences with good undo labels.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .changeset import Changeset
from .document import MapDocument, Transaction, validated
from .errors import EditError
from .model import Actor, SavedView, Tie, ViewFocus, new_id

_validated = validated  # old name, kept for callers


def make_actor(**fields: Any) -> Actor:
    """Build a validated actor, raising :class:`EditError` with a clear message."""
    return validated(Actor, None, fields)


def make_tie(**fields: Any) -> Tie:
    return validated(Tie, None, fields)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


class Edit(ABC):
    """A reversible change. ``label`` is shown in the undo history."""

    label: str = "Edit"
    changeset: Changeset | None = None

    def apply(self, doc: MapDocument) -> Changeset:
        """Run the edit in one transaction; returns (and keeps) its changeset."""
        with doc.transaction(self.label) as tx:
            self.run(doc, tx)
        self.changeset = tx.changeset
        return tx.changeset

    def revert(self, doc: MapDocument) -> None:
        if self.changeset is None:
            raise EditError("this edit was never applied")
        doc.apply(self.changeset.inverse())

    @abstractmethod
    def run(self, doc: MapDocument, tx: Transaction) -> None: ...


class ApplyChangeset(Edit):
    """Apply a changeset as an edit (a merge, a reload, a scenario made real)."""

    def __init__(self, changeset: Changeset, label: str = ""):
        self.source = changeset
        self.label = label or changeset.label or "Apply changes"

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        tx.apply(self.source)


class AddItem(Edit):
    """Add one item to any collection (at ``index`` in an ordered one)."""

    def __init__(self, collection: str, item: Any, index: int | None = None, label: str = ""):
        self.collection, self.item, self.index = collection, item, index
        name = getattr(item, "name", "")
        self.label = label or (f"Add {collection.rstrip('s')} '{name}'" if name else f"Add {collection.rstrip('s')}")

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        tx.add(self.collection, self.item, self.index)


class UpdateItem(Edit):
    """Change some fields of one item of any collection."""

    def __init__(self, collection: str, item_id: str, changes: Mapping[str, Any], label: str = ""):
        if "id" in changes:
            raise EditError("the id of an item cannot be changed")
        self.collection, self.item_id, self.changes = collection, item_id, dict(changes)
        self.label = label or f"Edit {collection.rstrip('s')} {', '.join(self.changes)}"

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        tx.update(self.collection, self.item_id, self.changes)


class AddItems(Edit):
    """Add actors and ties (new actor, new tie, paste, import)."""

    def __init__(self, actors: Iterable[Actor] = (), ties: Iterable[Tie] = (), label: str = ""):
        self.actors = list(actors)
        self.ties = list(ties)
        n = len(self.actors)
        self.label = label or (
            f"Add actor '{self.actors[0].name}'" if n == 1 and not self.ties
            else "Add tie" if n == 0 and len(self.ties) == 1
            else f"Add {_plural(n, 'actor')} and {_plural(len(self.ties), 'tie')}"
        )

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        ids = [a.id for a in self.actors] + [t.id for t in self.ties]
        if len(set(ids)) != len(ids) or any(doc.collection_of(i) for i in ids):
            raise EditError("an id of the new items is already in use")
        known = set(doc.actors) | {a.id for a in self.actors}
        for t in self.ties:
            if t.source not in known or t.target not in known:
                raise EditError(f"the tie {t.id} points at an actor that is not on the map")
        for a in self.actors:
            tx.add("actors", a)
        for t in self.ties:
            tx.add("ties", t)


class RemoveItems(Edit):
    """Delete actors (with every tie at them) and ties, and items of other collections.

    What refers to a deleted item follows the collection table: ties go with
    their actors; saved views, agreements and events drop the actor.
    """

    def __init__(self, actor_ids: Iterable[str] = (), tie_ids: Iterable[str] = (), label: str = "",
                 other: Mapping[str, Iterable[str]] | None = None):
        self.actor_ids = list(dict.fromkeys(actor_ids))
        self.tie_ids = list(dict.fromkeys(tie_ids))
        self.other = {c: list(dict.fromkeys(ids)) for c, ids in (other or {}).items()}
        self.label = label or self._default_label()

    def _default_label(self) -> str:
        na, nt = len(self.actor_ids), len(self.tie_ids)
        parts = [_plural(na, "actor")] * bool(na) + [_plural(nt, "tie")] * bool(nt)
        parts += [f"{len(ids)} {c}" for c, ids in self.other.items() if ids]
        return "Delete " + " and ".join(parts) if parts else "Delete"

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        wanted = [("actors", i) for i in self.actor_ids] + [("ties", i) for i in self.tie_ids]
        wanted += [(c, i) for c, ids in self.other.items() for i in ids]
        missing = [i for c, i in wanted if doc.collection_of(i) != c]
        if missing:
            raise EditError(f"cannot delete: no such item {missing[0]}")
        # ties first, so an actor's cascade does not meet a tie deleted by name too
        for coll, item_id in sorted(wanted, key=lambda p: p[0] != "ties"):
            if doc.collection_of(item_id) == coll:
                tx.remove(coll, item_id)


class MoveActors(Edit):
    """Move actors to new positions: one drag or one automatic layout."""

    def __init__(self, new_positions: Mapping[str, tuple[float, float]], label: str = ""):
        self.new_positions = dict(new_positions)
        n = len(self.new_positions)
        self.label = label or (f"Move {n} actors" if n != 1 else "Move actor")

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        for aid, (x, y) in self.new_positions.items():
            if aid not in doc.actors:
                raise EditError(f"cannot move: no actor {aid}")
            tx.update("actors", aid, {"x": x, "y": y})  # pydantic checks the numbers


class UpdateActor(UpdateItem):
    """Change some fields of one actor (name, kind, faction, power, ...)."""

    def __init__(self, item_id: str, changes: Mapping[str, Any], label: str = ""):
        super().__init__("actors", item_id, changes, label or f"Edit actor {', '.join(changes)}")


class UpdateTie(UpdateItem):
    """Change some fields of one tie (kind, strength, ends, ...)."""

    def __init__(self, item_id: str, changes: Mapping[str, Any], label: str = ""):
        super().__init__("ties", item_id, changes, label or f"Edit tie {', '.join(changes)}")


class SetMeta(Edit):
    """Change map properties (title, viewpoint, as-of date, ...)."""

    def __init__(self, changes: Mapping[str, Any], label: str = ""):
        self.changes = dict(changes)
        self.label = label or "Edit map properties"

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        tx.set_meta(self.changes)


class AddView(Edit):
    """Add a saved view (at ``index``, default the end)."""

    def __init__(self, view: SavedView, index: int | None = None, label: str = ""):
        self.view = view
        self.index = index
        self.label = label or f"Add view '{view.name}'"

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        if doc.collection_of(self.view.id):
            raise EditError(f"a view with id {self.view.id} exists already")
        missing = [a for a in self.view.focus.actor_ids if a not in doc.actors]
        if missing:
            raise EditError(f"the view focuses on a missing actor {missing[0]}")
        tx.add("views", self.view, self.index)


class RemoveView(Edit):
    def __init__(self, view_id: str, label: str = ""):
        self.view_id = view_id
        self.label = label or "Delete view"

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        if doc.collection_of(self.view_id) != "views":
            raise EditError(f"no saved view {self.view_id}")
        tx.remove("views", self.view_id)


class UpdateView(Edit):
    """Rename a view, or change its camera or focus (``focus`` may be a dict)."""

    def __init__(self, view_id: str, changes: Mapping[str, Any], label: str = ""):
        if "id" in changes:
            raise EditError("the id of a view cannot be changed")
        self.view_id = view_id
        self.changes = dict(changes)
        self.label = label or ("Rename view" if set(self.changes) == {"name"} else "Edit view")

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        if doc.collection_of(self.view_id) != "views":
            raise EditError(f"no saved view {self.view_id}")
        changes = dict(self.changes)
        if isinstance(changes.get("focus"), ViewFocus):
            changes["focus"] = changes["focus"].model_dump()
        new = validated(SavedView, doc.get("views", self.view_id), changes)
        missing = [a for a in new.focus.actor_ids if a not in doc.actors]
        if missing:
            raise EditError(f"the view would focus on a missing actor {missing[0]}")
        tx.replace("views", new)


class MoveView(Edit):
    """Reorder saved views: move one to ``new_index``."""

    def __init__(self, view_id: str, new_index: int, label: str = ""):
        self.view_id = view_id
        self.new_index = new_index
        self.label = label or "Reorder views"

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        if doc.collection_of(self.view_id) != "views":
            raise EditError(f"no saved view {self.view_id}")
        tx.move("views", self.view_id, self.new_index)


class Compound(Edit):
    """Several edits as one undo step (one transaction, one changeset); a failure rolls back all."""

    def __init__(self, edits: Sequence[Edit], label: str):
        self.edits = list(edits)
        self.label = label

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        for e in self.edits:
            e.run(doc, tx)


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
    return AddItems(new_actors, new_ties, label=f"Paste {_plural(len(new_actors), 'actor')}")
