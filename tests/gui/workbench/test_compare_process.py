"""The comparison runs in the GUI's worker process (the one background mechanism), as the
window does by default: the map goes over as JSON, the typed comparison comes back."""

from __future__ import annotations

from actormap.core.io import load_map
from actormap.core.scenario import Comparison, compare
from actormap.gui.tasks import TaskRunner

from .conftest import SAMPLES


def test_compare_in_the_worker_process_equals_compare_here(qtbot):
    amap = load_map(SAMPLES / "mexico_kingpin_strategy.actormap")
    runner = TaskRunner(compare, mode="process")
    try:
        with qtbot.waitSignal(runner.resultReady, timeout=120_000) as got:
            runner.submit(amap, None)
        assert isinstance(got.args[0], Comparison)
        assert got.args[0] == compare(amap)
    finally:
        runner.shutdown()
