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
from .messages import phrase
from .model import Actor, SavedView, Tie, ViewFocus, new_id

_validated = validated  # old name, kept for callers


def make_actor(**fields: Any) -> Actor:
    """Build a validated actor, raising :class:`EditError` with a clear message."""
    return validated(Actor, None, fields)


def make_tie(**fields: Any) -> Tie:
    return validated(Tie, None, fields)


class Edit(ABC):
    """A reversible change. ``label`` is shown in the undo history.

    An edit that names itself (no ``label`` given) keeps the catalogue phrase of its
    name, so :meth:`describe` gives it in any language (``label`` is the English).
    """

    label: str = "Edit"
    changeset: Changeset | None = None
    _phrase: tuple[str, dict[str, Any], str] | None = None

    def _name(self, label: str, key: str, **params: Any) -> None:
        """``label`` if given, else the catalogue's phrase ``key`` (kept for :meth:`describe`)."""
        if label:
            self.label, self._phrase = label, None
        else:
            self.label = phrase(key, "en", **params)
            self._phrase = (key, params, self.label)

    def describe(self, lang: str = "en") -> str:
        """The undo-history text in ``lang`` (a label given by the caller is shown as given)."""
        if self._phrase is not None and self._phrase[2] == self.label:
            key, params, _ = self._phrase
            return phrase(key, lang, **params)
        return self.label

    def apply(self, doc: MapDocument) -> Changeset:
        """Run the edit in one transaction; returns (and keeps) its changeset."""
        with doc.transaction(self.label) as tx:
            self.run(doc, tx)
        self.changeset = tx.changeset
        return tx.changeset

    def revert(self, doc: MapDocument) -> None:
        if self.changeset is None:
            raise EditError.coded("edit_error.never_applied")
        doc.apply(self.changeset.inverse())

    @abstractmethod
    def run(self, doc: MapDocument, tx: Transaction) -> None: ...


class ApplyChangeset(Edit):
    """Apply a changeset as an edit (a merge, a reload, a scenario made real)."""

    def __init__(self, changeset: Changeset, label: str = ""):
        self.source = changeset
        self._name(label or changeset.label, "edit.apply_changes")

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        tx.apply(self.source)


class AddItem(Edit):
    """Add one item to any collection (at ``index`` in an ordered one)."""

    def __init__(self, collection: str, item: Any, index: int | None = None, label: str = ""):
        self.collection, self.item, self.index = collection, item, index
        name = getattr(item, "name", "")
        if name:
            self._name(label, "edit.add_named", collection=collection, name=name)
        else:
            self._name(label, "edit.add", collection=collection)

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        tx.add(self.collection, self.item, self.index)


class UpdateItem(Edit):
    """Change some fields of one item of any collection."""

    def __init__(self, collection: str, item_id: str, changes: Mapping[str, Any], label: str = ""):
        if "id" in changes:
            raise EditError.coded("edit_error.id_fixed")
        self.collection, self.item_id, self.changes = collection, item_id, dict(changes)
        self._name(label, "edit.update", collection=collection, fields=list(self.changes))

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        tx.update(self.collection, self.item_id, self.changes)


class AddItems(Edit):
    """Add actors and ties (new actor, new tie, paste, import)."""

    def __init__(self, actors: Iterable[Actor] = (), ties: Iterable[Tie] = (), label: str = ""):
        self.actors = list(actors)
        self.ties = list(ties)
        n = len(self.actors)
        if n == 1 and not self.ties:
            self._name(label, "edit.add_named", collection="actors", name=self.actors[0].name)
        elif n == 0 and len(self.ties) == 1:
            self._name(label, "edit.add", collection="ties")
        else:
            self._name(label, "edit.add_actors_ties", actors=n, ties=len(self.ties))

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        ids = [a.id for a in self.actors] + [t.id for t in self.ties]
        if len(set(ids)) != len(ids) or any(doc.collection_of(i) for i in ids):
            raise EditError.coded("edit_error.new_id_in_use")
        known = set(doc.actors) | {a.id for a in self.actors}
        for t in self.ties:
            if t.source not in known or t.target not in known:
                raise EditError.coded("edit_error.tie_end_missing", id=t.id)
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
        counts = [[c, len(ids)] for c, ids in (("actors", self.actor_ids), ("ties", self.tie_ids),
                                                *self.other.items()) if ids]
        self._name(label, "edit.delete", counts=counts)

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        wanted = [("actors", i) for i in self.actor_ids] + [("ties", i) for i in self.tie_ids]
        wanted += [(c, i) for c, ids in self.other.items() for i in ids]
        missing = [i for c, i in wanted if doc.collection_of(i) != c]
        if missing:
            raise EditError.coded("edit_error.delete_missing", id=missing[0])
        # ties first, so an actor's cascade does not meet a tie deleted by name too
        for coll, item_id in sorted(wanted, key=lambda p: p[0] != "ties"):
            if doc.collection_of(item_id) == coll:
                tx.remove(coll, item_id)


