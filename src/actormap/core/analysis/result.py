"""The typed result of :func:`.report.analyze`: frozen pydantic models, reasons as codes.

Every consumer (panels, heat colouring, text and HTML reports, CLI) reads these
models by attribute. ``actormap analyze --json`` is :meth:`AnalysisResult.to_json`;
``actormap schema --result`` prints :func:`result_json_schema`.

A :class:`Reason` is a stable ``code`` (see :mod:`.reasons`) plus raw ``params``,
never a sentence. When a reason is serialised it also carries ``text``, rendered
by :mod:`actormap.core.messages` in the language given as serialisation context
(``model_dump(context={"lang": "fr"})``; English by default). Reading a dump
back ignores ``text``, so ``AnalysisResult.model_validate_json(r.to_json()) == r``.

Every model forbids unknown fields, so a hand-made result that drifts from the
engine fails when it is built. Floats must be finite; shares are bounded to
[0, 1] and counts to >= 0.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    computed_field,
    model_serializer,
    model_validator,
)

from ..messages import DEFAULT_LANG, render
from ..model import ActorKind, AgreementKind, AgreementStatus

Share = Annotated[float, Field(ge=0.0, le=1.0)]
"""A share, fraction or normalised score in [0, 1]."""
NonNegative = Annotated[float, Field(ge=0.0)]
Count = Annotated[int, Field(ge=0)]
Pair = tuple[str, str]
ParamValue = (StrictBool | StrictInt | StrictFloat | StrictStr | None | list[StrictStr]
              | list[list[StrictStr]] | dict[str, StrictInt])
"""What a reason's param may hold: a scalar, a list of names or ids, a list of pairs, or
counts by name. Checked in Rust (no per-value Python call), so validating a 2,000-actor
result stays cheap; widen it here when a new reason needs another shape."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


class Reason(_Frozen):
    """A reason or gate: a stable code and the values it refers to (never prose)."""

    code: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="stable reason code (see the README)")
    params: dict[str, ParamValue] = Field(default_factory=dict,
                                         description="raw values: names, ids, counts, numbers")

    @model_validator(mode="before")
    @classmethod
    def _ignore_text(cls, data: Any) -> Any:
        """A dumped reason carries its rendered ``text``; reading it back ignores it."""
        if isinstance(data, dict) and "text" in data:
            return {k: v for k, v in data.items() if k != "text"}
        return data

    @computed_field(description="the reason rendered in the serialisation language (English by default)")
    @property
    def text(self) -> str:
        return render(self, DEFAULT_LANG)

    @model_serializer(mode="wrap")
    def _text_in_context_language(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo):
        out = handler(self)  # no return type here: the schema stays that of the fields
        lang = (info.context or {}).get("lang", DEFAULT_LANG)
        if lang != DEFAULT_LANG and isinstance(out, dict) and "text" in out:
            out["text"] = render(self, lang)
        return out


class MapInfo(_Frozen):
    title: str
    actors: Count
    ties: Count
    as_of: datetime.date | None = Field(default=None, description="the map as it stood on this day "
                                                                  "(dated actors and ties; undated ones always count)")
    perspective: str | None = Field(default=None, description="the map as this perspective sees it")


class Approximate(_Frozen):
    """Which measures are not exact on this map (best found or sampled, not proven)."""

    betweenness: bool = Field(description="estimated from a sample of sources")
    balance: bool = Field(description="the frustration index is the best a heuristic found")
    key_players: bool = Field(description="key players were searched and the set is not proven optimal")
    splinters: bool = Field(default=False, description="splinter member lists cut to their first ids "
                                                       "for memory (their sizes stay exact)")


class Fragmentation(_Frozen):
    F: Share = Field(description="share of ordered actor pairs that cannot reach each other (Borgatti 2006)")
    DF: Share = Field(description="distance-weighted fragmentation, 1 - mean(1/d)")
    components: Count


class MixedPair(_Frozen):
    """A pair of actors with both trust and hostile ties (left out of the balance counts)."""

    actors: Pair
    ties: list[str]


class Balance(_Frozen):
    triangle_index: Share | None = Field(description="share of balanced signed triangles; null when none")
    triangles: Count
    balanced_triangles: Count
    frustration: Count = Field(description="fewest ties whose sign contradicts the split into blocs")
    exact: bool
    method: str = Field(description="how the split was found: exact or heuristic")
    blocs: list[list[str]] = Field(description="actor ids per bloc, largest side first")
    contradicting: list[str] = Field(description="ids of the ties that contradict the split")
    frustrated_pairs: list[Pair]
    mixed: list[MixedPair]
    unplaced: list[str] = Field(description="actors with no signed tie")


class Factions(_Frozen):
    declared: dict[str, list[str]] = Field(description="camp -> actor ids (kind in parentheses if no faction)")
    detected: list[list[str]] = Field(description="Louvain groups on the trust layer, largest first")


class KeyPlayers(_Frozen):
    """KPP-Neg (Borgatti 2006): the k actors whose joint removal fragments the map most."""

    k: Annotated[int, Field(ge=1)]
    set: list[str]
    F: Share = Field(description="fragmentation of the map without the set")
    exact: bool = Field(default=False, description="proven optimal (every set checked)")
    method: str = Field(default="", description="how the set was found: exhaustive, or the heuristic used")


class MediatorComponents(_Frozen):
    """The parts of an insider-mediator score, each in [0, 1] (see :mod:`.mediators`)."""

    brokerage: Share
    reach: Share
    access: Share
    adversaries: Share
    autonomy: Share
    trust_share: Share
    legitimacy: Share
    independence: Share
    undesignated: Share = 1.0


