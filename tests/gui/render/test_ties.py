"""Ties that read right: parallel ties fan out, ties bend around actors they would cross,
arrowheads stay visible at every zoom, trust is one solid line."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from actormap.core.io import MapStore
from actormap.core.model import Actor, ActorMap, Tie, TieKind
from actormap.gui.render import Drawing, MapRenderer
from actormap.gui.render.renderer import MIN_HEAD_PX

SAMPLES = sorted((Path(__file__).resolve().parents[3] / "sample_maps").glob("*.actormap"))


def _seg_dist(p, q, c) -> float:
    dx, dy = q[0] - p[0], q[1] - p[1]
    ll = dx * dx + dy * dy
    t = 0.0 if ll == 0 else max(0.0, min(1.0, ((c[0] - p[0]) * dx + (c[1] - p[1]) * dy) / ll))
    return math.hypot(c[0] - p[0] - t * dx, c[1] - p[1] - t * dy)


def crossings(d: Drawing) -> list[tuple[str, str]]:
    """(tie, actor) pairs where the drawn tie passes through a third actor's circle."""
    out = []
    for t in d.ties.values():
        for a in d.actors.values():
            if a.id in (t.source, t.target) or len(t.pts) < 2:
                continue
            if min(_seg_dist(p, q, (a.x, a.y)) for p, q in zip(t.pts, t.pts[1:], strict=False)) < a.r:
                out.append((t.id, a.id))
    return out


def _drawing(amap, route: bool) -> Drawing:
    d = Drawing()
    d.route_ties = route
    for a in amap.actors:
        d.put_actor(a)
    for t in amap.ties:
        d.put_tie(t, route=False)
    d.reroute_all()
    return d


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_no_tie_runs_under_an_unrelated_actor_on_the_samples(qapp, sample):
    amap = MapStore().read(sample)
    assert crossings(_drawing(amap, route=False))  # drawn straight, some would
    assert crossings(_drawing(amap, route=True)) == []


def test_a_tie_bends_around_an_actor_moved_onto_it(qtbot):
    from actormap.core.edits import MoveActors
    from actormap.gui.canvas import MapView
    from actormap.gui.undo import QtDocument

    amap = ActorMap(actors=[Actor(id="a", name="A", x=0, y=0), Actor(id="b", name="B", x=600, y=0),
                            Actor(id="c", name="C", x=300, y=400)],
                    ties=[Tie(id="t", source="a", target="b", kind="coercive")])
    q = QtDocument(amap)
    view = MapView(q)
    qtbot.addWidget(view)
    d = view.map_scene.drawing
    assert d.ties["t"].bend == 0 and crossings(d) == []
    q.push(MoveActors({"c": (300, 5)}))  # dropped on the line between A and B
    assert crossings(d) == [] and abs(d.ties["t"].bend) > 20
    item = view.map_scene.tie_items["t"]
    assert item.points() == d.ties["t"].pts  # the handle (clicks, rubber band) follows the drawing
    q.undo_stack.undo()
    assert d.ties["t"].bend == 0  # straight again once the way is clear


def test_parallel_ties_fan_out_as_separate_curves(qapp):
    ties = [Tie(id=f"t{i}", source="a" if i % 2 else "b", target="b" if i % 2 else "a", kind=k)
            for i, k in enumerate([TieKind.COERCIVE, TieKind.PARASITIC, TieKind.DIALOGUE])]
    d = _drawing(ActorMap(actors=[Actor(id="a", name="A", x=0, y=0), Actor(id="b", name="B", x=500, y=0)],
                          ties=ties), route=True)
    mids = []
    for t in d.ties.values():
        mid = t.pts[len(t.pts) // 2]
        mids.append(mid[1])
    mids.sort()
    assert all(b - a >= 25 for a, b in zip(mids, mids[1:], strict=False))  # apart, not one band


@pytest.mark.parametrize("zoom", [0.05, 0.15, 0.4, 1.0, 3.0])
def test_arrowheads_stay_visible_at_every_zoom(qapp, zoom):
    """Ink across the tie just before its head is wider than across its middle: a head."""
    amap = ActorMap(actors=[Actor(id="a", name="A", x=0, y=0), Actor(id="b", name="B", x=4000, y=0)],
                    ties=[Tie(id="t", source="a", target="b", kind="coercive", strength=1)])
    r = MapRenderer(Drawing.of_map(amap))
    d = r.drawing
    tip = d.ties["t"].pts[-1]
    w, h = 600, 200
    img = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.translate(w - 40 - tip[0] * zoom, h / 2)
    p.scale(zoom, zoom)
    r.paint(p, None, zoom, only={"t"})
    p.end()

    def ink_height(x: int) -> int:
        return sum(1 for y in range(h) if QColor(img.pixel(x, y)).lightness() < 200)

    tip_x = w - 40
    head = max(ink_height(tip_x - k) for k in range(2, round(MIN_HEAD_PX) - 1))
    body = ink_height(tip_x - 60)
    assert head >= body + 2, (head, body)


def test_trust_is_a_single_solid_line_and_symbiotic_a_double_one(qapp):
    from actormap.gui.canvas.legend import TIE_WORDS
    from actormap.gui.render.notation import tie_geometry

    trust = tie_geometry((0, 0), 20, (300, 0), 20, TieKind.TRUST, 2)
    assert len(trust.lines) == 1 and not trust.dotted
    assert trust.head_fill.isEmpty() and trust.head_open.isEmpty() and trust.head_stroke.isEmpty()
    assert len(tie_geometry((0, 0), 20, (300, 0), 20, TieKind.SYMBIOTIC, 2).lines) == 2
    assert "trust" in TIE_WORDS[TieKind.TRUST]
    from actormap.gui.render.theme import DARK, LIGHT

    assert TieKind.TRUST in LIGHT.tie_colors and TieKind.TRUST in DARK.tie_colors  # its own colour entry
