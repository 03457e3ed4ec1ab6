"""Automatic map layouts: pure functions from a map to new actor positions.

Both layouts give every actor room for its circle *and* its label (:func:`footprint`), so
no two actors overlap afterwards and the canvas's label placer finds space; pinned actors
stay where they are (and others make way for them); results are seeded and do not depend
on the order of actors in the file.

- :func:`force_layout`: force-directed placement after Fruchterman & Reingold ("Graph
  drawing by force-directed placement", *Software: Practice and Experience* 21(11), 1991),
  in their *grid variant*: repulsion only between actors closer than a cut-off (found with
  a k-d tree, ``scipy.spatial.cKDTree``), so one step costs about O(n) and 500 actors lay
  out well under a second. Ideal distances grow with the actors' footprints, so big
  actors with long names get more room. It starts from the current positions, so running
  it again refines rather than scrambles. (networkx's ``spring_layout`` ignores sizes and
  loops in Python above 500 nodes; its ``forceatlas2_layout`` has sizes but cannot keep
  pinned actors fixed and needs an n x n matrix.)
- :func:`faction_layout`: each faction packed as a cluster round its most powerful members
  (a sunflower spiral: Vogel, "A better way to construct the sunflower head",
  *Mathematical Biosciences* 44, 1979), the clusters then placed as discs by the same force
  layout on the graph of factions (factions with many ties between them lie near each
  other) and kept apart by a clear gap.
- :func:`remove_overlaps`: the final pass of both: footprints that still overlap are
  pushed apart along the line between their centres until none does (pinned ones do not
  move), as in the simple force-scan family of overlap removal (Misue, Eades, Lai &
  Sugiyama, "Layout adjustment and the mental map", *J. Visual Languages & Computing*
  6(2), 1995).

Every function returns ``{actor_id: (x, y)}`` for the actors it moves (pinned actors are
left out), in scene units (y grows downwards). The GUI applies them as one edit.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping

import numpy as np
from scipy.spatial import cKDTree

from .analysis.layers import faction_of
from .io.viz import actor_radius
from .model import Actor, ActorMap

Positions = dict[str, tuple[float, float]]

EDGE_LENGTH = 190.0
"""Preferred distance between the rims' footprints of two tied actors, scene units."""
GAP = 16.0
"""Clear space left between two footprints by :func:`remove_overlaps`."""
GROUP_GAP = 90.0
"""Clear space between two faction clusters."""
CHAR_W, LINE_H, WRAP = 7.2, 16.0, 170.0
"""Estimated label metrics (bold 12 px text wrapping at 170 px): the core has no fonts."""
GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))
GRAVITY = 0.005
"""Pull of every actor towards the centre, per step (keeps unconnected parts near)."""
STUCK_ROUNDS = 25
CROWDED = 0.45
"""Before pushing overlaps apart, a layout whose footprints cover more than this share of
its area is first spread evenly about its centre (few pushes are then needed)."""


def footprint(actor: Actor) -> float:
    """Radius of the room an actor needs: its circle with a label below it (estimated from
    the name's length), at the map's own scale."""
    r = actor_radius(actor.power) + (actor_radius(actor.power) * 0.22 + 2 if actor.external else 0)
    width = min(WRAP, CHAR_W * len(actor.short_name or actor.name)) + 8
    lines = max(1, math.ceil(CHAR_W * len(actor.name) / WRAP)) if not actor.short_name else 1
    height = lines * LINE_H + (13 if actor.faction and actor.faction != actor.name else 0) + 6
    return max(r + 6 + height * 0.75, width / 2 + 4, r + 10)


def _order(amap: ActorMap) -> list[Actor]:
    return sorted(amap.actors, key=lambda a: a.id)


def _rng(seed: int) -> np.random.Generator:
    return np.random.default_rng(seed)


