"""Small maps for the main-window tests, written out by hand."""

from __future__ import annotations

from actormap.core.edits import make_actor, make_tie
from actormap.core.model import ActorKind, ActorMap, TieKind


def small_map() -> ActorMap:
    """Three actors and two ties, written out by hand."""
    a = make_actor(id="a-ms13", name="MS-13", kind=ActorKind.GANG, faction="MS-13", power=4, x=0, y=0)
    b = make_actor(id="b-b18", name="Barrio 18", kind=ActorKind.GANG, faction="Barrio 18", power=4, x=200, y=0)
    c = make_actor(id="c-church", name="Catholic Church", kind=ActorKind.RELIGIOUS, power=3, x=100, y=150)
    t1 = make_tie(id="t-conflict", source="a-ms13", target="b-b18", kind=TieKind.CONFLICT, strength=3)
    t2 = make_tie(id="t-dialogue", source="c-church", target="a-ms13", kind=TieKind.DIALOGUE)
    return ActorMap(title="Small test map", actors=[a, b, c], ties=[t1, t2])


def write_map(path, amap: ActorMap) -> bytes:
    from actormap.core.io import dumps_map

    data = dumps_map(amap).encode("utf-8")
    path.write_bytes(data)
    return data
