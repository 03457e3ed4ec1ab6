"""Declarative collections: what a map holds and what its items refer to.

A map model declares its id-keyed collections once (``ActorMap.COLLECTIONS``):
a name (the field on the map), the item model, whether the user's order
matters, and the references of its items to items of other collections
(:class:`Ref`). Everything else is derived from that table: integrity checks
(:func:`check_integrity`), the cascade when an item is removed (a tie goes with
its actor; a saved view drops the actor from its focus), the document's add /
remove / change operations and the worker's encoding. This follows the
"collections declared once" idea of orange-canvas-core's scheme and napari's
evented models, without their event machinery.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

OnDelete = Literal["cascade", "drop"]


@dataclass(frozen=True)
class Ref:
    """A reference from an item field to items of the collection ``target``.

    ``path`` names the field, dotted for nested models (``"focus.actor_ids"``).
    The field holds one id (``str``, or ``None`` when optional) or a list of ids.
    ``on_delete``: ``"cascade"`` removes the referring item with its target;
    ``"drop"`` removes the id from the list (or sets an optional field to ``None``).
    """

    path: str
    target: str
    on_delete: OnDelete = "cascade"

    def ids(self, item: Any) -> list[str]:
        """The ids this reference holds in ``item`` (empty if none)."""
        value = item
        for part in self.path.split("."):
            value = getattr(value, part)
        if value is None:
            return []
        return [value] if isinstance(value, str) else list(value)

    def without(self, item: Any, gone: set[str]) -> Any:
        """A copy of ``item`` with the ids in ``gone`` dropped from this reference."""
        parts = self.path.split(".")
        chain = [item]
        for part in parts[:-1]:
            chain.append(getattr(chain[-1], part))
        value = getattr(chain[-1], parts[-1])
        if isinstance(value, str):
            new: Any = None if value in gone else value
        else:
            new = [v for v in value if v not in gone]
        for obj, part in zip(reversed(chain), reversed(parts), strict=True):
            new = obj.model_copy(update={part: new})
        return new


@dataclass(frozen=True)
class Collection:
    """One id-keyed collection of a map (see the module docstring)."""

    name: str
    model: type
    label: str
    ordered: bool = False
    refs: tuple[Ref, ...] = field(default=())

    def ref_ids(self, item: Any) -> Iterator[tuple[Ref, str]]:
        for ref in self.refs:
            for i in ref.ids(item):
                yield ref, i


def collections_of(map_or_type: Any) -> tuple[Collection, ...]:
    """The collection table of a map instance or map class."""
    cls = map_or_type if isinstance(map_or_type, type) else type(map_or_type)
    return cls.COLLECTIONS


def check_integrity(amap: Any) -> None:
    """Raise ``ValueError`` on duplicate ids or references to missing items.

    Ids are unique across all collections of a map (an id names one item).
    """
    where: dict[str, str] = {}
    table = collections_of(amap)
    for coll in table:
        for item in getattr(amap, coll.name):
            other = where.get(item.id)
            if other is not None:
                if other == coll.name:
                    raise ValueError(f"two {coll.label}s share the id {item.id!r}")
                raise ValueError(f"the id {item.id!r} is used twice ({other} and {coll.name} need unique ids)")
            where[item.id] = coll.name
    for coll in table:
        for item in getattr(amap, coll.name):
            for ref, target_id in coll.ref_ids(item):
                if where.get(target_id) != ref.target:
                    name = getattr(item, "name", None)
                    who = f"{coll.label} {name!r}" if name else f"{coll.label} {item.id!r}"
                    target_label = _label(table, ref.target)
                    raise ValueError(f"{who} points at a missing {target_label} {target_id!r} ({ref.path})")


def _label(table: Iterable[Collection], name: str) -> str:
    for c in table:
        if c.name == name:
            return c.label
    return name
