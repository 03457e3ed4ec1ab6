"""Canvas speed with real mouse events in a real window, against a baseline build of the program.

Run: ``.venv/bin/python benchmarks/canvas_bench.py [--sizes 2000:8000,5000:20000] [--baseline main]``

Everything runs under a virtual X server (Xvfb, started here when no display is set), in
the xcb platform a real desktop uses, so each figure includes painting and handing the
frame to the X server. Random Barabasi-Albert maps (Barabasi & Albert 1999) of each size
are drawn in a 1400 x 900 ``MapView``; in child processes, for this source tree and for the
baseline (``git archive`` of ``--baseline``, default ``main``: the canvas before this work),
the same script measures, in milliseconds (median of the steps):

- drag step: one mouse move dragging the best-connected actor, until the frame is painted;
- pan step: one mouse move of a middle-button drag;
- zoom step: one wheel notch; this tree shows the last picture scaled while the wheel
  turns on a map slow to draw, and draws it sharp when zooming pauses: that sharp redraw
  is printed as "zoom settle";
  each at the fitted view (the whole map; no pan there) and at zoom 1 on the dragged actor;
- start: process start -> the map painted, opening a saved file through the real main
  window (``MainWindow.start``), and "settled" (map drawn and the analysis dock filled or
  offering to analyse), for the big map and for a 10-actor map.

Targets (issue 14): 2,000/8,000 steps <= 33 ms; 5,000/20,000 steps <= 50 ms, start <= 3 s,
settled no more than 3 s later than a 10-actor map.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


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


# ---- the measuring child ---------------------------------------------------------------------

def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def _settle(app, ms: float = 30) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()


def child_steps(n: int, m: int, steps: int) -> dict:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from actormap.gui.canvas import MapView
    from actormap.gui.undo import QtDocument

    app = QApplication.instance() or QApplication([])
    view = MapView(QtDocument(make_map(n, m)))
    view.resize(1400, 900)
    view.show()
    _settle(app, 300)
    view.fit_to_map()
    _settle(app, 600)  # labels placed, the first picture made
    s = view.map_scene
    hub = max(s.actor_items, key=lambda a: len(s.ties_at(a)))
    w = view.viewport()
    out: dict = {"hub_ties": len(s.ties_at(hub))}
    layer = getattr(s, "map_layer", None)

    def drag(tag: str) -> None:
        p = view.mapFromScene(s.actor_items[hub].pos())
        QTest.mousePress(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
        times = []
        for i in range(1, steps + 1):
            t0 = time.perf_counter()
            QTest.mouseMove(w, p + QPoint(4 * i, 3 * i))
            app.processEvents()
            times.append(_ms(t0))
        QTest.mouseRelease(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p + QPoint(4 * steps, 3 * steps))
        app.processEvents()
        view.qdoc.undo_stack.undo()
        _settle(app, 400)
        out[f"drag {tag}"] = times

    def pan(tag: str) -> None:
        p = QPoint(700, 450)
        QTest.mousePress(w, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, p)
        times = []
        for i in range(1, steps + 1):
            t0 = time.perf_counter()
            QTest.mouseMove(w, p + QPoint(-6 * i, -4 * i))
            app.processEvents()
            times.append(_ms(t0))
        QTest.mouseRelease(w, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, p)
        _settle(app, 400)
        out[f"pan {tag}"] = times

    def zoom(tag: str) -> None:
        times = []
        full_before = layer.stats["full"] if layer is not None else 0
        for i in range(steps):
            delta = 120 if (i // 5) % 2 == 0 else -120  # in and out, so the map stays in view
            pos = QPointF(700, 450)
            ev = QWheelEvent(pos, w.mapToGlobal(pos), QPoint(0, 0), QPoint(0, delta), Qt.MouseButton.NoButton,
                             Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
            t0 = time.perf_counter()
            QApplication.sendEvent(w, ev)
            app.processEvents()
            times.append(_ms(t0))
        out[f"zoom {tag}"] = times
        if layer is not None:  # the sharp picture once zooming pauses
            t0 = time.perf_counter()
            while layer.stats["full"] == full_before and time.perf_counter() - t0 < 3:
                app.processEvents()
            _settle(app, 300)
            out[f"zoom settle {tag}"] = [layer.last_full_ms]

    for tag in ("fitted", "zoom 1"):
        if tag == "zoom 1":
            view.zoom_reset()
            view.centerOn(s.actor_items[hub])
            _settle(app, 600)
        drag(tag)
        if tag != "fitted":  # the whole map fits the window: nothing to pan
            pan(tag)
        zoom(tag)
    return out


def child_start(map_path: str, spawned: float) -> dict:
    """In a fresh process: the real main window opening ``map_path``."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["actormap"])
    from actormap.gui.main_window import MainWindow
    from actormap.gui.panels.analysis import install as install_analysis
    from actormap.gui.teams import install as install_teams
    from actormap.gui.workshop import install as install_workshop

    tmp = tempfile.mkdtemp()
    win = MainWindow(data_dir=tmp)
    dock = install_analysis(win)
    install_workshop(win)
    install_teams(win)
    found: dict = {}

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and win.qdoc.doc.actors and "painted" not in found:
                QTimer.singleShot(0, lambda: found.setdefault("painted", time.time() - spawned))
            return False

    watch = Watch()
    win.canvas.viewport().installEventFilter(watch)
    win.resize(1400, 900)
    win.show()
    found["window"] = time.time() - spawned
    win.start(map_path)

    def settled() -> bool:  # the map drawn, and the analysis shown (or, for a big map, offered)
        return "painted" in found and (dock.result is not None or bool(getattr(dock, "_on_request", False)))

    t0 = time.time()
    while not settled() and time.time() - t0 < 60:
        app.processEvents()
        time.sleep(0.002)
    found["settled"] = time.time() - spawned
    win.recovery.close()
    for runner in win.findChildren(type(dock.runner)):
        runner.shutdown()
    shutil.rmtree(tmp, ignore_errors=True)
    return found


