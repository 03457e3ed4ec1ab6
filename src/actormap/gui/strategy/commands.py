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

    _run(qdoc, label or f"New {_word(coll)} '{scenario.name}'", do, undo)


def delete_scenario(qdoc: QtDocument, scenario_id: str, label: str = "", coll: str = COLL) -> None:
    doc = qdoc.doc
    if doc.collection_of(scenario_id) != coll:
        raise EditError(f"no {_word(coll)} {scenario_id!r}")
    held: dict[str, Any] = {}

    def do() -> None:
        held["item"] = doc.get(coll, scenario_id)
        held["index"] = [s.id for s in doc.ordered(coll)].index(scenario_id)
        with doc.transaction(label) as tx:
            tx.remove(coll, scenario_id)

    def undo() -> None:
        with doc.transaction(label) as tx:
            tx.add(coll, held["item"], held["index"])

    _run(qdoc, label or f"Delete {_word(coll)} '{doc.get(coll, scenario_id).name}'", do, undo)


def update_scenario(qdoc: QtDocument, scenario_id: str, changes: Mapping[str, Any], label: str = "",
                    coll: str = COLL) -> bool:
    """Change some fields (never ``changes`` or ``id``); False when nothing would change."""
    doc = qdoc.doc
    if {"changes", "id"} & set(changes):
        raise EditError(f"a {_word(coll)}'s changes are edited in its own tab")
    if doc.collection_of(scenario_id) != coll:
        raise EditError(f"no {_word(coll)} {scenario_id!r}")
    current = doc.get(coll, scenario_id)
    old = {k: getattr(current, k) for k in changes}
    if all(old[k] == v for k, v in changes.items()):
        return False

    def setter(values: Mapping[str, Any]) -> Callable[[], None]:
        def run() -> None:
            with doc.transaction(label) as tx:
                tx.update(coll, scenario_id, values)
        return run

    _run(qdoc, label or f"Edit {_word(coll)} {', '.join(changes)}", setter(dict(changes)), setter(old))
    return True


def move_scenario(qdoc: QtDocument, scenario_id: str, index: int, label: str = "Reorder scenarios") -> None:
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
