"""Notation geometry: heads at the rim, parallel ties apart, one style per tie kind."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF

from actormap.core.model import ActorKind, TieKind
from actormap.gui.canvas.notation import actor_radius, mark_path, tie_geometry
from actormap.gui.canvas.palette import KIND_STYLES, OKABE_ITO, heat_color, ink_on

P1, R1, P2, R2 = (0.0, 0.0), 30.0, (300.0, 40.0), 20.0


def _d(p: QPointF, c) -> float:
    return math.hypot(p.x() - c[0], p.y() - c[1])


@pytest.mark.parametrize("kind", list(TieKind))
@pytest.mark.parametrize("bend", [0.0, 30.0, -45.0])
def test_tie_starts_and_ends_at_the_rims(kind, bend):
    g = tie_geometry(P1, R1, P2, R2, kind, 2, bend)
    assert not g.empty
    assert _d(g.spine.pointAtPercent(0.0), P1) == pytest.approx(R1 + 2, abs=0.05)
    assert _d(g.spine.pointAtPercent(1.0), P2) == pytest.approx(R2 + 2, abs=0.05)
    # nothing is drawn inside either circle
    for path in (*g.lines, g.head_fill, g.head_open, g.head_stroke):
        for i in range(path.elementCount()):
            e = path.elementAt(i)
            assert _d(QPointF(e.x, e.y), P1) > R1 - 0.5 and _d(QPointF(e.x, e.y), P2) > R2 - 0.5


def test_each_kind_has_its_own_style():
    g = {k: tie_geometry(P1, R1, P2, R2, k, 2) for k in TieKind}
    assert len(g[TieKind.SYMBIOTIC].lines) == 2  # double line
    assert g[TieKind.DIALOGUE].dotted and not g[TieKind.CONFLICT].dotted
    heads = {k: (not x.head_fill.isEmpty(), not x.head_open.isEmpty(), not x.head_stroke.isEmpty())
             for k, x in g.items()}
    assert heads[TieKind.PROTECTIVE] == (False, True, False)  # open shield
    assert heads[TieKind.COERCIVE] == (True, False, False)  # filled arrow
    assert heads[TieKind.PARASITIC] == (False, False, True)  # barbs and a V
    for mutual in (TieKind.SYMBIOTIC, TieKind.CONFLICT, TieKind.DIALOGUE):
        assert heads[mutual] == (False, False, False)
    assert g[TieKind.CONFLICT].lines[0].elementCount() > 20  # zigzag teeth
    assert 6 <= g[TieKind.COERCIVE].lines[0].elementCount() < 12  # one bolt
    # the two lines of a symbiotic tie are apart (a visible gap)
    a, b = g[TieKind.SYMBIOTIC].lines
    gap = _d(a.pointAtPercent(0.5), (b.pointAtPercent(0.5).x(), b.pointAtPercent(0.5).y()))
    assert gap > 2 * g[TieKind.SYMBIOTIC].line_width


def test_width_grows_with_strength():
    w = [tie_geometry(P1, R1, P2, R2, TieKind.DIALOGUE, s).line_width for s in (1, 2, 3)]
    assert w[0] < w[1] < w[2]


def test_parallel_ties_are_bent_apart_in_the_scene(view, qdoc):
    from actormap.core.edits import AddItems, make_tie

    qdoc.push(AddItems(ties=[make_tie(source="b18", target="ms13", kind="protective"),
                             make_tie(source="ms13", target="b18", kind="symbiotic")]))
    s = view.map_scene
    items = [s.tie_items[t] for t in s.tie_items if {s.tie_items[t].tie.source, s.tie_items[t].tie.target}
             == {"ms13", "b18"}]
    assert len(items) == 3
    mids = [it.geometry().spine.pointAtPercent(0.5) for it in items]
    for i in range(3):
        for j in range(i + 1, 3):
            assert _d(mids[i], (mids[j].x(), mids[j].y())) >= 25  # never on top of each other


def test_touching_circles_draw_nothing():
    assert tie_geometry((0, 0), 30, (40, 0), 30, TieKind.SYMBIOTIC, 2).empty


def test_palette_is_okabe_ito_and_tol_with_a_distinct_mark_per_kind():
    from actormap.gui.render.palette import TOL

    allowed = {c.upper() for c in (*OKABE_ITO.values(), *TOL.values(), "#FFFFFF")}
    colours = [s.color.upper() for s in KIND_STYLES.values()]
    assert set(colours) <= allowed  # the colour-blind-safe schemes only (see tests/gui/render/test_palette.py)
    pairs = {(s.color, s.mark) for s in KIND_STYLES.values()}
    assert len(pairs) == len(ActorKind)  # colour never the only cue:
    assert len({s.mark for s in KIND_STYLES.values()}) == len(ActorKind)  # every kind its own mark
    areas = {s.mark: mark_path(s.mark, 10.0).boundingRect().width() for s in KIND_STYLES.values()}
    assert all(a > 5 for a in areas.values())


def test_sizes_and_colours():
    assert [actor_radius(p) for p in range(1, 6)] == [20, 26, 32, 38, 44]
    assert heat_color(0).name() == "#440154" and heat_color(1).name() == "#fde725"
    from PySide6.QtGui import QColor

    assert ink_on(QColor("#F0E442")).name() == "#000000" and ink_on(QColor("#0072B2")).name() == "#ffffff"
