"""The Timeline tab's job runs in the worker process too (the default): the job and its result
travel between processes."""

from __future__ import annotations

from datetime import date

from actormap.core.model import Actor, ActorMap, Event, Tie
from actormap.core.timeline import Timeline, timeline, timeline_task
from actormap.gui.tasks import TaskRunner


def test_timeline_task_in_the_worker_process(qtbot):
    amap = ActorMap(title="p", actors=[Actor(id="a", name="A"), Actor(id="b", name="B", end=date(2012, 1, 1))],
                    ties=[Tie(id="t", source="a", target="b", kind="trust")],
                    events=[Event(id="e", name="B leaves", date=date(2011, 12, 31))])
    runner = TaskRunner(timeline_task, mode="process")
    try:
        with qtbot.waitSignal(runner.resultReady, timeout=60_000) as sig:
            runner.submit(amap, step="quarter")
    finally:
        runner.shutdown()
    got = sig.args[0]
    assert isinstance(got, Timeline)
    assert got == timeline(amap, step="quarter")
    assert [r.actors for r in got.rows][-1] == 1
