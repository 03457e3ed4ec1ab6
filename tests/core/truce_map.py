"""A small map of two gangs, a church and the government, for the patch and merge tests."""

from __future__ import annotations

from actormap.core.edits import make_actor, make_tie
from actormap.core.model import ActorMap

SAMPLE = "sample_maps/el_salvador_2012_truce.actormap"
"""The full sample map the same tests also use (path from the repository root)."""


def truce_base(**more) -> ActorMap:
    """MS-13 and Barrio 18 at war, the church in dialogue with MS-13, the government coercing it;
    ``more``: other fields of the map (views...)."""
    actors = [make_actor(id=i, name=n, kind=k) for i, n, k in (
        ("ms", "MS-13", "gang"), ("b18", "Barrio 18", "gang"), ("church", "Church", "religious"),
        ("gov", "Government", "state_agent"))]
    ties = [make_tie(id="t1", source="ms", target="b18", kind="conflict"),
            make_tie(id="t2", source="church", target="ms", kind="dialogue"),
            make_tie(id="t3", source="gov", target="ms", kind="coercive")]
    return ActorMap(title="base", actors=actors, ties=ties, **more)
