"""Random actor maps for the benchmarks: Barabasi-Albert ties, random kinds and factions."""

from __future__ import annotations

import random

import networkx as nx

from actormap.core.model import Actor, ActorKind, ActorMap, Tie, TieKind

TIE_KINDS = [TieKind.SYMBIOTIC] * 3 + [TieKind.PROTECTIVE] * 2 + [
    TieKind.PARASITIC, TieKind.COERCIVE, TieKind.CONFLICT, TieKind.DIALOGUE]


def ba_map(n: int, m: int = 4, seed: int = 0) -> ActorMap:
    """n actors, about m*n ties (Barabasi-Albert), ~n/25 factions, through the pydantic model."""
    rng = random.Random(seed)
    g = nx.barabasi_albert_graph(n, m, seed=seed)
    kinds = list(ActorKind)
    factions = [f"faction {i}" for i in range(max(2, n // 25))]
    actors = [
        Actor(id=f"a{i:05d}", name=f"Actor {i}", kind=rng.choice(kinds),
              faction=rng.choice(factions) if rng.random() < 0.9 else "")
        for i in g
    ]
    ties = []
    for k, (u, v) in enumerate(g.edges()):
        if rng.random() < 0.5:
            u, v = v, u
        ties.append(Tie(id=f"t{k:06d}", source=f"a{u:05d}", target=f"a{v:05d}",
                        kind=rng.choice(TIE_KINDS), strength=rng.randint(1, 3)))
    return ActorMap(title=f"BA {n}", actors=actors, ties=ties)
