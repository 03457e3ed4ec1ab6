"""Event-loop stalls while the map is analysed: UI thread vs thread vs process.

Run: ``.venv/bin/python benchmarks/ui_stall.py [--actors 2000] [--ties 8000]``

A random Barabasi-Albert map (Barabasi & Albert 1999) is analysed three ways
in one run, while a ``QTimer`` ticks every 10 ms and each tick does a little
Python work (as a drag or a repaint would). A *stall* is how late a tick comes
beyond its 10 ms interval. Printed: max and 99th-percentile stall in ms for

- baseline: the analysis called on the UI thread (what a naive app does),
- thread:   :class:`actormap.gui.tasks.AnalysisRunner` in thread mode,
- process:  the runner in process mode (the app's default),
- process + panel: the whole Analysis panel (process runner) re-analysing after
  an actor was moved, until the visible tab shows the new result,

and each figure's ratio against the baseline. Target: process max stall < 100 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))


def make_map(n: int, m_ties: int, seed: int = 7):
    """A Barabasi-Albert map with factions, mixed tie kinds, about ``m_ties`` ties."""
    import networkx as nx

    from actormap.core.model import Actor, ActorMap, Tie, TieKind

    rng = random.Random(seed)
    m = max(1, round(m_ties / n))
    g = nx.barabasi_albert_graph(n, m, seed=seed)
    actors = [Actor(id=f"a{i:05d}", name=f"Actor {i}", faction=f"F{i % 12}",
                    legitimacy=rng.random(), x=rng.uniform(-2000, 2000), y=rng.uniform(-2000, 2000))
              for i in g.nodes]
    kinds = list(TieKind)
    ties = [Tie(id=f"t{k:06d}", source=f"a{u:05d}", target=f"a{v:05d}", kind=rng.choice(kinds))
            for k, (u, v) in enumerate(g.edges)]
    return ActorMap(title=f"BA {n}", actors=actors, ties=ties)


def analysis(amap, **kwargs):
    """The real engine, as the app runs it (returns an ``AnalysisResult``)."""
    from actormap.analysis_worker import run_analysis

    return run_analysis(amap, **kwargs)


def stats(gaps: list[float]) -> tuple[float, float]:
    if not gaps:
        return 0.0, 0.0
    s = sorted(gaps)
    return s[-1], s[min(len(s) - 1, int(0.99 * len(s)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--actors", type=int, default=2000)
    ap.add_argument("--ties", type=int, default=8000)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from actormap.core.edits import MoveActors
    from actormap.gui.tasks import AnalysisRunner
    from actormap.gui.undo import QtDocument

    app = QApplication.instance() or QApplication(sys.argv)
    amap = make_map(args.actors, args.ties)
    print(f"map: {len(amap.actors)} actors, {len(amap.ties)} ties; cpu count {os.cpu_count()}")

    def measure(start, done_signal=None) -> tuple[float, float, float]:
        """Tick every 10 ms while ``start()`` kicks off the work; stop when it is done."""
        gaps: list[float] = []
        clock = QElapsedTimer()
        last = [0.0]
        loop = QEventLoop()

        def tick():
            now = clock.nsecsElapsed() / 1e6
            gaps.append(max(0.0, now - last[0] - 10.0))
            last[0] = now
            sum(i * i for i in range(2000))  # a little Python work, as a drag would do

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        t0 = time.perf_counter()
        if done_signal is not None:
            done_signal.connect(loop.quit)
        clock.start()
        timer.start()
        QTimer.singleShot(20, start)
        if done_signal is None:
            QTimer.singleShot(40, loop.quit)
        loop.exec()
        timer.stop()
        if done_signal is not None:
            done_signal.disconnect(loop.quit)
        mx, p99 = stats(gaps[1:])
        return mx, p99, time.perf_counter() - t0

    rows = []
    mx, p99, wall = measure(lambda: analysis(amap))
    rows.append(("baseline (UI thread)", mx, p99, wall))
    for mode in ("thread", "process"):
        qdoc = QtDocument(amap)
        runner = AnalysisRunner(analysis, mode=mode, debounce_ms=0)
        if mode == "process":  # start the worker and let it import before measuring
            runner.warm_up()
            w = QEventLoop()
            runner._qdoc = qdoc
            runner.resultReady.connect(w.quit)
            runner.run_now()
            w.exec()
            runner.resultReady.disconnect(w.quit)
        runner._qdoc = qdoc
        qdoc.push(MoveActors({amap.actors[0].id: (12.0, 34.0)}))  # as after a drag
        mx, p99, wall = measure(runner.run_now, runner.resultReady)
        rows.append((f"{mode} runner", mx, p99, wall))
        runner.shutdown()
    from actormap.gui.panels.analysis import AnalysisDock

    qdoc = QtDocument(amap)
    dock = AnalysisDock(qdoc, None, None, runner=AnalysisRunner(analysis, mode="process", debounce_ms=0))
    dock.resize(520, 800)
    w = QEventLoop()
    dock.resultShown.connect(w.quit)
    dock.show()
    w.exec()  # first result (worker started, snapshot encoded)
    dock.resultShown.disconnect(w.quit)
    mx, p99, wall = measure(lambda: qdoc.push(MoveActors({amap.actors[1].id: (56.0, 78.0)})), dock.resultShown)
    rows.append(("process + panel", mx, p99, wall))
    dock.shutdown()
    base = rows[0][1] or 1.0
    print(f"{'how':<22}{'max stall ms':>14}{'p99 ms':>10}{'wall s':>9}{'max/baseline':>14}")
    for name, mx, p99, wall in rows:
        print(f"{name:<22}{mx:>14.1f}{p99:>10.1f}{wall:>9.2f}{mx / base:>14.3f}")
    ok = rows[2][1] < 100.0
    print(f"target: process runner max stall < 100 ms: {'met' if ok else 'NOT met'}")
    print(f"process + panel max stall: {rows[3][1]:.0f} ms (includes filling the visible tab with the result)")
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