def _edges(amap: ActorMap, index: Mapping[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of indexes of tied actors (once per pair) and the summed strengths."""
    weight: dict[tuple[int, int], float] = defaultdict(float)
    for t in amap.ties:
        i, j = index.get(t.source), index.get(t.target)
        if i is None or j is None or i == j:
            continue
        weight[(min(i, j), max(i, j))] += t.strength
    if not weight:
        return np.zeros((0, 2), dtype=int), np.zeros(0)
    keys = sorted(weight)
    return np.array(keys, dtype=int), np.array([weight[k] for k in keys], dtype=float)


def _accumulate(out: np.ndarray, idx: np.ndarray, values: np.ndarray) -> None:
    """``out[idx] += values`` with repeated indexes summed (``np.bincount``, fast)."""
    n = len(out)
    out[:, 0] += np.bincount(idx, weights=values[:, 0], minlength=n)
    out[:, 1] += np.bincount(idx, weights=values[:, 1], minlength=n)


def spread(pos: np.ndarray, size: np.ndarray, edges: np.ndarray, weights: np.ndarray, fixed: np.ndarray,
           iterations: int, edge_length: float, seed: int = 1) -> np.ndarray:
    """Fruchterman-Reingold (grid variant) on points with sizes; ``fixed`` rows stay.

    Two tied points are pulled towards ``edge_length`` plus their sizes apart; any two
    points closer than a few ideal lengths push each other off. Returns new positions.
    """
    n = len(pos)
    if n < 2 or iterations <= 0 or fixed.all():
        return pos.copy()
    pos = pos.astype(float).copy()
    rng = _rng(seed)
    k = edge_length
    free = ~fixed
    span = max(float(np.ptp(pos[:, 0])), float(np.ptp(pos[:, 1])), 1.0)
    want = k * math.sqrt(n)
    if span < 0.5 * want and free.any():  # a cramped start (new actors dropped together): room first
        c = pos[free].mean(axis=0)
        f = 0.5 * want / span
        pos[free] = c + (pos[free] - c) * f + rng.uniform(-0.05 * k, 0.05 * k, (int(free.sum()), 2))
    # coincident points: nudge apart (deterministically, by index)
    _, first = np.unique(np.round(pos, 6), axis=0, return_index=True)
    dup = np.setdiff1d(np.arange(n), first)
    dup = dup[free[dup]]
    if len(dup):
        pos[dup] += rng.uniform(-0.5 * k, 0.5 * k, (len(dup), 2))
    temp0 = max(span, want) * 0.1
    cutoff = 2.0 * (k + 2.0 * float(size.mean()))
    for it in range(iterations):
        disp = np.zeros_like(pos)
        tree = cKDTree(pos)
        pairs = tree.query_pairs(cutoff, output_type="ndarray")
        if len(pairs):
            pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]
            d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            dist = np.hypot(d[:, 0], d[:, 1])
            ideal = k + size[pairs[:, 0]] + size[pairs[:, 1]]
            eff = np.maximum(dist - size[pairs[:, 0]] - size[pairs[:, 1]], 0.05 * k)
            mag = ideal * ideal / eff / np.maximum(dist, 1e-9) * (dist < cutoff)
            f = d * mag[:, None] / 4.0
            _accumulate(disp, pairs[:, 0], f)
            _accumulate(disp, pairs[:, 1], -f)
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.maximum(np.hypot(d[:, 0], d[:, 1]), 1e-9)
            ideal = k + size[edges[:, 0]] + size[edges[:, 1]]
            mag = (dist / ideal) * np.sqrt(weights) * 0.5
            f = d * mag[:, None]
            _accumulate(disp, edges[:, 0], -f)
            _accumulate(disp, edges[:, 1], f)
        centre = pos.mean(axis=0)
        disp += (centre - pos) * GRAVITY  # components stay together
        temp = temp0 * (1.0 - it / iterations) + 0.5
        length = np.maximum(np.hypot(disp[:, 0], disp[:, 1]), 1e-9)
        step = disp * (np.minimum(length, temp) / length)[:, None]
        step[fixed] = 0.0
        pos += step
    return pos


def remove_overlaps(pos: np.ndarray, radius: np.ndarray, fixed: np.ndarray | None = None, gap: float = GAP,
                    max_rounds: int = 400) -> np.ndarray:
    """Push apart every two discs ``(pos, radius)`` closer than their radii plus ``gap``
    until none is; ``fixed`` discs do not move (the other moves the whole way)."""
    n = len(pos)
    pos = pos.astype(float).copy()
    if n < 2:
        return pos
    fixed = np.zeros(n, dtype=bool) if fixed is None else fixed
    free = ~fixed
    if free.sum() > 1 and _overlapping(pos, radius, gap) > 2 * n:  # crowded: first spread about the centre
        c = pos[free].mean(axis=0)
        extent = np.ptp(pos[free], axis=0) + 2 * float(radius.mean())
        area = max(float(extent[0] * extent[1]), 1.0)
        need = float(np.sum(np.pi * (radius[free] + gap / 2) ** 2)) / CROWDED
        if need > area:
            pos[free] = c + (pos[free] - c) * math.sqrt(need / area)
    reach = 2.0 * float(radius.max()) + gap
    last = None
    for rnd in range(max_rounds):
        if rnd % STUCK_ROUNDS == STUCK_ROUNDS - 1 and free.sum() > 1:  # jammed: a little more room for all
            now = _overlapping(pos, radius, gap)
            if last is not None and now > 0.97 * last:
                c = pos[free].mean(axis=0)
                pos[free] = c + (pos[free] - c) * 1.06
            last = now
        pairs = cKDTree(pos).query_pairs(reach, output_type="ndarray")
        if not len(pairs):
            break
        pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]
        i, j = pairs[:, 0], pairs[:, 1]
        d = pos[i] - pos[j]
        dist = np.hypot(d[:, 0], d[:, 1])
        need = radius[i] + radius[j] + gap
        hit = (dist < need - 1e-6) & ~(fixed[i] & fixed[j])
        if not hit.any():
            break
        i, j, d, dist, need = i[hit], j[hit], d[hit], dist[hit], need[hit]
        zero = dist < 1e-9  # on top of each other: apart along a fixed direction per pair
        ang = (i * 2.399963 + j * 0.618034 + rnd)[zero]
        d[zero] = np.column_stack([np.cos(ang), np.sin(ang)])
        dist[zero] = 1.0
        u = d / dist[:, None]
        push = (need - dist)[:, None] * u * 0.5 * 1.02
        share_i = np.where(fixed[i], 0.0, np.where(fixed[j], 2.0, 1.0))[:, None]
        share_j = np.where(fixed[j], 0.0, np.where(fixed[i], 2.0, 1.0))[:, None]
        move = np.zeros_like(pos)
        _accumulate(move, i, push * share_i)
        _accumulate(move, j, -push * share_j)
        count = np.bincount(np.concatenate([i, j]), minlength=n).astype(float)
        pos += move / np.maximum(count, 1.0)[:, None] ** 0.5  # damped where many press at once
    return pos


def _overlapping(pos: np.ndarray, radius: np.ndarray, gap: float) -> int:
    pairs = cKDTree(pos).query_pairs(2.0 * float(radius.max()) + gap, output_type="ndarray")
    if not len(pairs):
        return 0
    d = np.hypot(*(pos[pairs[:, 0]] - pos[pairs[:, 1]]).T)
    return int((d < radius[pairs[:, 0]] + radius[pairs[:, 1]] + gap - 1e-6).sum())


def force_layout(amap: ActorMap, *, seed: int = 1, iterations: int | None = None,
                 edge_length: float = EDGE_LENGTH) -> Positions:
    """Force-directed layout of every tie (weighted by strength) with room for each actor's
    circle and label; pinned actors stay where they are. Keeps the old centroid when
    nothing is pinned."""
    actors = _order(amap)
    if not actors or all(a.pinned for a in actors):
        return {}
    index = {a.id: i for i, a in enumerate(actors)}
    pos = np.array([(a.x, a.y) for a in actors], dtype=float)
    size = np.array([footprint(a) for a in actors])
    fixed = np.array([a.pinned for a in actors])
    edges, weights = _edges(amap, index)
    before = pos[~fixed].mean(axis=0)
    if iterations is None:
        iterations = 120 if len(actors) <= 500 else 60
    out = spread(pos, size * 0.5, edges, weights, fixed, iterations, edge_length, seed)
    out = remove_overlaps(out, size, fixed)
    if not fixed.any():  # keep the map where it was on the canvas
        out += before - out.mean(axis=0)
    return {a.id: (float(out[i, 0]), float(out[i, 1])) for i, a in enumerate(actors) if not a.pinned}


def faction_layout(amap: ActorMap, *, seed: int = 1) -> Positions:
    """Factions as separate clusters (actors without a faction grouped by kind), tied
    factions near each other, the most powerful members in each cluster's middle; pinned
    actors are left alone (the others make way for them)."""
    actors = _order(amap)
    movable = [a for a in actors if not a.pinned]
    if not movable:
        return {}
    groups: dict[str, list[Actor]] = defaultdict(list)
    for a in movable:
        groups[faction_of(a)].append(a)
    names = sorted(groups, key=lambda f: (-len(groups[f]), f.casefold()))
    offsets: dict[str, np.ndarray] = {}
    disc: dict[str, float] = {}
    for f in names:  # each faction packed round its most powerful members
        members = sorted(groups[f], key=lambda a: (-a.power, a.name.casefold(), a.id))
        rad = np.array([footprint(a) for a in members])
        spacing = 2.0 * float(rad.max()) + GAP
        idx = np.arange(len(members))
        r = spacing * np.sqrt(idx) * 0.9
        th = idx * GOLDEN_ANGLE
        off = np.column_stack([r * np.cos(th), r * np.sin(th)])
        off = remove_overlaps(off, rad)
        off -= off[0] if len(off) else 0.0  # the strongest member stays in the middle
        offsets[f] = off
        disc[f] = float(np.max(np.hypot(off[:, 0], off[:, 1]) + rad))
    # the clusters as discs: tied factions close, every disc clear of the others
    gi = {f: i for i, f in enumerate(names)}
    fw: dict[tuple[int, int], float] = defaultdict(float)
    faction = {a.id: faction_of(a) for a in movable}
    for t in amap.ties:
        fa, fb = faction.get(t.source), faction.get(t.target)
        if fa is not None and fb is not None and fa != fb:
            i, j = gi[fa], gi[fb]
            fw[(min(i, j), max(i, j))] += t.strength
    centre = np.array([np.mean([a.x for a in actors]), np.mean([a.y for a in actors])])
    radii = np.array([disc[f] for f in names])
    if len(names) == 1:
        centres = centre[None, :]
    else:
        ring = max(float(radii.sum() + GROUP_GAP * len(names)) / math.pi, float(radii.max()) * 1.2)
        ang = -math.pi / 2 + np.arange(len(names)) * 2 * math.pi / len(names)
        start = centre + ring * np.column_stack([np.cos(ang), np.sin(ang)])
        keys = sorted(fw)
        edges = np.array(keys, dtype=int).reshape(-1, 2)
        weights = np.array([fw[k] for k in keys], dtype=float)
        centres = spread(start, radii, edges, np.sqrt(weights), np.zeros(len(names), dtype=bool), 80,
                         EDGE_LENGTH, seed)
        centres = remove_overlaps(centres, radii, gap=GROUP_GAP)
        centres += centre - centres.mean(axis=0)
    pos = {}
    for f in names:
        c = centres[gi[f]]
        for a, o in zip(sorted(groups[f], key=lambda a: (-a.power, a.name.casefold(), a.id)), offsets[f],
                        strict=True):
            pos[a.id] = (float(c[0] + o[0]), float(c[1] + o[1]))
    # pinned actors stay: anything on top of one makes way
    pinned = [a for a in actors if a.pinned]
    if pinned:
        ids = [a.id for a in movable] + [a.id for a in pinned]
        arr = np.array([pos[i] for i in ids[:len(movable)]] + [(a.x, a.y) for a in pinned], dtype=float)
        rad = np.array([footprint(a) for a in movable] + [footprint(a) for a in pinned])
        fixed = np.array([False] * len(movable) + [True] * len(pinned))
        arr = remove_overlaps(arr, rad, fixed)
        pos = {i: (float(arr[k, 0]), float(arr[k, 1])) for k, i in enumerate(ids[:len(movable)])}
    return pos
