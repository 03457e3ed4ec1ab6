"""Insider-mediator suggestions: a ranked shortlist made of visible parts, with reasons and gates.

An *insider mediator* is a trusted member of one side with ties of trust, not
fear, into the others (Wehr & Lederach 1991; Mason 2009). The score is the
weighted mean of seven components, each in [0, 1]:

``brokerage``
    Cross-camp Gould-Fernandez brokerage on the directed trust layer: the
    actor's two-paths as itinerant + representative + gatekeeper + liaison
    (coordinator, which stays inside one camp, is left out), divided by the
    largest such count on the map.
``reach``
    Other camps reached by a direct trust tie (symbiotic or protective, in
    either direction), as a share of all other camps on the map.
``adversaries``
    Pairs of mutually hostile camps (a coercive, parasitic or conflict tie
    between their members) that the actor is trusted on both sides of --
    counting its own camp as one side, since an insider mediator is a member
    of one side trusted by the others -- divided by the largest such count on
    the map. This is what sets an insider mediator apart from a well-connected
    ally: trust from parties that are at odds with each other.
``dialogue``
    Other camps reached *only* by dialogue ties, as a share of all other
    camps. A dialogue tie is an open channel of communication, not trust: it
    never counts toward ``reach``, ``brokerage`` or ``trust_share`` and
    cannot pass the trust gate; this small component (default weight 0.25)
    credits open channels without mistaking them for trust.
``autonomy``
    ``1 - constraint`` (Burt) on the trust layer: high when the actor's
    trusted contacts are not all tied to each other, i.e. it is not captive
    of one closed group.
``trust_share``
    Strength-weighted share of trust ties among the actor's trust and
    hostile ties (coercive, parasitic, conflict; in either direction).
``legitimacy``
    The analyst's legitimacy value; when *not assessed* it counts as the
    neutral 0.5, the actor is listed in ``not_assessed`` and a reason says so.

Camps are the declared factions, falling back to the actor kind
(:func:`.layers.faction_of`).

Gates (an actor that fails one is listed under ``gated`` with its reasons,
never silently dropped):

- it is the mapping organisation itself (``is_self``; code ``gate_self``);
- it is marked external: an outside party is not an *insider* mediator
  (``gate_external``);
- it has no trust tie to an actor of another camp (``gate_no_trust_outside_camp``);
- it uses coercion against some camp that it does not reach by trust
  (``gate_coercion_untrusted_camp``).

Parasitic ties (extraction) toward a camp reached by no trust tie do *not*
gate, but are stated as a warning reason (``parasitic_warning``) and lower
``trust_share``. Reasons and gates are codes with values (:mod:`.reasons`);
their wording lives in :mod:`actormap.core.messages`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

import networkx as nx
import numpy as np
from pydantic import TypeAdapter

from ..errors import ActorMapError
from ..model import ActorMap, TieKind
from ..semantics import HOSTILE_KINDS, TRUST_KINDS
from . import layers
from .brokerage import gould_fernandez
from .fragmentation import removal_impact
from .reasons import reason
from .result import GatedActor, MediatorCandidate, MediatorWeights
from .structural_holes import constraint as burt_constraint

DEFAULT_WEIGHTS: dict[str, float] = {
    "brokerage": 1.0,
    "reach": 1.0,
    "adversaries": 1.0,
    "autonomy": 0.5,
    "trust_share": 1.0,
    "legitimacy": 1.0,
    "dialogue": 0.25,
}
"""Default weights of the score components (the user can change them)."""

NEUTRAL_LEGITIMACY = 0.5
"""What an actor whose legitimacy was not assessed contributes to the score."""

CROSS_ROLES = ("itinerant", "representative", "gatekeeper", "liaison")
SOLE_CHANNEL_CHECKED = 30
"""The sole-channel reason is checked for this many best-ranked candidates."""


class WeightsError(ActorMapError, ValueError):
    """Mediator weights the program cannot use (unknown name, negative, not a number)."""


def validate_weights(weights: Mapping[str, object] | None) -> dict[str, float]:
    """The default weights updated with ``weights``; raise :class:`WeightsError` on bad input."""
    out = dict(DEFAULT_WEIGHTS)
    if not weights:
        return out
    known = ", ".join(DEFAULT_WEIGHTS)
    for k, v in weights.items():
        if k not in DEFAULT_WEIGHTS:
            raise WeightsError(f"unknown mediator weight {k!r}; known weights: {known}")
        try:
            f = float(v)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise WeightsError(f"mediator weight {k!r} must be a number, not {v!r}") from None
        if not np.isfinite(f) or f < 0:
            raise WeightsError(f"mediator weight {k!r} must be a finite number >= 0, not {v!r}")
        out[k] = f
    if sum(out.values()) <= 0:
        raise WeightsError("at least one mediator weight must be above 0")
    return out


def parse_weights(text: str) -> dict[str, float]:
    """``"reach=2,legitimacy=0.5"`` -> dict (validated)."""
    raw: dict[str, str] = {}
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise WeightsError(f"bad weight {part!r}: write NAME=NUMBER, e.g. reach=2,legitimacy=0.5")
        k, v = part.split("=", 1)
        raw[k.strip()] = v.strip()
    return validate_weights(raw)


def score(components: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """Weighted mean of the components."""
    total = sum(weights[k] for k in components)
    return sum(weights[k] * components[k] for k in components) / total if total > 0 else 0.0


def _sole_channels(pieces: list[list], camp: dict, elsewhere) -> list[tuple[str, str]]:
    """Pairs of camps whose only trust connection runs through a removed actor.

    ``pieces``: the groups its trust component falls into without it; a pair of
    camps is cut when no piece holds members of both and ``elsewhere(x, y)``
    (they also meet in another component of the map) is false.
    """
    present = [{camp[u] for u in p} for p in pieces]
    camps = sorted(set().union(*present)) if present else []
    out = []
    for i, x in enumerate(camps):
        for y in camps[i + 1:]:
            if not any(x in s and y in s for s in present) and not elsewhere(x, y):
                out.append((x, y))
    return out


class Shortlist(NamedTuple):
    """What :func:`insider_mediators` returns."""

    ranked: list[MediatorCandidate]
    gated: list[GatedActor]
    weights: MediatorWeights


_CANDIDATES = TypeAdapter(list[MediatorCandidate])
_GATED = TypeAdapter(list[GatedActor])


def insider_mediators(
    amap: ActorMap,
    weights: Mapping[str, object] | None = None,
    *,
    trust: nx.Graph | None = None,
    trust_di: nx.DiGraph | None = None,
    brokerage: Mapping | None = None,
    constraint: Mapping | None = None,
) -> Shortlist:
    """Rank insider-mediator candidates; see the module docstring for the parts and gates.

    Parameters
    ----------
    amap : ActorMap
    weights : mapping, optional
        Component weights (defaults: :data:`DEFAULT_WEIGHTS`); unknown names
        or negative values raise :class:`WeightsError`.
    trust, trust_di, brokerage, constraint : optional
        Precomputed trust layers, Gould-Fernandez counts and Burt constraint
        (computed here when not given).

    Returns
    -------
    Shortlist
        ``ranked`` candidates (best first), ``gated`` actors with the gates
        they failed, and the ``weights`` used. Reasons and gates are codes
        with values (:mod:`.reasons`), rendered by :mod:`actormap.core.messages`.

    References
    ----------
    .. [1] Wehr, P. & Lederach, J. P. (1991). Mediating conflict in Central
       America. *Journal of Peace Research* 28(1): 85-98.
    .. [2] Mason, S. J. A. (2009). *Insider mediators: exploring their key role
       in informal peace processes*. Berghof Foundation / CSS ETH Zurich.
    .. [3] Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation.
       *Sociological Methodology* 19: 89-126.
    .. [4] Burt, R. S. (1992). *Structural Holes*. Harvard University Press.
    """
    w = validate_weights(weights)
    actors = amap.actors_by_id()
    camp = {a.id: layers.faction_of(a) for a in amap.actors}
    n_camps = len(set(camp.values()))
    others = max(n_camps - 1, 1)
    T = trust if trust is not None else layers.trust_graph(amap)
    D = trust_di if trust_di is not None else layers.trust_digraph(amap)
    gf = brokerage if brokerage is not None else gould_fernandez(D, camp)
    con = constraint if constraint is not None else burt_constraint(T)
    cross = {v: sum(gf[v][r] for r in CROSS_ROLES) for v in actors}
    max_cross = max(cross.values(), default=0)

    # per-actor tallies from the ties themselves
    trust_camps: dict[str, dict[str, list[str]]] = {v: {} for v in actors}  # camp -> partner names
    dialogue_camps: dict[str, set[str]] = {v: set() for v in actors}
    coerced: dict[str, dict[str, list]] = {v: {} for v in actors}  # camp -> [(partner, tie)]
    extracted: dict[str, dict[str, list]] = {v: {} for v in actors}
    conflict_with: dict[str, set[str]] = {v: set() for v in actors}
    trust_strength = dict.fromkeys(actors, 0)
    hostile_strength = dict.fromkeys(actors, 0)
    hostile_pairs: set[frozenset] = set()
    for t in amap.ties:
        if t.kind in HOSTILE_KINDS and camp[t.source] != camp[t.target]:
            hostile_pairs.add(frozenset((camp[t.source], camp[t.target])))
    for t in amap.ties:
        for me, other in ((t.source, t.target), (t.target, t.source)):
            oc = camp[other]
            mine = oc == camp[me]
            if t.kind in TRUST_KINDS:
                trust_strength[me] += t.strength
                if not mine:
                    trust_camps[me].setdefault(oc, []).append(actors[other].name)
            elif t.kind in HOSTILE_KINDS:
                hostile_strength[me] += t.strength
                if me == t.source and t.kind == TieKind.COERCIVE and not mine:
                    coerced[me].setdefault(oc, []).append((other, t))
                elif me == t.source and t.kind == TieKind.PARASITIC and not mine:
                    extracted[me].setdefault(oc, []).append((other, t))
                elif t.kind == TieKind.CONFLICT and not mine:
                    conflict_with[me].add(oc)
            elif t.kind == TieKind.DIALOGUE and not mine:
                dialogue_camps[me].add(oc)

    hostile_to: dict[str, set[str]] = {}
    for pair in hostile_pairs:
        x, y = tuple(pair)
        hostile_to.setdefault(x, set()).add(y)
        hostile_to.setdefault(y, set()).add(x)

    def bridged(v) -> list[tuple[str, str]]:
        if not trust_camps[v]:
            return []
        sides = set(trust_camps[v]) | {camp[v]}
        return sorted((x, y) for x in sides for y in hostile_to.get(x, set()) & sides if x < y)

    adversaries = {v: bridged(v) for v in actors}
    max_adv = max((len(p) for p in adversaries.values()), default=0)

    def named(ids) -> tuple[list[str], list[str]]:
        """(names, ids) of distinct actors, sorted by name then id."""
        order = sorted(set(ids), key=lambda i: (actors[i].name, i))
        return [actors[i].name for i in order], order

    ranked, gated = [], []
    for a in sorted(amap.actors, key=lambda a: (a.name, a.id)):
        v = a.id
        base = {"id": v, "name": a.name, "faction": camp[v]}
        gates = []
        if a.is_self:
            gates.append(reason("gate_self"))
        if a.external:
            gates.append(reason("gate_external"))
        if not trust_camps[v]:
            gates.append(reason("gate_no_trust_outside_camp", camp=camp[v]))
        only_coerced = sorted(c for c in coerced[v] if c not in trust_camps[v])
        for c in only_coerced:
            names, ids = named(o for o, _ in coerced[v][c])
            gates.append(reason("gate_coercion_untrusted_camp", camp=c, actors=names, actor_ids=ids))
        if gates:
            gated.append({**base, "reasons": gates})
            continue

        reached = sorted(trust_camps[v])
        dial_only = sorted(dialogue_camps[v] - set(reached))
        c = con.get(v)
        comps = {
            "brokerage": cross[v] / max_cross if max_cross else 0.0,
            "reach": len(reached) / others,
            "adversaries": len(adversaries[v]) / max_adv if max_adv else 0.0,
            "dialogue": len(dial_only) / others,
            "autonomy": 1.0 - min(max(c, 0.0), 1.0) if c is not None else 0.0,
            "trust_share": trust_strength[v] / (trust_strength[v] + hostile_strength[v]),
            "legitimacy": a.legitimacy if a.legitimacy is not None else NEUTRAL_LEGITIMACY,
        }
        reasons = [reason("trusted_by_camps", camps=reached)]
        if adversaries[v]:
            reasons.append(reason("bridges_hostile_pairs", pairs=[[x, y] for x, y in adversaries[v]]))
        if cross[v]:
            reasons.append(reason("brokers_paths", paths=int(cross[v]),
                                  roles={r: int(gf[v][r]) for r in CROSS_ROLES}))
        if dial_only:
            reasons.append(reason("dialogue_with", camps=dial_only))
        if not hostile_strength[v]:
            reasons.append(reason("no_hostile_ties"))
        else:
            only_extracted = sorted(x for x in extracted[v] if x not in trust_camps[v])
            for x in only_extracted:
                ties = extracted[v][x]
                names, ids = named(o for o, _ in ties)
                reasons.append(reason("parasitic_warning", camp=x, actors=names, actor_ids=ids,
                                      tie_ids=sorted(t.id for _, t in ties),
                                      confidence=sorted({str(t.confidence) for _, t in ties})))
            both = sorted(x for x in coerced[v] if x in trust_camps[v])
            if both:
                reasons.append(reason("coercion_also_trusted", camps=both))
            if conflict_with[v]:
                reasons.append(reason("open_conflict", camps=sorted(conflict_with[v])))
        if c is not None and comps["autonomy"] >= 0.6:
            reasons.append(reason("autonomy_high", autonomy=float(comps["autonomy"])))
        if a.legitimacy is None:
            reasons.append(reason("legitimacy_not_assessed", neutral=NEUTRAL_LEGITIMACY))
        else:
            reasons.append(reason("legitimacy_assessed", legitimacy=float(a.legitimacy)))
        comps = {k: float(x) for k, x in comps.items()}
        ranked.append({**base, "score": score(comps, w), "components": comps,
                       "not_assessed": ["legitimacy"] if a.legitimacy is None else [],
                       "reasons": reasons})
    ranked.sort(key=lambda m: (-m["score"], m["name"], m["id"]))

    # "the only trust channel between X and Y": checked for the best-ranked candidates
    if ranked and T.number_of_edges():
        impact = removal_impact(T)  # splinters of every actor, one DFS
        comp_of: dict = {}
        meets: dict[frozenset, set[int]] = {}  # camp pair -> components where both have members
        for k, comp in enumerate(nx.connected_components(T)):
            camps_k = sorted({camp[u] for u in comp})
            for u in comp:
                comp_of[u] = k
            for i, x in enumerate(camps_k):
                for y in camps_k[i + 1:]:
                    meets.setdefault(frozenset((x, y)), set()).add(k)
        for m in ranked[:SOLE_CHANNEL_CHECKED]:
            v = m["id"]
            r = impact.get(v)
            if r is None or len(r.splinter_sizes) < 2:
                continue
            k = comp_of[v]
            pairs = _sole_channels(r.splinters, camp,
                                   lambda x, y, k=k: bool(meets.get(frozenset((x, y)), set()) - {k}))
            if pairs:
                m["reasons"].insert(0, reason("sole_channel", pairs=[[x, y] for x, y in pairs]))
                m["sole_channel"] = [list(p) for p in pairs]
    return Shortlist(_CANDIDATES.validate_python(ranked), _GATED.validate_python(gated),
                     MediatorWeights(**w))
