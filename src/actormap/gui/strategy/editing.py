"""Editing a scenario on the canvas, in its own tab, with its own undo history.

Perspectives (the map "as seen by" a party, :mod:`actormap.core.perspective`) are change sets
too and open the same way (``open(base, id, coll="perspectives")``, role ``"perspective"``,
banner "AS SEEN BY ..."): one controller, so the banner, the write-back and the tab rules are
shared.

Opening a saved scenario adds a document to the workspace with role ``"scenario"`` and the
map as its base: the map as the scenario describes it (``scenario_variant``), titled with the
scenario's name. Every edit there (and every undo and redo) is written back at once as the
scenario's patch in the base map -- computed against the base *as it was when the tab
opened*, so later edits of the base map are never undone by the scenario -- with no undo
entry on the base map, which is marked modified (see :mod:`.commands` for why the base's own
scenario commands stay valid). The scenario tab never counts as unsaved: its work lives in
the base map, which File ▸ Save writes.

While a scenario tab is shown, the canvas carries a banner in the strategy's colour and a
tinted background, so nobody takes it for the base map. When the base map changes under an
open scenario, the banner says so (close and reopen the tab to see those changes). Deleting
the scenario closes its tab; renaming it renames the tab.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Signal

from ...core.changeset import Changeset
from ...core.model import ActorMap, Strategy
from ...core.perspective import perspective_base, perspective_patch, perspective_variant
from ...core.scenario import scenario_base, scenario_patch, scenario_variant
from ..i18n import COUNT, message, translate
from ..undo import QtDocument
from ..workspace import QtWorkspace
from .commands import write_patch

STRATEGY_COLOURS = {
    Strategy.CONFRONTATION: "#D55E00",  # Okabe-Ito vermillion
    Strategy.ACCOMMODATION: "#0072B2",  # blue
    Strategy.TRANSFORMATION: "#009E73",  # bluish green
    Strategy.OTHER: "#E69F00",  # orange
}
ROLE = "scenario"
PERSPECTIVE_COLOUR = "#CC79A7"  # Okabe-Ito reddish purple: a party's view, not a strategy


@dataclass(frozen=True)
class ChangeSetKind:
    """A collection of change sets over a map: how to get the base, the variant and the patch."""

    coll: str
    role: str
    variant: Callable  # (map, item) -> (variant, changeset, problems)
    base: Callable  # map -> the map the change set applies to
    patch: Callable  # (base, variant) -> Patch


KINDS = {
    "scenarios": ChangeSetKind("scenarios", ROLE, scenario_variant, scenario_base, scenario_patch),
    "perspectives": ChangeSetKind("perspectives", "perspective", perspective_variant, perspective_base,
                                  perspective_patch),
}
BOOKKEEPING = frozenset(KINDS)
"""Collections whose change never makes an open tab stale (they hold the change sets themselves)."""


@dataclass(eq=False)
class OpenScenario:
    base: QtDocument
    scenario_id: str
    qdoc: QtDocument
    base0: ActorMap
    stale: bool = False
    coll: str = "scenarios"

    @property
    def kind(self) -> ChangeSetKind:
        return KINDS[self.coll]


class ScenarioEditing(QObject):
    """Opens scenarios for editing and keeps their tabs, the base map and the banner in step."""

    message = Signal(str)
    opened = Signal(object)  # the scenario's QtDocument

    def __init__(self, workspace: QtWorkspace, canvas=None, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.canvas = canvas
        self._open: list[OpenScenario] = []
        self._watched: set[int] = set()
        workspace.activeChanged.connect(self._active_changed)

    # ---- reading -------------------------------------------------------------------------
    def record(self, qdoc: QtDocument | None) -> OpenScenario | None:
        return next((r for r in self._open if r.qdoc is qdoc), None)

    def find(self, base: QtDocument, scenario_id: str) -> OpenScenario | None:
        return next((r for r in self._open if r.base is base and r.scenario_id == scenario_id), None)

    def map_document(self, qdoc: QtDocument | None) -> QtDocument | None:
        """The map a document belongs to: a scenario tab's base, else the document itself."""
        r = self.record(qdoc)
        return r.base if r is not None else qdoc

    # ---- opening ---------------------------------------------------------------------------
    def open(self, base: QtDocument, scenario_id: str, coll: str = "scenarios") -> QtDocument:
        """Show the scenario's (or perspective's) tab, opening it if needed. Raises
        ``ScenarioError`` (``PerspectiveError``) if it contradicts itself."""
        r = self.find(base, scenario_id)
        if r is not None:
            self.workspace.activate(r.qdoc)
            return r.qdoc
        kind = KINDS[coll]
        snap = base.doc.snapshot()
        sc = base.doc.get(coll, scenario_id)
        variant, _cs, problems = kind.variant(snap, sc)
        base0 = kind.base(snap)
        shown = variant.model_copy(update={"title": sc.name})
        r = OpenScenario(base, scenario_id, QtDocument(shown, parent=self.workspace, kind=kind.role), base0,
                         coll=coll)
        self._open.append(r)
        r.qdoc.changed.connect(lambda cs, r=r: self._scenario_changed(r, cs))
        stack = r.qdoc.undo_stack
        stack.indexChanged.connect(lambda _i, s=stack: shiboken6.isValid(s) and s.setClean())  # saved with the base
        r.qdoc.destroyed.connect(lambda _o=None, r=r: self._forget(r))
        if id(base) not in self._watched:
            self._watched.add(id(base))
            base.changed.connect(lambda cs, b=base: self._base_changed(b, cs))
            base.destroyed.connect(lambda _o=None, k=id(base): self._watched.discard(k))
        self.workspace.add(r.qdoc, role=kind.role, base=base)
        if problems:
            count = len(problems)
            self.message.emit((translate("ScenarioTabs", "%n part(s) of the perspective '{name}' no longer fit the map "
                                                         "and were left out.", "", COUNT, count)
                               if coll == "perspectives" else
                               translate("ScenarioTabs", "%n part(s) of the scenario '{name}' no longer fit the map and "
                                                         "were left out.", "", COUNT, count)).format(name=sc.name))
        self.opened.emit(r.qdoc)
        return r.qdoc

    def _forget(self, r: OpenScenario) -> None:
        if r in self._open:
            self._open.remove(r)

    def close(self, r: OpenScenario) -> None:
        if r.qdoc in self.workspace.documents:
            self.workspace.remove(r.qdoc)
        self._forget(r)

    # ---- keeping in step -------------------------------------------------------------------
    def _scenario_changed(self, r: OpenScenario, cs: Changeset) -> None:
        """An edit, undo or redo in the scenario tab: store its patch in the base map."""
        if not shiboken6.isValid(r.base) or not cs.collections():
            return  # meta only (e.g. the tab's title): not part of a scenario
        write_patch(r.base, r.scenario_id, r.kind.patch(r.base0, r.qdoc.doc.snapshot()), r.coll)

    def _base_changed(self, base: QtDocument, cs: Changeset) -> None:
        mine = [r for r in self._open if r.base is base]
        if not mine:
            return
        others = set(cs.collections()) - BOOKKEEPING
        for r in list(mine):
            if r.scenario_id in cs.removed(r.coll):
                self.close(r)
                self.message.emit(translate("ScenarioTabs", "The perspective was deleted; its tab was closed.")
                                  if r.coll == "perspectives" else
                                  translate("ScenarioTabs", "The scenario was deleted; its tab was closed."))
                continue
            ch = cs.get(r.coll, r.scenario_id)
            if ch is not None and ch.old is not None and ch.new is not None and ch.old.name != ch.new.name:
                with r.qdoc.doc.transaction(f"Rename {r.kind.role}") as tx:  # the tab's title; no undo entry
                    tx.set_meta({"title": ch.new.name})
            if others or cs.meta:
                r.stale = True
            if self.workspace.active is r.qdoc:
                self.show_banner(r.qdoc)

    # ---- the banner ---------------------------------------------------------------------------
    def banner_text(self, r: OpenScenario) -> str:
        sc = r.base.doc.items(r.coll).get(r.scenario_id)
        if sc is None:
            return ""
        if r.coll == "perspectives":
            who = r.base.doc.actors.get(sc.seen_by) if sc.seen_by else None
            text = translate("ScenarioTabs", "AS SEEN BY {who}: {name} — not the shared map").format(
                who=who.name if who else sc.name, name=sc.name)
        else:
            text = translate("ScenarioTabs", "SCENARIO ({strategy}): {name} — not the base map").format(
                strategy=message(f"strategy_kind.{sc.strategy.value}"), name=sc.name)
        if r.stale:
            text += " · " + translate("ScenarioTabs", "the base map changed since this tab opened: reopen the tab to "
                                                      "include that")
        return text

    def show_banner(self, qdoc: QtDocument | None) -> None:
        if self.canvas is None:
            return
        r = self.record(qdoc)
        if r is None:
            self.canvas.set_banner(None)
            return
        sc = r.base.doc.items(r.coll).get(r.scenario_id)
        if r.coll == "perspectives":
            colour = PERSPECTIVE_COLOUR
            description = translate(
                "ScenarioTabs", "A party's view of “{title}”: edits here change this perspective only (with their own "
                "undo); File ▸ Save saves it with the map.")
        else:
            colour = STRATEGY_COLOURS.get(sc.strategy if sc else Strategy.OTHER, "#E69F00")
            description = translate(
                "ScenarioTabs", "A what-if over “{title}”: edits here change this scenario only (with their own undo); "
                "File ▸ Save saves it with the map.")
        self.canvas.set_banner(self.banner_text(r), colour)
        self.canvas.banner.setAccessibleDescription(description.format(title=r.base.doc.meta.title))

    def _active_changed(self, qdoc) -> None:
        self.show_banner(qdoc)
