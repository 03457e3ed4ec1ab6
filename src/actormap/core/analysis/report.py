"""The whole analysis of a map as one typed result (the ``actormap analyze --json`` schema).

:func:`analyze` builds the layers once, runs every measure on the layer it is
defined for, assembles the values and validates them once into an
:class:`~.result.AnalysisResult` (frozen pydantic models; reasons are codes
with values). Its JSON dump is strict (never NaN or infinity). The schema is
documented in the README ("Analysis (`actormap analyze`)") and printed by
``actormap schema --result``.
"""

from __future__ import annotations

import gc
import math
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

import networkx as nx

from ..errors import ActorMapError
from ..model import ActorMap
from . import layers
from .balance import structural_balance
from .betweenness import betweenness_info
from .brokerage import ROLES, gould_fernandez
from .factions import declared_factions, detected_factions
from .fragmentation import distance_fragmentation, faction_removal_impact, fragmentation, removal_impact
from .keyplayer import kpp_neg
from .mediators import DESIGNATION_MODES, insider_mediators, validate_weights
from .result import AnalysisResult
from .splinter_lists import splinter_lists
from .spoilers import agreement_risks
from .structural_holes import constraint as burt_constraint
from .structural_holes import effective_size as burt_effective_size

EXACT_BETWEENNESS_MAX = 5000
"""Above this many actors betweenness is estimated from a sample of sources (flagged approximate)."""
BETWEENNESS_SAMPLE = 1000

LAYERS = {
    "betweenness": "all ties, undirected, unweighted (skeleton)",
    "fragmentation": "all ties, undirected (skeleton)",
    "removal": "all ties, undirected (skeleton)",
    "faction_removal": "trust ties (symbiotic + protective) inside the actor's own faction",
    "key_players": "all ties, undirected (skeleton)",
    "constraint": "trust ties, undirected, weighted by summed strength",
    "effective_size": "trust ties, undirected, weighted by summed strength",
    "brokerage": "trust ties, directed (symbiotic both ways, protective protector -> protected)",
    "factions_detected": "trust ties, undirected, weighted by summed strength",
    "balance": "signed ties: trust +1, hostile (coercive, parasitic, conflict) -1; dialogue left out",
    "mediators": "acceptability: trust ties and protective ties from the candidate (reach, brokerage); "
                 "access: every trust, dialogue, symbiotic and protective tie (access, autonomy, only "
                 "channel); hostile ties it uses (gates, trust share, sides it cannot bridge); "
                 "symbiotic ties with criminal armed groups (independence); each tie counted by its "
                 "confidence",
    "spoilers": "conflict and coercive ties (hostility to parties and their camps); trust and dialogue ties "
                "(channels between parties)",
}


class AnalysisError(ActorMapError, ValueError):
    """An analysis request the program cannot honour (e.g. a bad key-player count)."""


def _finite(x):
    """Floats as they are, NaN/inf as None (they should not occur; JSON must stay strict)."""
    if isinstance(x, float) and not math.isfinite(x):
        return None
    return x


