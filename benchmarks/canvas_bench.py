"""Canvas responsiveness on a large map: build, drag, layout, zoom, repaint.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/canvas_bench.py [--actors 2000] [--ties 8000]``

Builds a random Barabasi-Albert map (Barabasi & Albert 1999) in a shown ``MapView``
and times, in one process:

- build: ``MapView`` mirroring the whole document (items + tie geometry);
- drag step: one mouse-move of a dragged hub actor (only its ties are recomputed),
  compared with a baseline that recomputes *every* tie per step (what a naive canvas does);
- drop: the one ``MoveActors`` pushed on release;
- force layout: networkx compute (done off the UI thread in the app), then the one
  ``MoveActors`` push, and its undo;
- zoom step (label rescale) and a full repaint of the fitted view;
- look changes: heat on/off, highlight on/off, filter on/off, theme dark/light. Each is
  timed as the call itself and as call + the next frame (the queued repaint delivered by
  the event loop), and compared with the baseline ``MapScene.refresh_all()`` on a BSP-indexed
  scene -- the full recompute (every actor, every tie's geometry) the canvas used to run
  for each of them (slow: tens of seconds at 2,000 actors).

Figures are milliseconds; the ratio column compares each figure with its baseline.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_map(n: int, m_ties: int, seed: int = 3):
    import networkx as nx

    from actormap.core.model import Actor, ActorKind, ActorMap, Tie, TieKind

    rng = random.Random(seed)
    g = nx.barabasi_albert_graph(n, max(1, round(m_ties / n)), seed=seed)
    kinds, tkinds = list(ActorKind), list(TieKind)
    actors = [Actor(id=f"a{i:05d}", name=f"Actor {i}", kind=kinds[i % len(kinds)], faction=f"F{i % 12}",
                    power=1 + i % 5, x=rng.uniform(-3000, 3000), y=rng.uniform(-3000, 3000)) for i in g]
    ties = [Tie(id=f"t{j:06d}", source=f"a{u:05d}", target=f"a{v:05d}", kind=tkinds[j % len(tkinds)],
                strength=1 + j % 3) for j, (u, v) in enumerate(g.edges)]
    return ActorMap(actors=actors, ties=ties)


def ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--actors", type=int, default=2000)
    ap.add_argument("--ties", type=int, default=8000)
    args = ap.parse_args()
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from actormap.core.edits import MoveActors
    from actormap.gui.canvas import MapView
    from actormap.gui.undo import QtDocument

    app = QApplication.instance() or QApplication([])
    amap = make_map(args.actors, args.ties)
    q = QtDocument(amap)
    t0 = time.perf_counter()
    view = MapView(q)
    build = ms(t0)
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    view.fit_to_map()
    t0 = time.perf_counter()
    view.viewport().repaint()
    paint = ms(t0)
    t0 = time.perf_counter()
    view.viewport().repaint()
    repaint = ms(t0)
    s = view.map_scene
    hub = max(s.actor_items, key=lambda a: len(s.ties_at(a)))
    item = s.actor_items[hub]
    start = item.pos()
    steps = []
    for i in range(40):
        t0 = time.perf_counter()
        item.setPos(start + QPointF(i * 5.0, i * 3.0))
        s.flush_ties()  # what the next frame does
        steps.append(ms(t0))
    naive = []
    for i in range(10):
        t0 = time.perf_counter()
        item.setPos(start + QPointF(-i * 5.0, i * 3.0))
        for ti in s.tie_items.values():
            ti.update_geometry()
        naive.append(ms(t0))
    t0 = time.perf_counter()
    q.push(MoveActors({hub: (start.x() + 200, start.y())}))
    s.flush_ties()
    drop = ms(t0)
    from actormap.core.layout import force_layout
    from actormap.gui.canvas.layouts import _apply

    t0 = time.perf_counter()
    positions = force_layout(q.doc.snapshot(), iterations=30)  # (the app runs this in a thread)
    layout_fn = ms(t0)
    t0 = time.perf_counter()
    _apply(view, positions, "Force layout")
    s.flush_ties()
    layout = ms(t0)
    t0 = time.perf_counter()
    q.undo_stack.undo()
    s.flush_ties()
    undo = ms(t0)
    zooms = []
    for _ in range(5):
        t0 = time.perf_counter()
        view.zoom_out()
        zooms.append(ms(t0))
    mouse = mouse_drag(app, view, hub)
    looks = look_changes(app, view, hub)
    step, base = statistics.median(steps), statistics.median(naive)
    print(f"map: {args.actors} actors, {len(amap.ties)} ties; hub has {len(s.ties_at(hub))} ties")
    print(f"build view           {build:9.1f} ms")
    print(f"first paint (fitted) {paint:9.1f} ms   build + first paint {build + paint:9.1f} ms")
    print(f"repaint (fitted)     {repaint:9.1f} ms")
    print(f"drag step (hub)      {step:9.3f} ms   baseline all-ties {base:8.1f} ms   ratio {step / base:.4f}")
    print(f"drag step (mouse)    {mouse:9.2f} ms   real mouse move on the hub + the repaint it causes")
    print(f"drop (MoveActors)    {drop:9.2f} ms")
    print(f"force layout compute {layout_fn:9.1f} ms   (worker thread)")
    print(f"layout push + redraw {layout:9.1f} ms")
    print(f"undo layout          {undo:9.1f} ms")
    print(f"zoom step            {statistics.median(zooms):9.2f} ms")
    base_call, base_frame = looks.pop("baseline refresh_all")
    print(f"look changes (call / call + next frame); baseline refresh_all on a BSP-indexed scene "
          f"{base_call:.1f} / {base_frame:.1f} ms")
    for name, (call, frame) in looks.items():
        print(f"  {name:18s} {call:9.1f} ms  ratio {call / base_call:.3f}   "
              f"{frame:9.1f} ms  ratio {frame / base_frame:.3f}")


def mouse_drag(app, view, hub: str) -> float:
    """Median ms of one mouse-move step dragging the hub at zoom 1 (events + repaint), undone."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    item = view.map_scene.actor_items[hub]
    view.zoom_reset()
    view.centerOn(item)
    app.processEvents()
    w, left = view.viewport(), Qt.MouseButton.LeftButton
    p = view.mapFromScene(item.pos())
    QTest.mousePress(w, left, Qt.KeyboardModifier.NoModifier, p)
    steps = []
    for i in range(1, 31):
        t0 = time.perf_counter()
        QTest.mouseMove(w, p + QPoint(3 * i, 2 * i))
        app.processEvents()
        steps.append(ms(t0))
    QTest.mouseRelease(w, left, Qt.KeyboardModifier.NoModifier, p + QPoint(90, 60))
    view.qdoc.undo_stack.undo()
    app.processEvents()
    return statistics.median(steps)


