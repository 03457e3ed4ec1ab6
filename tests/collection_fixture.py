"""A map class with one more collection, declared as a feature would declare it: one model
class, one field, one table row. Importable by the analysis worker process (it lives on
the test path), so tests can check that such a collection reaches the worker."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from actormap.core.collections import Collection, Ref
from actormap.core.model import ActorMap, Id, Name, _Frozen, new_id


class Sighting(_Frozen):
    """Someone saw an actor somewhere (refers to one actor; mentions others)."""

    id: Id = Field(default_factory=new_id)
    name: Name
    actor_id: Id
    with_ids: list[Id] = Field(default_factory=list)


class SightedMap(ActorMap):
    COLLECTIONS: ClassVar[tuple[Collection, ...]] = ActorMap.COLLECTIONS + (
        Collection("sightings", Sighting, "sighting",
                   refs=(Ref("actor_id", "actors"), Ref("with_ids", "actors", on_delete="drop"))),
    )
    sightings: list[Sighting] = Field(default_factory=list)


def count_sightings(amap, **_options) -> dict:
    """An 'analysis' run in the worker process: what did it receive?"""
    return {"map_class": type(amap).__name__, "sightings": sorted(s.id for s in amap.sightings),
            "with": {s.id: s.with_ids for s in amap.sightings}}
