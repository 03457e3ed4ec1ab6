"""Re-ranking insider-mediator candidates under new weights, and what a candidate bridges.

The analysis computes each candidate's score *components* once; when the user
moves a weight slider the shortlist is re-ranked from those components with
:func:`rank` (no re-analysis). The score is the weighted mean of the
components, ``sum(w_k * c_k) / sum(w_k)`` — a simple additive index whose
parts stay visible (cf. the transparent composite indicators of the OECD/JRC
*Handbook on Constructing Composite Indicators*, 2008). A component that is
``None`` (e.g. legitimacy not assessed) counts as 0 and stays ``None`` in the
output, so it is shown as "not assessed", never hidden.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..semantics import TRUST_KINDS
from .layers import faction_of
from .result import MediatorCandidate


def score(components: Mapping[str, float | None], weights: Mapping[str, float]) -> float:
    """Weighted mean of ``components`` (missing or ``None`` = 0); 0 when all weights are 0."""
    total = sum(max(0.0, float(w)) for k, w in weights.items() if k in components)
    if total <= 0:
        return 0.0
    acc = 0.0
    for k, w in weights.items():
        if k in components:
            acc += max(0.0, float(w)) * float(components[k] or 0.0)
    return acc / total


def rank(candidates: Sequence[MediatorCandidate], weights: Mapping[str, float]) -> list[MediatorCandidate]:
    """Candidates re-scored under ``weights`` and sorted best first.

    Returns copies with ``score`` replaced (the frozen inputs are not
    changed). Ties in score keep a stable order by ``name`` then ``id``.
    """
    out = [c.model_copy(update={"score": score(dict(c.components), weights)}) for c in candidates]
    out.sort(key=lambda c: (-c.score, c.name, c.id))
    return out


def bridges(actors: Mapping[str, Any], ties: Iterable[Any], actor_id: str) -> tuple[list[str], list[str], list[str]]:
    """What ``actor_id`` bridges by trust: (other factions, their actor ids, the trust tie ids).

    ``actors`` maps id -> Actor; ``ties`` are the ties at the actor (or all
    ties; others are ignored). A trust tie is symbiotic or protective (see
    :mod:`..semantics`); factions fall back to the actor kind, as in
    :func:`.layers.faction_of`.
    """
    me = actors[actor_id]
    own = faction_of(me)
    factions: list[str] = []
    tie_ids: list[str] = []
    for t in ties:
        if t.kind not in TRUST_KINDS or actor_id not in (t.source, t.target):
            continue
        other = actors.get(t.target if t.source == actor_id else t.source)
        if other is None:
            continue
        f = faction_of(other)
        if f == own:
            continue
        tie_ids.append(t.id)
        if f not in factions:
            factions.append(f)
    members = [a.id for a in actors.values() if faction_of(a) in factions]
    return factions, members, tie_ids
