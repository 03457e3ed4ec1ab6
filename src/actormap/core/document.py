"""A mutable, observable working copy of a map, changed only in transactions.

The document keeps each collection of the map (see :mod:`.collections`) in a
dict keyed by id, an index of which collection holds an id, and a reverse index
of references (which items point at an id). Every change runs inside
:meth:`MapDocument.transaction`; when the outermost transaction ends, listeners
receive exactly one :class:`~.changeset.Changeset` (a plain-Python observer,
so the GUI can mirror the document without the core knowing Qt). A failure
inside a transaction rolls everything back and notifies no one.

Add, remove, the cascade, reordering and the integrity check are generic: they
read the map's collection table, so a new collection needs no code here.

Provenance is stamped in one place, when a transaction commits: if the document
has an ``author``, every item of a collection whose model has a ``provenance``
field gets ``created_by/created_at`` when it is added without provenance, and
``changed_by/changed_at`` when any field but its position (:data:`LAYOUT_FIELDS`)
changes. Changesets applied exactly (undo, redo, merges: :meth:`Transaction.apply`)
and edits that set ``provenance`` themselves are left as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from .changeset import Changeset, ItemChange
from .collections import Collection, collections_of
from .errors import EditError
from .model import Actor, ActorMap, MapMeta, Provenance, SavedView, Tie

Listener = Callable[[Changeset], None]

LAYOUT_FIELDS = frozenset({"x", "y", "pinned"})
"""Fields whose change is layout, not authorship: changing only these does not restamp provenance."""


def utc_now() -> datetime:
    """The current time in UTC, to the second (the provenance clock)."""
    return datetime.now(UTC).replace(microsecond=0)


def validated(cls, base: Any, changes: Mapping[str, Any]):
    """``base`` (a model, or ``None``) updated with ``changes`` and validated as ``cls``.

    Raises :class:`EditError` with a readable message on unknown fields or bad values.
    """
    data = base.model_dump() if base is not None else {}
    unknown = set(changes) - set(cls.model_fields)
    if unknown:
        raise EditError.coded("edit_error.unknown_fields", fields=sorted(unknown))
    data.update({k: (v.model_dump() if hasattr(v, "model_dump") else v) for k, v in changes.items()})
    try:
        return cls.model_validate(data)
    except ValidationError as err:
        raise EditError.invalid(err) from None


class Transaction:
    """The changes of one edit; obtained from :meth:`MapDocument.transaction`."""

    def __init__(self, doc: MapDocument, label: str):
        self.doc = doc
        self.label = label
        self._old: dict[tuple[str, str], Any] = {}
        self._order_old: dict[str, tuple[str, ...]] = {}
        self._meta_old: MapMeta | None = None
        self._exact: set[tuple[str, str]] = set()
        self.changeset: Changeset | None = None

    # ---- recording ---------------------------------------------------------------------
    def _touch(self, coll: str, item_id: str) -> None:
        key = (coll, item_id)
        if key not in self._old:
            self._old[key] = self.doc._items[coll].get(item_id)
        if self.doc._coll[coll].ordered and coll not in self._order_old:
            self._order_old[coll] = tuple(self.doc._order[coll])

    # ---- operations ----------------------------------------------------------------------
    def add(self, coll: str, item: Any, index: int | None = None) -> None:
        """Add ``item`` to collection ``coll`` (at ``index`` in an ordered collection)."""
        doc = self.doc
        spec = doc._spec(coll)
        if not isinstance(item, spec.model):
            raise EditError(f"a {spec.label} must be a {spec.model.__name__}")
        if item.id in doc._where:
            raise EditError.coded("edit_error.id_in_use", id=item.id)
        self._touch(coll, item.id)
        doc._put(coll, item, index)

    def replace(self, coll: str, item: Any) -> None:
        """Replace the item with ``item.id`` by ``item`` (a validated model)."""
        doc = self.doc
        if doc._where.get(item.id) != coll:
            raise EditError.coded("edit_error.no_item", collection=coll, id=item.id)
        self._touch(coll, item.id)
        doc._put(coll, item)

    def update(self, coll: str, item_id: str, changes: Mapping[str, Any]) -> Any:
        """Change some fields of one item; returns the new item (validated)."""
        if "id" in changes:
            raise EditError.coded("edit_error.id_fixed")
        spec = self.doc._spec(coll)
        old = self.doc._items[coll].get(item_id)
        if old is None:
            raise EditError.coded("edit_error.no_item", collection=coll, id=item_id)
        new = validated(spec.model, old, changes)
        if new != old:
            self.replace(coll, new)
        return new

    def remove(self, coll: str, item_id: str) -> None:
        """Remove an item, cascading through the references declared in the collection table."""
        doc = self.doc
        doc._spec(coll)  # an unknown collection is an error
        if doc._where.get(item_id) != coll:
            raise EditError.coded("edit_error.delete_no_item", collection=coll, id=item_id)
        for rcoll, rid in sorted(doc._back.get(item_id, ())):
            if doc._where.get(rid) != rcoll:
                continue  # removed already by an earlier step of this cascade
            rspec = doc._coll[rcoll]
            item = doc._items[rcoll][rid]
            refs = [r for r in rspec.refs if item_id in r.ids(item)]
            if any(r.on_delete == "cascade" for r in refs):
                self.remove(rcoll, rid)
            else:
                for r in refs:
                    item = r.without(item, {item_id})
                self.replace(rcoll, item)
        self._touch(coll, item_id)
        doc._drop(coll, item_id)

    def move(self, coll: str, item_id: str, index: int) -> None:
        """Move an item of an ordered collection to ``index`` (clamped)."""
        doc = self.doc
        if not doc._spec(coll).ordered:
            raise EditError(f"{coll} have no order to change")
        if doc._where.get(item_id) != coll:
            raise EditError.coded("edit_error.no_item", collection=coll, id=item_id)
        self._touch(coll, item_id)
        order = doc._order[coll]
        order.remove(item_id)
        order.insert(max(0, min(index, len(order))), item_id)

    def set_order(self, coll: str, ids: list[str] | tuple[str, ...]) -> None:
        doc = self.doc
        if set(ids) != set(doc._order[coll]) or len(ids) != len(doc._order[coll]):
            raise EditError(f"the new order of {coll} does not list the same items")
        if coll not in self._order_old:
            self._order_old[coll] = tuple(doc._order[coll])
        doc._order[coll] = list(ids)

    def set_meta(self, changes: Mapping[str, Any] | MapMeta) -> MapMeta:
        """Change map properties; returns the new properties."""
        doc = self.doc
        new = changes if isinstance(changes, MapMeta) else validated(MapMeta, doc._meta, changes)
        if self._meta_old is None:
            self._meta_old = doc._meta
        doc._meta = new
        return new

    def apply(self, cs: Changeset) -> None:
        """Apply a changeset exactly (no cascade: it lists every item it changes)."""
        doc = self.doc
        for coll, changes in cs.items.items():
            doc._spec(coll)
            for item_id, ch in changes.items():
                current = doc._items[coll].get(item_id)
                if doc._where.get(item_id, coll) != coll or not (current is ch.old or current == ch.old):
                    raise EditError.coded("edit_error.no_longer_fits", collection=coll, id=item_id)
                self._touch(coll, item_id)
                self._exact.add((coll, item_id))
                if ch.new is None:
                    doc._drop(coll, item_id)
                else:
                    doc._put(coll, ch.new)
        for coll, (_old, new) in cs.order.items():
            self.set_order(coll, new)
        if cs.meta is not None:
            self.set_meta(cs.meta[1])

    # ---- commit / rollback ---------------------------------------------------------------
    def _stamp(self) -> None:
        """Record who added or changed each item with provenance (see the module docstring)."""
        doc = self.doc
        author = doc.author
        if not author:
            return
        now = doc.clock()
        for (coll, item_id), old in list(self._old.items()):
            if (coll, item_id) in self._exact or "provenance" not in doc._coll[coll].model.model_fields:
                continue
            new = doc._items[coll].get(item_id)
            if new is None or new is old:
                continue
            if old is None:
                if new.provenance is not None:
                    continue  # it arrives with its history (a restored or pasted item)
                prov = Provenance(created_by=author, created_at=now)
            else:
                if old.provenance != new.provenance:
                    continue  # the edit set provenance itself
                changed = {f for f in type(new).model_fields if getattr(old, f) != getattr(new, f)}
                if changed <= LAYOUT_FIELDS:
                    continue
                prov = (old.provenance or Provenance()).model_copy(update={"changed_by": author, "changed_at": now})
            doc._put(coll, new.model_copy(update={"provenance": prov}))

    def _check(self) -> None:
        doc = self.doc
        for (coll, item_id), _old in self._old.items():
            item = doc._items[coll].get(item_id)
            if item is None:
                for rcoll, rid in doc._back.get(item_id, ()):
                    if doc._where.get(rid) == rcoll:
                        raise EditError.coded("edit_error.still_referred", collection=coll, id=item_id,
                                              by_collection=rcoll, by_id=rid)
                continue
            for ref, target in doc._coll[coll].ref_ids(item):
                if doc._where.get(target) != ref.target:
                    who = getattr(item, "name", None) or item_id
                    raise EditError.coded("edit_error.points_at_missing", collection=coll, name=who,
                                          target_collection=ref.target, target=target)

    def _build(self) -> Changeset:
        doc = self.doc
        items: dict[str, dict[str, ItemChange]] = {}
        for (coll, item_id), old in self._old.items():
            new = doc._items[coll].get(item_id)
            if old is new or (old is not None and new is not None and old == new):
                continue
            items.setdefault(coll, {})[item_id] = ItemChange(old, new)
        order = {c: (old, tuple(doc._order[c])) for c, old in self._order_old.items()
                 if old != tuple(doc._order[c])}
        meta = None
        if self._meta_old is not None and self._meta_old != doc._meta:
            meta = (self._meta_old, doc._meta)
        return Changeset(self.label, items, order, meta)

    def _rollback(self) -> None:
        doc = self.doc
        for (coll, item_id), old in reversed(list(self._old.items())):
            if old is None:
                if item_id in doc._items[coll]:
                    doc._drop(coll, item_id)
            else:
                doc._put(coll, old)
        for coll, order in self._order_old.items():
            doc._order[coll] = list(order)
        if self._meta_old is not None:
            doc._meta = self._meta_old


class MapDocument:
    """The map being edited. Read freely; change only in :meth:`transaction` (or with edits)."""

    def __init__(self, amap: ActorMap | None = None) -> None:
        amap = amap if amap is not None else ActorMap()
        self.map_type: type = type(amap)
        self.table: tuple[Collection, ...] = collections_of(amap)
        self._coll: dict[str, Collection] = {c.name: c for c in self.table}
        self._listeners: list[Listener] = []
        self.revision = 0
        self._tx: Transaction | None = None
        self._depth = 0
        self._snapshot: tuple[int, ActorMap] | None = None
        self._meta: MapMeta = amap.meta
        self._items: dict[str, dict[str, Any]] = {c.name: {} for c in self.table}
        self._order: dict[str, list[str]] = {c.name: [] for c in self.table if c.ordered}
        self._where: dict[str, str] = {}
        self._back: dict[str, set[tuple[str, str]]] = {}
        self._extra = {k: getattr(amap, k) for k in self._meta_fields_extra()}
        self._author = ""
        self.clock: Callable[[], datetime] = utc_now
        """Where provenance times come from (a test may fix it)."""
        for c in self.table:
            for item in getattr(amap, c.name):
                self._put(c.name, item)

    def _meta_fields_extra(self) -> list[str]:
        """Non-collection fields of a map subclass beyond MapMeta, format and schema_version."""
        known = set(MapMeta.model_fields) | {"format", "schema_version"} | set(self._coll)
        return [f for f in self.map_type.model_fields if f not in known]

    # ---- who is editing ----------------------------------------------------
    @property
    def author(self) -> str:
        """The name stamped on items added or changed from now on (empty: no stamping)."""
        return self._author

    @author.setter
    def author(self, name: str | None) -> None:
        name = (name or "").strip()
        if name:
            try:
                Provenance(created_by=name)
            except ValidationError as err:
                raise EditError.invalid(err, "author name: ") from None
        self._author = name

    # ---- reading -----------------------------------------------------------
    @property
    def meta(self) -> MapMeta:
        return self._meta

    def items(self, coll: str) -> dict[str, Any]:
        """The items of a collection by id (read-only: do not mutate)."""
        return self._items[coll]

    def ordered(self, coll: str) -> list[Any]:
        """The items of a collection in file order (user order, or by id)."""
        if coll in self._order:
            return [self._items[coll][i] for i in self._order[coll]]
        return [self._items[coll][i] for i in sorted(self._items[coll])]

    def get(self, coll: str, item_id: str) -> Any:
        return self._items[coll][item_id]

    def collection_of(self, item_id: str) -> str | None:
        """Which collection holds ``item_id`` (``None`` if none)."""
        return self._where.get(item_id)

    def referrers(self, item_id: str, coll: str | None = None) -> list[tuple[str, str]]:
        """``(collection, id)`` of the items referring to ``item_id``, sorted."""
        out = sorted(p for p in self._back.get(item_id, ()) if self._where.get(p[1]) == p[0])
        return [p for p in out if coll is None or p[0] == coll]

    @property
    def actors(self) -> dict[str, Actor]:
        return self._items["actors"]

    @property
    def ties(self) -> dict[str, Tie]:
        return self._items["ties"]

    @property
    def views(self) -> list[SavedView]:
        """Saved views in presentation order."""
        return self.ordered("views")

    def view_index(self, view_id: str) -> int:
        try:
            return self._order["views"].index(view_id)
        except ValueError:
            raise KeyError(view_id) from None

    def actor(self, actor_id: str) -> Actor:
        return self._items["actors"][actor_id]

    def tie(self, tie_id: str) -> Tie:
        return self._items["ties"][tie_id]

    def ties_of(self, actor_id: str) -> list[Tie]:
        """Ties with ``actor_id`` at either end, in a stable order (by id)."""
        return [self._items["ties"][t] for _c, t in self.referrers(actor_id, "ties")]

    def snapshot(self) -> ActorMap:
        """An immutable map of the current state (cached per revision)."""
        if self._snapshot is not None and self._snapshot[0] == self.revision and self._tx is None:
            return self._snapshot[1]
        data = dict(self._meta)
        data.update(self._extra)
        for c in self.table:
            data[c.name] = self.ordered(c.name)
        snap = self.map_type.model_construct(**data)
        if self._tx is None:
            self._snapshot = (self.revision, snap)
        return snap

    # ---- observing ---------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    # ---- changing ----------------------------------------------------------
    @contextmanager
    def transaction(self, label: str = "Edit") -> Iterator[Transaction]:
        """Group changes into one edit: one changeset to listeners, all or nothing.

        Nested transactions join the outermost one. The finished changeset is
        ``tx.changeset`` after the ``with`` block (empty if nothing changed).
        """
        if self._tx is not None:
            self._depth += 1
            try:
                yield self._tx
            finally:
                self._depth -= 1
            return
        tx = self._tx = Transaction(self, label)
        try:
            yield tx
            tx._stamp()
            tx._check()
        except BaseException:
            tx._rollback()
            self._tx = None
            raise
        self._tx = None
        cs = tx._build()
        tx.changeset = cs
        if cs:
            self.revision += 1
            for fn in list(self._listeners):
                fn(cs)

    def apply(self, cs: Changeset, label: str | None = None) -> Changeset:
        """Apply a changeset (undo/redo, scenarios, merges) as one transaction."""
        with self.transaction(cs.label if label is None else label) as tx:
            tx.apply(cs)
        return tx.changeset if tx.changeset is not None else cs

    # ---- primitive operations (transactions only) --------------------------
    def _spec(self, coll: str) -> Collection:
        try:
            return self._coll[coll]
        except KeyError:
            raise EditError(f"this map has no collection {coll!r}") from None

    def _put(self, coll: str, item: Any, index: int | None = None) -> None:
        items = self._items[coll]
        old = items.get(item.id)
        spec = self._coll[coll]
        if old is not None:
            for _ref, target in spec.ref_ids(old):
                self._back.get(target, set()).discard((coll, item.id))
        elif coll in self._order:
            order = self._order[coll]
            order.insert(len(order) if index is None else max(0, min(index, len(order))), item.id)
        items[item.id] = item
        self._where[item.id] = coll
        for _ref, target in spec.ref_ids(item):
            self._back.setdefault(target, set()).add((coll, item.id))

    def _drop(self, coll: str, item_id: str) -> None:
        item = self._items[coll].pop(item_id)
        del self._where[item_id]
        for _ref, target in self._coll[coll].ref_ids(item):
            refs = self._back.get(target)
            if refs is not None:
                refs.discard((coll, item_id))
                if not refs:
                    del self._back[target]
        if coll in self._order:
            self._order[coll].remove(item_id)
