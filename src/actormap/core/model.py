"""The map model and file schema: :class:`ActorMap` and the collections it holds.

Pydantic v2 models, immutable (``frozen``) so that snapshots can share objects
safely. Every number, string and list has bounds, so a hostile or corrupt file
cannot smuggle in absurd values. The JSON produced by these models *is* the
``.actormap`` file schema (see :mod:`actormap.core.io.actormap_file`).

A map holds id-keyed *collections* (actors, ties, saved views, agreements,
events, scenarios, perspectives, merge conflicts). They are declared once, in
:attr:`ActorMap.COLLECTIONS`, with what each item refers to; the document's
add / remove / cascade / integrity rules and the worker's encoding are derived
from that table (:mod:`.collections`). Adding a collection is one model class,
one field on the map and one row in the table.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    StringConstraints,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .collections import Collection, Ref, check_integrity
from .invisible import check_no_invisible

SCHEMA_VERSION = 2
"""The schema version this program writes; older files are migrated."""

MAX_ACTORS = 20_000
MAX_TIES = 100_000
MAX_NAME = 200
MAX_SHORT = 200
MAX_TEXT = 20_000
MAX_LIST = 200
MAX_ITEMS = 2_000
"""Upper bound of the smaller collections (agreements, events, scenarios, ...)."""
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


ARMED_KINDS = frozenset({ActorKind.CARTEL, ActorKind.GANG, ActorKind.MILITIA, ActorKind.REBEL_GROUP})
"""Kinds that are armed groups (the seed's organised-crime and armed actors)."""


class TieKind(StrEnum):
    """Kind of relation; its sign and direction live in :mod:`.semantics`."""

    TRUST = "trust"
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


class AgreementKind(StrEnum):
    """Kinds of agreement between parties (truces, covenants, peace zones, pacts)."""

    TRUCE = "truce"
    COVENANT = "covenant"
    PEACE_ZONE = "peace_zone"
    PACT = "pact"
    OTHER = "other"


class AgreementStatus(StrEnum):
    PROPOSED = "proposed"
    IN_FORCE = "in_force"
    BROKEN = "broken"
    ENDED = "ended"


class Strategy(StrEnum):
    """The strategy a scenario stands for (peace-mediation practice with organised crime)."""

    CONFRONTATION = "confrontation"  # force, arrests, kingpin removal
    ACCOMMODATION = "accommodation"  # truces, rules for criminal markets
    TRANSFORMATION = "transformation"  # a gang becomes a community group, a rebel group a party
    OTHER = "other"


# One-line texts hold no control characters; multi-line texts may hold tabs and line breaks.
# (Control characters cannot be exported to GraphML/XML and confuse spreadsheets.)
_LINE = r"^[^\x00-\x1f\x7f]*$"
_LINES = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
# Names and other one-line texts refuse invisible bidi/zero-width characters (see .invisible).
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_NAME, pattern=_LINE),
    AfterValidator(check_no_invisible),
]
Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_SHORT, pattern=_LINE),
                  AfterValidator(check_no_invisible)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT, pattern=_LINES)]
Source = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000, pattern=_LINES)
]
Id = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=100, pattern=r"^[^\s\x00-\x1f\x7f]+$"),
]
Coord = Annotated[float, Field(ge=-COORD_LIMIT, le=COORD_LIMIT, allow_inf_nan=False)]
Extent = Annotated[float, Field(gt=0.0, le=4 * COORD_LIMIT, allow_inf_nan=False)]


_Date = date  # an alias: the event field called ``date`` would shadow the type


def new_id() -> str:
    """A fresh stable id (UUID4 string)."""
    return str(uuid.uuid4())


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)


def _check_interval(item, kind: str, name: str, by: str = "") -> None:
    """``[start, end)`` must hold a day. The errors are coded (pydantic custom errors with the
    item's ``kind``, ``name`` and dates) so an interface can say them in its language
    (``validation.*`` of :mod:`actormap.core.messages`)."""
    start, end = getattr(item, "start", None), getattr(item, "end", None)
    if not (start and end) or end > start:
        return
    ctx = {"kind": kind, "name": name, "by": by, "start": str(start), "end": str(end)}
    what = _what(kind, name, by)
    if end < start:
        raise PydanticCustomError("ends_before_start", f"{what} ends ({end}) before it starts ({start})", ctx)
    raise PydanticCustomError(  # [start, end): on the map on no day at all
        "ends_on_start_day", f"{what} ends on the day it starts ({start}), so it is on the map on no day: the end "
        "day is not included; give the day after its last day", ctx)


def _what(kind: str, name: str, by: str) -> str:
    return {"label": f"the label {name!r} by {by!r}", "tie": f"tie {name}"}.get(kind, f"{kind} {name!r}")


class Provenance(_Frozen):
    """Who created an item and who changed it last, and when (teams pass maps around)."""

    created_by: Short = ""
    created_at: datetime | None = None
    changed_by: Short = ""
    changed_at: datetime | None = None