# ---- the parent ------------------------------------------------------------------------------

def _xvfb() -> subprocess.Popen | None:
    if os.environ.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        sys.exit("needs a display or Xvfb (apt-get install -y xvfb)")
    for n in range(90, 120):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            break
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{n}").exists():
            break
        time.sleep(0.05)
    os.environ["DISPLAY"] = f":{n}"
    return proc


def _baseline_src(ref: str, into: Path) -> Path | None:
    try:
        tar = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "src"], capture_output=True, check=True).stdout
    except (subprocess.CalledProcessError, FileNotFoundError):
        return None
    subprocess.run(["tar", "-x", "-C", str(into)], input=tar, check=True)
    return into / "src"


def _run_child(src: Path, args: list[str]) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(src))
    env.pop("ACTORMAP_DATA_DIR", None)
    proc = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, env=env,
                          timeout=1800)
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not line:
        sys.stderr.write(proc.stderr[-3000:])
        return {}
    return json.loads(line[-1])


def _fmt(vals) -> str:
    return f"{statistics.median(vals):8.1f}" if vals else "     n/a"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="2000:8000,5000:20000")
    ap.add_argument("--steps", type=int, default=25)
    ap.add_argument("--baseline", default="main", help="git ref of the baseline (empty: none)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--start", default="", help=argparse.SUPPRESS)
    ap.add_argument("--spawned", type=float, default=0.0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    sizes = [tuple(int(x) for x in s.split(":")) for s in args.sizes.split(",")]
    if args.child:
        if args.start:
            print(json.dumps(child_start(args.start, args.spawned)))
        else:
            import actormap

            (n, m), = sizes
            res = child_steps(n, m, args.steps)
            res["source"] = actormap.__file__
            print(json.dumps(res))
        return
    xvfb = _xvfb()
    work = Path(tempfile.mkdtemp())
    try:
        trees = {"this tree": ROOT / "src"}
        if args.baseline:
            base = _baseline_src(args.baseline, work)
            if base is not None:
                trees[f"baseline ({args.baseline})"] = base
        sys.path.insert(0, str(ROOT / "src"))
        from actormap.core.io import save_map

        small = work / "small.actormap"
        save_map(make_map(10, 20), small)
        print(f"display {os.environ['DISPLAY']} (xcb); steps per gesture: {args.steps}; milliseconds, medians")
        for n, m in sizes:
            big = work / f"map{n}.actormap"
            save_map(make_map(n, m), big)
            results = {}
            for name, src in trees.items():
                steps = args.steps if name == "this tree" else max(5, args.steps // 3)
                res = _run_child(src, ["--sizes", f"{n}:{m}", "--steps", str(steps)])
                res["start"] = _run_child(src, ["--start", str(big), "--spawned", str(time.time())])
                res["start small"] = _run_child(src, ["--start", str(small), "--spawned", str(time.time())])
                results[name] = res
            print(f"\n{n} actors / {m} ties (hub: {results['this tree'].get('hub_ties', '?')} ties)")
            names = list(results)
            print(f"{'':24s}" + "".join(f"{nm:>22s}" for nm in names) + "      ratio")
            for nm in names:
                print(f"  {nm}: {results[nm].get('source', '?')}")
            keys = [k for k in results["this tree"] if k not in ("hub_ties", "start", "start small", "source")]
            for k in keys:
                vals = [results[nm].get(k, []) for nm in names]
                row = f"{k:24s}" + "".join(f"{_fmt(v):>22s}" for v in vals)
                if len(vals) > 1 and vals[0] and vals[1]:
                    row += f"   {statistics.median(vals[0]) / statistics.median(vals[1]):8.3f}"
                print(row)
            for label, key in (("start: window shown", "window"), ("start: map painted", "painted"),
                               ("start: settled", "settled")):
                vals = [results[nm]["start"].get(key) for nm in names]
                print(f"{label:24s}" + "".join(f"{(v or 0) * 1000:22.0f}" for v in vals))
            late = [(results[nm]["start"].get("settled", 0) - results[nm]["start small"].get("settled", 0)) * 1000
                    for nm in names]
            print(f"{'settled vs 10 actors':24s}" + "".join(f"{v:+22.0f}" for v in late))
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)


if __name__ == "__main__":
    main()