class MoveActors(Edit):
    """Move actors to new positions: one drag or one automatic layout."""

    def __init__(self, new_positions: Mapping[str, tuple[float, float]], label: str = ""):
        self.new_positions = dict(new_positions)
        self._name(label, "edit.move", count=len(self.new_positions))

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        for aid, (x, y) in self.new_positions.items():
            if aid not in doc.actors:
                raise EditError.coded("edit_error.move_missing", id=aid)
            tx.update("actors", aid, {"x": x, "y": y})  # pydantic checks the numbers


class UpdateActor(UpdateItem):
    """Change some fields of one actor (name, kind, faction, power, ...)."""

    def __init__(self, item_id: str, changes: Mapping[str, Any], label: str = ""):
        super().__init__("actors", item_id, changes, label)


class UpdateTie(UpdateItem):
    """Change some fields of one tie (kind, strength, ends, ...)."""

    def __init__(self, item_id: str, changes: Mapping[str, Any], label: str = ""):
        super().__init__("ties", item_id, changes, label)


class SetMeta(Edit):
    """Change map properties (title, viewpoint, as-of date, ...)."""

    def __init__(self, changes: Mapping[str, Any], label: str = ""):
        self.changes = dict(changes)
        self._name(label, "edit.meta")

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        tx.set_meta(self.changes)


class AddView(Edit):
    """Add a saved view (at ``index``, default the end)."""

    def __init__(self, view: SavedView, index: int | None = None, label: str = ""):
        self.view = view
        self.index = index
        self._name(label, "edit.add_named", collection="views", name=view.name)

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        if doc.collection_of(self.view.id):
            raise EditError.coded("edit_error.view_exists", id=self.view.id)
        missing = [a for a in self.view.focus.actor_ids if a not in doc.actors]
        if missing:
            raise EditError.coded("edit_error.view_focus_missing", id=missing[0])
        tx.add("views", self.view, self.index)


class RemoveView(Edit):
    def __init__(self, view_id: str, label: str = ""):
        self.view_id = view_id
        self._name(label, "edit.delete_view")

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        if doc.collection_of(self.view_id) != "views":
            raise EditError.coded("edit_error.no_view", id=self.view_id)
        tx.remove("views", self.view_id)


class UpdateView(Edit):
    """Rename a view, or change its camera or focus (``focus`` may be a dict)."""

    def __init__(self, view_id: str, changes: Mapping[str, Any], label: str = ""):
        if "id" in changes:
            raise EditError.coded("edit_error.view_id_fixed")
        self.view_id = view_id
        self.changes = dict(changes)
        self._name(label, "edit.rename_view" if set(self.changes) == {"name"} else "edit.edit_view")

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        if doc.collection_of(self.view_id) != "views":
            raise EditError.coded("edit_error.no_view", id=self.view_id)
        changes = dict(self.changes)
        if isinstance(changes.get("focus"), ViewFocus):
            changes["focus"] = changes["focus"].model_dump()
        new = validated(SavedView, doc.get("views", self.view_id), changes)
        missing = [a for a in new.focus.actor_ids if a not in doc.actors]
        if missing:
            raise EditError.coded("edit_error.view_would_focus_missing", id=missing[0])
        tx.replace("views", new)


class MoveView(Edit):
    """Reorder saved views: move one to ``new_index``."""

    def __init__(self, view_id: str, new_index: int, label: str = ""):
        self.view_id = view_id
        self.new_index = new_index
        self._name(label, "edit.reorder_views")

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        if doc.collection_of(self.view_id) != "views":
            raise EditError.coded("edit_error.no_view", id=self.view_id)
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
    edit = AddItems(new_actors, new_ties)
    edit._name("", "edit.paste", count=len(new_actors))
    return edit