class Label(_Frozen):
    """A label given to an actor by one source ("terrorist group" per agency X).

    A label may be a legal *designation* (a terrorist listing, sanctions, a
    criminal-organisation designation) in a ``jurisdiction``; labels may carry
    the dates they were used (start inclusive, end exclusive).
    """

    source: Short = Field(min_length=1)
    label: Short = Field(min_length=1)
    designation: bool = False
    jurisdiction: Short = ""
    start: date | None = None
    end: date | None = None

    @model_validator(mode="after")
    def _check(self) -> Label:
        _check_interval(self, "label", self.label, self.source)
        return self


class Actor(_Frozen):
    """One actor on the map: a group, an institution, a person or a community."""

    id: Id = Field(default_factory=new_id)
    name: Name
    short_name: Short = Field(default="", description="shown when space is tight")
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
    start: date | None = Field(default=None, description="first day on the map (inclusive)")
    end: date | None = Field(default=None, description="first day no longer on the map (exclusive)")
    x: Coord = 0.0
    y: Coord = 0.0
    pinned: bool = Field(default=False, description="automatic layouts leave it in place")
    provenance: Provenance | None = None

    @model_validator(mode="after")
    def _check(self) -> Actor:
        _check_interval(self, "actor", self.name)
        return self


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
    provenance: Provenance | None = None

    @model_validator(mode="after")
    def _check(self) -> Tie:
        if self.source == self.target:
            raise ValueError(f"tie {self.id} goes from actor {self.source} to itself")
        _check_interval(self, "tie", self.id)
        return self


class MapMeta(_Frozen):
    """Map-level properties (everything but the collections)."""

    title: Short = "Untitled map"
    description: Text = ""
    viewpoint: Text = Field(default="", description='"mapped from the perspective of ..."')
    as_of: date | None = None
    authors: list[Short] = Field(default_factory=list, max_length=MAX_LIST)
    sensitivity: Sensitivity = Sensitivity.INTERNAL
    redacted: bool = Field(default=False, description="names and notes were removed for sharing")


class ViewFocus(_Frozen):
    """What a saved view shows; everything else is faded (or hidden).

    Empty lists mean "no restriction" for that dimension.
    """

    actor_ids: list[Id] = Field(default_factory=list, max_length=MAX_ACTORS)
    factions: list[Short] = Field(default_factory=list, max_length=MAX_LIST)
    tie_kinds: list[TieKind] = Field(default_factory=list, max_length=len(TieKind))
    hide_others: bool = Field(default=False, description="hide instead of fade the rest")


class SavedView(_Frozen):
    """A named camera plus a focus, for workshops and reports.

    The camera is the region of the map to show: centre and extent in map
    units (``width`` x ``height``); a screen of any size fits that region.
    A view may pin a date (``as_of``): the map as it stood then.
    """

    id: Id = Field(default_factory=new_id)
    name: Name
    center_x: Coord = 0.0
    center_y: Coord = 0.0
    width: Extent = 1280.0
    height: Extent = 800.0
    focus: ViewFocus = Field(default_factory=ViewFocus)
    as_of: date | None = None
    notes: Text = ""


class Agreement(_Frozen):
    """A truce, covenant, peace zone or pact: who is party to it, who facilitates and guarantees it."""

    id: Id = Field(default_factory=new_id)
    name: Name
    kind: AgreementKind = AgreementKind.OTHER
    status: AgreementStatus = AgreementStatus.PROPOSED
    parties: list[Id] = Field(default_factory=list, max_length=MAX_LIST)
    facilitators: list[Id] = Field(default_factory=list, max_length=MAX_LIST)
    guarantors: list[Id] = Field(default_factory=list, max_length=MAX_LIST)
    terms: list[Text] = Field(default_factory=list, max_length=MAX_LIST)
    start: date | None = None
    end: date | None = None
    notes: Text = ""
    sources: list[Source] = Field(default_factory=list, max_length=MAX_LIST)
    provenance: Provenance | None = None

    @model_validator(mode="after")
    def _check(self) -> Agreement:
        _check_interval(self, "agreement", self.name)
        return self


class Event(_Frozen):
    """A dated happening (a truce signed, a leader arrested, a massacre) and what it concerns."""

    id: Id = Field(default_factory=new_id)
    name: Name
    date: _Date
    end: _Date | None = Field(default=None, description="for events that last (exclusive)")
    actor_ids: list[Id] = Field(default_factory=list, max_length=MAX_LIST)
    tie_ids: list[Id] = Field(default_factory=list, max_length=MAX_LIST)
    agreement_ids: list[Id] = Field(default_factory=list, max_length=MAX_LIST)
    notes: Text = ""
    sources: list[Source] = Field(default_factory=list, max_length=MAX_LIST)
    provenance: Provenance | None = None

    @model_validator(mode="after")
    def _check(self) -> Event:
        if self.end and self.end < self.date:
            raise PydanticCustomError(
                "ends_before_start", f"event {self.name!r} ends ({self.end}) before it starts ({self.date})",
                {"kind": "event", "name": self.name, "by": "", "start": str(self.date), "end": str(self.end)})
        return self


