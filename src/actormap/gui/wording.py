"""Plain words for what was done and what went wrong: undo entries and messages name the
actors and the field, never an id or validation jargon.

``edit_label(doc, edit)`` words an edit for the undo history *before* it is applied
("Add tie: G9 → Residents (coercive)", "Rename MS-13 to Mara Salvatrucha", "Delete
MS-13 and its 3 ties"); ``plain_message(text, doc)`` puts names in place of any id an
error message carries. ``plural(1, "actor")`` is "1 actor".
"""

from __future__ import annotations

import re

from ..core.edits import AddItems, Edit, MoveActors, RemoveItems, UpdateActor, UpdateTie
from ..core.semantics import SEMANTICS

_ID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
FIELD_WORDS = {"short_name": "short name", "is_self": "own position", "x": "position", "y": "position",
               "legitimacy": "legitimacy", "sources": "sources", "labels": "labels", "start": "start date",
               "end": "end date"}


def plural(n: int, word: str) -> str:
    """``1 actor``, ``2 actors``, ``0 ties``."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def field_words(fields) -> str:
    words = list(dict.fromkeys(FIELD_WORDS.get(f, f.replace("_", " ")) for f in fields))
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def actor_name(doc, aid: str, fallback: str = "an actor") -> str:
    a = doc.actors.get(aid)
    return a.name if a is not None else fallback


def tie_words(doc, tie) -> str:
    """``MS-13 → Barrio 18 (conflict)``."""
    return f"{actor_name(doc, tie.source)} → {actor_name(doc, tie.target)} ({SEMANTICS[tie.kind].label.lower()})"


def edit_label(doc, edit: Edit) -> str:
    """What ``edit`` will do to ``doc``, in words, for the undo history."""
    if isinstance(edit, AddItems):
        na, nt = len(edit.actors), len(edit.ties)
        if na == 1 and not nt:
            return f"Add actor {edit.actors[0].name}"
        if nt == 1 and not na:
            return f"Add tie: {tie_words(doc, edit.ties[0])}"
        parts = [plural(na, "actor")] * bool(na) + [plural(nt, "tie")] * bool(nt)
        return "Add " + " and ".join(parts)
    if isinstance(edit, RemoveItems):
        na, nt = len(edit.actor_ids), len(edit.tie_ids)
        if na == 1 and not nt:
            aid = edit.actor_ids[0]
            k = len(list(doc.ties_of(aid))) if aid in doc.actors else 0
            return f"Delete {actor_name(doc, aid)}" + (f" and its {plural(k, 'tie')}" if k else "")
        if nt == 1 and not na and edit.tie_ids[0] in doc.ties:
            return f"Delete tie: {tie_words(doc, doc.ties[edit.tie_ids[0]])}"
        parts = [plural(na, "actor")] * bool(na) + [plural(nt, "tie")] * bool(nt)
        return "Delete " + " and ".join(parts) if parts else edit.label
    if isinstance(edit, MoveActors):
        ids = list(edit.new_positions)
        return f"Move {actor_name(doc, ids[0])}" if len(ids) == 1 else f"Move {plural(len(ids), 'actor')}"
    if isinstance(edit, UpdateActor):
        name = actor_name(doc, edit.item_id)
        if set(edit.changes) == {"name"}:
            return f"Rename {name} to {edit.changes['name']}"
        return f"Change {field_words(edit.changes)} of {name}"
    if isinstance(edit, UpdateTie):
        tie = doc.ties.get(edit.item_id)
        if tie is None:
            return edit.label
        if set(edit.changes) == {"kind"}:
            return f"Make {actor_name(doc, tie.source)} → {actor_name(doc, tie.target)} a " \
                   f"{SEMANTICS[edit.changes['kind']].label.lower()} tie"
        return f"Change {field_words(edit.changes)} of the tie {tie_words(doc, tie)}"
    return edit.label


def plain_message(text: str, doc=None) -> str:
    """``text`` with ids replaced by what they name: actors by name, ties by their ends."""
    if doc is not None:
        def name_of(m: re.Match) -> str:
            i = m.group(m.lastindex or 0)
            if i in doc.actors:
                return doc.actors[i].name
            if i in doc.ties:
                return f"the tie {tie_words(doc, doc.ties[i])}"
            for coll in ("views", "agreements", "events", "scenarios"):
                try:
                    item = doc.items(coll).get(i)
                except Exception:  # noqa: BLE001 (a collection the map does not have)
                    item = None
                if item is not None and getattr(item, "name", ""):
                    return item.name
            return "an item"

        text = re.sub(r"'([^'\s]{1,80})'", lambda m: name_of(m) if _known(doc, m.group(1)) else m.group(0), text)
        text = _ID.sub(name_of, text)
    else:
        text = _ID.sub("an item", text)
    return text


def _known(doc, item_id: str) -> bool:
    return item_id in doc.actors or item_id in doc.ties
