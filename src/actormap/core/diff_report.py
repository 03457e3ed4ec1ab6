"""The difference between two maps, for people: items by *name*, fields old -> new.

:func:`differences` turns ``diff(a, b)`` (a :class:`~.changeset.Changeset` by id) into
:class:`Difference` records a person can read: an actor by its name, a tie as
``MS-13 -> Barrio 18 (conflict)``, a saved view or agreement by its name; each
changed field with its old and new value, where ids of actors are shown as their
names. Provenance is not listed as a field (it changes with every edit); it gives
``by``, who made the change, where the map records it. ``actormap diff`` and the
app's Compare panel print these records (:func:`render_text`, :func:`to_json`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .changeset import Changeset, ItemChange
from .diff import diff
from .model import ActorMap, MapMeta

META = "meta"
CHANGE_ORDER = {"removed": 0, "added": 1, "changed": 2, "reordered": 3}
SECTION_TITLES = {META: "Map properties"}
SKIPPED_FIELDS = frozenset({"id", "provenance"})


@dataclass(frozen=True)
class FieldChange:
    """One field of an item: its value before and after (JSON values; actor ids stay ids)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Difference:
    """An item added, removed or changed (or a collection reordered), described by name.

    ``collection`` is a collection name or ``"meta"``; ``name`` is what a person calls
    the item; ``fields`` the changed fields (for a changed item); ``by`` who made the
    change, when the map records it (provenance).
    """

    collection: str
    change: str
    item_id: str
    name: str
    fields: tuple[FieldChange, ...] = ()
    by: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"collection": self.collection, "change": self.change, "id": self.item_id,
                               "name": self.name}
        if self.fields:
            out["fields"] = [{"field": f.field, "old": f.old, "new": f.new} for f in self.fields]
        if self.by:
            out["by"] = self.by
        return out


class Names:
    """What people call the items of one or two maps (the newer map's name wins)."""

    def __init__(self, *maps: ActorMap):
        self.actor: dict[str, str] = {}
        self.maps = maps
        for m in maps:
            for a in m.actors:
                self.actor.setdefault(a.id, a.name)

    def of_actor(self, actor_id: str) -> str:
        return self.actor.get(actor_id, actor_id)

    def of(self, collection: str, item: Any) -> str:
        """A readable name for ``item`` of ``collection``."""
        if collection == "ties":
            return f"{self.of_actor(item.source)} -> {self.of_actor(item.target)} ({item.kind.value})"
        if collection == "conflicts":
            return f"conflict on {self.conflict_subject(item)}"
        name = getattr(item, "name", None)
        return name if name else item.id

    def find(self, collection: str, item_id: str) -> Any:
        """The item ``item_id`` of ``collection`` in the first map that has it (else ``None``)."""
        for m in self.maps:
            for item in getattr(m, collection, ()):
                if item.id == item_id:
                    return item
        return None

    def conflict_subject(self, c: Any) -> str:
        """What a merge conflict is about, by name: ``actor 'MS-13': power``, ``map property title``."""
        if c.collection == META:
            return f"map property {c.field}"
        if c.field == "order" and not c.item_id:
            return f"order of {c.collection}"
        try:
            spec = ActorMap.collection(c.collection)
        except KeyError:
            return f"{c.collection} {c.item_id}: {c.field}".rstrip(": ")
        item = self.find(c.collection, c.item_id)
        for value in (c.ours, c.theirs, c.base):
            if item is None and isinstance(value, dict):
                try:
                    item = spec.model.model_validate(value)
                except ValueError:
                    continue
        name = self.of(c.collection, item) if item is not None else c.item_id
        what = f"tie {name}" if c.collection == "ties" else f"{spec.label} {name!r}"
        return f"{what}: {c.field}" if c.field else what


def differences(a: ActorMap, b: ActorMap) -> list[Difference]:
    """What changes ``a`` into ``b``, by name, in a stable order (collection, change, name)."""
    return describe(diff(a, b), Names(b, a))


