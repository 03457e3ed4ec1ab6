"""Background work: a pure function on a snapshot in, the result out by queued signal.

One mechanism, :class:`TaskRunner`, runs every long job of the GUI off the UI thread:
the analysis (through :class:`AnalysisRunner`, which follows a document), the automatic
layouts, the autosave writer and the report export. A job is ``func(*args,
**options[, progress=cb])``; every request gets a generation number and only the
newest request's result is delivered (``resultReady``); older ones are dropped
(``staleDropped``), so nothing shows an answer to an older map. ``progress``,
``failed``, ``cancelled`` and ``busyChanged`` are delivered on the UI thread by
queued signals; no widget is ever touched from a worker.

Two backends, same behaviour:

- ``"process"``: a persistent worker *process* (``multiprocessing`` spawn context,
  :mod:`actormap.analysis_worker`, no Qt). A map travels as JSON text (only the
  items that changed are re-encoded, :class:`SnapshotEncoder`), the result comes back
  pickled. networkx code holds the GIL; in another process it cannot stall the editor
  (measured by ``benchmarks/ui_stall.py``). Cancel is real: the worker is terminated
  and a fresh one started.
- ``"thread"``: one worker thread per runner, jobs in the order submitted (an
  autosave written later never lands before an earlier one). The worker holds the
  GIL, so the UI thread only gets it back at the interpreter's switch interval;
  cancel is cooperative (at the next progress report) and otherwise the result is
  dropped.

The pattern follows Orange's ``utils/concurrent.py`` and Anki's ``CollectionOp``.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..analysis_worker import MapArg, ProgressFn, call_task, load_result, run_analysis, worker_main
from .i18n import translate

AnalysisFunc = Callable[..., Any]
LAYOUT_FIELDS = frozenset({"x", "y", "pinned"})
"""Actor fields no measure reads: moving actors does not re-run the analysis."""


def changes_analysis(cs) -> bool:
    """Whether an edit can change the analysis (moving actors or editing saved views cannot)."""
    return not (set(cs.collections()) <= {"actors", "views"} and not cs.meta
                and cs.only_fields("actors", LAYOUT_FIELDS))


class _Cancelled(Exception):
    """Raised inside a worker thread's progress callback when its job is stale."""


