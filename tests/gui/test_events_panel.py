"""The Events panel: add, edit (name, dates, what an event concerns), delete, with undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from actormap.core.model import Actor, ActorMap, Event, Tie
from actormap.gui.panels.events_panel import EventsPanel
from actormap.gui.undo import QtDocument

D = date


@pytest.fixture
def panel(qtbot):
    amap = ActorMap(
        title="events", as_of=D(2012, 4, 1),
        actors=[Actor(id="ms", name="MS-13"), Actor(id="b18", name="Barrio 18"), Actor(id="church", name="Church")],
        ties=[Tie(id="t", source="ms", target="b18", kind="dialogue")],
        events=[Event(id="e2", name="Peace zone", date=D(2013, 1, 22)),
                Event(id="e1", name="Truce", date=D(2012, 3, 8), actor_ids=["ms"])],
    )
    p = EventsPanel(QtDocument(amap))
    qtbot.addWidget(p)
    p.resize(500, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


def _click_row(panel, row):
    rect = panel.table.visualItemRect(panel.table.item(row, 2))
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())


def _type(widget, text):
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_lists_events_by_date_and_shows_the_selected_one(panel):
    assert [panel.table.item(r, 2).text() for r in range(panel.table.rowCount())] == ["Truce", "Peace zone"]
    assert not panel.form_box.isEnabled()
    _click_row(panel, 0)
    assert panel.current_id() == "e1"
    assert panel.name.text() == "Truce" and panel.date.text() == "2012-03-08" and panel.end.text() == ""
    actors = panel.link_lists["actor_ids"]
    checked = [actors.item(i).text() for i in range(actors.count())
               if actors.item(i).checkState() == Qt.CheckState.Checked]
    assert checked == ["MS-13"]


def test_edit_name_dates_and_links_with_undo(panel):
    qdoc = panel.qdoc
    _click_row(panel, 0)
    _type(panel.name, "Truce begins")
    assert qdoc.doc.items("events")["e1"].name == "Truce begins"
    _type(panel.end, "2012-03-10")
    assert qdoc.doc.items("events")["e1"].end == D(2012, 3, 10)
    _type(panel.end, "2012-03-01")  # before the event's date: refused, one readable line
    assert panel.error.isVisible() and "before it starts" in panel.error.text()
    assert qdoc.doc.items("events")["e1"].end == D(2012, 3, 10)
    _type(panel.date, "8 March")
    assert "is not a date" in panel.error.text()
    lst = panel.link_lists["actor_ids"]
    row = next(i for i in range(lst.count()) if lst.item(i).text() == "Barrio 18")
    rect = lst.visualItemRect(lst.item(row))
    panel.links.setCurrentWidget(lst)
    QTest.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(rect.left() + 10, rect.center().y()))  # the check box
    assert qdoc.doc.items("events")["e1"].actor_ids == ["b18", "ms"]
    qdoc.undo_stack.undo()
    assert qdoc.doc.items("events")["e1"].actor_ids == ["ms"]
    qdoc.undo_stack.undo()
    qdoc.undo_stack.undo()
    assert qdoc.doc.items("events")["e1"].name == "Truce"
    assert panel.name.text() == "Truce"


def test_add_at_the_slider_date_and_delete(panel):
    panel.date_source = lambda: D(2014, 6, 1)
    QTest.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    events = panel.qdoc.doc.items("events")
    new = next(e for e in events.values() if e.id not in ("e1", "e2"))
    assert new.date == D(2014, 6, 1) and panel.current_id() == new.id
    QTest.keyClicks(panel.name, "Collapse")  # the name is selected, ready to type over
    QTest.keyClick(panel.name, Qt.Key.Key_Return)
    assert panel.qdoc.doc.items("events")[new.id].name == "Collapse"
    QTest.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert new.id not in panel.qdoc.doc.items("events")
    panel.qdoc.undo_stack.undo()
    assert panel.qdoc.doc.items("events")[new.id].name == "Collapse"
    panel.date_source = lambda: None  # the slider is off: the map's as-of date
    assert panel.qdoc.doc.items("events")[panel.add_event("Later")].date == D(2012, 4, 1)


def test_show_requests_the_event(panel, qtbot):
    _click_row(panel, 1)
    with qtbot.waitSignal(panel.showRequested) as sig:
        QTest.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert sig.args[0].id == "e2"


def test_deleting_an_actor_drops_it_from_the_event(panel):
    from actormap.core.edits import RemoveItems

    panel.qdoc.push(RemoveItems(["ms"]))
    assert panel.qdoc.doc.items("events")["e1"].actor_ids == []
    _click_row(panel, 0)
    assert [panel.link_lists["actor_ids"].item(i).text()
            for i in range(panel.link_lists["actor_ids"].count())] == ["Barrio 18", "Church"]
