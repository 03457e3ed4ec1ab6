"""Stand-in analysis functions for the panel tests (module-level: picklable for the worker process).

``hand_result`` builds an :class:`AnalysisResult` through the typed model from
a map with fixed, hand-chosen numbers, so the panels are tested on values
written here rather than on the engine's output; a fake that drifts from the
model fails when it is built.
"""

from __future__ import annotations

import os
import sys
import threading
import time

from actormap.core.analysis.result import AnalysisResult
from actormap.core.model import Actor, ActorMap, Tie

GATE = threading.Event()
CALLS: list[int] = []


def test_map() -> ActorMap:
    actors = [
        Actor(id="ms1", name="MS-13 leaders", kind="gang", faction="MS-13", x=0, y=0),
        Actor(id="ms2", name="MS-13 cliques", kind="gang", faction="MS-13", x=0, y=200),
        Actor(id="b1", name="Barrio 18 leaders", kind="gang", faction="Barrio 18", x=400, y=0),
        Actor(id="b2", name="Barrio 18 cliques", kind="gang", faction="Barrio 18", x=400, y=200),
        Actor(id="bishop", name="Military bishop", kind="religious", faction="Church", legitimacy=0.9,
              x=200, y=-150),
        Actor(id="police", name="Police", kind="state_agent", faction="State", x=200, y=350),
    ]
    ties = [
        Tie(id="t1", source="ms1", target="ms2", kind="symbiotic"),
        Tie(id="t2", source="b1", target="b2", kind="symbiotic"),
        Tie(id="t3", source="bishop", target="ms1", kind="symbiotic"),
        Tie(id="t4", source="bishop", target="b1", kind="protective"),
        Tie(id="t5", source="police", target="ms2", kind="coercive"),
        Tie(id="t6", source="ms2", target="b2", kind="conflict"),
    ]
    return ActorMap(title="Truce test", actors=actors, ties=ties)


BETWEENNESS = {"bishop": 0.6, "ms1": 0.4, "b1": 0.3, "ms2": 0.5, "b2": 0.1, "police": 0.0}

# Hand-chosen score parts (every real component) under the engine's default weights.
COMPONENTS = {
    "bishop": {"brokerage": 1.0, "reach": 1.0, "access": 1.0, "adversaries": 1.0, "autonomy": 0.9,
               "trust_share": 1.0, "legitimacy": 0.9, "independence": 1.0},
    "ms1": {"brokerage": 0.2, "reach": 0.5, "access": 0.5, "adversaries": 0.0, "autonomy": 1.0,
            "trust_share": 0.5, "legitimacy": 0.5, "independence": 1.0},
}
WEIGHTS = {"brokerage": 1.0, "reach": 1.0, "access": 0.5, "adversaries": 1.0, "autonomy": 0.5,
           "trust_share": 1.0, "legitimacy": 1.0, "independence": 1.0}
# the weighted means, written out: sum(w_k * c_k) / sum(w_k), sum(w_k) = 7
SCORES = {"bishop": (1 + 1 + 0.5 * 1 + 1 + 0.5 * 0.9 + 1 + 0.9 + 1) / 7,
          "ms1": (0.2 + 0.5 + 0.5 * 0.5 + 0 + 0.5 * 1.0 + 0.5 + 0.5 + 1) / 7}


