"""Three-way merge of maps: ``merge3(base, ours, theirs) -> (map, conflicts)``.

Items are matched by id in every collection of the map (the table in
:mod:`.collections`), then merged field by field, as git merges lines:

- a change made on one side only is taken; the same change on both sides is taken once;
- an item changed on one side and deleted on the other is a conflict on the whole
  item (``field == ""``); the changed item is kept, so nothing is lost until someone
  decides;
- the same field changed differently on both sides is a conflict on that field; the
  map keeps *our* value (git's merge-driver convention: the result replaces OURS);
- fields merged from both sides that no longer make a valid item together (an end
  date before a start date) make a conflict on the whole item, which keeps ours;
- an item deleted on one side but still referred to by the result (a tie the other
  side added to an actor this side deleted) is kept and its deletion is a conflict:
  the result never holds a dangling reference;
- provenance is never a conflict: the later stamp wins.

The result always validates. Every conflict is also stored in the map's ``conflicts``
collection (:class:`~.model.MergeConflict`, with both values and who changed each
side), so it travels in the file until it is resolved (:mod:`.conflicts`). A conflict
has a stable id derived from where it is, so merging again replaces it instead of
adding a copy. The order of ordered collections (saved views, scenarios) follows the
side that changed it; if both reordered differently, ours is kept and an ``order``
conflict is recorded.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from .collections import Collection
from .model import ActorMap, MapMeta, MergeConflict

CONFLICTS = "conflicts"
META = "meta"
ORDER_FIELD = "order"
_NS = uuid.UUID("0f4b1f7e-0c55-4b7a-9d0e-2b6b1c3c6a51")


def conflict_id(collection: str, item_id: str, field: str) -> str:
    """The id of the conflict about ``field`` of ``item_id`` in ``collection`` (stable across merges)."""
    return str(uuid.uuid5(_NS, f"{collection}\x1f{item_id}\x1f{field}"))


@dataclass(frozen=True)
class MergeResult:
    """The merged map and the conflicts this merge found (also stored in ``map.conflicts``)."""

    map: ActorMap
    conflicts: list[MergeConflict]

    def __iter__(self) -> Iterator[Any]:
        return iter((self.map, self.conflicts))


def _dump(value: Any) -> Any:
    if value is None:
        return None
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if isinstance(value, str | int | float | bool):
        return value.value if hasattr(value, "value") else value
    return str(value)


def _field_json(item: Any, field: str) -> Any:
    return None if item is None else item.model_dump(mode="json", include={field}).get(field)


def who(item: Any) -> str:
    """Who last changed (else created) an item, as its provenance says ("" if unknown)."""
    prov = getattr(item, "provenance", None)
    return (prov.changed_by or prov.created_by) if prov is not None else ""


def _later(a, b):
    """The provenance stamped later (``a`` on a tie or when neither is dated)."""
    def when(p):
        return (p.changed_at or p.created_at) if p is not None else None
    ta, tb = when(a), when(b)
    if tb is not None and (ta is None or tb > ta):
        return b
    return a if a is not None else b


class _Merger:
    def __init__(self, base: ActorMap, ours: ActorMap, theirs: ActorMap):
        self.cls = type(ours)
        self.base, self.ours, self.theirs = base, ours, theirs
        self.table: tuple[Collection, ...] = self.cls.COLLECTIONS
        self.sides = {c.name: tuple({i.id: i for i in getattr(m, c.name)} for m in (base, ours, theirs))
                      for c in self.table}
        self.result: dict[str, dict[str, Any]] = {c.name: {} for c in self.table}
        self.found: dict[str, MergeConflict] = {}

    # ---- recording --------------------------------------------------------------------
    def conflict(self, collection: str, item_id: str, field: str, base: Any, ours: Any, theirs: Any,
                 ours_by: str = "", theirs_by: str = "") -> None:
        cid = conflict_id(collection, item_id, field)
        self.found[cid] = MergeConflict(id=cid, collection=collection, item_id=item_id, field=field, base=base,
                                        ours=ours, theirs=theirs, ours_by=ours_by, theirs_by=theirs_by)

    def _whole_item_conflict(self, coll: str, item_id: str, b: Any, o: Any, t: Any) -> None:
        for field_conflict in [k for k, c in self.found.items() if c.collection == coll and c.item_id == item_id]:
            del self.found[field_conflict]
        self.conflict(coll, item_id, "", _dump(b), _dump(o), _dump(t), who(o), who(t))

    # ---- items ------------------------------------------------------------------------
    def merge_items(self) -> None:
        for spec in self.table:
            in_base, in_ours, in_theirs = self.sides[spec.name]
            out = self.result[spec.name]
            for item_id in sorted(in_base.keys() | in_ours.keys() | in_theirs.keys()):
                b, o, t = in_base.get(item_id), in_ours.get(item_id), in_theirs.get(item_id)
                if o == t:
                    merged = o
                elif o == b:
                    merged = t
                elif t == b:
                    merged = o
                elif o is None or t is None:  # deleted on one side, changed on the other
                    merged = o if o is not None else t
                    self._whole_item_conflict(spec.name, item_id, b, o, t)
                else:
                    merged = self._merge_fields(spec, b, o, t)
                if merged is not None:
                    out[item_id] = merged

    def _merge_fields(self, spec: Collection, b: Any, o: Any, t: Any) -> Any:
        """Both sides changed (or both added) the item: merge it field by field."""
        data = o.model_dump()
        conflicts = []
        for name in type(o).model_fields:
            bv, ov, tv = (getattr(b, name) if b is not None else None), getattr(o, name), getattr(t, name)
            if ov == tv or tv == bv:
                continue
            if ov == bv:
                data[name] = t.model_dump(include={name})[name]
            elif name == "provenance":
                later = _later(ov, tv)
                data[name] = later.model_dump() if later is not None else None
            else:
                conflicts.append(name)
        try:
            merged = spec.model.model_validate(data)
        except ValidationError:
            self._whole_item_conflict(spec.name, o.id, b, o, t)
            return o
        for name in conflicts:
            self.conflict(spec.name, o.id, name, _field_json(b, name), _field_json(o, name), _field_json(t, name),
                          who(o), who(t))
        return merged

    # ---- references -------------------------------------------------------------------
    def restore_references(self) -> None:
        """Keep items the result still refers to, each a conflict (deleted on one side)."""
        where = {i: c for c, items in self.result.items() for i in items}
        pending = True
        while pending:
            pending = False
            for spec in self.table:
                for item in list(self.result[spec.name].values()):
                    for ref, target in spec.ref_ids(item):
                        if where.get(target) == ref.target:
                            continue
                        in_base, in_ours, in_theirs = self.sides[ref.target]
                        kept = in_ours.get(target) or in_theirs.get(target) or in_base.get(target)
                        if kept is None or target in where:  # nothing to restore, or the id names another item
                            self.result[spec.name][item.id] = item = ref.without(item, {target})
                            self.conflict(spec.name, item.id, ref.path, None, _dump(in_ours.get(target)),
                                          _dump(in_theirs.get(target)))
                            continue
                        self.result[ref.target][target] = kept
                        where[target] = ref.target
                        self._whole_item_conflict(ref.target, target, in_base.get(target), in_ours.get(target),
                                                  in_theirs.get(target))
                        self._restore_cascade(ref.target, target, where)
                        pending = True

    def _restore_cascade(self, coll: str, target: str, where: dict[str, str]) -> None:
        """Bring back what only went with ``target``'s deletion (its ties), so the restored
        item is whole; deciding the conflict "deleted" removes them again by the same cascade."""
        for spec in self.table:
            for ref in spec.refs:
                if ref.target != coll or ref.on_delete != "cascade":
                    continue
                in_base, in_ours, in_theirs = self.sides[spec.name]
                for item in in_base.values():
                    if target not in ref.ids(item) or item.id in where:
                        continue
                    o, t = in_ours.get(item.id), in_theirs.get(item.id)
                    if (o is None) == (t is None) or (o if o is not None else t) != item:
                        continue  # deleted on both sides, or changed on one: merge_items decided it
                    if all(where.get(t) == r.target for r, t in spec.ref_ids(item)):
                        self.result[spec.name][item.id] = item
                        where[item.id] = spec.name

    def drop_duplicate_ids(self) -> None:
        """An id both sides used for items of different collections: the first collection keeps it."""
        seen: dict[str, str] = {}
        for spec in self.table:
            for item_id in list(self.result[spec.name]):
                if item_id in seen:
                    self.result[spec.name].pop(item_id)
                    in_base, in_ours, in_theirs = self.sides[spec.name]
                    self.conflict(spec.name, item_id, "", _dump(in_base.get(item_id)), _dump(in_ours.get(item_id)),
                                  _dump(in_theirs.get(item_id)), who(in_ours.get(item_id)), who(in_theirs.get(item_id)))
                else:
                    seen[item_id] = spec.name

    # ---- order and map properties -------------------------------------------------------
    def order(self, spec: Collection) -> list[str]:
        present = self.result[spec.name]
        b, o, t = ([i.id for i in getattr(m, spec.name)] for m in (self.base, self.ours, self.theirs))
        common = set(b) & set(o) & set(t)
        bo, oo, to = ([i for i in seq if i in common] for seq in (b, o, t))
        if oo == bo:
            primary, other = t, o
        else:
            primary, other = o, t
            if to not in (bo, oo):
                self.conflict(spec.name, "", ORDER_FIELD, bo, oo, to)
        out = [i for i in primary if i in present]
        for pos, item_id in enumerate(other):
            if item_id in present and item_id not in out:
                before = next((p for p in reversed(other[:pos]) if p in out), None)
                out.insert(out.index(before) + 1 if before is not None else 0, item_id)
        out += sorted(i for i in present if i not in out)
        return out

    def meta(self) -> dict[str, Any]:
        b, o, t = (m.meta for m in (self.base, self.ours, self.theirs))
        data = o.model_dump()
        for name in MapMeta.model_fields:
            bv, ov, tv = getattr(b, name), getattr(o, name), getattr(t, name)
            if ov == tv or tv == bv:
                continue
            if ov == bv:
                data[name] = t.model_dump(include={name})[name]
            else:
                self.conflict(META, "", name, _field_json(b, name), _field_json(o, name), _field_json(t, name))
        return data

    # ---- the whole map ----------------------------------------------------------------------
    def run(self) -> MergeResult:
        self.merge_items()
        self.drop_duplicate_ids()
        self.restore_references()
        data = self.meta()
        known = set(MapMeta.model_fields) | {c.name for c in self.table} | {"format", "schema_version"}
        for name in self.cls.model_fields:
            if name not in known:
                data[name] = getattr(self.ours, name)  # fields of a map subclass: ours
        for spec in self.table:
            if spec.ordered:
                data[spec.name] = [self.result[spec.name][i] for i in self.order(spec)]
            else:
                data[spec.name] = [self.result[spec.name][i] for i in sorted(self.result[spec.name])]
        stored = {c.id: c for c in data[CONFLICTS]}
        stored.update(self.found)
        data[CONFLICTS] = [stored[i] for i in sorted(stored)]
        found = sorted(self.found.values(), key=lambda c: (c.collection, c.item_id, c.field))
        return MergeResult(self.cls.model_validate(data), found)


def merge3(base: ActorMap | None, ours: ActorMap, theirs: ActorMap) -> MergeResult:
    """Merge the changes ``ours`` and ``theirs`` made to ``base`` (see the module docstring).

    ``base`` may be ``None`` (no common ancestor: both sides added everything). Returns
    ``(map, conflicts)``; the map holds every conflict in its ``conflicts`` collection.
    """
    if base is None:
        base = type(ours)()
    return _Merger(base, ours, theirs).run()
