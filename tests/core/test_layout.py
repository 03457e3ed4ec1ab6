"""Automatic layouts: pure functions, checked on geometry computed independently here."""

from __future__ import annotations

import math
import statistics

from actormap.core.layout import faction_layout, force_layout
from actormap.core.model import Actor, ActorMap, Tie


def _ring_of_cliques(k: int = 4, size: int = 5, pinned: set[str] = frozenset()) -> ActorMap:
    actors, ties = [], []
    for c in range(k):
        ids = [f"c{c}n{i}" for i in range(size)]
        for i, aid in enumerate(ids):
            actors.append(Actor(id=aid, name=aid, faction=f"F{c}", power=1 + i % 5, x=(i * 7) % 13,
                                y=(c * 11 + i * 5) % 17, pinned=aid in pinned))
        for i in range(size):
            for j in range(i + 1, size):
                ties.append(Tie(id=f"t{c}-{i}-{j}", source=ids[i], target=ids[j], kind="symbiotic"))
        ties.append(Tie(id=f"bridge{c}", source=ids[0], target=f"c{(c + 1) % k}n0", kind="conflict"))
    return ActorMap(actors=actors, ties=ties)


def _d(p, q) -> float:
    return math.hypot(p[0] - q[0], p[1] - q[1])


def test_force_layout_puts_tied_actors_closer_than_untied():
    amap = _ring_of_cliques()
    pos = force_layout(amap, seed=3)
    assert set(pos) == {a.id for a in amap.actors}
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    tied = {frozenset((t.source, t.target)) for t in amap.ties}
    ids = sorted(pos)
    near = [_d(pos[a], pos[b]) for i, a in enumerate(ids) for b in ids[i + 1:] if frozenset((a, b)) in tied]
    far = [_d(pos[a], pos[b]) for i, a in enumerate(ids) for b in ids[i + 1:] if frozenset((a, b)) not in tied]
    assert statistics.mean(near) < 0.6 * statistics.mean(far)
    # actors do not pile up: no two closer than a small circle's diameter
    assert min(near + far) > 40


def test_force_layout_is_deterministic_and_keeps_centroid():
    amap = _ring_of_cliques()
    a, b = force_layout(amap, seed=5), force_layout(amap, seed=5)
    assert a == b
    cx = statistics.mean(x.x for x in amap.actors)
    cy = statistics.mean(x.y for x in amap.actors)
    assert abs(statistics.mean(p[0] for p in a.values()) - cx) < 1e-6
    assert abs(statistics.mean(p[1] for p in a.values()) - cy) < 1e-6


def test_force_layout_leaves_pinned_actors_out():
    amap = _ring_of_cliques(pinned={"c0n0", "c2n3"})
    pos = force_layout(amap)
    assert "c0n0" not in pos and "c2n3" not in pos and len(pos) == len(amap.actors) - 2
    all_pinned = ActorMap(actors=[a.model_copy(update={"pinned": True}) for a in amap.actors])
    assert force_layout(all_pinned) == {} and faction_layout(all_pinned) == {}
    assert force_layout(ActorMap()) == {}


def test_coincident_actors_are_separated():
    amap = ActorMap(actors=[Actor(id=f"a{i}", name=f"A{i}") for i in range(6)])  # all at (0, 0)
    pos = force_layout(amap)
    pts = list(pos.values())
    assert min(_d(p, q) for i, p in enumerate(pts) for q in pts[i + 1:]) > 40


def test_faction_layout_clusters_members():
    amap = _ring_of_cliques(k=5, size=6)
    pos = faction_layout(amap)
    fac = {a.id: a.faction for a in amap.actors}
    centres = {}
    for f in set(fac.values()):
        pts = [pos[a] for a in pos if fac[a] == f]
        centres[f] = (statistics.mean(p[0] for p in pts), statistics.mean(p[1] for p in pts))
    for aid, p in pos.items():  # every actor is nearest to its own faction's centre
        nearest = min(centres, key=lambda f: _d(p, centres[f]))
        assert nearest == fac[aid]
    pts = list(pos.values())
    assert min(_d(p, q) for i, p in enumerate(pts) for q in pts[i + 1:]) >= 100
    # the most powerful member of a faction sits at its centre (sunflower index 0)
    top = max((a for a in amap.actors if a.faction == "F0"), key=lambda a: (a.power, -ord(a.name[-1])))
    assert _d(pos[top.id], centres["F0"]) < min(_d(pos[a], centres["F0"]) for a in pos
                                                 if fac[a] == "F0" and a != top.id)


def test_faction_layout_groups_unaffiliated_by_kind():
    amap = ActorMap(actors=[Actor(id="g1", name="g1", kind="gang"), Actor(id="g2", name="g2", kind="gang"),
                            Actor(id="c1", name="c1", kind="community")])
    pos = faction_layout(amap)
    assert _d(pos["g1"], pos["g2"]) < _d(pos["g1"], pos["c1"])
