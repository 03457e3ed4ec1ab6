"""The difference between two maps as a :class:`~.changeset.Changeset`.

``diff(a, b)`` lists, per collection, the items added, removed and changed
(matched by id) and the map properties that differ, so that applying it to a
document holding ``a`` gives ``b``. Reloading a file, comparing a teammate's
copy and three-way merging all start from it.
"""

from __future__ import annotations

from .changeset import Changeset, ItemChange
from .model import ActorMap


def diff(a: ActorMap, b: ActorMap, label: str = "") -> Changeset:
    """What changes ``a`` into ``b`` (both of the same map class)."""
    items: dict[str, dict[str, ItemChange]] = {}
    order = {}
    for coll in a.COLLECTIONS:
        old = {i.id: i for i in getattr(a, coll.name)}
        new = {i.id: i for i in getattr(b, coll.name)}
        changes = {}
        for i in old.keys() | new.keys():
            x, y = old.get(i), new.get(i)
            if x is None or y is None or x != y:
                changes[i] = ItemChange(x, y)
        if changes:
            items[coll.name] = changes
        if coll.ordered:
            before, after = tuple(old), tuple(new)
            if before != after:
                order[coll.name] = (before, after)
    meta = (a.meta, b.meta) if a.meta != b.meta else None
    return Changeset(label, items, order, meta)
