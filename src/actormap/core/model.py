"""The map model and file schema: :class:`ActorMap`, :class:`Actor`, :class:`Tie`.

Pydantic v2 models, immutable (``frozen``) so that snapshots can share objects
safely. Every number, string and list has bounds, so a hostile or corrupt file
cannot smuggle in absurd values. The JSON produced by these models *is* the
``.actormap`` file schema (see :mod:`actormap.core.io.actormap_file`).
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

SCHEMA_VERSION = 1
"""The schema version this program writes; older files are migrated."""

MAX_ACTORS = 20_000
MAX_TIES = 100_000
MAX_NAME = 200
MAX_SHORT = 200
MAX_TEXT = 20_000
MAX_LIST = 200
COORD_LIMIT = 1e7


class ActorKind(StrEnum):
    """What sort of actor a node is (drives colour and shape on the map)."""

    CARTEL = "cartel"
    GANG = "gang"
    MILITIA = "militia"
    REBEL_GROUP = "rebel_group"
    STATE_AGENT = "state_agent"
    POLITICAL = "political"
    COMMUNITY = "community"
    CIVIL_SOCIETY = "civil_society"
    RELIGIOUS = "religious"
    BUSINESS = "business"
    INTERNATIONAL = "international"
    OTHER = "other"


class TieKind(StrEnum):
    """Kind of relation; its sign and direction live in :mod:`.semantics`."""

    SYMBIOTIC = "symbiotic"
    PROTECTIVE = "protective"
    PARASITIC = "parasitic"
    COERCIVE = "coercive"
    CONFLICT = "conflict"
    DIALOGUE = "dialogue"


class Agenda(StrEnum):
    CRIMINAL = "criminal"
    POLITICAL = "political"
    SOCIAL = "social"
    MIXED = "mixed"


class Confidence(StrEnum):
    RUMOURED = "rumoured"
    REPORTED = "reported"
    CONFIRMED = "confirmed"


class Sensitivity(StrEnum):
    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"
    STRICTLY_CONFIDENTIAL = "strictly_confidential"


# One-line texts hold no control characters; multi-line texts may hold tabs and line breaks.
# (Control characters cannot be exported to GraphML/XML and confuse spreadsheets.)
_LINE = r"^[^\x00-\x1f\x7f]*$"
_LINES = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_NAME, pattern=_LINE)
]
Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_SHORT, pattern=_LINE)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT, pattern=_LINES)]
Source = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000, pattern=_LINES)
]
Id = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=100, pattern=r"^[^\s\x00-\x1f\x7f]+$"),
]
Coord = Annotated[float, Field(ge=-COORD_LIMIT, le=COORD_LIMIT, allow_inf_nan=False)]


def new_id() -> str:
    """A fresh stable id (UUID4 string)."""
    return str(uuid.uuid4())


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)


class Label(_Frozen):
    """A label given to an actor by one source ("terrorist group" per agency X)."""

    source: Short = Field(min_length=1)
    label: Short = Field(min_length=1)


class Actor(_Frozen):
    """One actor on the map: a group, an institution, a person or a community."""

    id: Id = Field(default_factory=new_id)
    name: Name
    kind: ActorKind = ActorKind.OTHER
    faction: Short = ""
    power: int = Field(default=3, ge=1, le=5, description="1-5, drawn as circle size")
    legitimacy: float | None = Field(
        default=None, ge=0.0, le=1.0, allow_inf_nan=False, description="0-1; null = not assessed"
    )
    agenda: Agenda | None = None
    labels: list[Label] = Field(default_factory=list, max_length=MAX_LIST)
    external: bool = Field(default=False, description="outside party, drawn as a shadow")
    is_self: bool = Field(default=False, description="the mapping organisation itself")
    notes: Text = ""
    sources: list[Source] = Field(default_factory=list, max_length=MAX_LIST)
    x: Coord = 0.0
    y: Coord = 0.0
    pinned: bool = Field(default=False, description="automatic layouts leave it in place")


class Tie(_Frozen):
    """A relation from ``source`` to ``target`` (direction matters for some kinds)."""

    id: Id = Field(default_factory=new_id)
    source: Id
    target: Id
    kind: TieKind = TieKind.SYMBIOTIC
    strength: int = Field(default=2, ge=1, le=3)
    confidence: Confidence = Confidence.REPORTED
    notes: Text = ""
    sources: list[Source] = Field(default_factory=list, max_length=MAX_LIST)
    start: date | None = None
    end: date | None = None

    @model_validator(mode="after")
    def _check(self) -> Tie:
        if self.source == self.target:
            raise ValueError(f"tie {self.id} goes from actor {self.source} to itself")
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"tie {self.id} ends ({self.end}) before it starts ({self.start})")
        return self


class MapMeta(_Frozen):
    """Map-level properties (everything but the actors and ties)."""

    title: Short = "Untitled map"
    description: Text = ""
    viewpoint: Text = Field(default="", description='"mapped from the perspective of ..."')
    as_of: date | None = None
    authors: list[Short] = Field(default_factory=list, max_length=MAX_LIST)
    sensitivity: Sensitivity = Sensitivity.INTERNAL


class ViewFocus(_Frozen):
    """What a saved view shows; everything else is faded (or hidden).

    Empty lists mean "no restriction" for that dimension.
    """

    actor_ids: list[Id] = Field(default_factory=list, max_length=MAX_ACTORS)
    factions: list[Short] = Field(default_factory=list, max_length=MAX_LIST)
    tie_kinds: list[TieKind] = Field(default_factory=list, max_length=len(TieKind))
    hide_others: bool = Field(default=False, description="hide instead of fade the rest")


class SavedView(_Frozen):
    """A named camera (centre and zoom) plus a focus, for workshops and reports."""

    id: Id = Field(default_factory=new_id)
    name: Name
    center_x: Coord = 0.0
    center_y: Coord = 0.0
    zoom: float = Field(default=1.0, gt=0.01, le=100.0, allow_inf_nan=False)
    focus: ViewFocus = Field(default_factory=ViewFocus)
    notes: Text = ""


class ActorMap(MapMeta):
    """A whole map as stored in a ``.actormap`` file.

    ``actors`` and ``ties`` are sorted by id in files; ``views`` keep the
    user's order (it is the order a presentation steps through them).
    """

    format: Literal["actormap"] = "actormap"
    schema_version: Literal[1] = SCHEMA_VERSION
    actors: list[Actor] = Field(default_factory=list, max_length=MAX_ACTORS)
    ties: list[Tie] = Field(default_factory=list, max_length=MAX_TIES)
    views: list[SavedView] = Field(default_factory=list, max_length=MAX_LIST)

    @model_validator(mode="after")
    def _check_references(self) -> ActorMap:
        check_integrity(self.actors, self.ties)
        ids = [v.id for v in self.views]
        if len(set(ids)) != len(ids):
            raise ValueError("two saved views share an id")
        known = {a.id for a in self.actors}
        for v in self.views:
            missing = [a for a in v.focus.actor_ids if a not in known]
            if missing:
                raise ValueError(f"saved view {v.name!r} focuses on a missing actor {missing[0]!r}")
        return self

    @property
    def meta(self) -> MapMeta:
        return MapMeta(**{k: getattr(self, k) for k in MapMeta.model_fields})

    def actor(self, actor_id: str) -> Actor:
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise KeyError(actor_id)

    def actors_by_id(self) -> dict[str, Actor]:
        return {a.id: a for a in self.actors}


def check_integrity(actors: list[Actor], ties: list[Tie]) -> None:
    """Raise ``ValueError`` on duplicate ids or ties that point at missing actors."""
    seen: set[str] = set()
    for a in actors:
        if a.id in seen:
            raise ValueError(f"two actors share the id {a.id!r}")
        seen.add(a.id)
    actor_ids = set(seen)
    for t in ties:
        if t.id in seen:
            raise ValueError(f"the id {t.id!r} is used twice (ties and actors need unique ids)")
        seen.add(t.id)
        for end in (t.source, t.target):
            if end not in actor_ids:
                raise ValueError(f"tie {t.id!r} points at a missing actor {end!r}")