COMPONENTS: tuple[str, ...] = tuple(MediatorComponents.model_fields)
"""The names of the score components, in the order they are shown."""
ComponentName = Literal["brokerage", "reach", "access", "adversaries", "autonomy", "trust_share", "legitimacy",
                        "independence", "undesignated"]
"""The same names as a type (checked against ``COMPONENTS`` by the tests)."""


class MediatorWeights(_Frozen):
    """The weight of each score component (>= 0) the ranking used."""

    brokerage: NonNegative
    reach: NonNegative
    access: NonNegative
    adversaries: NonNegative
    autonomy: NonNegative
    trust_share: NonNegative
    legitimacy: NonNegative
    independence: NonNegative
    undesignated: NonNegative = 0.0


class MediatorConfidence(_Frozen):
    """How much a tie of each confidence level counted in the mediator judgment (0-1)."""

    rumoured: Share
    reported: Share
    confirmed: Share


class MediatorCandidate(_Frozen):
    id: str
    name: str
    faction: str = Field(description="the camp the analysis used")
    score: Share = Field(description="weighted mean of the components")
    components: MediatorComponents
    not_assessed: list[ComponentName] = Field(description="components counted as a neutral value, not assessed")
    reasons: list[Reason]
    sole_channel: list[Pair] | None = Field(
        default=None, description="camp pairs whose only channel runs through it (omitted when none)")

    @model_serializer(mode="wrap")
    def _omit_absent_sole_channel(self, handler: SerializerFunctionWrapHandler):  # no return type: keeps the schema
        out = handler(self)
        if self.sole_channel is None and isinstance(out, dict):
            out.pop("sole_channel", None)
        return out


class GatedActor(_Frozen):
    id: str
    name: str
    faction: str
    reasons: Annotated[list[Reason], Field(min_length=1)]


class BrokerageRoles(_Frozen):
    """Gould-Fernandez two-path counts on the directed trust layer, and their total."""

    coordinator: Count
    itinerant: Count
    representative: Count
    gatekeeper: Count
    liaison: Count
    total: Count


class Removal(_Frozen):
    """What removing one actor does (Borgatti 2006), and inside its own camp on trust ties."""

    F: Share
    pairs_disconnected: Count
    splinters: list[list[str]]
    splinter_sizes: list[Count] = Field(default_factory=list,
                                        description="the size of each splinter (its list may be cut)")
    faction_pairs_disconnected: Count
    faction_splinters: list[list[str]]


class ActorMeasures(_Frozen):
    id: str
    name: str
    kind: ActorKind
    faction: str
    betweenness: NonNegative = Field(description="normalised betweenness on the skeleton")
    betweenness_raw: NonNegative
    constraint: NonNegative | None = Field(description="Burt constraint on trust ties; null without any")
    effective_size: NonNegative | None
    brokerage: BrokerageRoles
    removal: Removal


class SpoilerRisk(_Frozen):
    """An armed actor outside an agreement that could wreck it, and why (Stedman 1997)."""

    id: str
    name: str
    faction: str = Field(description="the camp the analysis used")
    reasons: Annotated[list[Reason], Field(min_length=1)]


class AgreementRisk(_Frozen):
    """An agreement, who is in it, and its possible spoilers (see :mod:`.spoilers`)."""

    id: str
    name: str
    kind: AgreementKind
    status: AgreementStatus
    parties: list[str] = Field(description="actor ids")
    facilitators: list[str] = Field(description="actor ids")
    guarantors: list[str] = Field(description="actor ids")
    spoilers: list[str] = Field(description="ids of armed actors outside it that could spoil it, ranked")
    spoiler_reasons: list[SpoilerRisk] = Field(description="the spoilers in the same order, with reasons")


class AnalysisResult(_Frozen):
    """Everything :func:`.report.analyze` found about one map."""

    map: MapInfo
    layers: dict[str, str] = Field(description="measure -> the layer of ties it used")
    approximate: Approximate
    fragmentation: Fragmentation
    balance: Balance
    factions: Factions
    key_players: KeyPlayers | None = Field(default=None, description="only when asked for (omitted otherwise)")
    mediators: list[MediatorCandidate] = Field(description="ranked best first")
    gated: list[GatedActor]
    mediator_weights: MediatorWeights
    mediator_designations: Literal["annotate", "weigh", "gate"] = Field(
        default="annotate", description="what a legal designation in force did to a candidacy")
    mediator_confidence: MediatorConfidence = Field(
        default_factory=lambda: MediatorConfidence(rumoured=0.4, reported=0.75, confirmed=1.0),
        description="confidence factors of the mediator judgment")
    actors: list[ActorMeasures] = Field(description="sorted by id")
    agreements: list[AgreementRisk] = Field(default_factory=list,
                                            description="agreements and their spoiler risk, sorted by id")

    @model_serializer(mode="wrap")
    def _omit_absent_key_players(self, handler: SerializerFunctionWrapHandler):  # no return type: keeps the schema
        out = handler(self)
        if self.key_players is None and isinstance(out, dict):
            out.pop("key_players", None)
        return out

    def names(self) -> dict[str, str]:
        """Actor id -> name."""
        return {a.id: a.name for a in self.actors}

    def factions_of(self) -> dict[str, str]:
        """Actor id -> the camp the analysis used."""
        return {a.id: a.faction for a in self.actors}

    def to_json(self, lang: str = DEFAULT_LANG, indent: int | None = 1) -> str:
        """The ``actormap analyze --json`` text: strict JSON, reasons rendered in ``lang``."""
        return self.model_dump_json(indent=indent, context={"lang": lang})


def result_json_schema() -> dict[str, Any]:
    """JSON Schema of ``actormap analyze --json`` (serialisation mode: reasons carry ``text``)."""
    schema = AnalysisResult.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
