"""Changesets: what one edit changed, per collection, with old and new values.

Every edit of a :class:`~.document.MapDocument` runs in a transaction and
produces exactly one :class:`Changeset`; listeners receive that one object.
A changeset is exact and invertible (``inverse()``), so undo and redo are
"apply the changeset" and "apply its inverse". The same object describes a
scenario over a base map, the difference between two maps (:mod:`.diff`) and
one side of a three-way merge.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

META = "meta"
"""Pseudo-collection name under which map-property changes are listed by :meth:`Changeset.fields`."""


@dataclass(frozen=True)
class ItemChange:
    """One item before and after (``None`` before: added; ``None`` after: removed)."""

    old: Any
    new: Any

    @property
    def kind(self) -> str:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "changed"

    def fields(self) -> list[str]:
        """Names of the fields whose value differs (every field for an added or removed item)."""
        item = self.new if self.old is None else self.old
        names = list(type(item).model_fields)
        if self.old is None or self.new is None:
            return names
        return [f for f in names if getattr(self.old, f) != getattr(self.new, f)]

    def inverse(self) -> ItemChange:
        return ItemChange(self.new, self.old)


def _frozen(d: Mapping) -> Mapping:
    return MappingProxyType(dict(d))


@dataclass(frozen=True)
class Changeset:
    """What one edit changed.

    ``items``: collection name -> item id -> :class:`ItemChange`.
    ``order``: for ordered collections whose order changed, the id order before
    and after. ``meta``: map properties before and after, when they changed.
    """

    label: str = ""
    items: Mapping[str, Mapping[str, ItemChange]] = field(default_factory=dict)
    order: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    meta: tuple[Any, Any] | None = None

    def __post_init__(self) -> None:
        items = {c: _frozen(ch) for c, ch in self.items.items() if ch}
        object.__setattr__(self, "items", _frozen(items))
        object.__setattr__(self, "order", _frozen(self.order))

    # ---- reading ---------------------------------------------------------------------
    def __bool__(self) -> bool:
        return bool(self.items or self.order or self.meta)

    @property
    def is_empty(self) -> bool:
        return not self

    def collections(self) -> list[str]:
        """Names of the collections this changeset touches (items or order)."""
        return sorted(set(self.items) | set(self.order))

    def touches(self, *collections: str) -> bool:
        """Whether any of ``collections`` (or ``"meta"``) changed."""
        return any(c in self.items or c in self.order or (c == META and self.meta) for c in collections)

    def _ids(self, collection: str, kind: str) -> list[str]:
        return sorted(i for i, ch in self.items.get(collection, {}).items() if ch.kind == kind)

    def added(self, collection: str) -> list[str]:
        return self._ids(collection, "added")

    def removed(self, collection: str) -> list[str]:
        return self._ids(collection, "removed")

    def changed(self, collection: str) -> list[str]:
        return self._ids(collection, "changed")

    def get(self, collection: str, item_id: str) -> ItemChange | None:
        return self.items.get(collection, {}).get(item_id)

    def changed_fields(self, collection: str) -> set[str]:
        """Every field changed on any changed item of ``collection``."""
        out: set[str] = set()
        for ch in self.items.get(collection, {}).values():
            if ch.kind == "changed":
                out.update(ch.fields())
        return out

    def only_fields(self, collection: str, fields: Iterable[str]) -> bool:
        """True when ``collection`` has only *changed* items, and only in ``fields``."""
        allowed = set(fields)
        changes = self.items.get(collection, {})
        return all(ch.kind == "changed" and set(ch.fields()) <= allowed for ch in changes.values())

    def counts(self) -> dict[str, dict[str, int]]:
        """``{collection: {"added": n, "removed": n, "changed": n}}`` (for messages and tests)."""
        out = {}
        for c, changes in self.items.items():
            tally = {"added": 0, "removed": 0, "changed": 0}
            for ch in changes.values():
                tally[ch.kind] += 1
            out[c] = tally
        return out

    # ---- algebra ---------------------------------------------------------------------
    def inverse(self) -> Changeset:
        return Changeset(
            label=self.label,
            items={c: {i: ch.inverse() for i, ch in changes.items()} for c, changes in self.items.items()},
            order={c: (new, old) for c, (old, new) in self.order.items()},
            meta=(self.meta[1], self.meta[0]) if self.meta else None,
        )

    def with_label(self, label: str) -> Changeset:
        return Changeset(label, self.items, self.order, self.meta)

    def then(self, later: Changeset) -> Changeset:
        """This changeset followed by ``later``, as one (items that end as they began drop out)."""
        items: dict[str, dict[str, ItemChange]] = {c: dict(ch) for c, ch in self.items.items()}
        for c, changes in later.items.items():
            mine = items.setdefault(c, {})
            for i, ch in changes.items():
                first = mine.get(i)
                merged = ItemChange(first.old if first else ch.old, ch.new)
                if merged.old is None and merged.new is None or (merged.old is not None and merged.old == merged.new):
                    mine.pop(i, None)
                else:
                    mine[i] = merged
        order = dict(self.order)
        for c, (old, new) in later.order.items():
            first = order[c][0] if c in order else old
            if first == new:
                order.pop(c, None)
            else:
                order[c] = (first, new)
        meta = self.meta
        if later.meta:
            start = self.meta[0] if self.meta else later.meta[0]
            meta = None if start == later.meta[1] else (start, later.meta[1])
        return Changeset(later.label or self.label, items, order, meta)
