"""Patches: change sets stored by id against a base map (scenarios, perspectives).

A :class:`~.model.Patch` names, per collection, the items added (whole), removed
(by id) and changed (only the fields that differ), and the map properties that
change. It is what a scenario or a perspective stores in the map file: never a
copy of the map, so later edits of the base map show through wherever the patch
does not speak.

- :func:`patch_of` turns a :class:`~.changeset.Changeset` (e.g. ``diff(base, variant)``)
  into a patch;
- :func:`apply_patch` applies a patch to a base map with the document's own rules
  (cascade, integrity) and returns the variant, the exact changeset, and the problems
  met where the base has changed since the patch was made (a removed actor that is
  gone already, a change to an item that no longer exists): those parts are skipped
  and reported, never guessed;
- :func:`without` and :func:`patch_between`: the base a saved change set applies to, and the
  patch between two maps that a scenario's or perspective's tab stores.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from .changeset import Changeset
from .diff import diff
from .document import MapDocument, validated
from .errors import EditError
from .model import ActorMap, CollectionPatch, ItemPatch, MapMeta, Patch


@dataclass(frozen=True)
class PatchProblem:
    """A part of a patch that does not fit the base map any more (it was skipped).

    ``code``: ``missing_item`` (change or removal of an item not on the map),
    ``id_taken`` (an added item's id is used), ``missing_reference`` (an added or
    changed item refers to an item not on the map), ``invalid`` (a value the model
    refuses); ``collection`` and ``item_id`` say where; ``detail`` is plain text.
    """

    code: str
    collection: str
    item_id: str
    detail: str = ""


def patch_of(cs: Changeset) -> Patch:
    """The patch that redoes ``cs`` on the map it was made from (fields changed only)."""
    colls: dict[str, CollectionPatch] = {}
    for coll, changes in cs.items.items():
        add, remove, update = [], [], []
        for item_id in sorted(changes):
            ch = changes[item_id]
            if ch.old is None:
                add.append(ch.new.model_dump(mode="json"))
            elif ch.new is None:
                remove.append(item_id)
            else:
                new = ch.new.model_dump(mode="json")
                update.append(ItemPatch(id=item_id, set={f: new[f] for f in ch.fields()}))
        colls[coll] = CollectionPatch(add=add, remove=remove, update=update)
    meta: dict[str, Any] = {}
    if cs.meta:
        old, new = cs.meta[0].model_dump(mode="json"), cs.meta[1].model_dump(mode="json")
        meta = {k: v for k, v in new.items() if old.get(k) != v}
    return Patch(collections=colls, meta=meta)


def apply_patch(base: ActorMap, patch: Patch, label: str = "") -> tuple[ActorMap, Changeset, list[PatchProblem]]:
    """The variant of ``base`` that ``patch`` describes, the changeset from ``base`` to it,
    and the parts of the patch that no longer fit (skipped, in a stable order)."""
    doc = MapDocument(base)
    problems: list[PatchProblem] = []
    known = {c.name for c in base.COLLECTIONS}
    order = [c.name for c in base.COLLECTIONS]
    for name in patch.collections:
        if name not in known:
            problems.append(PatchProblem("missing_item", name, "", "this map has no such collection"))
    present = {c: p for c, p in patch.collections.items() if c in known}
    with doc.transaction(label) as tx:
        # removals first (the cascade follows the table), in reverse table order
        for coll in reversed(order):
            for item_id in present.get(coll, CollectionPatch()).remove:
                if doc.collection_of(item_id) == coll:
                    tx.remove(coll, item_id)
                elif base_has(base, coll, item_id):
                    continue  # gone with something this patch removed (a tie with its actor)
                else:
                    problems.append(PatchProblem("missing_item", coll, item_id, "removed already"))
        for coll in order:
            cp = present.get(coll)
            if cp is None:
                continue
            spec = base.collection(coll)
            for up in cp.update:
                if doc.collection_of(up.id) != coll:
                    problems.append(PatchProblem("missing_item", coll, up.id, "not on the map"))
                    continue
                try:
                    new = validated(spec.model, doc.get(coll, up.id), up.set)
                except EditError as err:
                    problems.append(PatchProblem("invalid", coll, up.id, str(err)))
                    continue
                if _refs_ok(doc, spec, new, problems, coll):
                    tx.replace(coll, new)
            for raw in cp.add:
                try:
                    item = validated(spec.model, None, raw)
                except EditError as err:
                    problems.append(PatchProblem("invalid", coll, str(raw.get("id", "")), str(err)))
                    continue
                if doc.collection_of(item.id) is not None:
                    problems.append(PatchProblem("id_taken", coll, item.id, "the id is used on the map"))
                    continue
                if _refs_ok(doc, spec, item, problems, coll):
                    tx.add(coll, item)
        if patch.meta:
            try:
                tx.set_meta(validated(MapMeta, doc.meta, patch.meta))
            except EditError as err:
                problems.append(PatchProblem("invalid", "meta", "", str(err)))
    cs = tx.changeset if tx.changeset is not None else Changeset(label)
    return doc.snapshot(), cs, problems


def without(amap: ActorMap, colls: Collection[str]) -> ActorMap:
    """``amap`` with the collections ``colls`` emptied (``amap`` itself when they are empty already)."""
    if any(getattr(amap, c) for c in colls):
        return amap.model_copy(update={c: [] for c in colls})
    return amap


def patch_between(base: ActorMap, variant: ActorMap, not_patched: Collection[str]) -> Patch:
    """What ``variant`` changes in ``base``'s collections (fields changed only), never in the
    collections ``not_patched`` nor in the map properties."""
    cs = diff(without(base, not_patched), without(variant, not_patched))
    return patch_of(Changeset(cs.label, {c: ch for c, ch in cs.items.items() if c not in not_patched}))


def base_has(base: ActorMap, coll: str, item_id: str) -> bool:
    return any(i.id == item_id for i in getattr(base, coll))


def _refs_ok(doc: MapDocument, spec, item, problems: list[PatchProblem], coll: str) -> bool:
    for ref, target in spec.ref_ids(item):
        if doc.collection_of(target) != ref.target:
            problems.append(PatchProblem("missing_reference", coll, item.id,
                                         f"{ref.path} refers to {target}, which is not on the map"))
            return False
    return True


def find_named(items, wanted, what: str, error: type[Exception]) -> list:
    """The items (scenarios, perspectives, ...) named in ``wanted`` -- by name, then ignoring
    case, or by id -- in that order, each once; all of them when ``wanted`` is None. A name that
    matches none or several raises ``error`` naming the known ones (``what``: "scenario", ...)."""
    items = list(items)
    if wanted is None:
        return items
    out = []
    for w in wanted:
        hits = [i for i in items if i.name == w or i.id == w]
        if not hits:
            hits = [i for i in items if i.name.casefold() == w.strip().casefold()]
        if len(hits) != 1:
            known = ", ".join(repr(i.name) for i in items) or "none"
            said = f"several {what}s called" if hits else f"no {what}"
            raise error(f"the map has {said} {w!r} ({what}s: {known})")
        if hits[0] not in out:
            out.append(hits[0])
    return out
