"""Which actors and ties a saved view's focus shows (the rest is faded or hidden).

Rules (empty lists mean "no restriction" in that dimension):

- actors in focus: the listed actors plus every actor of a listed faction; when
  neither is given, all actors;
- ties in focus: ties whose kind is listed (any kind if none is) and whose two
  ends are both in focus;
- when only tie kinds are given, the actors in focus are the ends of those ties
  (so a "conflict only" view lights the conflict lines and the actors on them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .model import Actor, Tie, ViewFocus


def is_unrestricted(focus: ViewFocus) -> bool:
    return not (focus.actor_ids or focus.factions or focus.tie_kinds)


def focus_items(
    actors: Mapping[str, Actor] | Iterable[Actor],
    ties: Mapping[str, Tie] | Iterable[Tie],
    focus: ViewFocus,
) -> tuple[set[str], set[str]] | None:
    """``(actor ids, tie ids)`` in focus, or ``None`` when the focus shows everything."""
    if is_unrestricted(focus):
        return None
    acts = list(actors.values()) if isinstance(actors, Mapping) else list(actors)
    tl = list(ties.values()) if isinstance(ties, Mapping) else list(ties)
    if focus.actor_ids or focus.factions:
        wanted = set(focus.actor_ids)
        facs = set(focus.factions)
        in_actors = {a.id for a in acts if a.id in wanted or (facs and a.faction in facs)}
    else:
        in_actors = {a.id for a in acts}
    kinds = set(focus.tie_kinds)
    shown = [
        t for t in tl
        if (not kinds or t.kind in kinds) and t.source in in_actors and t.target in in_actors
    ]
    if kinds and not (focus.actor_ids or focus.factions):
        in_actors = {end for t in shown for end in (t.source, t.target)}
    return in_actors, {t.id for t in shown}
