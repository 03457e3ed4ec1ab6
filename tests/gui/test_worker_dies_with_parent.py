"""The analysis worker ends when the editor process that started it is killed (kill -9).

A real parent process starts the worker exactly as the editor does
(:class:`actormap.gui.tasks._Worker`), gives it a long analysis, and is killed with
SIGKILL; the worker must be gone within a few seconds, busy or idle.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

PARENT = textwrap.dedent("""
    import sys, time

    if __name__ == "__main__":  # spawn imports this module again in the child
        sys.path.insert(0, sys.argv[2])
        from actormap.gui.tasks import _Worker
        import multiprocessing as mp
        worker = _Worker(mp.get_context("spawn"), lambda *a: None)
        if sys.argv[1] == "busy":
            from random_maps import ba_map
            from actormap.analysis_worker import run_analysis
            amap = ba_map(6000, 4)
            worker.jobs.put((1, run_analysis, (type(amap), amap.model_dump_json()), {}))
        print(worker.proc.pid, flush=True)
        time.sleep(600)
""")


def gone(pid: int) -> bool:
    """No such process, or only its zombie entry is left (it has exited)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        return False
    return state in ("Z", "X")


@pytest.mark.skipif(os.name != "posix", reason="kill -9 of a parent is a POSIX test")
@pytest.mark.parametrize("state", ["idle", "busy"])
def test_the_worker_is_gone_within_seconds_after_kill_9_of_its_parent(tmp_path, state):
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    bench = Path(__file__).parent.parent.parent / "benchmarks"
    parent = subprocess.Popen([sys.executable, str(script), state, str(bench)], stdout=subprocess.PIPE, text=True,
                              stderr=subprocess.DEVNULL,  # its resource tracker warns about the kill
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    try:
        worker = int(parent.stdout.readline())
        if state == "busy":
            time.sleep(1.0)  # the worker is inside the analysis
        assert not gone(worker)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 5.0
        while not gone(worker) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert gone(worker)
    finally:
        parent.kill()
        parent.wait()
