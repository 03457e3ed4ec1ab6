"""Zoom, fit, layouts, legend, filter/highlight, heat and themes on the canvas."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from actormap.core.edits import UpdateActor
from actormap.gui.canvas import DARK, PROJECTOR

from .helpers import actor_vp, vp


def _wheel(view, pos: QPoint, dy: int) -> None:
    ev = QWheelEvent(QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)), QPoint(0, 0), QPoint(0, dy),
                     Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                     False)
    QApplication.sendEvent(view.viewport(), ev)


def test_wheel_zooms_around_the_cursor(view):
    pos = actor_vp(view, "church")
    z0 = view.zoom()
    _wheel(view, pos, 240)
    assert view.zoom() > z0 * 1.3
    here = view.mapToScene(pos)
    assert abs(here.x() - 200) < 3 and abs(here.y() - 300) < 3  # the point under the cursor stays
    _wheel(view, pos, -480)
    assert view.zoom() < z0


def test_zoom_keys_and_limits(view):
    z0 = view.zoom()
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(z0 * 1.25)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(z0)
    for _ in range(60):
        view.zoom_out()
    assert view.zoom() == pytest.approx(0.02)
    # zoomed far out, labels keep 0.7 of their full size on screen (0.7 / 0.02 = 35)
    assert view.map_scene.actor_items["gov"].label.scale() == pytest.approx(35, rel=0.02)
    view.zoom_reset()
    assert view.zoom() == pytest.approx(1.0)
    assert view.map_scene.actor_items["gov"].label.scale() == 1.0


def test_fit_to_map_shows_every_actor(view, qdoc):
    view.zoom_in()
    view.zoom_in()
    view.centerOn(5000, 5000)
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    vr = view.viewport().rect()
    for aid in qdoc.doc.actors:
        assert vr.contains(actor_vp(view, aid)), aid


def test_force_layout_is_one_undo_step_and_keeps_pinned(view, qdoc):
    before = {a.id: (a.x, a.y) for a in qdoc.doc.actors.values()}
    QTest.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert qdoc.undo_stack.undoText() == "Force layout"
    after = {a.id: (a.x, a.y) for a in qdoc.doc.actors.values()}
    assert after["us"] == before["us"]  # pinned
    assert any(after[k] != before[k] for k in after if k != "us")
    for aid, (x, y) in after.items():
        assert view.map_scene.actor_items[aid].pos().toTuple() == (x, y)
    qdoc.undo_stack.undo()
    assert {a.id: (a.x, a.y) for a in qdoc.doc.actors.values()} == before


def test_faction_layout_is_one_undo_step(view, qdoc):
    n = qdoc.undo_stack.count()
    view.canvas_actions["layout_faction"].trigger()
    assert qdoc.undo_stack.count() == n + 1
    assert qdoc.undo_stack.undoText() == "Layout by faction"


def test_legend_toggles_with_l_and_lists_the_map(view):
    assert not view.legend_visible()
    QTest.keyClick(view, Qt.Key.Key_L)
    assert view.legend_visible() and view._legend.isVisible()
    spec = view._legend.spec
    assert [k.value for k in spec.kinds] == ["gang", "state_agent", "civil_society", "religious",
                                             "international"]
    assert {k.value for k in spec.tie_kinds} == {"conflict", "dialogue", "coercive", "protective"}
    assert spec.external and spec.is_self and spec.pinned and spec.rumoured
    QTest.keyClick(view, Qt.Key.Key_L)
    assert not view.legend_visible() and not view._legend.isVisible()


def test_highlight_and_neighbourhood_fade_the_rest(view):
    s = view.map_scene
    view.highlight_neighbourhood("church")
    lit = {"church", "ms13", "b18", "oas"}
    for aid in s.actor_items:
        assert s.is_faded(aid) == (aid not in lit), aid
    assert not s.is_faded("t2") and not s.is_faded("t5")
    assert s.is_faded("t1") and s.is_faded("t4")  # ties not at the church
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not any(s.is_faded(i) for i in list(s.actor_items) + list(s.tie_items))


def test_filter_fades_or_hides(view, qdoc):
    s = view.map_scene
    view.set_filter(kinds=["gang"])
    assert not s.is_faded("ms13") and s.is_faded("gov") and s.is_faded("t4")
    view.set_filter(tie_kinds=["dialogue"], mode="hide")
    assert s.is_hidden("t1") and not s.is_hidden("t2") and not s.is_hidden("gov")
    view.set_filter(confidences=["rumoured"], mode="hide")
    assert not s.is_hidden("t5") and s.is_hidden("t2")
    view.set_filter(factions=["Church", "MS-13"], mode="hide")
    assert s.is_hidden("b18") and s.is_hidden("t1") and not s.is_hidden("t2")
    # a change from outside keeps the filter: the moved-in actor is hidden at once
    qdoc.push(UpdateActor("gov", {"faction": "Church"}))
    assert not s.is_hidden("gov")
    view.set_filter()
    assert not any(s.is_hidden(i) or s.is_faded(i) for i in list(s.actor_items) + list(s.tie_items))


def test_find_actors_ignores_case_and_accents(view, qdoc):
    qdoc.push(UpdateActor("gov", {"name": "Policía Nacional Civil"}))
    assert view.find_actors("policia") == ["gov"]
    assert view.find_actors("BARRIO") == ["b18"]
    assert view.find_actors("c") == ["church", "gov"]  # "Catholic..." starts with c
    assert view.find_actors("zzz") == [] and view.find_actors("  ") == []
    hits = view.find_actors("ca")
    assert hits[0] == "church"  # names starting with the text come first


def test_heat_mode_colours_and_sizes(view):
    s = view.map_scene
    normal = s.actor_items["ms13"].radius()
    view.set_heat({"ms13": 10.0, "b18": 0.0, "church": 5.0}, "betweenness")
    assert s.heat_of("ms13") == 1.0 and s.heat_of("b18") == 0.0 and s.heat_of("church") == 0.5
    assert s.actor_items["ms13"].radius() > s.actor_items["b18"].radius()
    assert s.heat_range == (0.0, 10.0) and s.heat_label == "betweenness"
    img = view.viewport().grab().toImage()
    c = img.pixelColor(actor_vp(view, "ms13") + QPoint(int(s.actor_items["ms13"].radius() * 0.8), 0))
    assert (c.red(), c.green(), c.blue()) == pytest.approx((0xFD, 0xE7, 0x25), abs=12)  # viridis top
    view.set_legend_visible(True)
    assert view._legend.spec.heat == ("betweenness", 0.0, 10.0)
    view.set_heat(None)
    assert s.heat_of("ms13") is None and s.actor_items["ms13"].radius() == normal
    assert view._legend.spec.heat is None


def test_notation_colour_on_screen(view):
    s = view.map_scene
    img = view.viewport().grab().toImage()
    r = s.actor_items["gov"].radius()
    c = img.pixelColor(actor_vp(view, "gov") + QPoint(int(r * 0.7), 0))
    assert (c.red(), c.green(), c.blue()) == pytest.approx((0x00, 0x72, 0xB2), abs=6)  # Okabe-Ito blue


def test_themes_change_background(view):
    view.set_theme(DARK)
    img = view.viewport().grab().toImage()
    c = img.pixelColor(vp(view, 640, -330))
    assert c.name().upper() == DARK.background.upper()
    view.set_theme(PROJECTOR)
    assert view.map_scene.actor_items["ms13"].label._pt == PROJECTOR.label_pt


def test_render_to_image_without_selection(view):
    view.select_ids(["gov"], [])
    img = QImage(800, 600, QImage.Format.Format_ARGB32)
    img.fill(0)
    p = QPainter(img)
    view.render_to(p, QRectF(0, 0, 800, 600), legend=True)
    p.end()
    assert view.selected_ids() == (["gov"], [])  # selection restored
    assert img.pixelColor(20, 20).alpha() == 255  # background painted
    assert len({img.pixelColor(x, y).rgb() for x in range(0, 800, 20) for y in range(0, 600, 20)}) > 10


def test_large_map_layout_runs_in_background(qtbot, monkeypatch):
    """Above the threshold the layout is computed off the UI thread, then ONE edit."""
    from actormap.gui.canvas import MapView, layouts
    from actormap.gui.undo import QtDocument

    from .conftest import small_map

    monkeypatch.setattr(layouts, "BACKGROUND_ABOVE", 2)
    q = QtDocument(small_map())
    v = MapView(q)
    qtbot.addWidget(v)
    msgs = []
    v.message.connect(msgs.append)
    with qtbot.waitSignal(q.undo_stack.indexChanged, timeout=20000):
        v.layout_force()
        assert q.undo_stack.count() == 0  # not applied yet: computing
    assert q.undo_stack.undoText() == "Force layout" and q.undo_stack.count() == 1
    assert "computing" in msgs[0]
    # a result for a map that changed meanwhile is dropped
    v.layout_by_faction()
    q.push(UpdateActor("gov", {"name": "Ministry"}))
    qtbot.waitUntil(lambda: any("changed while computing" in m for m in msgs), timeout=20000)
    assert q.undo_stack.undoText() != "Layout by faction"


def test_undo_of_a_layout_restores_positions_and_camera_redo_the_fitted_one(view, qdoc):
    from actormap.gui.saved_views import current_camera

    view.zoom_in()
    view.centerOn(-150, 260)
    before_cam = current_camera(view)
    before = {a.id: (a.x, a.y) for a in qdoc.doc.actors.values()}
    view.layout_force()
    after_cam = current_camera(view)
    assert after_cam != pytest.approx(before_cam)
    qdoc.undo_stack.undo()
    assert {a.id: (a.x, a.y) for a in qdoc.doc.actors.values()} == before
    assert current_camera(view) == pytest.approx(before_cam, abs=1.0)  # within a pixel
    qdoc.undo_stack.redo()
    assert current_camera(view) == pytest.approx(after_cam, abs=1.0)


def test_layout_by_faction_shows_faction_areas_behind_the_members(view, qdoc):
    view.layout_by_faction()
    assert view.faction_areas is not None and view.canvas_actions["faction_areas"].isChecked()
    areas = dict(view.faction_areas.areas(view.map_scene.drawing))
    for faction, path in areas.items():  # each area holds its members' centres, and no one else's
        for a in qdoc.doc.actors.values():
            inside = path.contains(QPointF(a.x, a.y))
            assert inside == (a.faction == faction), (faction, a.name)
    view.canvas_actions["faction_areas"].trigger()
    assert view.faction_areas is None