class _ThreadBackend:
    """Runs jobs one after another on one daemon thread; cannot stop a job that reports no progress."""

    can_kill = False

    def __init__(self, deliver: Callable[[int, str, Any], None], is_current: Callable[[int], bool]):
        self._deliver = deliver
        self._is_current = is_current
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._open = 0  # jobs submitted and not finished
        self._idle = threading.Condition()

    def submit(self, gen: int, func: Callable, args: tuple, kwargs: dict) -> None:
        with self._idle:
            self._open += 1
        self._jobs.put((gen, func, args, kwargs))
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._loop, name="actormap-task", daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        while True:
            try:
                job = self._jobs.get(timeout=5.0)
            except queue.Empty:
                return  # idle: the thread ends; the next submit starts another
            if job is None:
                return
            try:
                self._run(*job)
            finally:
                with self._idle:
                    self._open -= 1
                    self._idle.notify_all()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until every submitted job has finished (True) or ``timeout`` passed."""
        with self._idle:
            return self._idle.wait_for(lambda: self._open == 0, timeout)

    def _run(self, gen: int, func: Callable, args: tuple, kwargs: dict) -> None:
        def progress(stage: str, fraction: float) -> None:
            if not self._is_current(gen):
                raise _Cancelled
            self._deliver(gen, "progress", (str(stage), float(fraction)))

        try:
            result = call_task(func, args, kwargs, progress)
        except _Cancelled:
            self._deliver(gen, "cancelled", None)
        except Exception as err:  # shown to the user as one line
            self._deliver(gen, "error", f"{type(err).__name__}: {err}")
        else:
            self._deliver(gen, "result", result)

    def kill(self) -> None:  # pragma: no cover - never called (can_kill is False)
        pass

    def shutdown(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._jobs.put(None)


class _Worker:
    """One worker process with its job/answer queues and the thread that reads answers."""

    def __init__(self, ctx, deliver: Callable[[int, str, Any], None]):
        self.jobs = ctx.Queue()
        self.out = ctx.Queue()
        self.proc = ctx.Process(target=worker_main, args=(self.jobs, self.out), daemon=True,
                                name="actormap-analysis")
        self.proc.start()
        self._stop = threading.Event()
        self._deliver = deliver
        self.reader = threading.Thread(target=self._read, name="analysis-reader", daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while not self._stop.is_set():
            try:
                kind, gen, payload = self.out.get(timeout=0.2)
            except queue.Empty:
                if not self.proc.is_alive() and not self._stop.is_set():
                    self._deliver(-1, "died", translate("Tasks", "the analysis process ended (exit code {code})").format(
                        code=self.proc.exitcode))
                    return
                continue
            except (EOFError, OSError, ValueError):
                return
            if kind == "result":
                payload = load_result(payload)
            if kind != "ready":
                self._deliver(gen, kind, payload)

    def stop(self, graceful: bool) -> None:
        self._stop.set()
        if graceful and self.proc.is_alive():
            try:
                self.jobs.put(None)
            except (OSError, ValueError):
                pass
            self.proc.join(2.0)
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join(2.0)
        if self.proc.is_alive():  # pragma: no cover - terminate ignored
            self.proc.kill()
            self.proc.join(1.0)
        for q in (self.jobs, self.out):
            q.cancel_join_thread()
            q.close()
        self.reader.join(1.0)
        self.proc.close()


class SnapshotEncoder:
    """Map snapshot -> JSON text, re-encoding only the items that changed.

    Every collection the map class declares (``COLLECTIONS``) is encoded, and so is
    every other field of the map, so a new collection reaches the worker with no
    change here. Snapshots share their (frozen) items with the document, so an item
    that is still the *same object* needs no new encoding. A drag changes one
    actor: encoding 2,000 actors again would hold the GIL for ~70 ms on the UI
    thread; this keeps it to a few milliseconds.
    """

    def __init__(self) -> None:
        self._cache: dict[str, tuple[Any, str]] = {}

    def encode(self, amap) -> str:
        new: dict[str, tuple[Any, str]] = {}
        names = [c.name for c in amap.COLLECTIONS]
        parts = []
        for name in names:
            out = []
            for obj in getattr(amap, name):
                hit = self._cache.get(obj.id)
                if hit is None or hit[0] is not obj:
                    hit = (obj, obj.model_dump_json())
                new[obj.id] = hit
                out.append(hit[1])
            parts.append(f'"{name}":[{",".join(out)}]')
        self._cache = new
        rest = amap.model_dump_json(exclude=set(names))
        return "{" + rest[1:-1] + ("," if rest != "{}" else "") + ",".join(parts) + "}"


class _ProcessBackend:
    """A persistent worker process, restarted after a kill (cancel or stale job)."""

    can_kill = True

    def __init__(self, deliver: Callable[[int, str, Any], None], is_current: Callable[[int], bool]):
        self._deliver = deliver
        self._ctx = mp.get_context("spawn")
        self._worker: _Worker | None = None
        self._encoder = SnapshotEncoder()

    def warm_up(self) -> None:
        """Start the process now (it imports networkx while the user looks at the map)."""
        if self._worker is None:
            self._worker = _Worker(self._ctx, self._deliver)

    def submit(self, gen: int, func: Callable, args: tuple, kwargs: dict) -> None:
        self.warm_up()
        # A map travels as JSON text (its class by reference); other arguments are pickled.
        # Queue.put hands the pickling and the pipe write to a feeder thread: never blocks.
        wire = tuple(MapArg(type(a), self._encoder.encode(a)) if hasattr(a, "COLLECTIONS") else a
                     for a in args)
        self._worker.jobs.put((gen, func, wire, kwargs))

    def kill(self) -> None:
        if self._worker is not None:
            self._worker.stop(graceful=False)
            self._worker = None

    def shutdown(self) -> None:
        if self._worker is not None:
            self._worker.stop(graceful=True)
            self._worker = None

    @property
    def pid(self) -> int | None:
        return self._worker.proc.pid if self._worker is not None else None


class TaskRunner(QObject):
    """Runs ``func`` off the UI thread; the newest request's result wins.

    ``func(*args, **options[, progress=cb])`` must be picklable (a module-level
    function) in process mode; in thread mode any callable works.
    """

    started = Signal(int)  # generation
    progress = Signal(str, float)  # stage, fraction 0-1 (negative: unknown)
    resultReady = Signal(object)  # what func returned, only for the newest request
    failed = Signal(str)
    cancelled = Signal()
    busyChanged = Signal(bool)
    staleDropped = Signal(int)  # generation of a dropped result
    _delivered = Signal(int, str, object)

    def __init__(self, func: Callable | None = None, *, mode: str = "thread", parent: QObject | None = None):
        super().__init__(parent)
        if mode not in ("process", "thread"):
            raise ValueError(f"unknown mode {mode!r}")
        self.mode = mode
        self._func = func
        self._gen = 0
        self._running: int | None = None
        self._pending: tuple | None = None
        self._busy = False
        self.last_result: Any = None
        self.result_generation = -1
        self._delivered.connect(self._on_delivered, Qt.ConnectionType.QueuedConnection)
        backend = _ProcessBackend if mode == "process" else _ThreadBackend
        self._backend = backend(self._delivered.emit, lambda g: g == self._gen)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def generation(self) -> int:
        return self._gen

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Thread mode: block until the worker has finished what it was given; drop the request
        still waiting to start (the caller is about to do newer work itself)."""
        self._pending = None
        wait = getattr(self._backend, "wait_idle", None)
        return wait(timeout) if wait is not None else True

    def warm_up(self) -> None:
        """Start the worker process early (process mode), so the first job starts quickly."""
        if isinstance(self._backend, _ProcessBackend):
            self._backend.warm_up()

    # ---- control -----------------------------------------------------------
    def submit(self, *args: Any, func: Callable | None = None, **options: Any) -> int:
        """Run ``func`` (default: the runner's) on ``args``; returns the request's generation.

        A job still running becomes stale: in process mode it is stopped at once; in
        thread mode it finishes (or stops at its next progress report) and is dropped.
        """
        self._gen += 1
        job = (self._gen, func or self._func, args, options)
        if self._running is not None:
            if self._backend.can_kill:
                self._backend.kill()
                self._running = None
            elif self.mode == "thread":
                self._pending = job  # the stale job ends first, then this one starts
                self._set_busy(True)
                return self._gen
        self._start(*job)
        return self._gen

    def cancel(self) -> None:
        """Stop the running job; what was shown stays."""
        self._pending = None
        self._gen += 1
        if self._running is not None and self._backend.can_kill:
            self._backend.kill()
            self._running = None
        self._set_busy(False)
        self.cancelled.emit()

    def shutdown(self) -> None:
        """Stop the worker (call on window close; tests call it too)."""
        self._pending = None
        self._gen += 1
        self._running = None
        self._backend.shutdown()
        self._set_busy(False)

    # ---- internals ---------------------------------------------------------
    def _start(self, gen: int, func: Callable, args: tuple, options: dict) -> None:
        self._running = gen
        self._set_busy(True)
        self.started.emit(gen)
        self.progress.emit("starting", -1.0)
        self._backend.submit(gen, func, args, options)

    def _still_busy(self) -> bool:
        return False

    def _on_delivered(self, gen: int, kind: str, payload: Any) -> None:
        if kind == "progress":
            if gen == self._running and gen == self._gen:
                stage, fraction = payload
                self.progress.emit(stage, fraction)
            return
        if kind == "died":
            if self._running is not None:
                self._backend.kill()
                self._running = None
                self._set_busy(False)
                self.failed.emit(str(payload))
            return
        if gen != self._running:
            return  # an answer from a killed worker that slipped through
        self._running = None
        fresh = gen == self._gen
        if kind == "result":
            if fresh:
                self.last_result = payload
                self.result_generation = gen
                self.resultReady.emit(payload)
            else:
                self.staleDropped.emit(gen)
        elif kind == "error" and fresh:
            self.failed.emit(str(payload))
        if self._pending is not None:
            job, self._pending = self._pending, None
            if job[0] == self._gen:
                self._start(*job)
                return
        if not self._still_busy():
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)


