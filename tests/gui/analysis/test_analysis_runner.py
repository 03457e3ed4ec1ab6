"""The background runner: fresh results only, stale ones dropped, cancel, no Qt in the worker."""

from __future__ import annotations

import analysis_fakes
import pytest

from actormap.core.edits import SetMeta, UpdateActor
from actormap.gui.undo import QtDocument


@pytest.fixture(autouse=True)
def _closed_gate():
    analysis_fakes.GATE.clear()
    analysis_fakes.CALLS.clear()
    yield
    analysis_fakes.GATE.set()


def test_result_arrives_by_signal_in_ui_thread(qtbot, runners, amap):
    from PySide6.QtCore import QThread

    r = runners(analysis_fakes.hand_result)
    seen = []
    r.resultReady.connect(lambda res: seen.append(QThread.currentThread()))
    with qtbot.waitSignal(r.resultReady, timeout=10000) as sig:
        r.set_document(QtDocument(amap))
    assert sig.args[0].map.actors == 6
    assert seen == [QThread.currentThread()]
    assert not r.busy


def test_edits_are_debounced_into_one_run(qtbot, runners, amap):
    qdoc = QtDocument(amap)
    r = runners(analysis_fakes.hand_result, debounce_ms=200)
    with qtbot.waitSignal(r.resultReady, timeout=10000):
        r.set_document(qdoc)
    started = []
    r.started.connect(started.append)
    with qtbot.waitSignal(r.resultReady, timeout=10000) as sig:
        for i in range(5):
            qdoc.push(UpdateActor("ms1", {"power": 1 + i}))
    assert len(started) == 1  # five edits, one analysis
    assert sig.args[0].map.actors == 6


def test_moving_actors_or_saving_views_does_not_rerun_the_analysis(qtbot, runners, amap):
    from actormap.core.edits import AddView, MoveActors
    from actormap.core.model import SavedView

    qdoc = QtDocument(amap)
    r = runners(analysis_fakes.hand_result, debounce_ms=0)
    with qtbot.waitSignal(r.resultReady, timeout=10000):
        r.set_document(qdoc)
    started = []
    r.started.connect(started.append)
    with qtbot.assertNotEmitted(r.started, wait=100):  # the debounce is 0 ms: a run would start
        qdoc.push(MoveActors({"ms1": (5.0, 5.0)}))  # no measure reads positions
        qdoc.push(AddView(SavedView(name="v")))
    assert not r.busy
    with qtbot.waitSignal(r.resultReady, timeout=10000):
        qdoc.push(UpdateActor("ms1", {"faction": "Other"}))  # a measure reads this
    assert len(started) == 1


def test_stale_result_is_dropped_thread(qtbot, runners, amap):
    qdoc = QtDocument(amap)
    r = runners(analysis_fakes.blocking_result, mode="thread")
    got, dropped = [], []
    r.resultReady.connect(got.append)
    r.staleDropped.connect(dropped.append)
    r.set_document(qdoc)  # run 1 blocks on the gate
    qtbot.waitUntil(lambda: analysis_fakes.CALLS == [6])
    first_gen = r.generation
    qdoc.push(SetMeta({"title": "Changed during the run"}))  # run 2 is queued behind run 1
    qtbot.waitUntil(lambda: r.generation > first_gen)
    assert r.busy
    with qtbot.waitSignal(r.resultReady, timeout=10000) as sig:
        analysis_fakes.GATE.set()
    assert dropped == [first_gen]  # the answer to the old map never reached the panels
    assert len(got) == 1 and sig.args[0].map.title == "Changed during the run"
    assert analysis_fakes.CALLS == [6, 6]
    qtbot.waitUntil(lambda: not r.busy)


def test_stale_result_is_dropped_process(qtbot, runners, amap, tmp_path):
    gate = tmp_path / "gate"
    amap = amap.model_copy(update={"description": str(gate)})
    qdoc = QtDocument(amap)
    r = runners(analysis_fakes.file_gated_result, mode="process")
    got = []
    r.resultReady.connect(got.append)
    r.set_document(qdoc)  # run 1 waits for the file in the worker process
    qtbot.waitUntil(lambda: r._backend.pid is not None)
    pid1 = r._backend.pid
    with qtbot.waitSignal(r.started, timeout=10000):
        qdoc.push(SetMeta({"title": "Newer"}))  # the stale run is killed, run 2 starts
    assert r._backend.pid != pid1
    with qtbot.waitSignal(r.resultReady, timeout=30000) as sig:
        gate.write_text("go")
    assert sig.args[0].map.title == "Newer"
    assert len(got) == 1


def test_cancel_kills_the_worker_process_and_keeps_last_result(qtbot, runners, amap, tmp_path):
    gate = tmp_path / "gate"
    qdoc = QtDocument(amap.model_copy(update={"description": str(gate)}))
    gate.write_text("open")
    r = runners(analysis_fakes.file_gated_result, mode="process")
    with qtbot.waitSignal(r.resultReady, timeout=30000):
        r.set_document(qdoc)
    first = r.last_result
    gate.unlink()
    proc = r._backend._worker.proc
    with qtbot.waitSignal(r.started, timeout=10000):
        qdoc.push(SetMeta({"title": "Never finished"}))
    with qtbot.waitSignal(r.cancelled, timeout=5000):
        r.cancel()
    assert not r.busy
    assert r.last_result is first
    assert r._backend._worker is None
    qtbot.waitUntil(lambda: proc._closed or not proc.is_alive())
    # after a cancel the runner works again with a fresh worker
    gate.write_text("open")
    with qtbot.waitSignal(r.resultReady, timeout=30000) as sig:
        r.run_now()
    assert sig.args[0].map.title == "Never finished"


def test_cancel_thread_stops_at_next_progress_report(qtbot, runners, amap):
    r = runners(analysis_fakes.progress_until_cancelled, mode="thread")
    stages = []
    r.progress.connect(lambda s, f: stages.append(s))
    r.set_document(QtDocument(amap))
    qtbot.waitUntil(lambda: "working" in stages, timeout=10000)
    with qtbot.waitSignal(r.cancelled, timeout=5000):
        r.cancel()
    assert not r.busy
    qtbot.waitUntil(lambda: r._running is None, timeout=5000)  # the thread has stopped
    assert r.last_result is None


def test_errors_are_reported_in_one_line(qtbot, runners, amap):
    r2 = runners(_raises, mode="thread")
    with qtbot.waitSignal(r2.failed, timeout=10000) as sig:
        r2.set_document(QtDocument(amap))
    assert sig.args[0] == "ValueError: bad map"
    assert not r2.busy


def _raises(amap, **kw):
    raise ValueError("bad map")


def test_worker_process_imports_no_qt(qtbot, runners, amap):
    import os

    r = runners(analysis_fakes.report_environment, mode="process")
    with qtbot.waitSignal(r.resultReady, timeout=30000) as sig:
        r.set_document(QtDocument(amap))
    assert sig.args[0]["qt"] == []
    assert sig.args[0]["pid"] != os.getpid()
    r.shutdown()
    assert r._backend._worker is None
