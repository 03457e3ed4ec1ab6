"""Automatic layouts: pure functions, checked on geometry computed independently here."""

from __future__ import annotations

import math
import statistics

import pytest

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


# ---- room for every actor ----------------------------------------------------------------------

def _circle_overlaps(amap: ActorMap, pos: dict) -> list[tuple[str, str]]:
    """Pairs of actors whose circles (radius from power, as drawn) overlap, by brute force."""
    from actormap.core.io.viz import actor_radius

    where = {a.id: (pos.get(a.id, (a.x, a.y)), actor_radius(a.power)) for a in amap.actors}
    ids = sorted(where)
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]
            if _d(where[a][0], where[b][0]) < where[a][1] + where[b][1]]


SAMPLES = sorted((__import__("pathlib").Path(__file__).resolve().parents[2] / "sample_maps").glob("*.actormap"))


@pytest.mark.parametrize("layout", [force_layout, faction_layout], ids=["force", "faction"])
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_no_two_circles_overlap_after_a_layout_of_a_sample(sample, layout):
    from actormap.core.io import load_map

    amap = load_map(sample)
    pos = layout(amap)
    assert _circle_overlaps(amap, pos) == []
    # and no footprint (circle and label room) overlaps either: labels find space
    from actormap.core.layout import footprint

    fp = {a.id: (pos[a.id], footprint(a)) for a in amap.actors}
    ids = sorted(fp)
    assert all(_d(fp[a][0], fp[b][0]) >= fp[a][1] + fp[b][1] - 1e-6 for i, a in enumerate(ids) for b in ids[i + 1:])


def _random_map(n: int, m: int, seed: int, pinned: int = 0) -> ActorMap:
    import random

    import networkx as nx

    rng = random.Random(seed)
    g = nx.gnm_random_graph(n, m, seed=seed)
    kinds = ["gang", "cartel", "community", "state_agent", "religious", "militia"]
    actors = [Actor(id=f"a{i:04d}", name=f"Actor {i} " + "x" * rng.randrange(0, 30), kind=kinds[i % 6],
                    faction=f"F{rng.randrange(max(1, n // 40))}" if i % 3 else "", power=1 + rng.randrange(5),
                    x=rng.uniform(-2000, 2000), y=rng.uniform(-2000, 2000), pinned=i < pinned) for i in g]
    ties = [Tie(id=f"t{j}", source=f"a{u:04d}", target=f"a{v:04d}", kind="symbiotic") for j, (u, v) in enumerate(g.edges)]
    return ActorMap(actors=actors, ties=ties)


@pytest.mark.parametrize("layout", [force_layout, faction_layout], ids=["force", "faction"])
@pytest.mark.parametrize("seed", [1, 2])
def test_no_two_circles_overlap_after_a_layout_of_a_random_2000_actor_map(layout, seed):
    amap = _random_map(2000, 6000, seed, pinned=20)
    pos = layout(amap)
    assert len(pos) == 1980  # the pinned stay out
    from scipy.spatial import cKDTree

    from actormap.core.io.viz import actor_radius

    xy = [pos.get(a.id, (a.x, a.y)) for a in amap.actors]
    r = [actor_radius(a.power) for a in amap.actors]
    pairs = cKDTree(xy).query_pairs(2 * max(r))
    pinned_pairs = {(i, j) for i, j in pairs if amap.actors[i].pinned and amap.actors[j].pinned}
    bad = [(i, j) for i, j in pairs - pinned_pairs if _d(xy[i], xy[j]) < r[i] + r[j]]
    assert bad == []


def test_layouts_do_not_depend_on_the_order_of_actors_in_the_file():
    amap = _ring_of_cliques(k=4, size=5, pinned={"c1n2"})
    shuffled = amap.model_copy(update={"actors": list(reversed(amap.actors)), "ties": list(reversed(amap.ties))})
    for layout in (force_layout, faction_layout):
        assert layout(amap) == layout(shuffled)
