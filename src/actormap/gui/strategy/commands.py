"""Undo commands for a map's list of scenarios (or perspectives) that never put back their changes.

Perspectives (the map "as seen by" a party) are change sets like scenarios and use the same
commands with ``coll="perspectives"``.

A scenario's ``changes`` (its patch) have one history only: the undo stack of the scenario's
own tab. Each edit there is written back into the base map's scenario item at once, with no
undo entry on the base map (:func:`write_patch`; the base map is marked modified). The
base map's own scenario commands -- new, duplicate, rename, strategy, description, reorder,
delete -- therefore act on the item *as it is now*: renaming undoes the name only, undoing
"New scenario" removes the scenario with whatever it holds by then, and redoing it puts that
back. A plain changeset command would replay a stale ``changes`` value, or refuse to apply.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from ...core.errors import EditError
from ...core.model import Patch, Scenario
from ..i18n import message, translate
from ..undo import QtDocument

COLL = "scenarios"


class ScenarioCommand(QUndoCommand):
    """``do`` and ``undo`` run against the current document; ``do`` has run once before the push."""

    def __init__(self, qdoc: QtDocument, label: str, do: Callable[[], None], undo: Callable[[], None]):
        super().__init__(label)
        self.qdoc = qdoc
        self._do, self._undo = do, undo
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._do()

    def undo(self) -> None:
        self._undo()


def _run(qdoc: QtDocument, label: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
    do()  # raises EditError before anything enters the stack
    qdoc.undo_stack.push(ScenarioCommand(qdoc, label, do, undo))


def _word(coll: str) -> str:
    return coll.removesuffix("s")


def _text(coll: str, what: str) -> str:
    """The undo label or error of ``what`` for a scenario or a perspective (translated)."""
    scenario = coll == COLL
    texts = {
        "new": (translate("ScenarioCommands", "New scenario '{name}'"),
                translate("ScenarioCommands", "New perspective '{name}'")),
        "delete": (translate("ScenarioCommands", "Delete scenario '{name}'"),
                   translate("ScenarioCommands", "Delete perspective '{name}'")),
        "edit": (translate("ScenarioCommands", "Edit scenario {fields}"),
                 translate("ScenarioCommands", "Edit perspective {fields}")),
        "missing": (translate("ScenarioCommands", "no scenario {id}"),
                    translate("ScenarioCommands", "no perspective {id}")),
        "changes": (translate("ScenarioCommands", "a scenario's changes are edited in its own tab"),
                    translate("ScenarioCommands", "a perspective's changes are edited in its own tab")),
    }
    return texts[what][0 if scenario else 1]


def add_scenario(qdoc: QtDocument, scenario: Scenario, index: int | None = None, label: str = "",
                 coll: str = COLL) -> None:
    """Add ``scenario`` (New, Duplicate); undo removes it as it is then, redo puts that back."""
    held = {"item": scenario}

    def do() -> None:
        with qdoc.doc.transaction(label) as tx:
            tx.add(coll, held["item"], index)

    def undo() -> None:
        held["item"] = qdoc.doc.get(coll, scenario.id)
        with qdoc.doc.transaction(label) as tx:
            tx.remove(coll, scenario.id)

    _run(qdoc, label or _text(coll, "new").format(name=scenario.name), do, undo)


def delete_scenario(qdoc: QtDocument, scenario_id: str, label: str = "", coll: str = COLL) -> None:
    doc = qdoc.doc
    if doc.collection_of(scenario_id) != coll:
        raise EditError(_text(coll, "missing").format(id=repr(scenario_id)))
    held: dict[str, Any] = {}

    def do() -> None:
        held["item"] = doc.get(coll, scenario_id)
        held["index"] = [s.id for s in doc.ordered(coll)].index(scenario_id)
        with doc.transaction(label) as tx:
            tx.remove(coll, scenario_id)

    def undo() -> None:
        with doc.transaction(label) as tx:
            tx.add(coll, held["item"], held["index"])

    _run(qdoc, label or _text(coll, "delete").format(name=doc.get(coll, scenario_id).name), do, undo)


def update_scenario(qdoc: QtDocument, scenario_id: str, changes: Mapping[str, Any], label: str = "",
                    coll: str = COLL) -> bool:
    """Change some fields (never ``changes`` or ``id``); False when nothing would change."""
    doc = qdoc.doc
    if {"changes", "id"} & set(changes):
        raise EditError(_text(coll, "changes"))
    if doc.collection_of(scenario_id) != coll:
        raise EditError(_text(coll, "missing").format(id=repr(scenario_id)))
    current = doc.get(coll, scenario_id)
    old = {k: getattr(current, k) for k in changes}
    if all(old[k] == v for k, v in changes.items()):
        return False

    def setter(values: Mapping[str, Any]) -> Callable[[], None]:
        def run() -> None:
            with doc.transaction(label) as tx:
                tx.update(coll, scenario_id, values)
        return run

    _run(qdoc, label or _text(coll, "edit").format(fields=message("edit.fields", fields=list(changes))),
         setter(dict(changes)), setter(old))
    return True


def move_scenario(qdoc: QtDocument, scenario_id: str, index: int, label: str = "") -> None:
    label = label or translate("ScenarioCommands", "Reorder scenarios")
    doc = qdoc.doc
    old = [s.id for s in doc.ordered(COLL)].index(scenario_id)

    def mover(i: int) -> Callable[[], None]:
        def run() -> None:
            with doc.transaction(label) as tx:
                tx.move(COLL, scenario_id, i)
        return run

    _run(qdoc, label, mover(index), mover(old))


def write_patch(qdoc: QtDocument, scenario_id: str, patch: Patch, coll: str = COLL) -> bool:
    """Store a scenario (or perspective) tab's patch in the base map: no undo entry, the map
    marked modified.

    Returns False when the scenario is gone or already holds exactly this patch.
    """
    doc = qdoc.doc
    if doc.collection_of(scenario_id) != coll or doc.get(coll, scenario_id).changes == patch:
        return False
    with doc.transaction(f"{_word(coll).capitalize()} edit") as tx:
        tx.update(coll, scenario_id, {"changes": patch})
    qdoc.undo_stack.resetClean()  # unsaved: the map's file does not hold this yet
    return True
