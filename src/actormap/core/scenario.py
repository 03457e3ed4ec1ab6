"""Scenarios: what a strategy would do to the map, measured and compared with the base.

A scenario (:class:`~.model.Scenario`) stores a :class:`~.model.Patch` by ids over the base
map, never a copy. This module turns maps into comparable summaries and compares them:

- :func:`summarize` -- the summary *S* of a map: fragmentation ``F`` and ``components``
  (Borgatti 2006, on every tie), ``hostile_ties`` (conflict, coercive and parasitic ties),
  ``community_exposure`` (coercive and parasitic ties whose target is a community), the
  ranked insider-mediator ids, the ``blocs`` of structural balance, the ``splinters`` of the
  camps of removed actors (the kingpin effect: the groups the rest of the camp falls into on
  trust ties, as :func:`.analysis.fragmentation.faction_removal_impact` counts them for one
  removal) and each agreement's spoilers (:mod:`.analysis.spoilers`);
- :func:`delta` -- scenario minus base;
- :func:`whatif` -- apply strategy edits (:mod:`.strategy`) to a map and compare;
- :func:`compare` -- the same for the scenarios saved in the map;
- :func:`scenario_patch` / :func:`scenario_variant` -- the patch a scenario document stores,
  and the map a stored scenario describes.

Everything returns frozen pydantic models, so ``--json`` is their dump and
:func:`whatif_json_schema` / :func:`compare_json_schema` describe it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Annotated, Any

import networkx as nx
from pydantic import BaseModel, ConfigDict, Field

from .changeset import Changeset
from .document import MapDocument
from .edits import Compound, Edit
from .errors import ActorMapError
from .model import ActorKind, ActorMap, Patch, Scenario, Strategy, TieKind
from .patch import PatchProblem, apply_patch, find_named, patch_between, without

SHORTLIST = 5
"""How many of the ranked insider mediators the deltas compare (the shortlist)."""
EXPOSURE_KINDS = frozenset({TieKind.COERCIVE, TieKind.PARASITIC})
"""Ties that expose a community to violence: coercion and extortion."""
HOSTILE_KINDS = frozenset({TieKind.CONFLICT, TieKind.COERCIVE, TieKind.PARASITIC})
NOT_PATCHED = frozenset({"scenarios"})
"""Collections a scenario's patch never holds (a scenario does not edit scenarios)."""

Count = Annotated[int, Field(ge=0)]
Share = Annotated[float, Field(ge=0.0, le=1.0)]


class ScenarioError(ActorMapError, ValueError):
    """A scenario that contradicts itself, or a scenario that is not in the map."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


class Splinter(_Frozen):
    """What becomes of a removed actor's camp: its remaining members, grouped by trust ties."""

    camp: str
    removed: list[str] = Field(description="ids of the camp's removed actors")
    groups: list[list[str]] = Field(description="the camp's remaining members per trust-connected group, "
                                                "largest first; two or more = the camp splinters")


class AgreementSpoilers(_Frozen):
    id: str
    name: str
    status: str
    spoilers: list[str] = Field(description="ids, ranked (Stedman 1997)")


class DesignatedCandidate(_Frozen):
    """A candidate on the mediator shortlist who carries a legal designation (Issue 16: a
    strategy that leans on such a go-between may expose its backers to prosecution)."""

    id: str
    designations: list[list[str]] = Field(description="[source, jurisdiction, label] of each, sorted")


class Summary(_Frozen):
    """What a strategy is judged by (the *S* of ``whatif`` and ``compare``)."""

    actors: Count
    ties: Count
    F: Share = Field(description="share of ordered actor pairs that cannot reach each other (all ties)")
    components: Count
    hostile_ties: Count = Field(description="conflict, coercive and parasitic ties")
    community_exposure: Count = Field(description="coercive and parasitic ties whose target is a community")
    mediators: list[str] = Field(description="insider-mediator ids, ranked")
    blocs: list[list[str]] = Field(description="actor ids per bloc (structural balance)")
    splinters: list[Splinter] = Field(description="per camp of a removed actor, by camp name")
    agreements: list[AgreementSpoilers]
    designated: list[DesignatedCandidate] = Field(
        default_factory=list, description=f"candidates on the shortlist (top {SHORTLIST}) under a legal designation "
                                          "(empty when designations gate: such actors are no candidates then)")