def look_changes(app, view, hub: str) -> dict[str, tuple[float, float]]:
    """Time the colour/size/emphasis changes on the fitted view, and the full-recompute
    baseline; each value is (call ms, call + next frame ms)."""
    from PySide6.QtWidgets import QGraphicsScene

    from actormap.gui.canvas.theme import DARK, LIGHT

    s = view.map_scene
    view.fit_to_map()
    app.processEvents()
    view.viewport().repaint()
    ids = sorted(s.actor_items)
    heat = {a: (i * 7919) % 1000 / 10.0 for i, a in enumerate(ids)}
    kinds = sorted({a.kind for a in s.doc.actors.values()})[:3]
    ops = [
        ("heat on", lambda: view.set_heat(heat, "benchmark")),
        ("heat off", lambda: view.set_heat(None)),
        ("highlight", lambda: view.highlight_neighbourhood(hub)),
        ("highlight clear", view.clear_highlight),
        ("filter (fade)", lambda: view.set_filter(kinds=kinds)),
        ("filter clear", lambda: view.set_filter()),
        ("theme dark", lambda: view.set_theme(DARK)),
        ("theme light", lambda: view.set_theme(LIGHT)),
        ("full recompute", s.refresh_all),  # refresh_all on today's (unindexed) scene
        ("baseline refresh_all", s.refresh_all),
    ]
    out = {}
    for name, fn in ops:
        index = s.itemIndexMethod()
        if name.startswith("baseline"):  # the old canvas: a BSP-indexed scene, index built
            s.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
            s.items(s.itemsBoundingRect())
        t0 = time.perf_counter()
        fn()
        call = ms(t0)
        app.processEvents()  # delivers the one repaint the change asked for
        out[name] = (call, ms(t0))
        s.setItemIndexMethod(index)
    return out


if __name__ == "__main__":
    main()
