"""Fixtures for canvas tests: a small map in a shown MapView."""

from __future__ import annotations

import pytest

from actormap.core.model import Actor, ActorMap, Tie


def small_map() -> ActorMap:
    actors = [
        Actor(id="ms13", name="MS-13", kind="gang", faction="MS-13", power=5, x=0, y=0),
        Actor(id="b18", name="Barrio 18", kind="gang", faction="Barrio 18", power=4, x=400, y=0),
        Actor(id="church", name="Catholic Church", kind="religious", faction="Church", power=3, x=200, y=300),
        Actor(id="gov", name="Government", kind="state_agent", faction="Government", power=5, x=200, y=-300),
        Actor(id="oas", name="OAS", kind="international", power=2, x=600, y=300, external=True),
        Actor(id="us", name="Our team", kind="civil_society", power=1, x=-200, y=300, is_self=True,
              pinned=True),
    ]
    ties = [
        Tie(id="t1", source="ms13", target="b18", kind="conflict", strength=3),
        Tie(id="t2", source="church", target="ms13", kind="dialogue", strength=2),
        Tie(id="t3", source="church", target="b18", kind="dialogue", strength=2),
        Tie(id="t4", source="gov", target="ms13", kind="coercive", strength=3),
        Tie(id="t5", source="oas", target="church", kind="protective", strength=1, confidence="rumoured"),
    ]
    return ActorMap(title="Small", actors=actors, ties=ties)


@pytest.fixture
def qdoc(qtbot):
    from actormap.gui.undo import QtDocument

    return QtDocument(small_map())


@pytest.fixture
def view(qtbot, qdoc):
    from actormap.gui.canvas import MapView

    v = MapView(qdoc)
    qtbot.addWidget(v)
    v.resize(900, 700)
    v.show()
    qtbot.waitExposed(v)
    v.activateWindow()
    v.setFocus()
    v.zoom_reset()
    v.centerOn(200, 0)
    return v