class AnalysisRunner(TaskRunner):
    """Runs an analysis on snapshots of a document; newest result wins.

    It follows a :class:`~actormap.gui.undo.QtDocument`: after each change that a
    measure reads it waits for a quiet moment (debounce), takes an immutable
    snapshot and submits it. ``func(amap, **options[, progress=cb])`` is
    injectable (tests pass slow or blocking fakes); it must be picklable (a
    module-level function) in process mode.
    """

    def __init__(self, func: AnalysisFunc | None = None, *, mode: str = "process", debounce_ms: int = 400,
                 parent: QObject | None = None):
        super().__init__(func or run_analysis, mode=mode, parent=parent)
        self._options: dict[str, Any] = {}
        self._qdoc = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.run_now)

    # ---- inputs ------------------------------------------------------------
    def set_document(self, qdoc) -> None:
        """Follow ``qdoc`` (a QtDocument): analyse now, and again after each change."""
        if self._qdoc is not None:
            try:
                self._qdoc.changed.disconnect(self._changed)
            except (RuntimeError, TypeError):
                pass
        self._qdoc = qdoc
        if qdoc is not None:
            qdoc.changed.connect(self._changed)
            self.run_now()

    def run_once(self, qdoc) -> None:
        """Analyse ``qdoc`` now, once, without following its changes (large maps run on request)."""
        self.set_document(None)
        self._qdoc = qdoc
        try:
            self.run_now()
        finally:
            self._qdoc = None

    def _changed(self, cs) -> None:
        """Re-run after an edit, unless it only moved actors or touched saved views."""
        if changes_analysis(cs):
            self.schedule()

    def set_options(self, *, run: bool = True, **options: Any) -> None:
        """Change analysis options (e.g. ``key_players``, ``weights``) and re-run (unless ``run=False``)."""
        self._options.update(options)
        self._options = {k: v for k, v in self._options.items() if v is not None}
        if run:
            self.run_now()

    @property
    def options(self) -> dict:
        return dict(self._options)

    # ---- control -----------------------------------------------------------
    def schedule(self) -> None:
        """The map changed: results in flight are now stale; re-run after a quiet moment."""
        self._gen += 1
        self._set_busy(True)
        self._timer.start()

    def run_now(self) -> None:
        self._timer.stop()
        if self._qdoc is None:
            return
        self.submit(self._qdoc.doc.snapshot(), **self._options)

    def cancel(self) -> None:
        """Stop the running analysis; the panels keep the last result."""
        self._timer.stop()
        super().cancel()

    def shutdown(self) -> None:
        self._timer.stop()
        super().shutdown()

    def _still_busy(self) -> bool:
        return self._timer.isActive()


__all__ = ["AnalysisRunner", "ProgressFn", "SnapshotEncoder", "TaskRunner", "run_analysis"]
