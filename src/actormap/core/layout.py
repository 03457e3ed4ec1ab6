"""Automatic map layouts: pure functions from a map to new actor positions.

- :func:`force_layout`: force-directed placement (Fruchterman & Reingold, "Graph drawing by
  force-directed placement", *Software: Practice and Experience* 21(11), 1991) through
  ``networkx.spring_layout``, starting from the current positions, pinned actors fixed.
- :func:`faction_layout`: factions placed on a circle, members of each faction clustered
  round its centre on a sunflower spiral (Vogel, "A better way to construct the sunflower
  head", *Mathematical Biosciences* 44, 1979), most powerful members in the middle.

Both return ``{actor_id: (x, y)}`` for the actors they move (pinned actors are left out),
in scene units (y grows downwards). The GUI applies them as one ``MoveActors`` edit.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict

import networkx as nx

from .analysis.layers import faction_of
from .model import ActorMap

Positions = dict[str, tuple[float, float]]

EDGE_LENGTH = 190.0  # preferred distance between tied actors, scene units
MEMBER_SPACING = 115.0  # sunflower spacing inside a faction
GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))


def _centroid(pts) -> tuple[float, float]:
    pts = list(pts)
    if not pts:
        return 0.0, 0.0
    return sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)


def force_layout(amap: ActorMap, *, seed: int = 1, iterations: int = 80,
                 edge_length: float = EDGE_LENGTH) -> Positions:
    """Spring layout of every tie (weighted by strength); pinned actors stay where they are.

    Starts from the current positions (jittered where actors coincide) so a second run
    refines rather than scrambles; the result keeps the old centroid when nothing is pinned.
    """
    actors = amap.actors
    if not actors:
        return {}
    g = nx.Graph()
    g.add_nodes_from(a.id for a in actors)
    for t in amap.ties:
        w = g[t.source][t.target]["weight"] + t.strength if g.has_edge(t.source, t.target) else t.strength
        g.add_edge(t.source, t.target, weight=w)
    rng = random.Random(seed)
    pinned = [a.id for a in actors if a.pinned]
    movable = [a.id for a in actors if not a.pinned]
    if not movable:
        return {}
    pos = {a.id: (a.x / edge_length, a.y / edge_length) for a in actors}
    before = _centroid(pos[i] for i in movable)
    # Fruchterman-Reingold cools from a temperature set by the spread of the start
    # positions, so a cramped start (new actors dropped near each other) would barely
    # move: give the movable actors room for sqrt(n) edge lengths first.
    want = math.sqrt(len(actors))
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys))
    if span < want:
        if pinned:
            for i in movable:
                pos[i] = (before[0] + rng.uniform(-want, want) / 2, before[1] + rng.uniform(-want, want) / 2)
        else:
            f = want / span if span > 0 else 0.0
            for i in sorted(movable):
                x, y = pos[i]
                pos[i] = (before[0] + (x - before[0]) * f + rng.uniform(-0.05, 0.05),
                          before[1] + (y - before[1]) * f + rng.uniform(-0.05, 0.05))
    seen: set[tuple[float, float]] = set()
    movable_set = set(movable)
    for i in sorted(pos):  # coincident actors: nudge apart
        if pos[i] in seen and i in movable_set:
            pos[i] = (pos[i][0] + rng.uniform(-0.5, 0.5), pos[i][1] + rng.uniform(-0.5, 0.5))
        seen.add(pos[i])
    res = nx.spring_layout(
        g, k=1.0, pos=pos, fixed=pinned or None, iterations=iterations, weight="weight",
        scale=None, seed=seed,
    )
    if not pinned:  # keep the map where it was on the canvas
        after = _centroid(tuple(res[i]) for i in movable)
        dx, dy = before[0] - after[0], before[1] - after[1]
    else:
        dx = dy = 0.0
    return {i: (float(res[i][0] + dx) * edge_length, float(res[i][1] + dy) * edge_length)
            for i in movable}


def faction_layout(amap: ActorMap, *, spacing: float = MEMBER_SPACING) -> Positions:
    """Factions on a circle (largest first, clockwise from the top), members clustered.

    Actors without a declared faction are grouped by kind (``faction_of``). The circle is
    wide enough that neighbouring clusters do not overlap; pinned actors are left alone.
    """
    movable = [a for a in amap.actors if not a.pinned]
    if not movable:
        return {}
    groups: dict[str, list] = defaultdict(list)
    for a in movable:
        groups[faction_of(a)].append(a)
    order = sorted(groups, key=lambda f: (-len(groups[f]), f.casefold()))
    radii = {f: spacing * (math.sqrt(len(groups[f])) + 0.6) for f in order}
    centre = _centroid((a.x, a.y) for a in amap.actors)
    if len(order) == 1:
        centres = {order[0]: centre}
    else:
        # circumference needed: sum of cluster diameters plus a gap between neighbours
        need = sum(2 * radii[f] + spacing for f in order)
        big = max(need / (2 * math.pi), max(radii.values()) * 1.2)
        centres = {}
        angle = -math.pi / 2
        for f in order:
            share = (2 * radii[f] + spacing) / need * 2 * math.pi
            a = angle + share / 2
            centres[f] = (centre[0] + big * math.cos(a), centre[1] + big * math.sin(a))
            angle += share
    out: Positions = {}
    for f in order:
        cx, cy = centres[f]
        members = sorted(groups[f], key=lambda a: (-a.power, a.name.casefold(), a.id))
        for i, a in enumerate(members):
            r = spacing * math.sqrt(i) if i else 0.0
            th = i * GOLDEN_ANGLE
            out[a.id] = (cx + r * math.cos(th), cy + r * math.sin(th))
    return out