class AgreementDelta(_Frozen):
    id: str
    name: str
    spoilers_in: list[str] = Field(description="spoilers in the scenario, not in the base")
    spoilers_out: list[str] = Field(description="spoilers in the base, not in the scenario")


class Delta(_Frozen):
    """Scenario minus base (counts and F as differences; lists of ids that came and went)."""

    F: float
    components: int
    hostile_ties: int
    community_exposure: int
    hostile_ties_with_removed: Count = Field(
        description="hostile ties of the base that went only because an end actor was removed (part of "
                    "hostile_ties: a removed actor's ties vanish with it, they were not made peaceful)")
    community_exposure_with_removed: Count = Field(
        description="the same for the coercive and parasitic ties on communities")
    blocs: int = Field(description="change in the number of blocs")
    splinter_groups: int = Field(description="change in the groups the removed actors' camps fall into, "
                                             "beyond one per camp")
    removed: list[str] = Field(description="actors of the base that the scenario removes")
    added: list[str] = Field(description="actors the scenario adds")
    splits: list[list[list[str]]] = Field(description="base components whose actors the scenario leaves in "
                                                      "several pieces: the pieces")
    mediators_in: list[str] = Field(description=f"on the scenario's shortlist (top {SHORTLIST}), not the base's")
    mediators_out: list[str] = Field(description=f"on the base's shortlist (top {SHORTLIST}), not the scenario's")
    agreements: list[AgreementDelta]


class WhatIf(_Frozen):
    """``actormap whatif --json``."""

    base: Summary
    scenario: Summary
    delta: Delta


class PatchIssue(_Frozen):
    """A part of a saved scenario that no longer fits the base map (skipped; see :mod:`.patch`)."""

    code: str
    collection: str
    item_id: str
    detail: str

    @classmethod
    def all_of(cls, problems: Iterable[PatchProblem]) -> list[PatchIssue]:
        return [cls(code=p.code, collection=p.collection, item_id=p.item_id, detail=p.detail) for p in problems]


class ScenarioResult(_Frozen):
    id: str
    name: str
    strategy: Strategy
    summary: Summary
    delta: Delta
    problems: list[PatchIssue] = Field(default_factory=list)


class Comparison(_Frozen):
    """``actormap compare --json``."""

    base: Summary
    scenarios: list[ScenarioResult]


# ---- the summary ------------------------------------------------------------------------------

def _components(G: nx.Graph) -> list[list[str]]:
    groups = [sorted(c) for c in nx.connected_components(G)]
    return sorted(groups, key=lambda g: (-len(g), g))


def camp_splinters(amap: ActorMap, base: ActorMap) -> list[Splinter]:
    """For each camp of an actor of ``base`` that ``amap`` lacks: its remaining members grouped
    by the trust ties among them in ``amap`` (largest first)."""
    from .analysis.layers import faction_of, trust_graph

    present = {a.id for a in amap.actors}
    removed: dict[str, list[str]] = {}
    for a in base.actors:
        if a.id not in present:
            removed.setdefault(faction_of(a), []).append(a.id)
    if not removed:
        return []
    trust = trust_graph(amap)
    out = []
    for camp in sorted(removed):
        members = [a.id for a in amap.actors if faction_of(a) == camp]
        out.append(Splinter(camp=camp, removed=sorted(removed[camp]), groups=_components(trust.subgraph(members))))
    return out


def summarize(amap: ActorMap, base: ActorMap | None = None, analysis: Any = None) -> Summary:
    """The summary of ``amap``; ``base`` (the map it derives from) gives the removed actors.

    ``analysis`` may pass :func:`.analysis.report.analyze` of ``amap`` when it is at hand.
    """
    from .analysis.layers import skeleton
    from .analysis.report import analyze

    res = analysis if analysis is not None else analyze(amap)
    kinds = {a.id: a.kind for a in amap.actors}
    return Summary(
        actors=len(amap.actors),
        ties=len(amap.ties),
        F=res.fragmentation.F,
        components=nx.number_connected_components(skeleton(amap)) if amap.actors else 0,
        hostile_ties=sum(1 for t in amap.ties if t.kind in HOSTILE_KINDS),
        community_exposure=sum(1 for t in amap.ties
                               if t.kind in EXPOSURE_KINDS and kinds.get(t.target) == ActorKind.COMMUNITY),
        mediators=[m.id for m in res.mediators],
        blocs=[list(b) for b in res.balance.blocs if b],
        splinters=camp_splinters(amap, base) if base is not None else [],
        agreements=[AgreementSpoilers(id=g.id, name=g.name, status=str(g.status), spoilers=list(g.spoilers))
                    for g in res.agreements],
        designated=[DesignatedCandidate(id=m.id, designations=[list(d) for d in r.params["designations"]])
                    for m in res.mediators[:SHORTLIST] for r in m.reasons if r.code == "designated"],
    )


