"""What a map view should light, mark and ghost to show how one map differs from another.

:func:`overlay_of` reads a :class:`~.changeset.Changeset` (``diff(old, new)``, a scenario's
changes, a teammate's copy against the base map) and says, for a view of the *new* map:
which actors and ties were added, changed, or only moved (a drag is not a change of
meaning, so it is told apart), and which were removed -- with where to draw their ghosts:
a removed actor at its old place, a removed tie between its ends (an end that is still
on the map is drawn where it is now). Plain data, no Qt: the GUI's
:class:`~actormap.gui.diff_overlay.DiffOverlayLayer` draws it; compare and scenario views
share it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .changeset import Changeset
from .diff import diff
from .document import LAYOUT_FIELDS
from .model import Actor, ActorMap, Tie

Point = tuple[float, float]


@dataclass(frozen=True)
class GhostTie:
    """A removed tie and where its ends are drawn."""

    tie: Tie
    start: Point
    end: Point


@dataclass(frozen=True)
class DiffOverlay:
    """Ids by what happened to them (actors and ties), and the ghosts of removed ones."""

    added_actors: frozenset[str] = frozenset()
    changed_actors: frozenset[str] = frozenset()
    moved_actors: frozenset[str] = frozenset()
    removed_actors: tuple[Actor, ...] = ()
    added_ties: frozenset[str] = frozenset()
    changed_ties: frozenset[str] = frozenset()
    removed_ties: tuple[GhostTie, ...] = ()
    other: Mapping[str, int] = field(default_factory=dict)
    """Changes in other collections (views, agreements, ...): collection -> count (listed, not drawn)."""

    @property
    def is_empty(self) -> bool:
        return not (self.added_actors or self.changed_actors or self.moved_actors or self.removed_actors
                    or self.added_ties or self.changed_ties or self.removed_ties or self.other)

    def lit(self) -> tuple[set[str], set[str]]:
        """Actors and ties to keep bright (everything else on the map fades)."""
        return (set(self.added_actors | self.changed_actors | self.moved_actors),
                set(self.added_ties | self.changed_ties))

    def state_of(self, item_id: str) -> str:
        """``added``, ``changed``, ``moved``, ``removed`` or ``same`` for an actor or tie id."""
        for state, ids in (("added", self.added_actors | self.added_ties),
                           ("changed", self.changed_actors | self.changed_ties), ("moved", self.moved_actors)):
            if item_id in ids:
                return state
        removed = {a.id for a in self.removed_actors} | {g.tie.id for g in self.removed_ties}
        return "removed" if item_id in removed else "same"


def overlay_of(cs: Changeset, positions: Mapping[str, Point] | None = None) -> DiffOverlay:
    """The overlay for a view of the map ``cs`` leads to; ``positions`` are that map's actor
    positions (for the ends of removed ties; the changeset's own actors are used otherwise)."""
    positions = dict(positions or {})
    for ch in cs.items.get("actors", {}).values():
        if ch.new is not None:
            positions.setdefault(ch.new.id, (ch.new.x, ch.new.y))
    removed_actors = tuple(sorted((ch.old for ch in cs.items.get("actors", {}).values() if ch.kind == "removed"),
                                  key=lambda a: a.id))
    old_places = {a.id: (a.x, a.y) for a in removed_actors}

    def place(actor_id: str) -> Point:
        return positions.get(actor_id) or old_places.get(actor_id) or (0.0, 0.0)

    moved, changed = set(), set()
    for aid in cs.changed("actors"):
        fields = set(cs.get("actors", aid).fields()) - {"provenance"}
        if fields:  # (who last touched it is not a difference to draw)
            (moved if fields <= LAYOUT_FIELDS else changed).add(aid)
    changed_ties = {tid for tid in cs.changed("ties") if set(cs.get("ties", tid).fields()) - {"provenance"}}
    ghosts = tuple(GhostTie(ch.old, place(ch.old.source), place(ch.old.target))
                   for _tid, ch in sorted(cs.items.get("ties", {}).items()) if ch.kind == "removed")
    other = {c: len(items) for c, items in cs.items.items() if c not in ("actors", "ties")}
    return DiffOverlay(
        added_actors=frozenset(cs.added("actors")), changed_actors=frozenset(changed),
        moved_actors=frozenset(moved), removed_actors=removed_actors,
        added_ties=frozenset(cs.added("ties")), changed_ties=frozenset(changed_ties),
        removed_ties=ghosts, other=other)


def overlay_between(old: ActorMap, new: ActorMap) -> DiffOverlay:
    """The overlay showing on ``new`` how it differs from ``old``."""
    return overlay_of(diff(old, new), {a.id: (a.x, a.y) for a in new.actors})