def describe(cs: Changeset, names: Names) -> list[Difference]:
    """The records of a changeset (``names`` should know the actors of both maps)."""
    out: list[Difference] = []
    if cs.meta is not None:
        old, new = (m.model_dump(mode="json") for m in cs.meta)
        fields = tuple(FieldChange(k, old[k], new[k]) for k in MapMeta.model_fields if old[k] != new[k])
        out.append(Difference(META, "changed", "", SECTION_TITLES[META], fields))
    order = {c.name: i for i, c in enumerate(ActorMap.COLLECTIONS)}
    for coll in sorted(cs.items, key=lambda c: order.get(c, len(order))):
        for item_id, ch in cs.items[coll].items():
            out.append(_describe_item(coll, item_id, ch, names))
    for coll, (before, after) in cs.order.items():
        common = set(before) & set(after)
        if [i for i in before if i in common] != [i for i in after if i in common]:
            out.append(Difference(coll, "reordered", "", coll))
    out.sort(key=lambda d: (-1 if d.collection == META else order.get(d.collection, len(order)),
                            CHANGE_ORDER[d.change], d.name.casefold(), d.item_id))
    return out


def _describe_item(coll: str, item_id: str, ch: ItemChange, names: Names) -> Difference:
    item = ch.new if ch.new is not None else ch.old
    name = names.of(coll, item)
    prov = getattr(item, "provenance", None)
    if ch.kind == "added":
        return Difference(coll, "added", item_id, name, by=prov.created_by if prov else "")
    if ch.kind == "removed":
        return Difference(coll, "removed", item_id, name)
    old, new = ch.old.model_dump(mode="json"), ch.new.model_dump(mode="json")
    changed = [f for f in type(ch.new).model_fields if old[f] != new[f]]
    shown = [f for f in changed if f not in SKIPPED_FIELDS] or changed
    by = (prov.changed_by or prov.created_by) if prov else ""
    return Difference(coll, "changed", item_id, name, tuple(FieldChange(f, old[f], new[f]) for f in shown), by)


# ---- text and JSON --------------------------------------------------------------------------
MARKS = {"added": "+", "removed": "-", "changed": "~", "reordered": "~"}
MAX_SHOWN = 80


def _named(value: Any, names: Names) -> Any:
    """``value`` with every actor id replaced by the actor's name (for display only)."""
    if isinstance(value, str):
        return names.of_actor(value)
    if isinstance(value, list):
        return [_named(v, names) for v in value]
    if isinstance(value, dict):
        return {k: (v if k == "id" else _named(v, names)) for k, v in value.items()}
    return value


def format_value(value: Any, names: Names | None = None, field: str = "") -> str:
    """A short readable value: text quoted, lists bracketed, actor ids shown as names."""
    if names is not None and field != "id":
        if isinstance(value, str) and value in names.actor:
            return names.of_actor(value)
        value = _named(value, names)
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def line_of(d: Difference, names: Names | None = None) -> str:
    """One line for one difference (what the CLI prints and the Compare panel lists)."""
    if d.change == "reordered":
        return f"~ {d.collection} reordered"
    head = f"{MARKS[d.change]} {d.name}"
    if d.fields:
        head += ": " + "; ".join(
            f"{f.field} {format_value(f.old, names, f.field)} -> {format_value(f.new, names, f.field)}"
            for f in d.fields)
    if d.by:
        head += f" (by {d.by})"
    return head


def section_title(collection: str) -> str:
    if collection in SECTION_TITLES:
        return SECTION_TITLES[collection]
    try:
        label = ActorMap.collection(collection).label
    except KeyError:
        return collection
    return label[:1].upper() + label[1:] + "s"


def render_text(diffs: list[Difference], names: Names | None = None) -> str:
    """The differences grouped by collection, one line each (empty text when there are none)."""
    lines: list[str] = []
    current = None
    for d in diffs:
        if d.collection != current:
            current = d.collection
            lines.append(f"{section_title(current)}:")
        lines.append("  " + line_of(d, names))
    return "\n".join(lines) + ("\n" if lines else "")


def summary(diffs: list[Difference]) -> dict[str, dict[str, int]]:
    """``{collection: {change: count}}``."""
    out: dict[str, dict[str, int]] = {}
    for d in diffs:
        tally = out.setdefault(d.collection, {})
        tally[d.change] = tally.get(d.change, 0) + 1
    return out


def to_json(diffs: list[Difference], a_name: str = "", b_name: str = "") -> dict[str, Any]:
    return {"a": a_name, "b": b_name, "equal": not diffs, "counts": summary(diffs),
            "differences": [d.to_json() for d in diffs]}