def _check_k(k, n: int) -> int:
    if isinstance(k, bool) or not isinstance(k, int):
        raise AnalysisError(f"the number of key players must be a whole number, not {k!r}")
    if n < 3:
        raise AnalysisError(f"key-player search needs at least 3 actors; the map has {n}")
    if not 1 <= k <= n - 2:
        raise AnalysisError(f"the number of key players must be between 1 and {n - 2} "
                            f"(the map has {n} actors), not {k}")
    return k


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause CPython's cyclic garbage collector for a bounded piece of work.

    An analysis builds ~10^5 acyclic objects (graphs, per-actor rows, the typed
    result); each time allocations pass the collector's threshold it
    re-traverses them (measured by ``benchmarks/run.py``: "vs the cyclic GC
    running"). Reference counting still frees everything; any cycle made
    meanwhile is collected after the pause.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _key_players(G: nx.Graph, k: int) -> dict:
    res = kpp_neg(G, k)
    return {"k": k, "set": sorted(res.set, key=str), "F": _finite(float(res.F)),
            "exact": res.exact, "method": res.method}


def analyze(amap: ActorMap, key_players: int | None = None, weights: Mapping | None = None,
            designations: str = "annotate",
            progress: Callable[[str, float], None] | None = None) -> AnalysisResult:
    """Every measure of the map, as one typed result.

    Parameters
    ----------
    amap : ActorMap
    key_players : int, optional
        Also find this many key players (KPP-Neg, Borgatti 2006); 1 <= k <= n-2.
    weights : mapping, optional
        Insider-mediator weights (see :mod:`.mediators`); unknown names or
        negative values raise :class:`~.mediators.WeightsError`.
    designations : {"annotate", "weigh", "gate"}
        What a legal designation in force does to a mediator candidacy.
    progress : callable, optional
        ``progress(stage, fraction)`` is called between measures.

    Returns
    -------
    AnalysisResult
        ``map``, ``layers``, ``approximate``, ``fragmentation``, ``balance``,
        ``factions``, ``key_players`` (``None`` unless asked; omitted from the
        JSON), ``mediators``, ``gated``, ``mediator_weights``, ``mediator_confidence``, ``actors``,
        ``agreements`` (with their spoilers, :mod:`.spoilers`).
    """
    if key_players is not None:
        _check_k(key_players, len(amap.actors))
    validate_weights(weights)  # bad weights fail before any work
    if designations not in DESIGNATION_MODES:
        raise AnalysisError(f"designations must be one of {', '.join(DESIGNATION_MODES)}, not {designations!r}")
    with gc_paused():
        return _analyze(amap, key_players, weights, designations, progress)


def _analyze(amap: ActorMap, key_players: int | None, w: Mapping | None, designations: str,
             progress: Callable[[str, float], None] | None) -> AnalysisResult:
    def step(stage: str, frac: float) -> None:
        if progress is not None:
            progress(stage, frac)

    n = len(amap.actors)
    # every measure sees actors and ties in id order: the result never depends on file order
    amap = amap.model_copy(update={"actors": sorted(amap.actors, key=lambda a: a.id),
                                   "ties": sorted(amap.ties, key=lambda t: t.id)})
    camp = {a.id: layers.faction_of(a) for a in amap.actors}

    step("layers", 0.0)
    skel = layers.skeleton(amap)
    trust = layers.trust_graph(amap)
    trust_di = layers.trust_digraph(amap)
    signed = layers.signed_graph(amap)

    step("betweenness", 0.05)
    sample = BETWEENNESS_SAMPLE if n > EXACT_BETWEENNESS_MAX else None
    bt = betweenness_info(skel, normalized=True, k=sample)
    raw_scale = (n - 1) * (n - 2) / 2 if n > 2 else 0.0

    step("fragmentation", 0.35)
    F = fragmentation(skel)
    DF = distance_fragmentation(skel)
    components = nx.number_connected_components(skel) if n else 0
    removal = removal_impact(skel)
    frem = faction_removal_impact(trust, camp)

    step("structural holes", 0.55)
    con = burt_constraint(trust)
    esize = burt_effective_size(trust)

    step("brokerage", 0.6)
    gf = gould_fernandez(trust_di, camp)

    step("factions", 0.65)
    declared = declared_factions(amap)
    detected = detected_factions(trust)

    step("balance", 0.7)
    bal = structural_balance(signed)

    step("mediators", 0.85)
    med = insider_mediators(amap, w, designations=designations)

    step("agreements", 0.88)
    agreements = agreement_risks(amap, camp)

    kp = None
    if key_players is not None:
        step("key players", 0.9)
        kp = _key_players(skel, key_players)

    splinters, cut = splinter_lists(removal)  # bounded memory (issue 13)
    faction_splinters, fcut = splinter_lists({v: frem.get(v) for v in removal})
    actors = []
    for a in sorted(amap.actors, key=lambda a: a.id):
        v = a.id
        r, fr = removal[v], frem.get(v)
        actors.append({
            "id": v,
            "name": a.name,
            "kind": str(a.kind),
            "faction": camp[v],
            "betweenness": _finite(bt.values[v]),
            "betweenness_raw": _finite(bt.values[v] * raw_scale),
            "constraint": _finite(con[v]),
            "effective_size": _finite(esize[v]),
            "brokerage": {k: gf[v][k] for k in (*ROLES, "total")},
            "removal": {
                "F": _finite(r.F),
                "pairs_disconnected": int(r.pairs_disconnected),
                "splinters": splinters[v],
                "splinter_sizes": list(r.splinter_sizes),
                "faction_pairs_disconnected": int(fr.pairs_disconnected) if fr else 0,
                "faction_splinters": faction_splinters[v],
            },
        })

    result = {
        "map": {"title": amap.title, "actors": n, "ties": len(amap.ties)},
        "layers": dict(LAYERS),
        "approximate": {
            "betweenness": bool(bt.approximate),
            "balance": not bal.exact,
            "key_players": kp is not None and not kp["exact"],  # tabu search: best found, not proven
            "splinters": cut or fcut,  # member lists cut to their first ids for size (sizes exact)
        },
        "fragmentation": {"F": _finite(F), "DF": _finite(DF), "components": components},
        "balance": {**bal.to_dict(), "triangle_index": _finite(bal.triangle_index)},
        "factions": {"declared": declared, "detected": detected},
        "key_players": kp,
        "mediators": med.ranked,
        "gated": med.gated,
        "mediator_weights": med.weights,
        "mediator_confidence": med.confidence,
        "mediator_designations": designations,
        "actors": actors,
        "agreements": agreements,
    }
    out = AnalysisResult.model_validate(result)
    step("done", 1.0)
    return out