class ItemPatch(_Frozen):
    """New values of some fields of one item (fields not named keep the base map's value)."""

    id: Id
    set: dict[str, JsonValue] = Field(default_factory=dict)


class CollectionPatch(_Frozen):
    """Items added, removed and changed in one collection."""

    add: list[dict[str, JsonValue]] = Field(default_factory=list, max_length=MAX_TIES)
    remove: list[Id] = Field(default_factory=list, max_length=MAX_TIES)
    update: list[ItemPatch] = Field(default_factory=list, max_length=MAX_TIES)


class Patch(_Frozen):
    """A change set stored by ids against a base map, never a copy of it (see :mod:`.patch`).

    ``collections`` maps a collection name (``"actors"``, ``"ties"``, ...) to
    what changes in it; ``meta`` holds new values of map properties.
    """

    collections: dict[str, CollectionPatch] = Field(default_factory=dict)
    meta: dict[str, JsonValue] = Field(default_factory=dict)


class Scenario(_Frozen):
    """A strategy tried on the map: a named change set over the base map."""

    id: Id = Field(default_factory=new_id)
    name: Name
    strategy: Strategy = Strategy.OTHER
    description: Text = ""
    changes: Patch = Field(default_factory=Patch)
    provenance: Provenance | None = None


class Perspective(_Frozen):
    """The map "as seen by" a party: the ties and kinds it would draw differently."""

    id: Id = Field(default_factory=new_id)
    name: Name
    seen_by: Id | None = Field(default=None, description="the actor whose view this is, if on the map")
    description: Text = ""
    changes: Patch = Field(default_factory=Patch)
    provenance: Provenance | None = None


class MergeConflict(_Frozen):
    """A change both teammates made differently, kept in the file until someone resolves it."""

    id: Id = Field(default_factory=new_id)
    collection: Short = Field(min_length=1, description="'meta' for map properties")
    item_id: Short = ""
    field: Short = Field(default="", description="empty: the whole item (e.g. deleted vs changed)")
    base: JsonValue = None
    ours: JsonValue = None
    theirs: JsonValue = None
    ours_by: Short = ""
    theirs_by: Short = ""


_ACTOR = "actors"


class ActorMap(MapMeta):
    """A whole map as stored in a ``.actormap`` file.

    Unordered collections are sorted by id in files; ``views`` keep the user's
    order (it is the order a presentation steps through them), and so do
    scenarios and perspectives (the order a comparison lists them).
    """

    COLLECTIONS: ClassVar[tuple[Collection, ...]] = (
        Collection("actors", Actor, "actor"),
        Collection("ties", Tie, "tie", refs=(Ref("source", _ACTOR), Ref("target", _ACTOR))),
        Collection("views", SavedView, "saved view", ordered=True,
                   refs=(Ref("focus.actor_ids", _ACTOR, on_delete="drop"),)),
        Collection("agreements", Agreement, "agreement", refs=(
            Ref("parties", _ACTOR, on_delete="drop"),
            Ref("facilitators", _ACTOR, on_delete="drop"),
            Ref("guarantors", _ACTOR, on_delete="drop"),
        )),
        Collection("events", Event, "event", refs=(
            Ref("actor_ids", _ACTOR, on_delete="drop"),
            Ref("tie_ids", "ties", on_delete="drop"),
            Ref("agreement_ids", "agreements", on_delete="drop"),
        )),
        Collection("scenarios", Scenario, "scenario", ordered=True),
        Collection("perspectives", Perspective, "perspective", ordered=True,
                   refs=(Ref("seen_by", _ACTOR, on_delete="drop"),)),
        Collection("conflicts", MergeConflict, "merge conflict"),
    )
    """The id-keyed collections of a map and what their items refer to."""

    format: Literal["actormap"] = "actormap"
    schema_version: Literal[2] = SCHEMA_VERSION
    actors: list[Actor] = Field(default_factory=list, max_length=MAX_ACTORS)
    ties: list[Tie] = Field(default_factory=list, max_length=MAX_TIES)
    views: list[SavedView] = Field(default_factory=list, max_length=MAX_LIST)
    agreements: list[Agreement] = Field(default_factory=list, max_length=MAX_ITEMS)
    events: list[Event] = Field(default_factory=list, max_length=MAX_ITEMS)
    scenarios: list[Scenario] = Field(default_factory=list, max_length=MAX_LIST)
    perspectives: list[Perspective] = Field(default_factory=list, max_length=MAX_LIST)
    conflicts: list[MergeConflict] = Field(default_factory=list, max_length=MAX_ITEMS)

    @model_validator(mode="after")
    def _check_references(self) -> ActorMap:
        check_integrity(self)
        return self

    @classmethod
    def collection(cls, name: str) -> Collection:
        for c in cls.COLLECTIONS:
            if c.name == name:
                return c
        raise KeyError(name)

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
