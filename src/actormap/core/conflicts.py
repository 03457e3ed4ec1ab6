"""Merge conflicts kept in a map, described by name and resolved by edits.

A merge (:mod:`.merge`) stores each conflict in the map's ``conflicts`` collection.
:class:`ResolveConflict` settles one: it gives the item (or field, or map property, or
order) the chosen value -- ours, theirs, or one the user typed -- and removes the
conflict, in one transaction, so it is one undo step. Conflicts about items that the
resolution removed go with it (there is nothing left to decide about them).
"""

from __future__ import annotations

from typing import Any, Literal

from .diff_report import Names, format_value
from .document import MapDocument, Transaction, validated
from .edits import Edit
from .errors import EditError
from .merge import CONFLICTS, META, ORDER_FIELD
from .model import MergeConflict

Choice = Literal["ours", "theirs", "value"]


def side_text(value: Any, field: str, names: Names, base: Any = None) -> str:
    """A conflict side for people: a whole item ``deleted``, ``kept`` or ``changed``; else the value."""
    if not field:
        return "deleted" if value is None else "kept" if value == base else "changed"
    return format_value(value, names, field)


def describe_conflict(c: MergeConflict, names: Names) -> str:
    """One line: subject, ours (by whom), theirs (by whom), base."""
    ours = side_text(c.ours, c.field, names, c.base) + (f" by {c.ours_by}" if c.ours_by else "")
    theirs = side_text(c.theirs, c.field, names, c.base) + (f" by {c.theirs_by}" if c.theirs_by else "")
    base = "" if not c.field else f" (base {format_value(c.base, names, c.field)})"
    return f"{names.conflict_subject(c)}: ours {ours}, theirs {theirs}{base}"


class ResolveConflict(Edit):
    """Settle one merge conflict with ours, theirs, or a given value (one undo step)."""

    def __init__(self, conflict_id: str, choice: Choice, value: Any = None, label: str = ""):
        if choice not in ("ours", "theirs", "value"):
            raise EditError(f"unknown choice {choice!r}: use ours, theirs or value")
        self.conflict_id, self.choice, self.value = conflict_id, choice, value
        self._name(label, "edit.resolve_conflict", choice=choice)

    def run(self, doc: MapDocument, tx: Transaction) -> None:
        if doc.collection_of(self.conflict_id) != CONFLICTS:
            raise EditError.coded("edit_error.conflict_gone")
        c: MergeConflict = doc.get(CONFLICTS, self.conflict_id)
        present = {o.id for o in doc.items(CONFLICTS).values() if o.item_id and doc.collection_of(o.item_id)}
        value = {"ours": c.ours, "theirs": c.theirs, "value": self.value}[self.choice]
        if c.collection == META:
            tx.set_meta({c.field: value})
        elif c.field == ORDER_FIELD and not c.item_id:
            self._order(doc, tx, c.collection, value)
        elif not c.field:
            self._whole(doc, tx, c.collection, c.item_id, value)
        else:
            if doc.collection_of(c.item_id) != c.collection:
                raise EditError.coded("edit_error.conflict_item_gone", collection=c.collection, id=c.item_id)
            tx.update(c.collection, c.item_id, {c.field: value})
        tx.remove(CONFLICTS, c.id)
        for other in list(doc.items(CONFLICTS).values()):  # about items this removed: nothing left to decide
            if other.id in present and doc.collection_of(other.item_id) is None:
                tx.remove(CONFLICTS, other.id)

    @staticmethod
    def _whole(doc: MapDocument, tx: Transaction, coll: str, item_id: str, value: Any) -> None:
        present = doc.collection_of(item_id) == coll
        if value is None:
            if present:
                tx.remove(coll, item_id)
            return
        if not isinstance(value, dict):
            raise EditError("a whole item needs an object of its fields")
        item = validated(doc.map_type.collection(coll).model, None, value)
        if item.id != item_id:
            raise EditError("the chosen item has another id")
        if present:
            tx.replace(coll, item)
        else:
            tx.add(coll, item)

    @staticmethod
    def _order(doc: MapDocument, tx: Transaction, coll: str, value: Any) -> None:
        current = [i.id for i in doc.ordered(coll)]
        wanted = [i for i in (value or []) if i in current]
        tx.set_order(coll, wanted + [i for i in current if i not in wanted])


def resolve_all(doc: MapDocument, choice: Literal["ours", "theirs"]) -> list[str]:
    """Resolve every conflict of ``doc`` the same way (scripts); returns the ids resolved."""
    done = []
    for cid in sorted(doc.items(CONFLICTS)):
        if doc.collection_of(cid) == CONFLICTS:
            ResolveConflict(cid, choice).apply(doc)
            done.append(cid)
    return done
