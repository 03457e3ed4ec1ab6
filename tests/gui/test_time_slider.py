"""The time slider in the editor, driven with real mouse and key events.

The canvas must fade (or hide) exactly what :func:`actormap.core.timeline.map_at`
leaves out; the events show on the strip and over the canvas; the Analysis panel
analyses the map as of the slider's date; saved views and presentation mode step
through time; exports state the date shown.
"""

from __future__ import annotations

import threading
from datetime import date

import pytest
from main_windows import new_window, no_questions
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from actormap.core.edits import AddItem
from actormap.core.model import Actor, ActorMap, Event, SavedView, Tie, ViewFocus
from actormap.core.timeline import map_at
from actormap.gui.panels.analysis.timeline_tab import to_x

D = date


def story() -> ActorMap:
    """The boss holds the cartel until he is killed (2010-06-15); a splinter and a war from 2011."""
    actors = [
        Actor(id="boss", name="Boss", kind="cartel", faction="Cartel", end=D(2010, 6, 15), x=0, y=0),
        Actor(id="l1", name="Lieutenant One", kind="cartel", faction="Cartel", x=-300, y=200),
        Actor(id="l2", name="Lieutenant Two", kind="cartel", faction="Cartel", x=300, y=200),
        Actor(id="army", name="Army", kind="state_agent", faction="State", x=0, y=-300),
        Actor(id="town", name="Town", kind="community", faction="Town", x=-300, y=450),
        Actor(id="split", name="Splinter", kind="cartel", faction="Splinter", start=D(2011, 1, 1), x=300, y=450),
        Actor(id="church", name="Church", kind="religious", faction="Church", x=0, y=300, legitimacy=0.8),
    ]
    ties = [
        Tie(id="b1", source="boss", target="l1", kind="trust"),
        Tie(id="b2", source="boss", target="l2", kind="trust"),
        Tie(id="ab", source="army", target="boss", kind="coercive"),
        Tie(id="ext", source="l1", target="town", kind="parasitic"),
        Tie(id="war", source="l1", target="l2", kind="conflict", start=D(2011, 1, 1)),
        Tie(id="sp", source="l2", target="split", kind="symbiotic"),
        Tie(id="c1", source="church", target="l1", kind="trust"),
        Tie(id="c2", source="church", target="l2", kind="dialogue", start=D(2011, 6, 1)),
    ]
    events = [Event(id="kill", name="Boss killed", date=D(2010, 6, 15), actor_ids=["boss", "army"], tie_ids=["ab"]),
              Event(id="ev_war", name="War of succession", date=D(2011, 1, 1), tie_ids=["war"])]
    views = [SavedView(id="v1", name="Before the killing", center_x=0, center_y=100, width=1400, height=900,
                       focus=ViewFocus()),
             SavedView(id="v2", name="The war", center_x=0, center_y=200, width=1400, height=900,
                       focus=ViewFocus(), as_of=D(2011, 2, 1))]
    return ActorMap(title="Kingpin story", as_of=D(2010, 1, 1), actors=actors, ties=ties, events=events,
                    views=views)


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    from actormap.gui.panels.analysis import install as install_analysis
    from actormap.gui.timeline import install as install_time
    from actormap.gui.workshop import install as install_workshop

    monkeypatch.setenv("ACTORMAP_ANALYSIS_MODE", "thread")
    no_questions(monkeypatch)
    w = new_window(qtbot, tmp_path, install_analysis)
    install_workshop(w).animator.duration_ms = 40
    install_time(w, fade_ms=40)
    w.qdoc.load(story())
    w.resize(1300, 850)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.analysis.shutdown()
    w.time.timeline_tab.shutdown()


def expected_absent(amap: ActorMap, when: date) -> tuple[set[str], set[str]]:
    at = map_at(amap, when)
    return ({a.id for a in amap.actors} - {a.id for a in at.actors},
            {t.id for t in amap.ties} - {t.id for t in at.ties})


