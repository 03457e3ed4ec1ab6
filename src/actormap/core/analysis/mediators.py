"""Insider-mediator suggestions: access, acceptability and compromise, as a ranked shortlist.

An *insider mediator* is a trusted member of one side with ties of trust, not
fear, into the others (Wehr & Lederach 1991; Mason 2009; the "interrupters" of
violence-interruption programmes). The judgment separates three things:

*Access* -- a non-hostile channel to a party: trust, dialogue, symbiotic or
protective ties, in either direction.

*Acceptability* -- the party relies on the candidate: a ``trust`` tie with a
member of that camp, or a ``protective`` tie *from* the candidate *toward* a
member (acceptability from the protected side only). Protection by a candidate
that also coerces or extorts the protected actor is a racket: neither access
nor acceptability.

*Compromise* -- what weakens a candidacy:

- a ``symbiotic`` tie with an armed group (cartel, gang, militia, rebel group)
  whose agenda is criminal or mixed (cartels and gangs whose agenda is not
  assessed count as criminal) is collusion or sponsorship: it gives access,
  not acceptability, and lowers ``independence``;
- coercion, extortion (parasitic ties) or open conflict by the candidate
  against members of a camp: that camp cannot be counted as a side it bridges,
  and coercion of a camp that does not accept it gates the candidate;
- a pair of camps made hostile only by the candidate's own ties is never
  counted as bridged by it.

Being the *target* of coercion or extortion never changes a score: the reasons
say the candidate is under pressure from that party.

*Confidence*: every tie counts by the confidence factor of its level
(:data:`DEFAULT_CONFIDENCE`: rumoured 0.4, reported 0.75, confirmed 1; adjustable
with the weights as ``rumoured=``, ``reported=``, ``confirmed=``). A camp is
reached (or accepts the candidate) at the factor of its best tie; the reasons name
the rumoured ties a candidacy rests on.

The score is the weighted mean of visible components, each in [0, 1]:

``brokerage``
    Cross-camp Gould-Fernandez two-paths (itinerant + representative +
    gatekeeper + liaison) on the *acceptability* digraph (trust both ways,
    protective protector -> protected, rackets left out), relative to the
    largest count on the map.
``reach``
    Other camps that accept it (sum of confidence factors) / all other camps.
``access``
    Other camps it reaches by any non-hostile channel / all other camps.
``adversaries``
    Pairs of mutually hostile camps (its own camp included as a side) that it
    reaches on both sides, each pair counted by its weaker side (1 for its own
    camp or an accepting camp, :data:`ACCESS_ONLY_CREDIT` for access without
    acceptability, times the confidence factor), relative to the map's maximum.
``autonomy``
    ``1 - constraint`` (Burt) on its channel ties: high when the parties it
    reaches are not all tied to each other (it is not captive of one group).
``trust_share``
    Strength- and confidence-weighted share of acceptability ties among its
    acceptability ties and the hostile ties it *uses* (coercive, parasitic,
    conflict); 0 with no acceptability tie.
``legitimacy``
    The analyst's value; *not assessed* counts as the neutral 0.5, is listed
    in ``not_assessed`` and stated in the reasons.
``independence``
    1 minus the share of its cross-camp channel weight that is collusion.
``undesignated``
    0 when a label of the actor is a legal designation in force (a terrorist listing,
    sanctions, a criminal-organisation designation: ``Label.designation``), else 1.
    Designations constrain engagement (material support to a listed group may be a
    crime in that jurisdiction): the analyst chooses ``designations="annotate"``
    (default: the reasons say so, weight 0), ``"weigh"`` (weight 1 unless given) or
    ``"gate"`` (a designated actor is left off the shortlist). On a map with an as-of
    date a designation is in force when that date lies in its [start, end); without one,
    when it has no end date.

Gates (``gated``, with reasons; never silently dropped): the mapping
organisation itself (``is_self``); external parties (an outsider is not an
insider mediator); no non-hostile channel to any other camp; coercion of a camp
that does not accept it.

"Only channel" claims (``sole_channel``): on the channel graph (every
non-hostile tie), a camp pair ``X``, ``Y`` (neither the candidate's own camp)
whose members can reach each other only through the candidate. When several
actors each cut the same pair, none is "the only" one: each gets
``joint_channel`` naming the others. Camps are the declared factions, falling
back to the actor kind (:func:`.layers.faction_of`). Every result is independent
of the order of actors and ties in the file (ties broken by id).

References
----------
.. [1] Wehr, P. & Lederach, J. P. (1991). Mediating conflict in Central America.
   *Journal of Peace Research* 28(1): 85-98.
.. [2] Mason, S. J. A. (2009). *Insider mediators: exploring their key role in
   informal peace processes*. Berghof Foundation / CSS ETH Zurich.
.. [3] Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation.
   *Sociological Methodology* 19: 89-126.
.. [4] Burt, R. S. (1992). *Structural Holes*. Harvard University Press.
.. [5] Stedman, S. J. (1997). Spoiler problems in peace processes.
   *International Security* 22(2): 5-53 (pressure and spoilers around a process).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

import networkx as nx
import numpy as np
from pydantic import TypeAdapter

from ..errors import ActorMapError
from ..model import ARMED_KINDS, ActorKind, ActorMap, Agenda, TieKind
from .brokerage import gould_fernandez
from .fragmentation import removal_impact
from .layers import faction_of
from .reasons import reason
from .result import GatedActor, MediatorCandidate, MediatorConfidence, MediatorWeights, Reason
from .structural_holes import constraint as burt_constraint

DEFAULT_WEIGHTS: dict[str, float] = {
    "brokerage": 1.0,
    "reach": 1.0,
    "access": 0.5,
    "adversaries": 1.0,
    "autonomy": 0.5,
    "trust_share": 1.0,
    "legitimacy": 1.0,
    "independence": 1.0,
    "undesignated": 0.0,
}
"""Default weights of the score components (the user can change them); ``undesignated`` counts
only when designations are weighed (then its default weight is 1)."""

DESIGNATION_MODES = ("annotate", "weigh", "gate")
"""What a legal designation does to a candidacy (see ``undesignated``)."""

DEFAULT_CONFIDENCE: dict[str, float] = {"rumoured": 0.4, "reported": 0.75, "confirmed": 1.0}
"""How much a tie counts by its confidence level (0-1; adjustable like the weights)."""

NEUTRAL_LEGITIMACY = 0.5
"""What an actor whose legitimacy was not assessed contributes to the score."""
ACCESS_ONLY_CREDIT = 0.5
"""A side of a hostile pair reached without acceptability counts this much (acceptability: 1)."""

CROSS_ROLES = ("itinerant", "representative", "gatekeeper", "liaison")
ACCEPT_KINDS = frozenset({TieKind.TRUST, TieKind.PROTECTIVE})
CHANNEL_KINDS = frozenset({TieKind.TRUST, TieKind.DIALOGUE, TieKind.SYMBIOTIC, TieKind.PROTECTIVE})
HOSTILE_BY = frozenset({TieKind.COERCIVE, TieKind.PARASITIC, TieKind.CONFLICT})


class WeightsError(ActorMapError, ValueError):
    """Mediator weights the program cannot use (unknown name, negative, not a number)."""


def _number(k: str, v: object) -> float:
    try:
        f = float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise WeightsError(f"mediator weight {k!r} must be a number, not {v!r}") from None
    if not np.isfinite(f) or f < 0:
        raise WeightsError(f"mediator weight {k!r} must be a finite number >= 0, not {v!r}")
    return f


def validate_weights(weights: Mapping[str, object] | None) -> dict[str, float]:
    """Default component weights and confidence factors updated with ``weights``.

    Component weights are numbers >= 0 (at least one above 0); confidence factors
    (``rumoured``, ``reported``, ``confirmed``) are numbers from 0 to 1. Unknown
    names and bad values raise :class:`WeightsError`.
    """
    out = {**DEFAULT_WEIGHTS, **DEFAULT_CONFIDENCE}
    for k, v in (weights or {}).items():
        if k not in out:
            known = ", ".join([*DEFAULT_WEIGHTS, *DEFAULT_CONFIDENCE])
            raise WeightsError(f"unknown mediator weight {k!r}; known weights: {known}")
        f = _number(k, v)
        if k in DEFAULT_CONFIDENCE and f > 1:
            raise WeightsError(f"confidence factor {k!r} must be between 0 and 1, not {v!r}")
        out[k] = f
    if sum(out[k] for k in DEFAULT_WEIGHTS) <= 0:
        raise WeightsError("at least one mediator weight must be above 0")
    return out


def parse_weights(text: str) -> dict[str, float]:
    """``"reach=2,legitimacy=0.5,rumoured=0.3"`` -> the weights given (checked with the defaults)."""
    raw: dict[str, str] = {}
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise WeightsError(f"bad weight {part!r}: write NAME=NUMBER, e.g. reach=2,legitimacy=0.5")
        k, v = part.split("=", 1)
        raw[k.strip()] = v.strip()
    full = validate_weights(raw)
    return {k: full[k] for k in raw}


def score(components: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """Weighted mean of the components (weights of other names are ignored)."""
    total = sum(weights[k] for k in components)
    return sum(weights[k] * components[k] for k in components) / total if total > 0 else 0.0


def colludes_with(actor) -> bool:
    """Whether a symbiotic tie with ``actor`` is collusion or sponsorship (not trust).

    True for armed groups whose agenda is criminal or mixed; a cartel or gang whose
    agenda is not assessed counts as criminal.
    """
    if actor.kind not in ARMED_KINDS:
        return False
    if actor.agenda is None:
        return actor.kind in (ActorKind.CARTEL, ActorKind.GANG)
    return actor.agenda in (Agenda.CRIMINAL, Agenda.MIXED)


@dataclass
class _Side:
    """What one candidate has with one other camp."""

    accept: float = 0.0  # best confidence factor of an acceptability tie
    access: float = 0.0  # best confidence factor of any channel tie
    access_kinds: set = field(default_factory=set)
    accept_ties: list = field(default_factory=list)  # (tie, partner) acceptability ties
    channel_ties: list = field(default_factory=list)  # (tie, partner) channel ties
    coerces: list = field(default_factory=list)  # (tie, partner)
    extorts: list = field(default_factory=list)
    conflict: list = field(default_factory=list)
    pressured_by: list = field(default_factory=list)  # (tie, partner): the candidate is the target


class Shortlist(NamedTuple):
    """What :func:`insider_mediators` returns."""

    ranked: list[MediatorCandidate]
    gated: list[GatedActor]
    weights: MediatorWeights
    confidence: MediatorConfidence


_CANDIDATES = TypeAdapter(list[MediatorCandidate])
_GATED = TypeAdapter(list[GatedActor])


def designations_in_force(actor, as_of) -> list[list[str]]:
    """``[source, jurisdiction, label]`` of the actor's legal designations in force, sorted.

    On a map with an as-of date a designation is in force when that date lies in its
    [start, end) (an open end is unbounded); without one, when it has no end date.
    """
    out = []
    for lab in actor.labels:
        if not lab.designation:
            continue
        if as_of is None:
            if lab.end is not None:
                continue
        elif (lab.start is not None and as_of < lab.start) or (lab.end is not None and as_of >= lab.end):
            continue
        out.append([lab.source, lab.jurisdiction, lab.label])
    return sorted(out)


def insider_mediators(amap: ActorMap, weights: Mapping[str, object] | None = None, *,
                      designations: str = "annotate", **_unused) -> Shortlist:
    """Rank insider-mediator candidates; see the module docstring for the rules.

    Parameters
    ----------
    amap : ActorMap
    weights : mapping, optional
        Component weights and confidence factors (defaults: :data:`DEFAULT_WEIGHTS`,
        :data:`DEFAULT_CONFIDENCE`); bad values raise :class:`WeightsError`.

    Returns
    -------
    Shortlist
        ``ranked`` candidates (best first; ties in score by name, then id), ``gated``
        actors with the gates they failed (by name, then id), the component
        ``weights`` and the ``confidence`` factors used. Reasons and gates are codes
        with values (:mod:`.reasons`), rendered by :mod:`actormap.core.messages`.
    """
    if designations not in DESIGNATION_MODES:
        raise WeightsError(f"designations must be one of {', '.join(DESIGNATION_MODES)}, not {designations!r}")
    if designations == "weigh" and "undesignated" not in (weights or {}):
        weights = {**(weights or {}), "undesignated": 1.0}
    wc = validate_weights(weights)
    w = {k: wc[k] for k in DEFAULT_WEIGHTS}
    conf = {k: wc[k] for k in DEFAULT_CONFIDENCE}
    actors = amap.actors_by_id()
    camp = {a.id: faction_of(a) for a in amap.actors}
    others = max(len(set(camp.values())) - 1, 1)
    ties = sorted(amap.ties, key=lambda t: t.id)

    def cf(t) -> float:
        return conf[str(t.confidence)]

    # ---- who does what to whom --------------------------------------------------------
    racket = {(t.source, t.target) for t in ties if t.kind in (TieKind.COERCIVE, TieKind.PARASITIC)}
    sides: dict[str, dict[str, _Side]] = {v: defaultdict(_Side) for v in actors}
    accept_w = dict.fromkeys(actors, 0.0)  # strength x confidence of acceptability ties (all camps)
    hostile_w = dict.fromkeys(actors, 0.0)  # ... of hostile ties the actor uses
    collusion = {v: [] for v in actors}  # (tie, partner) collusive symbiotic ties, other camps
    channel_w = dict.fromkeys(actors, 0.0)  # cross-camp channel weight
    rackets = {v: [] for v in actors}  # (tie, partner): protection of someone it coerces/extorts
    accept_edges: list[tuple[str, str]] = []  # the acceptability digraph
    channel = nx.Graph()
    channel.add_nodes_from(sorted(actors))
    hostile_pairs: dict[tuple[str, str], int] = defaultdict(int)  # sorted camp pair -> its hostile ties
    own_hostile: dict[str, dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))  # ... at the actor
    uses_hostility: set[str] = set()

    for t in ties:
        s, r, k = t.source, t.target, t.kind
        wt = t.strength * cf(t)
        if k in HOSTILE_BY:
            if camp[s] != camp[r]:
                pair = (camp[s], camp[r]) if camp[s] < camp[r] else (camp[r], camp[s])
                hostile_pairs[pair] += 1
                own_hostile[s][pair] += 1
                own_hostile[r][pair] += 1
            hostile_w[s] += wt
            uses_hostility.add(s)
            if k == TieKind.CONFLICT:
                hostile_w[r] += wt
                uses_hostility.add(r)
            for me, other in ((s, r), (r, s)):
                if camp[other] == camp[me]:
                    continue
                side = sides[me][camp[other]]
                if k == TieKind.CONFLICT:
                    side.conflict.append((t, other))
                elif me == s:
                    (side.coerces if k == TieKind.COERCIVE else side.extorts).append((t, other))
                else:
                    side.pressured_by.append((t, other))
            continue
        if k not in CHANNEL_KINDS:
            continue
        is_racket = k == TieKind.PROTECTIVE and (s, r) in racket
        if is_racket:
            rackets[s].append((t, r))
            continue
        if channel.has_edge(s, r):
            channel[s][r]["weight"] += wt
        else:
            channel.add_edge(s, r, weight=wt)
        if k == TieKind.TRUST:
            accept_edges += [(s, r), (r, s)]
            accept_w[s] += wt
            accept_w[r] += wt
        elif k == TieKind.PROTECTIVE:
            accept_edges.append((s, r))
            accept_w[s] += wt  # the protector is accepted by the protected
        for me, other in ((s, r), (r, s)):
            if camp[other] == camp[me]:
                continue
            side = sides[me][camp[other]]
            side.access = max(side.access, cf(t))
            side.channel_ties.append((t, other))
            channel_w[me] += wt
            accepts = k == TieKind.TRUST or (k == TieKind.PROTECTIVE and me == s)
            if accepts:
                side.accept = max(side.accept, cf(t))
                side.accept_ties.append((t, other))
            else:
                side.access_kinds.add(str(k))
            if k == TieKind.SYMBIOTIC and colludes_with(actors[other]):
                collusion[me].append((t, other))

    acc_di = nx.DiGraph()
    acc_di.add_nodes_from(sorted(actors))
    acc_di.add_edges_from(accept_edges)
    gf = gould_fernandez(acc_di, camp)
    cross = {v: sum(gf[v][r] for r in CROSS_ROLES) for v in actors}
    max_cross = max(cross.values(), default=0)
    con = burt_constraint(channel)

    def named(items) -> tuple[list[str], list[str]]:
        """(names, ids) of the distinct partners in ``items`` ((tie, partner) pairs), by name then id."""
        order = sorted({p for _, p in items}, key=lambda i: (actors[i].name, i))
        return [actors[i].name for i in order], order

    def bridged(v: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]], float]:
        """Hostile camp pairs reached on both sides: (accepted on both, reached only), credit."""
        own = camp[v]
        quality = {own: 1.0}  # a side's credit: 1 own camp or accepting, less for access only
        accepted = {own}
        for c, sd in sides[v].items():
            if sd.coerces or sd.extorts or sd.conflict or not sd.access:
                continue  # it uses force on that camp (or has no channel): never a side it bridges
            quality[c] = sd.accept if sd.accept else ACCESS_ONLY_CREDIT * sd.access
            if sd.accept:
                accepted.add(c)
        reachable = sorted(quality)
        mine = own_hostile.get(v, {})
        full, partial, credit = [], [], 0.0
        for i, x in enumerate(reachable):
            for y in reachable[i + 1:]:
                pair = (x, y)
                if hostile_pairs.get(pair, 0) <= mine.get(pair, 0):
                    continue  # not hostile, or hostile only through this actor's own ties
                credit += min(quality[x], quality[y])
                (full if x in accepted and y in accepted else partial).append(pair)
        return full, partial, credit

    pairs = {v: bridged(v) for v in actors}
    max_adv = max((p[2] for p in pairs.values()), default=0.0)

    ranked, gated = [], []
    for a in sorted(amap.actors, key=lambda a: (a.name, a.id)):
        v = a.id
        mine = sides[v]
        base = {"id": v, "name": a.name, "faction": camp[v]}
        gates = []
        if a.is_self:
            gates.append(reason("gate_self"))
        if a.external:
            gates.append(reason("gate_external"))
        reached = sorted(c for c, sd in mine.items() if sd.access)
        if not reached:
            gates.append(reason("gate_no_channel_outside_camp", camp=camp[v]))
        for c in sorted(c for c, sd in mine.items() if sd.coerces and not sd.accept):
            names, ids = named(mine[c].coerces)
            gates.append(reason("gate_coercion_untrusted_camp", camp=c, actors=names, actor_ids=ids))
        listed = designations_in_force(a, amap.as_of)
        if listed and designations == "gate":
            gates.append(reason("gate_designated", designations=listed))
        if gates:
            gated.append({**base, "reasons": gates})
            continue

        blocked = {c for c, sd in mine.items() if sd.coerces or sd.extorts or sd.conflict}
        accepting = sorted(c for c, sd in mine.items() if sd.accept and c not in blocked)
        access_only = sorted(c for c, sd in mine.items() if sd.access and not sd.accept)
        full, partial, credit = pairs[v]
        c_v = con.get(v)
        colluding_w = sum(t.strength * cf(t) for t, _ in collusion[v])
        comps = {
            "brokerage": cross[v] / max_cross if max_cross else 0.0,
            "reach": sum(mine[c].accept for c in accepting) / others,
            "access": sum(mine[c].access for c in reached) / others,
            "adversaries": credit / max_adv if max_adv > 0 else 0.0,
            "autonomy": 1.0 - min(max(c_v, 0.0), 1.0) if c_v is not None else 0.0,
            "trust_share": accept_w[v] / (accept_w[v] + hostile_w[v]) if accept_w[v] > 0 else 0.0,
            "legitimacy": a.legitimacy if a.legitimacy is not None else NEUTRAL_LEGITIMACY,
            "independence": 1.0 - colluding_w / channel_w[v] if channel_w[v] > 0 else 1.0,
            "undesignated": 0.0 if listed else 1.0,
        }
        reasons = [reason("designated", designations=listed)] if listed else []
        if accepting:
            reasons.append(reason("trusted_by_camps", camps=accepting))
        if access_only:
            reasons.append(reason("access_only", pairs=[[c, "/".join(sorted(mine[c].access_kinds))]
                                                        for c in access_only]))
        if full:
            reasons.append(reason("bridges_hostile_pairs", pairs=[list(p) for p in full]))
        if partial:
            reasons.append(reason("reaches_both_sides", pairs=[list(p) for p in partial]))
        if cross[v]:
            reasons.append(reason("brokers_paths", paths=int(cross[v]),
                                  roles={r: int(gf[v][r]) for r in CROSS_ROLES}))
        if collusion[v]:
            names, ids = named(collusion[v])
            reasons.append(reason("collusion", actors=names, actor_ids=ids,
                                  camps=sorted({camp[p] for _, p in collusion[v]})))
        if rackets[v]:
            names, ids = named(rackets[v])
            reasons.append(reason("racket_not_trust", actors=names, actor_ids=ids))
        rumour = _rests_on_rumour(mine, set(accepting) | set(access_only))
        if rumour:
            names, ids = named(rumour)
            reasons.append(reason("rests_on_rumour", camps=sorted({camp[p] for _, p in rumour}),
                                  actors=names, actor_ids=ids, tie_ids=sorted(t.id for t, _ in rumour)))
        if v not in uses_hostility:
            reasons.append(reason("no_hostile_ties"))
        for c in sorted(c for c, sd in mine.items() if sd.extorts and not sd.accept):
            sd = mine[c]
            names, ids = named(sd.extorts)
            reasons.append(reason("parasitic_warning", camp=c, actors=names, actor_ids=ids,
                                  tie_ids=sorted(t.id for t, _ in sd.extorts),
                                  confidence=sorted({str(t.confidence) for t, _ in sd.extorts})))
        both = sorted(c for c, sd in mine.items() if sd.accept and (sd.coerces or sd.extorts))
        if both:
            reasons.append(reason("coercion_also_trusted", camps=both))
        conflict = sorted(c for c, sd in mine.items() if sd.conflict)
        if conflict:
            reasons.append(reason("open_conflict", camps=conflict))
        pressure = [(t, p) for sd in mine.values() for t, p in sd.pressured_by]
        if pressure:
            names, ids = named(pressure)
            reasons.append(reason("under_pressure", actors=names, actor_ids=ids,
                                  camps=sorted({camp[p] for _, p in pressure}),
                                  kinds=sorted({str(t.kind) for t, _ in pressure})))
        if c_v is not None and comps["autonomy"] >= 0.6:
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
    _channel_claims(ranked, channel, camp, actors)
    for item in (*ranked, *gated):  # reasons checked against the registry by reason(): built, not re-parsed
        item["reasons"] = [Reason.model_construct(**r) for r in item["reasons"]]
    return Shortlist(_CANDIDATES.validate_python(ranked), _GATED.validate_python(gated),
                     MediatorWeights(**w), MediatorConfidence(**conf))


def _rests_on_rumour(mine: Mapping[str, _Side], camps: set[str]) -> list:
    """The rumoured ties that are its only link (acceptability or access) to some camp."""
    out = []
    for c in sorted(camps):
        sd = mine[c]
        ties = sd.accept_ties if sd.accept else sd.channel_ties
        if ties and all(str(t.confidence) == "rumoured" for t, _ in ties):
            out.extend(ties)
    return out


def _channel_claims(ranked: list[dict], channel: nx.Graph, camp: Mapping[str, str], actors) -> None:
    """Add ``sole_channel`` / ``joint_channel`` reasons: camp pairs (never the candidate's own
    camp) whose members can reach each other on the channel graph only through it."""
    if not ranked or not channel.number_of_edges():
        return
    impact = removal_impact(channel)  # splinters of every actor, one DFS
    comp_of: dict[str, int] = {}
    meets: dict[frozenset, set[int]] = defaultdict(set)  # camp pair -> components holding both
    for k, comp in enumerate(sorted(nx.connected_components(channel), key=lambda c: min(c))):
        camps_k = sorted({camp[u] for u in comp})
        for u in comp:
            comp_of[u] = k
        for i, x in enumerate(camps_k):
            for y in camps_k[i + 1:]:
                meets[frozenset((x, y))].add(k)
    claims: dict[tuple[str, str], list[str]] = defaultdict(list)
    for v, r in sorted(impact.items()):
        if len(r.splinter_sizes) < 2:
            continue
        k = comp_of[v]
        mask: dict[str, int] = defaultdict(int)  # camp -> bit set of the pieces holding a member
        for i, piece in enumerate(r.splinters):
            bit = 1 << i
            for u in piece:
                mask[camp[u]] |= bit
        mask.pop(camp[v], None)
        cs = sorted(mask)
        for i, x in enumerate(cs):
            mx = mask[x]
            for y in cs[i + 1:]:
                if mx & mask[y]:
                    continue  # a piece still holds both camps
                if meets[frozenset((x, y))] - {k}:
                    continue  # they also meet in another component of the map
                claims[(x, y)].append(v)
    by_actor: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pair, who in claims.items():
        for v in who:
            by_actor[v].append(pair)
    for m in ranked:
        v = m["id"]
        sole = sorted(p for p in by_actor.get(v, ()) if claims[p] == [v])
        joint = sorted(p for p in by_actor.get(v, ()) if len(claims[p]) > 1)
        if joint:
            partners = sorted({w for p in joint for w in claims[p] if w != v}, key=lambda i: (actors[i].name, i))
            m["reasons"].insert(0, reason("joint_channel", pairs=[list(p) for p in joint],
                                          actors=[actors[i].name for i in partners], actor_ids=partners))
        if sole:
            m["reasons"].insert(0, reason("sole_channel", pairs=[list(p) for p in sole]))
            m["sole_channel"] = [list(p) for p in sole]
