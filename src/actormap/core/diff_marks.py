"""What the strategy compare view shows: a base map and a variant of it drawn on one canvas.

:func:`diff_marks` reads :func:`.diff_overlay.overlay_between` (the one computation of
what differs between a map and a map derived from it -- a scenario, a teammate's copy, the
map at another date) as ids: which actors and ties to *ghost* (in the base, gone in the
variant), which to *highlight* (added, or changed in what they mean), with the fields that
changed; and :func:`overlay_map` is the one map to draw them on (the variant plus the
ghosts, at their base positions). Moving actors is layout, not meaning: position-only
changes are not marked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .diff import diff
from .diff_overlay import overlay_between
from .model import ActorMap

LAYOUT_FIELDS = frozenset({"x", "y", "pinned", "provenance"})
"""Fields whose change is not shown as a change of meaning."""


@dataclass(frozen=True)
class DiffMarks:
    """Ids to ghost and to highlight; ``changed_*`` map an id to the fields that changed."""

    ghost_actors: frozenset[str] = frozenset()
    ghost_ties: frozenset[str] = frozenset()
    added_actors: frozenset[str] = frozenset()
    added_ties: frozenset[str] = frozenset()
    changed_actors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    changed_ties: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def highlighted_actors(self) -> frozenset[str]:
        return self.added_actors | frozenset(self.changed_actors)

    @property
    def highlighted_ties(self) -> frozenset[str]:
        return self.added_ties | frozenset(self.changed_ties)

    def __bool__(self) -> bool:
        return bool(self.ghost_actors or self.ghost_ties or self.highlighted_actors or self.highlighted_ties)


def diff_marks(base: ActorMap, variant: ActorMap) -> DiffMarks:
    """What to ghost and highlight when ``variant`` is drawn over ``base`` (matched by id)."""
    ov = overlay_between(base, variant)
    cs = diff(base, variant)

    def fields(coll: str, ids) -> dict[str, tuple[str, ...]]:
        return {i: tuple(f for f in cs.get(coll, i).fields() if f not in LAYOUT_FIELDS) for i in sorted(ids)}

    return DiffMarks(
        ghost_actors=frozenset(a.id for a in ov.removed_actors),
        ghost_ties=frozenset(g.tie.id for g in ov.removed_ties),
        added_actors=ov.added_actors, added_ties=ov.added_ties,
        changed_actors=fields("actors", ov.changed_actors), changed_ties=fields("ties", ov.changed_ties),
    )


def overlay_map(base: ActorMap, variant: ActorMap) -> ActorMap:
    """The variant plus the actors and ties it removed from ``base`` (to be drawn as ghosts).

    Agreements, views and the rest are the variant's; the title is the variant's.
    """
    ids = {a.id for a in variant.actors}
    ghosts = [a for a in base.actors if a.id not in ids]
    actors = [*variant.actors, *ghosts]
    present = ids | {a.id for a in ghosts}
    tie_ids = {t.id for t in variant.ties}
    ties = [*variant.ties, *(t for t in base.ties
                             if t.id not in tie_ids and t.source in present and t.target in present)]
    return variant.model_copy(update={"actors": sorted(actors, key=lambda a: a.id),
                                      "ties": sorted(ties, key=lambda t: t.id)})