def _splits(base: ActorMap, variant: ActorMap) -> list[list[list[str]]]:
    """Base components whose surviving actors are in two or more components of ``variant``."""
    from .analysis.layers import skeleton

    where = {}
    for i, comp in enumerate(nx.connected_components(skeleton(variant))):
        for v in comp:
            where[v] = i
    out = []
    for comp in _components(skeleton(base)):
        pieces: dict[int, list[str]] = {}
        for v in comp:
            if v in where:
                pieces.setdefault(where[v], []).append(v)
        if len(pieces) >= 2:
            out.append(sorted((sorted(p) for p in pieces.values()), key=lambda g: (-len(g), g)))
    return out


def splinter_groups(s: Summary) -> int:
    """Groups the removed actors' camps fall into beyond one per camp (0: no camp splinters)."""
    return sum(max(0, len(sp.groups) - 1) for sp in s.splinters)


def delta(base_s: Summary, scen_s: Summary, base: ActorMap | None = None,
          variant: ActorMap | None = None) -> Delta:
    """``scen_s`` minus ``base_s``; with both maps also the actors removed and added and the splits."""
    removed = added = []
    splits: list = []
    gone_hostile = gone_exposure = 0
    if base is not None and variant is not None:
        b, v = {a.id for a in base.actors}, {a.id for a in variant.actors}
        removed, added = sorted(b - v), sorted(v - b)
        splits = _splits(base, variant)
        kinds = {a.id: a.kind for a in base.actors}
        for t in base.ties:
            if t.kind in HOSTILE_KINDS and (t.source not in v or t.target not in v):
                gone_hostile += 1
                if t.kind in EXPOSURE_KINDS and kinds[t.target] == ActorKind.COMMUNITY:
                    gone_exposure += 1
    short_b, short_s = base_s.mediators[:SHORTLIST], scen_s.mediators[:SHORTLIST]
    before = {g.id: g for g in base_s.agreements}
    after = {g.id: g for g in scen_s.agreements}
    agreements = []
    for gid in sorted(before.keys() | after.keys()):
        g0, g1 = before.get(gid), after.get(gid)
        s0 = set(g0.spoilers) if g0 else set()
        s1 = set(g1.spoilers) if g1 else set()
        agreements.append(AgreementDelta(id=gid, name=(g1 or g0).name,
                                         spoilers_in=sorted(s1 - s0), spoilers_out=sorted(s0 - s1)))
    return Delta(
        F=round(scen_s.F - base_s.F, 12),
        components=scen_s.components - base_s.components,
        hostile_ties=scen_s.hostile_ties - base_s.hostile_ties,
        community_exposure=scen_s.community_exposure - base_s.community_exposure,
        hostile_ties_with_removed=gone_hostile,
        community_exposure_with_removed=gone_exposure,
        blocs=len(scen_s.blocs) - len(base_s.blocs),
        splinter_groups=splinter_groups(scen_s) - splinter_groups(base_s),
        removed=removed, added=added, splits=splits,
        mediators_in=[m for m in short_s if m not in short_b],
        mediators_out=[m for m in short_b if m not in short_s],
        agreements=agreements,
    )


# ---- what if / compare --------------------------------------------------------------------------

def apply_edits(amap: ActorMap, edits: Sequence[Edit], label: str = "What if") -> tuple[ActorMap, Changeset]:
    """The map after ``edits`` (one transaction; an invalid edit raises ``EditError``)."""
    doc = MapDocument(amap)
    cs = Compound(list(edits), label).apply(doc)
    return doc.snapshot(), cs