def hand_result(amap: ActorMap, **options) -> AnalysisResult:
    """A result with fixed, hand-chosen numbers (names taken from the map), built through the model."""
    ids = [a.id for a in amap.actors]
    actors = []
    for a in sorted(amap.actors, key=lambda a: a.id):
        b = BETWEENNESS.get(a.id, 0.0)
        roles = {"coordinator": 0, "itinerant": 0, "representative": 1 if a.id == "ms1" else 0,
                 "gatekeeper": 1 if a.id == "b1" else 0, "liaison": 2 if a.id == "bishop" else 0}
        actors.append({
            "id": a.id, "name": a.name, "kind": str(a.kind), "faction": a.faction,
            "betweenness": b, "betweenness_raw": b * 10, "constraint": None if a.id == "police" else 0.5,
            "effective_size": None if a.id == "police" else 1.5,
            "brokerage": roles | {"total": sum(roles.values())},
            "removal": {"F": 0.6 if a.id == "bishop" else 0.0,
                        "pairs_disconnected": 6 if a.id == "bishop" else 0,
                        "splinters": [["ms1", "ms2"], ["b1", "b2", "police"]] if a.id == "bishop" else [],
                        "faction_pairs_disconnected": 0, "faction_splinters": []},
        })
    names = {a.id: a.name for a in amap.actors}
    has_t4 = "t4" in {t.id for t in amap.ties}
    k = int(options["key_players"]) if options.get("key_players") else None
    res = AnalysisResult.model_validate({
        "map": {"title": amap.title, "actors": len(amap.actors), "ties": len(amap.ties)},
        "layers": {"betweenness": "all ties, undirected, unweighted (skeleton)"},
        "approximate": {"betweenness": False, "balance": False, "key_players": k is not None},
        "fragmentation": {"F": 0.0, "DF": 0.42, "components": 1},
        "balance": {"triangle_index": None, "triangles": 0, "balanced_triangles": 0,
                    "frustration": 1 if has_t4 else 0, "exact": True, "method": "exact",
                    "blocs": [["ms1", "ms2", "bishop"], ["b1", "b2", "police"]],
                    "contradicting": ["t4"] if has_t4 else [],
                    "frustrated_pairs": [["b1", "bishop"]] if has_t4 else [], "mixed": [], "unplaced": []},
        "factions": {"declared": {"MS-13": ["ms1", "ms2"], "Barrio 18": ["b1", "b2"], "Church": ["bishop"],
                                  "State": ["police"]},
                     "detected": [["ms1", "ms2", "bishop"], ["b1", "b2"], ["police"]]},
        "key_players": {"k": k, "set": ["bishop", "ms2"][:k], "F": 0.8, "exact": False} if k else None,
        "mediators": [
            {"id": "bishop", "name": names.get("bishop", "bishop"), "faction": "Church",
             "score": SCORES["bishop"], "components": COMPONENTS["bishop"], "not_assessed": [],
             "reasons": [{"code": "sole_channel", "params": {"pairs": [["Barrio 18", "MS-13"]]}},
                         {"code": "trusted_by_camps", "params": {"camps": ["Barrio 18", "MS-13"]}}],
             "sole_channel": [["Barrio 18", "MS-13"]]},
            {"id": "ms1", "name": names.get("ms1", "ms1"), "faction": "MS-13",
             "score": SCORES["ms1"], "components": COMPONENTS["ms1"], "not_assessed": ["legitimacy"],
             "reasons": [{"code": "trusted_by_camps", "params": {"camps": ["Church"]}},
                         {"code": "legitimacy_not_assessed", "params": {"neutral": 0.5}}]},
        ],
        "gated": [{"id": "police", "name": names.get("police", "police"), "faction": "State",
                   "reasons": [{"code": "gate_no_channel_outside_camp", "params": {"camp": "State"}}]}]
        if "police" in names else [],
        "mediator_weights": WEIGHTS,
        "actors": actors,
    })
    assert set(ids) == {a.id for a in res.actors}
    return res


def blocking_result(amap: ActorMap, **options) -> AnalysisResult:
    """Waits (in a worker thread) until the test sets GATE, then answers."""
    CALLS.append(len(amap.actors))
    if not GATE.wait(30):
        raise TimeoutError("test gate never opened")
    return hand_result(amap, **options)


def file_gated_result(amap: ActorMap, **options) -> AnalysisResult:
    """Waits (in the worker process) until the file named in the map's description exists."""
    path = amap.description
    deadline = time.monotonic() + 60
    while not os.path.exists(path):
        if time.monotonic() > deadline:
            raise TimeoutError("test file never appeared")
        time.sleep(0.01)
    return hand_result(amap, **options)


def report_environment(amap: ActorMap, **options) -> dict:
    """What the worker process has imported (it must not import Qt)."""
    return {"pid": os.getpid(), "qt": sorted(m for m in sys.modules if m.startswith(("PySide6", "pyqtgraph")))}


def progress_until_cancelled(amap: ActorMap, progress=None, **options) -> AnalysisResult:
    """Reports progress in a loop until the runner's progress callback stops it."""
    for i in range(3000):
        progress("working", i / 3000)
        time.sleep(0.01)
    raise TimeoutError("never cancelled")


def heavy_analysis(amap: ActorMap, **options) -> AnalysisResult:
    """The real engine (a 2,000-actor map keeps the worker busy for about a second)."""
    from actormap.analysis_worker import run_analysis

    return run_analysis(amap, **options)


def big_map(n: int = 2000, m: int = 4, seed: int = 11) -> ActorMap:
    """A Barabasi-Albert map (n actors, about n*m ties) with mixed tie kinds and 12 factions."""
    import random

    import networkx as nx

    from actormap.core.model import TieKind

    rng = random.Random(seed)
    g = nx.barabasi_albert_graph(n, m, seed=seed)
    kinds = list(TieKind)
    actors = [Actor(id=f"a{i:05d}", name=f"Actor {i}", faction=f"F{i % 12}", x=rng.uniform(-3000, 3000),
                    y=rng.uniform(-3000, 3000)) for i in g]
    ties = [Tie(id=f"t{k:06d}", source=f"a{u:05d}", target=f"a{v:05d}", kind=rng.choice(kinds))
            for k, (u, v) in enumerate(g.edges)]
    return ActorMap(title=f"BA {n}", actors=actors, ties=ties)


def half_done_then_wait(amap: ActorMap, progress=None, **options) -> AnalysisResult:
    """Reports 'betweenness' at 50 %, then waits for GATE."""
    progress("betweenness", 0.5)
    if not GATE.wait(30):
        raise TimeoutError("test gate never opened")
    return hand_result(amap, **options)
