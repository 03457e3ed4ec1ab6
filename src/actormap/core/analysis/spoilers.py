"""Spoiler risk of agreements (Stedman 1997): armed actors outside an agreement that could wreck it.

For each agreement, an armed actor (cartel, gang, militia, rebel group; ``ARMED_KINDS``)
that is neither party, facilitator nor guarantor is a possible spoiler when

- it has conflict or coercive ties, either way, with a party (``spoiler_hostile_to_parties``);
- it has such ties with armed members of a party's camp who are not parties themselves
  (``spoiler_hostile_to_party_camps``): the leaders signed, their fighters are still at war;
- the parties' channels run through it (``spoiler_holds_channel``): on the channel layer
  (trust and dialogue ties) its removal impact leaves parties in separate pieces, so its
  exit could splinter the agreement (:func:`.fragmentation.removal_impact`).

When its own camp has a party and it is not one (the imprisoned leaders signed, the street
cliques did not), ``spoiler_inside_camp`` says so: Stedman's *inside* spoiler. Reasons are
codes with values (:mod:`.reasons`). Spoilers are ranked by the number of criteria they meet,
then by the number of hostile counterparts, then by id.

References
----------
.. [1] Stedman, S. J. (1997). Spoiler problems in peace processes. *International Security*
   22(2), 5-53.
"""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx

from ..model import ARMED_KINDS, ActorMap, TieKind
from ..semantics import SEMANTICS, Layer
from .fragmentation import removal_impact
from .layers import faction_of
from .reasons import reason

HOSTILE_SPOILER_KINDS = frozenset({TieKind.CONFLICT, TieKind.COERCIVE})
"""Tie kinds that make an armed outsider a threat to an agreement's parties."""
CRITERIA = ("spoiler_hostile_to_parties", "spoiler_hostile_to_party_camps", "spoiler_holds_channel")
"""Reason codes that make an actor a spoiler (``spoiler_inside_camp`` only qualifies them)."""


def channel_graph(amap: ActorMap) -> nx.Graph:
    """Actors joined by a channel: trust and dialogue ties (every tie that is not hostile)."""
    g = nx.Graph()
    g.add_nodes_from(a.id for a in amap.actors)
    g.add_edges_from((t.source, t.target) for t in amap.ties if Layer.HOSTILE not in SEMANTICS[t.kind].layers)
    return g


def _hostile(amap: ActorMap) -> dict[str, dict[str, set[str]]]:
    """actor -> counterpart -> the conflict/coercive tie kinds between them (either way)."""
    out: dict[str, dict[str, set[str]]] = {}
    for t in amap.ties:
        if t.kind in HOSTILE_SPOILER_KINDS:
            k = str(t.kind)
            out.setdefault(t.source, {}).setdefault(t.target, set()).add(k)
            out.setdefault(t.target, {}).setdefault(t.source, set()).add(k)
    return out


def _named(ids, names: Mapping[str, str]) -> tuple[list[str], list[str]]:
    """Names sorted, and the ids in the same order."""
    pairs = sorted((names[i], i) for i in ids)
    return [n for n, _ in pairs], [i for _, i in pairs]


def agreement_risks(amap: ActorMap, camp: Mapping[str, str] | None = None) -> list[dict]:
    """Every agreement with its possible spoilers and their reasons (by agreement id).

    Returns plain dicts shaped as :class:`.result.AgreementRisk`: ``id``, ``name``, ``kind``,
    ``status``, ``parties``, ``facilitators``, ``guarantors`` (actor ids), ``spoilers``
    (ranked ids) and ``spoiler_reasons`` (``id``, ``name``, ``faction``, ``reasons``).
    """
    if not amap.agreements:
        return []
    actors = amap.actors_by_id()
    names = {a.id: a.name for a in amap.actors}
    camp = camp if camp is not None else {a.id: faction_of(a) for a in amap.actors}
    hostile = _hostile(amap)
    armed = sorted(a.id for a in amap.actors if a.kind in ARMED_KINDS)
    impact = removal_impact(channel_graph(amap)) if armed else {}
    out = []
    for ag in sorted(amap.agreements, key=lambda g: g.id):
        parties = [p for p in ag.parties if p in actors]
        members = set(parties) | set(ag.facilitators) | set(ag.guarantors)
        party_set = set(parties)
        party_camps = {camp[p] for p in parties}
        found = []
        for v in armed:
            if v in members:
                continue
            reasons = []
            foes = hostile.get(v, {})
            hit = [p for p in parties if p in foes]
            if hit:
                ns, ids = _named(hit, names)
                kinds = sorted({k for p in hit for k in foes[p]})
                reasons.append(reason("spoiler_hostile_to_parties", parties=ns, party_ids=ids, kinds=kinds))
            near = [o for o in foes
                    if o not in party_set and camp[o] in party_camps and actors[o].kind in ARMED_KINDS]
            if near:
                ns, ids = _named(near, names)
                reasons.append(reason("spoiler_hostile_to_party_camps", camps=sorted({camp[o] for o in near}),
                                      actors=ns, actor_ids=ids))
            groups = []
            r = impact.get(v)
            if r is not None and r.is_cut_point:
                for piece in r.splinters:
                    inside = [p for p in piece if p in party_set]
                    if inside:
                        groups.append(_named(inside, names))
            if len(groups) >= 2:
                groups.sort()
                reasons.append(reason("spoiler_holds_channel", groups=[g[0] for g in groups],
                                      group_ids=[g[1] for g in groups]))
            if not reasons:
                continue
            mates = [p for p in parties if camp[p] == camp[v]]
            if mates:
                reasons.append(reason("spoiler_inside_camp", camp=camp[v], parties=_named(mates, names)[0]))
            criteria = sum(1 for x in reasons if x["code"] in CRITERIA)
            found.append(((-criteria, -(len(hit) + len(near)), v),
                          {"id": v, "name": names[v], "faction": camp[v], "reasons": reasons}))
        found.sort(key=lambda f: f[0])
        out.append({
            "id": ag.id, "name": ag.name, "kind": str(ag.kind), "status": str(ag.status),
            "parties": list(ag.parties), "facilitators": list(ag.facilitators),
            "guarantors": list(ag.guarantors),
            "spoilers": [f[1]["id"] for f in found],
            "spoiler_reasons": [f[1] for f in found],
        })
    return out
