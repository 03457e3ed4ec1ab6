"""Agreements: edited in their dock with undo, drawn on the canvas as a hull around the parties
(following them as they move), listed in the legend."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtTest import QTest

from actormap.core.edits import RemoveItems
from actormap.core.model import AgreementStatus
from actormap.gui.canvas.items.agreement_item import (
    AGREEMENT_Z,
    BADGE_Z,
    PAD,
    badge_text,
    kelp_path,
    spanning_tree,
)
from actormap.gui.canvas.items.tie_item import TIE_Z
from actormap.gui.canvas.legend import spec_for_scene

from .conftest import NOMOD, L, actor_vp, open_map


def test_spanning_tree_by_hand():
    # a unit square plus a far point: the three unit sides, then the far point to its nearest corner
    pts = [(0, 0), (1, 0), (1, 1), (0, 1), (5, 1)]
    edges = spanning_tree(pts)
    assert len(edges) == 4
    assert sum(math.dist(pts[i], pts[j]) for i, j in edges) == 3 + 4
    assert (2, 4) in edges


def test_kelp_hull_covers_the_parties_not_what_lies_off_their_band():
    circles = [(0.0, 0.0, 10.0), (400.0, 0.0, 10.0), (400.0, 300.0, 10.0)]
    path = kelp_path(circles, PAD)
    for x, y, r in circles:
        assert path.contains(QPointF(x, y)) and path.contains(QPointF(x + r + PAD - 1, y))
    assert path.contains(QPointF(200, 0))  # on the band between the first two
    assert not path.contains(QPointF(200, 150))  # inside the convex hull, off every band


def test_hulls_mirror_the_agreements_and_follow_a_dragged_party(window, town_path, qtbot):
    open_map(window, town_path)
    canvas = window.canvas
    layer = canvas.map_scene.agreements
    (item,) = layer.items.values()
    assert item.zValue() == AGREEMENT_Z < TIE_Z < item.badge.zValue() == BADGE_Z
    assert item.badge.text() == "Leaders' truce · truce, in force"
    hull = item.hull()
    assert hull.contains(QPointF(-300, -100)) and hull.contains(QPointF(300, -100))
    assert not hull.contains(QPointF(0, 300))  # the community below is no party
    canvas.fit_to_map()
    start = actor_vp(canvas, "lb")
    end = start + (actor_vp(canvas, "sb") - start) * 0.5 + (start - actor_vp(canvas, "la")) * 0.1
    QTest.mousePress(canvas.viewport(), L, NOMOD, start)
    for i in range(1, 7):
        QTest.mouseMove(canvas.viewport(), start + (end - start) * (i / 6))
    QTest.mouseRelease(canvas.viewport(), L, NOMOD, end)
    moved = canvas.map_scene.actor_items["lb"].pos()
    assert moved != QPointF(300, -100)
    qtbot.waitUntil(lambda: item.hull().contains(moved))


def test_agreements_dock_edits_with_undo_and_the_canvas_follows(window, town_path):
    qdoc = open_map(window, town_path)
    panel = window.strategy.agreements
    layer = window.canvas.map_scene.agreements
    window.selection.set(["sa", "sb"], [])
    QTest.mouseClick(panel.add_button, L)
    (gid,) = [g for g in qdoc.doc.items("agreements") if g != "truce"]
    g = qdoc.doc.get("agreements", gid)
    assert (g.name, g.parties, g.status) == ("Agreement 2", ["sa", "sb"], AgreementStatus.PROPOSED)
    assert gid in layer.items and layer.items[gid].badge.text() == badge_text(g)
    assert panel.current_id() == gid
    panel.name.setText("Street truce")
    panel.name.editingFinished.emit()
    panel.status.set_value(AgreementStatus.IN_FORCE)
    panel.status.activated.emit(panel.status.currentIndex())
    window.selection.set(["par"], [])
    assert panel.use_selection("facilitators")
    panel.terms.set_text("")
    panel.terms.setPlainText("no killings\n\nno recruitment in schools\n")
    panel.terms._finish()
    panel.start.setText("2012-03-09")
    panel.start.editingFinished.emit()
    g = qdoc.doc.get("agreements", gid)
    assert (g.name, g.status, g.facilitators, g.terms, str(g.start)) == (
        "Street truce", "in_force", ["par"], ["no killings", "no recruitment in schools"], "2012-03-09")
    assert layer.items[gid].badge.text() == "Street truce · other, in force"
    assert qdoc.undo_stack.undoText() == "Edit agreement start date"
    messages = []
    panel.message.connect(messages.append)
    panel.end.setText("March 2013")
    panel.end.editingFinished.emit()
    assert "is not a date" in messages[-1] and qdoc.doc.get("agreements", gid).end is None
    panel.end.setText("2011-01-01")
    panel.end.editingFinished.emit()
    assert "ends (2011-01-01) before it starts" in messages[-1]
    assert panel.end.text() == ""  # the stored value is shown again
    for _ in range(5):
        qdoc.undo_stack.undo()
    assert qdoc.doc.get("agreements", gid).name == "Agreement 2"
    QTest.mouseClick(panel.delete_button, L)
    assert gid not in qdoc.doc.items("agreements") and gid not in layer.items
    qdoc.undo_stack.undo()
    assert gid in layer.items


def test_deleting_a_party_shrinks_the_hull_and_the_legend_lists_agreements(window, town_path):
    qdoc = open_map(window, town_path)
    scene = window.canvas.map_scene
    spec = spec_for_scene(scene)
    assert spec.agreements == [AgreementStatus.IN_FORCE]
    window.selection.set(["lb"], [])
    window.delete_selection()
    item = scene.agreements.items["truce"]
    assert qdoc.doc.get("agreements", "truce").parties == ["la"]
    assert not item.hull().contains(QPointF(300, -100)) and item.hull().contains(QPointF(-300, -100))
    window.canvas.set_legend_visible(True)
    assert window.canvas._legend.spec.agreements == [AgreementStatus.IN_FORCE]


def _green(img) -> int:
    """Sampled pixels in the in-force outline's bluish green (the community circle shares it)."""
    def near(c) -> bool:
        return abs(c.red() - 0x00) < 25 and abs(c.green() - 0x9E) < 25 and abs(c.blue() - 0x73) < 25
    return sum(1 for x in range(0, img.width(), 3) for y in range(0, img.height(), 3) if near(img.pixelColor(x, y)))