def whatif(amap: ActorMap, edits: Sequence[Edit]) -> WhatIf:
    """Base, scenario and delta of trying ``edits`` on ``amap``."""
    variant, _ = apply_edits(amap, edits)
    b, s = summarize(amap), summarize(variant, base=amap)
    return WhatIf(base=b, scenario=s, delta=delta(b, s, amap, variant))


def scenario_base(amap: ActorMap) -> ActorMap:
    """The base map a scenario applies to: the map without its scenarios."""
    return without(amap, NOT_PATCHED)


def scenario_patch(base: ActorMap, variant: ActorMap) -> Patch:
    """The patch a scenario stores: what ``variant`` changes in ``base``'s collections
    (fields changed only; never the map properties or the scenarios themselves)."""
    return patch_between(base, variant, NOT_PATCHED)


def contradictions(amap: ActorMap, patch: Patch) -> list[str]:
    """Where a patch contradicts itself: it removes an item and then edits it or refers to it."""
    removed = {(c, i) for c, cp in patch.collections.items() for i in cp.remove}
    out = []
    for coll, cp in patch.collections.items():
        for up in cp.update:
            if (coll, up.id) in removed:
                out.append(f"removes {coll.rstrip('s')} {up.id!r} and then edits it")
        try:
            spec = amap.collection(coll)
        except KeyError:
            continue
        for raw in cp.add:
            for ref in spec.refs:
                value = raw
                for part in ref.path.split("."):
                    value = value.get(part) if isinstance(value, dict) else None
                ids = [value] if isinstance(value, str) else list(value or [])
                for target in ids:
                    if (ref.target, target) in removed and ref.on_delete == "cascade":
                        out.append(f"removes {ref.target.rstrip('s')} {target!r} and then adds a "
                                   f"{spec.label} to it")
    return sorted(set(out))


def saved_variant(amap: ActorMap, saved, not_patched: frozenset[str], error: type[Exception], what: str):
    """``(variant, changeset, problems)`` of a saved change set (``what``: "scenario",
    "perspective") over ``amap`` without its ``not_patched`` collections (see
    :func:`.patch.apply_patch`). Raises ``error`` when it contradicts itself."""
    bad = contradictions(amap, saved.changes)
    if bad:
        raise error(f"the {what} {saved.name!r} {bad[0]}")
    return apply_patch(without(amap, not_patched), saved.changes, saved.name)


def scenario_variant(amap: ActorMap, scenario: Scenario):
    """``(variant, changeset, problems)`` of a saved scenario over ``amap`` (see :func:`.patch.apply_patch`).

    Raises :class:`ScenarioError` when the scenario contradicts itself.
    """
    return saved_variant(amap, scenario, NOT_PATCHED, ScenarioError, "scenario")


def find_scenarios(amap: ActorMap, wanted: Iterable[str] | None = None) -> list[Scenario]:
    """The saved scenarios named (by name, then ignoring case, or by id); all when ``wanted`` is None."""
    return find_named(amap.scenarios, wanted, "scenario", ScenarioError)


def compare(amap: ActorMap, scenario_ids: Iterable[str] | None = None) -> Comparison:
    """The base and each chosen saved scenario (all by default), with deltas.

    ``scenario_ids`` are scenario ids or names. Parts of a scenario that no longer fit the
    base are skipped and listed in ``problems``; a scenario that contradicts itself raises
    :class:`ScenarioError`.
    """
    chosen = find_scenarios(amap, scenario_ids)
    base = scenario_base(amap)
    base_s = summarize(base)
    results = []
    for sc in chosen:
        variant, _cs, problems = scenario_variant(amap, sc)
        s = summarize(variant, base=base)
        results.append(ScenarioResult(
            id=sc.id, name=sc.name, strategy=sc.strategy, summary=s, delta=delta(base_s, s, base, variant),
            problems=PatchIssue.all_of(problems)))
    return Comparison(base=base_s, scenarios=results)


def _schema(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def whatif_json_schema() -> dict[str, Any]:
    """JSON Schema of ``actormap whatif --json``."""
    return _schema(WhatIf)


def compare_json_schema() -> dict[str, Any]:
    """JSON Schema of ``actormap compare --json``."""
    return _schema(Comparison)
