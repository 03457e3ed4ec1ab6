"""The analysis worker process: Qt-free, it imports only :mod:`actormap.core`.

It lives outside :mod:`actormap.gui` on purpose: importing that package loads
PySide6, and the worker process must stay small and Qt-free.

:mod:`actormap.gui.tasks` starts :func:`worker_main` in a separate process
(``multiprocessing`` "spawn" context). Jobs arrive as ``(generation, func,
args, kwargs)`` on a queue (a map argument as a :class:`MapArg`: its class and JSON text);
the worker parses the snapshot, runs ``func``
and answers ``("progress" | "result" | "error", generation, payload)``; a result
travels as pickled bytes (see :func:`load_result`).

networkx code in the worker process holds *its own* GIL, so the editor never stalls.

The worker dies with its parent: a watchdog thread waits on the parent's sentinel
(a pipe that closes when the parent process ends, however it ends, even by kill -9)
and ends the worker at once, so no orphan keeps the map in memory.
"""

from __future__ import annotations

import gc
import inspect
import multiprocessing
import os
import pickle
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from actormap.core.analysis.result import AnalysisResult

ProgressFn = Callable[[str, float], None]


def run_analysis(amap, *, key_players: int | None = None, weights: dict | None = None,
                 designations: str = "annotate", as_of=None, progress: ProgressFn | None = None) -> AnalysisResult:
    """The default analysis: :func:`actormap.core.analysis.report.analyze` of the map, or of
    the map as of a date (``as_of``: :func:`actormap.core.timeline.map_at`)."""
    from actormap.core.analysis import report

    if as_of is not None:
        from actormap.core.timeline import map_at

        amap = map_at(amap, as_of)
    return report.analyze(amap, key_players=key_players, weights=weights, designations=designations,
                          progress=progress)


def run_report_analysis(amap, *, key_players: int | None = None, progress: ProgressFn | None = None):
    """What a report needs: the analysis, the comparison of the map's scenarios and that of its
    perspectives with the shared map (each None when the map has none)."""
    from actormap.core.analysis import report
    from actormap.core.perspective import compare_perspectives
    from actormap.core.scenario import compare

    result = report.analyze(amap, key_players=key_players, progress=progress)
    return (result, compare(amap) if amap.scenarios else None,
            compare_perspectives(amap) if amap.perspectives else None)


def accepts_progress(func: Callable) -> bool:
    """Whether ``func`` takes a ``progress`` keyword (so callers may pass one)."""
    try:
        params = inspect.signature(func).parameters
    except (TypeError, ValueError):
        return False
    return "progress" in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


def call_task(func: Callable, args: tuple, kwargs: dict, progress: ProgressFn | None) -> Any:
    """Call ``func(*args, **kwargs)``, adding ``progress=`` only where it is accepted."""
    if progress is not None and accepts_progress(func):
        return func(*args, **kwargs, progress=progress)
    return func(*args, **kwargs)


@dataclass(frozen=True)
class MapArg:
    """A map on its way to the worker: its class (pickled by reference) and its JSON text."""

    map_class: type
    text: str

    def load(self):
        return self.map_class.model_validate_json(self.text)


def load_result(payload: bytes) -> Any:
    """Unpickle a result with the cyclic GC paused.

    A result for 2,000 actors is ~10^5 small objects (pydantic models, their
    dicts, lists and strings); unpickling them can
    trigger a full (generation-2) collection of the *whole* UI process heap,
    which holds the GIL for ~0.3 s and freezes the editor. The result holds no
    reference cycles, so nothing is lost by not collecting while it is built.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(payload)
    finally:
        if enabled:
            gc.enable()


def exit_with_parent() -> threading.Thread | None:
    """End this process as soon as the process that started it is gone (a daemon thread)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return None

    def watch() -> None:
        parent.join()  # returns when the parent's sentinel pipe closes
        os._exit(0)

    thread = threading.Thread(target=watch, name="actormap-parent-watch", daemon=True)
    thread.start()
    return thread


def worker_main(jobs, out) -> None:
    """Loop of the worker process; a ``None`` job ends it."""
    exit_with_parent()
    out.put(("ready", -1, None))
    while True:
        job = jobs.get()
        if job is None:
            return
        gen, func, wire, kwargs = job
        last = [0.0]

        def progress(stage: str, fraction: float, gen=gen, last=last) -> None:
            now = time.monotonic()
            if now - last[0] >= 0.05 or fraction >= 1.0:
                last[0] = now
                out.put(("progress", gen, (str(stage), float(fraction))))

        try:
            args = tuple(a.load() if isinstance(a, MapArg) else a for a in wire)
            result = call_task(func, args, kwargs, progress)
            # pickled here, so the UI process unpickles it in one step with the GC paused
            out.put(("result", gen, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)))
        except Exception as err:  # reported to the UI as one readable line
            traceback.print_exc()
            out.put(("error", gen, f"{type(err).__name__}: {err}"))