def test_agreements_show_in_an_exported_picture(window, town_path):
    from actormap.gui.export import job_for_view, render_png

    qdoc = open_map(window, town_path)
    with_hull = _green(render_png(job_for_view(window.canvas, qdoc.doc.meta, legend=False), 120, 300))
    qdoc.push(RemoveItems(other={"agreements": ["truce"]}))
    without = _green(render_png(job_for_view(window.canvas, qdoc.doc.meta, legend=False), 120, 300))
    assert with_hull - without > 100


def test_graphml_export_in_the_editor_says_what_it_leaves_out(window, town_path, monkeypatch, tmp_path):
    from actormap.gui import dialogs

    open_map(window, town_path)
    out = tmp_path / "town.graphml"
    monkeypatch.setattr(dialogs, "export_file_name", lambda *a: str(out))
    said = []
    window.files.message.connect(said.append)
    assert window.files.export_data()
    assert said[-1] == ("Exported town.graphml. Note: GRAPHML holds the base map's actors and ties; its 1 "
                        "scenario and 1 agreement travel only as JSON text in graph attributes: other programs "
                        "show no scenario applied and no agreement drawn.")


def test_fit_keeps_actors_and_badges_clear_of_the_scenario_banner(window, town_path):
    from PySide6.QtCore import QPoint

    open_map(window, town_path)
    window.strategy.scenarios.select("s1")
    window.strategy.scenarios.open_current()
    canvas = window.canvas
    assert canvas.banner_height() == canvas.banner.height() > 0
    canvas.fit_to_map()
    below_banner = canvas.mapToScene(QPoint(0, canvas.banner.height())).y()
    scene = canvas.map_scene
    tops = [it.sceneBoundingRect().top() for it in scene.actor_items.values()]
    badges = [ag.badge.scene_rect() for ag in scene.agreements.items.values()]
    assert badges and min(tops + [b.top() for b in badges]) > below_banner
    # badges scale like labels: readable at the fitted zoom
    (badge,) = [ag.badge for ag in scene.agreements.items.values()]
    assert badge.scale() == scene.label_scale
    # like labels, a badge never shrinks on screen below the theme's label_min_zoom of its size
    assert canvas.zoom() < scene.theme.label_min_zoom
    on_screen = badge.scene_rect().height() * canvas.zoom()
    assert on_screen >= 0.99 * scene.theme.label_min_zoom * badge.scene_rect().height() / badge.scale()



