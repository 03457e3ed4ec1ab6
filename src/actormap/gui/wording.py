"""Plain words for what was done and what went wrong: undo entries and messages name the
actors and the field, never an id or validation jargon.

``edit_label(doc, edit)`` words an edit for the undo history *before* it is applied
("Add tie: G9 → Residents (coercive)", "Rename MS-13 to Mara Salvatrucha", "Delete
MS-13 and its 3 ties"); ``plain_message(text, doc)`` puts names in place of any id an
error message carries. Counts in the window go through Qt's plural forms
(``translate(ctx, "%n actor(s)", "", COUNT, n)``), never an English "s".
"""

from __future__ import annotations

import re

from ..core.edits import AddItems, Edit, MoveActors, RemoveItems, UpdateActor, UpdateTie
from .i18n import current_language, message

_ID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def actor_name(doc, aid: str) -> str:
    a = doc.actors.get(aid)
    return a.name if a is not None else message("undo.an_actor")


def _ends(doc, tie, kind=None) -> dict:
    return {"source": actor_name(doc, tie.source), "target": actor_name(doc, tie.target),
            "kind": str(getattr(kind or tie.kind, "value", kind or tie.kind))}


def tie_words(doc, tie) -> str:
    """``the tie MS-13 → Barrio 18 (conflict)``, in the interface's language."""
    return message("undo.the_tie", **_ends(doc, tie))


def edit_label(doc, edit: Edit) -> str:
    """What ``edit`` will do to ``doc``, in words (the interface's language), for the undo history."""
    if isinstance(edit, AddItems):
        na, nt = len(edit.actors), len(edit.ties)
        if na == 1 and not nt:
            return message("undo.add_actor", name=edit.actors[0].name)
        if nt == 1 and not na:
            return message("undo.add_tie", **_ends(doc, edit.ties[0]))
        return message("undo.add_counts", counts=[[c, n] for c, n in (("actors", na), ("ties", nt)) if n])
    if isinstance(edit, RemoveItems):
        na, nt = len(edit.actor_ids), len(edit.tie_ids)
        if na == 1 and not nt and not any(edit.other.values()):
            aid = edit.actor_ids[0]
            k = len(list(doc.ties_of(aid))) if aid in doc.actors else 0
            return message("undo.delete_actor", name=actor_name(doc, aid), ties=k)
        if nt == 1 and not na and not any(edit.other.values()) and edit.tie_ids[0] in doc.ties:
            return message("undo.delete_tie", **_ends(doc, doc.ties[edit.tie_ids[0]]))
        return edit.describe(current_language())
    if isinstance(edit, MoveActors):
        ids = list(edit.new_positions)
        if len(ids) == 1:
            return message("undo.move_actor", name=actor_name(doc, ids[0]))
        return edit.describe(current_language())
    if isinstance(edit, UpdateActor):
        name = actor_name(doc, edit.item_id)
        if set(edit.changes) == {"name"}:
            return message("undo.rename", name=name, new=edit.changes["name"])
        return message("undo.change_actor", fields=list(edit.changes), name=name)
    if isinstance(edit, UpdateTie):
        tie = doc.ties.get(edit.item_id)
        if tie is None:
            return edit.describe(current_language())
        if set(edit.changes) == {"kind"}:
            new = edit.changes["kind"]
            return message("undo.make_kind", **_ends(doc, tie), new=str(getattr(new, "value", new)))
        return message("undo.change_tie", fields=list(edit.changes), **_ends(doc, tie))
    return edit.describe(current_language())


def plain_message(text: str, doc=None) -> str:
    """``text`` with ids replaced by what they name: actors by name, ties by their ends."""
    if doc is not None:
        def name_of(m: re.Match) -> str:
            i = m.group(m.lastindex or 0)
            if i in doc.actors:
                return doc.actors[i].name
            if i in doc.ties:
                return tie_words(doc, doc.ties[i])
            for coll in ("views", "agreements", "events", "scenarios"):
                try:
                    item = doc.items(coll).get(i)
                except Exception:  # noqa: BLE001 (a collection the map does not have)
                    item = None
                if item is not None and getattr(item, "name", ""):
                    return item.name
            return message("undo.an_item")

        text = re.sub(r"'([^'\s]{1,80})'", lambda m: name_of(m) if _known(doc, m.group(1)) else m.group(0), text)
        text = _ID.sub(name_of, text)
    else:
        text = _ID.sub(message("undo.an_item"), text)
    return text


def _known(doc, item_id: str) -> bool:
    return item_id in doc.actors or item_id in doc.ties