def canvas_state(w) -> tuple[set[str], set[str]]:
    """What the canvas shows as absent (faded or hidden), once the fade is over."""
    sc = w.canvas.map_scene
    return ({a for a in sc.actor_items if sc.is_faded(a) or sc.is_hidden(a)},
            {t for t in sc.tie_items if sc.is_faded(t) or sc.is_hidden(t)})


def shows(qtbot, w, when: date) -> None:
    qtbot.waitUntil(lambda: w.time.date == when and not w.time.fader.is_running()
                    and not w.workshop.animator.is_running(), timeout=3000)
    assert canvas_state(w) == expected_absent(story(), when)


def test_defaults_to_the_maps_as_of_date_and_fades_what_is_absent(qtbot, win):
    ctl = win.time
    assert ctl.bar.isVisible() and ctl.bar.enabled_box.isChecked()
    shows(qtbot, win, D(2010, 1, 1))
    assert canvas_state(win) == ({"split"}, {"war", "sp", "c2"})
    assert "always shown" in ctl.bar.note.text()
    assert ctl.overlay.texts().startswith("As of 2010-01-01")


def test_dragging_the_slider_moves_through_time(qtbot, win):
    bar = win.time.bar
    slider = bar.slider
    target = D(2011, 3, 1)
    x = slider.x_of(bar.value_of(target))
    y = slider.height() // 2
    handle = QPoint(slider.x_of(slider.value()), y)
    QTest.mousePress(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, handle)
    for k in range(1, 6):  # a real drag: the handle follows the mouse
        QTest.mouseMove(slider, QPoint(handle.x() + (x - handle.x()) * k // 5, y))
    QTest.mouseRelease(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
    got = win.time.date
    assert abs((got - target).days) <= max(2, (bar.last - bar.first).days // max(1, slider.width()) * 2)
    shows(qtbot, win, got)
    assert "boss" in canvas_state(win)[0] and "split" not in canvas_state(win)[0]


def test_steps_keys_and_hide_mode(qtbot, win):
    bar = win.time.bar
    bar.set_step("year")
    QTest.mouseClick(bar.forward, Qt.MouseButton.LeftButton)
    shows(qtbot, win, D(2011, 1, 1))
    slider = bar.slider
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_Left)  # one day back
    shows(qtbot, win, D(2010, 12, 31))
    QTest.mouseClick(bar.back, Qt.MouseButton.LeftButton)
    shows(qtbot, win, D(2009, 12, 31))
    bar.mode_combo.setFocus()
    QTest.keyClick(bar.mode_combo, Qt.Key.Key_Down)
    assert bar.mode == "hide"
    qtbot.waitUntil(lambda: not win.time.fader.is_running(), timeout=2000)
    sc = win.canvas.map_scene
    assert sc.is_hidden("split") and sc.is_hidden("sp") and not sc.is_hidden("boss")


def test_turning_as_of_off_shows_every_item(qtbot, win):
    QTest.mouseClick(win.time.bar.enabled_box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.time.date is None and not win.time.fader.is_running(), timeout=2000)
    assert canvas_state(win) == (set(), set())
    assert not win.time.overlay.isVisible()


def test_the_fade_is_animated(qtbot, win):
    win.time.fader.duration_ms = 400
    win.time.show_date(D(2011, 2, 1))
    assert win.time.fader.is_running()
    item = win.canvas.map_scene.actor_items["split"]  # arriving: fades in from nothing
    qtbot.waitUntil(lambda: 0.05 < item.opacity() < 0.95, timeout=2000)
    shows(qtbot, win, D(2011, 2, 1))
    assert item.opacity() == 1.0


def test_event_markers_and_overlay(qtbot, win):
    bar = win.time.bar
    strip = bar.strip
    kill = next(e for e in bar.events if e.id == "kill")
    QTest.mouseClick(strip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(strip.marker_x(kill), strip.height() - 4))
    shows(qtbot, win, D(2010, 6, 15))
    assert [e.id for e in bar.recent_events()] == ["kill"]
    text = win.time.overlay.texts()
    assert "As of 2010-06-15" in text and "2010-06-15 Boss killed" in text
    bar.set_step("quarter")  # the recent events are those of the last step: (2010-12-01, 2011-03-01]
    win.time.show_date(D(2011, 3, 1))
    qtbot.waitUntil(lambda: "War of succession" in win.time.overlay.texts(), timeout=2000)
    assert "Boss killed" not in win.time.overlay.texts()


def test_play_steps_to_the_last_date(qtbot, win):
    bar = win.time.bar
    bar.set_step("year")
    bar.timer.setInterval(20)
    seen = []
    win.time.dateShown.connect(seen.append)
    QTest.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)
    assert bar.timer.isActive()
    qtbot.waitUntil(lambda: not bar.timer.isActive(), timeout=5000)
    assert bar.current() == bar.last
    assert len(seen) >= 2 and seen == sorted(seen)
    assert bar.play_button.text() == "Play"


def test_analysis_panel_analyses_the_map_as_of_the_slider(qtbot, win):
    dock = win.analysis
    dock.start()
    qtbot.waitUntil(lambda: dock.result is not None and dock.result.map.actors == 6, timeout=10_000)
    win.time.show_date(D(2011, 6, 1))
    expected = map_at(story(), D(2011, 6, 1))
    want = {a.id for a in expected.actors}
    qtbot.waitUntil(lambda: {a.id for a in dock.result.actors} == want, timeout=10_000)
    assert dock.result.map.ties == len(expected.ties)
    assert "as of 2011-06-01" in dock.status.text()
    QTest.mouseClick(win.time.bar.enabled_box, Qt.MouseButton.LeftButton)  # off: the whole map
    qtbot.waitUntil(lambda: dock.result.map.actors == 7, timeout=10_000)


def test_timeline_tab_runs_off_the_ui_thread_and_a_click_moves_the_slider(qtbot, win):
    from actormap.core.timeline import timeline_task

    tab = win.time.timeline_tab
    threads = []

    def recording(amap, **kw):
        threads.append(threading.get_ident())
        return timeline_task(amap, **kw)

    tab.runner._func = recording
    win.analysis.tabs.setCurrentWidget(tab)
    win.docks["analysisDock"].show()
    win.docks["analysisDock"].raise_()
    with qtbot.waitSignal(tab.resultShown, timeout=15_000):
        tab.start()
    assert threads and all(t != threading.get_ident() for t in threads)
    tl = tab.result
    assert tl is not None and tl.rows[0].date <= D(2010, 1, 1) and tl.rows[-1].date >= D(2011, 6, 1)
    assert tab.event_count() == 2
    # the charts follow the map: a new event, recomputed in the background
    win.qdoc.push(AddItem("events", Event(id="ev3", name="Church talks", date=D(2011, 7, 1))))
    qtbot.waitUntil(lambda: tab.event_count() == 3, timeout=15_000)
    # click the first chart at a date
    target = D(2010, 9, 1)
    plot = tab.plots[0]
    scene_pt = plot.vb.mapViewToScene(QPointF(to_x(target), 0.5))
    pos = tab.charts.mapFromScene(scene_pt)
    QTest.mouseClick(tab.charts.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    qtbot.waitUntil(lambda: win.time.date is not None and abs((win.time.date - target).days) <= 10, timeout=3000)
    assert tab.current == win.time.date


def test_saved_views_pin_a_date_and_presentation_steps_through_time(qtbot, win):
    ws = win.workshop
    panel = ws.views_panel
    win.time.show_date(D(2010, 3, 1))
    panel.select_view("v1")
    QTest.mouseClick(panel.pin_button, Qt.MouseButton.LeftButton)
    assert win.qdoc.doc.views[0].as_of == D(2010, 3, 1)
    assert panel.pin_button.text() == "Unpin 2010-03-01"
    win.time.show_date(D(2011, 6, 1))
    panel.show_view("v2")  # pinned to 2011-02-01
    shows(qtbot, win, D(2011, 2, 1))
    p = ws.presentation
    p.enter()
    try:
        QTest.keyClick(win.canvas, Qt.Key.Key_Right)  # view 1: pinned to 2010-03-01
        shows(qtbot, win, D(2010, 3, 1))
        win.time.bar.set_step("month")
        QTest.keyClick(win.canvas, Qt.Key.Key_Period)  # a step forward in time
        shows(qtbot, win, D(2010, 4, 1))
        QTest.keyClick(win.canvas, Qt.Key.Key_Comma)
        shows(qtbot, win, D(2010, 3, 1))
        assert win.time.overlay.isVisible() and win.time.bar.isVisible()
    finally:
        p.leave()
    panel.select_view("v1")
    QTest.mouseClick(panel.pin_button, Qt.MouseButton.LeftButton)  # unpin
    assert win.qdoc.doc.views[0].as_of is None
    win.qdoc.undo_stack.undo()
    assert win.qdoc.doc.views[0].as_of == D(2010, 3, 1)


def test_exports_state_the_date_shown(qtbot, win, tmp_path, monkeypatch):
    from defusedxml import ElementTree

    from actormap.gui import workshop

    out = tmp_path / "map.svg"
    monkeypatch.setattr(workshop, "ask_save_path", lambda *a: str(out))
    win.time.show_date(D(2011, 2, 1))
    assert win.workshop.export_picture(False) == str(out)
    root = ElementTree.parse(str(out)).getroot()
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "As of 2011-02-01" in texts
    assert win.time.shown_map(story()).as_of == D(2011, 2, 1)


def test_each_open_map_keeps_its_date(qtbot, win):
    win.time.show_date(D(2011, 3, 3))
    first = win.qdoc
    other = win.workspace.new_document(story().model_copy(update={"as_of": D(2010, 2, 2)}))
    win.workspace.activate(other)
    shows(qtbot, win, D(2010, 2, 2))
    win.workspace.activate(first)
    shows(qtbot, win, D(2011, 3, 3))


def test_an_actors_dates_from_the_inspector(qtbot, win):
    win.time.show_date(D(2010, 1, 1))
    win.selection.set(["church"], [], None)
    field = win.inspector.a_start
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "2010-06-01")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert win.qdoc.doc.actor("church").start == D(2010, 6, 1)
    qtbot.waitUntil(lambda: win.canvas.map_scene.is_faded("church"), timeout=2000)
    assert win.canvas.map_scene.is_faded("c1")


def test_agreement_hulls_follow_the_date(qtbot, win):
    from actormap.core.edits import AddItem as Add
    from actormap.core.model import Agreement

    win.qdoc.push(Add("agreements", Agreement(id="pact", name="Pact", parties=["l1", "l2"], start=D(2011, 3, 1))))
    win.time.show_date(D(2011, 2, 1))
    qtbot.waitUntil(lambda: not win.time.fader.is_running(), timeout=2000)
    hull = win.canvas.map_scene.agreements.items["pact"]
    assert hull.opacity() < 1.0
    win.time.show_date(D(2011, 3, 1))
    assert hull.opacity() == 1.0


def test_maps_without_dates_hide_the_bar_until_asked(qtbot, win):
    plain = ActorMap(title="plain", actors=[Actor(id="a", name="A"), Actor(id="b", name="B")],
                     ties=[Tie(id="t", source="a", target="b")])
    win.qdoc.load(plain)
    qtbot.waitUntil(lambda: not win.time.bar.isVisible(), timeout=2000)
    assert win.time.date is None
    win.actions_["time_slider"].trigger()
    assert win.time.bar.isVisible()