def test_no_label_lies_under_an_agreement_badge(window, town_path):
    from PySide6.QtCore import QRectF

    from actormap.core.edits import MoveActors

    qdoc = open_map(window, town_path)
    canvas = window.canvas
    canvas.fit_to_map()
    scene = canvas.map_scene
    (ag,) = scene.agreements.items.values()
    b = ag.badge.sceneBoundingRect()
    # the community (no party) moved so that its name, set below its circle, would fall on the badge
    r = scene.actor_items["com"].sceneBoundingRect().height() / 2
    qdoc.push(MoveActors({"com": (b.left() + 1.2 * r, b.top() - r)}))
    scene.place_labels()
    b = ag.badge.scene_rect()
    # the label placer is told where the badge is, at the labels' scale
    (x0, y0, x1, y1), = scene.drawing.reserved_at(scene.label_scale)
    assert QRectF(x0, y0, x1 - x0, y1 - y0).contains(b) and (x1 - x0) < b.width() + 4 * scene.label_scale
    labels = scene.label_rects()
    assert "com" in labels
    for aid, rect in labels.items():
        assert not rect.intersects(b), f"the label of {aid} lies under the badge"


def test_no_label_lies_under_an_agreement_badge_in_an_export(qtbot):
    from PySide6.QtCore import QRectF

    from actormap.gui.canvas.agreement_paint import agreement_layers
    from actormap.gui.export import map_source_rect
    from actormap.gui.export_page import RendererSource
    from actormap.gui.render import MapRenderer

    from .conftest import town

    def page(amap):
        renderer = MapRenderer.for_map(amap)
        renderer.layers += agreement_layers(amap, renderer.drawing)  # as job_for_map adds them
        RendererSource(renderer).prepare(QRectF(0, 0, 900, 600), map_source_rect(renderer), 1.0)
        d = renderer.drawing
        badges = [QRectF(x0, y0, x1 - x0, y1 - y0) for x0, y0, x1, y1 in d.reserved_at(d.label_scale)]
        return d, badges

    amap = town()
    d, (b,) = page(amap)
    r = d.actors["com"].r
    moved = amap.model_copy(update={"actors": [a.model_copy(update={"x": b.left() + 1.2 * r, "y": b.top() - r})
                                               if a.id == "com" else a for a in amap.actors]})
    d, (b,) = page(moved)
    assert "com" in d.labels
    for aid, pl in d.labels.items():
        assert not pl.qrect().intersects(b), f"the label of {aid} lies under the badge"


def test_badges_of_neighbouring_agreements_never_cover_each_other(qtbot):
    """Two agreements whose topmost parties stand side by side: their badges would sit on the
    same spot; they are raised apart on screen at every zoom, and in an export."""
    from actormap.core.model import Actor, ActorMap, Agreement
    from actormap.gui.canvas import MapView
    from actormap.gui.canvas.agreement_paint import agreement_layers
    from actormap.gui.render import MapRenderer
    from actormap.gui.undo import QtDocument

    amap = ActorMap(actors=[Actor(id=i, name=i.upper(), kind="gang", x=x, y=y) for i, x, y in (
        ("a", 0, 0), ("b", 0, 300), ("c", 60, 0), ("d", 60, 300))],
        agreements=[Agreement(id="g1", name="Northern market truce", kind="truce", status="in_force", parties=["a", "b"]),
                    Agreement(id="g2", name="Southern market truce", kind="truce", status="proposed", parties=["c", "d"])])

    def apart(rects) -> bool:
        return not any(r.intersects(q) for i, r in enumerate(rects) for q in rects[i + 1:])

    view = MapView(QtDocument(amap))
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    scene = view.map_scene
    badges = [ag.badge for ag in scene.agreements.items.values()]
    assert len(badges) == 2  # a and c, the topmost parties, stand side by side at the same height
    for _ in range(3):
        assert apart([b.scene_rect() for b in badges])
        view.zoom_out()
        view.zoom_out()
    renderer = MapRenderer.for_map(amap)
    renderer.layers += agreement_layers(amap, renderer.drawing)
    for scale in (1.0, 2.5, 6.0):
        rects = [QRectF(x0, y0, x1 - x0, y1 - y0) for x0, y0, x1, y1 in renderer.drawing.reserved_at(scale)]
        assert len(rects) == 2 and apart(rects)
