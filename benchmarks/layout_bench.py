"""Speed and quality of the automatic layouts, against a baseline build of the program.

Run: ``.venv/bin/python benchmarks/layout_bench.py [--sizes 500:2000,2000:8000] [--baseline main]``

For random Barabasi-Albert maps (as ``canvas_bench.py``), times ``force_layout`` and
``faction_layout`` of this tree and of ``--baseline`` (``git archive`` of that ref, run in a
child process), and counts the pairs of actors whose circles overlap afterwards (the
layouts' quality check: this tree promises none). Target (issue 14): under 2 s for 500
actors, off the UI thread (the canvas runs them through ``TaskRunner``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))


def child(n: int, m: int) -> dict:
    import numpy as np
    from canvas_bench import make_map
    from scipy.spatial import cKDTree

    from actormap.core.io.viz import actor_radius
    from actormap.core.layout import faction_layout, force_layout

    amap = make_map(n, m)
    out = {}
    for name, fn in (("force", force_layout), ("faction", faction_layout)):
        t0 = time.perf_counter()
        pos = fn(amap)
        out[f"{name} ms"] = (time.perf_counter() - t0) * 1000
        xy = np.array([pos.get(a.id, (a.x, a.y)) for a in amap.actors])
        r = np.array([actor_radius(a.power) for a in amap.actors])
        pairs = cKDTree(xy).query_pairs(2 * r.max(), output_type="ndarray")
        d = np.hypot(*(xy[pairs[:, 0]] - xy[pairs[:, 1]]).T) if len(pairs) else np.zeros(0)
        out[f"{name} overlaps"] = int((d < r[pairs[:, 0]] + r[pairs[:, 1]]).sum()) if len(pairs) else 0
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="500:2000,2000:8000")
    ap.add_argument("--baseline", default="main")
    ap.add_argument("--child", default="", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        n, m = (int(x) for x in args.child.split(":"))
        print(json.dumps(child(n, m)))
        return
    trees = {"this tree": ROOT / "src"}
    work = Path(tempfile.mkdtemp())
    if args.baseline:
        tar = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline, "src"], capture_output=True).stdout
        if tar:
            subprocess.run(["tar", "-x", "-C", str(work)], input=tar, check=True)
            trees[f"baseline ({args.baseline})"] = work / "src"
    for size in args.sizes.split(","):
        res = {}
        for name, src in trees.items():
            proc = subprocess.run([sys.executable, __file__, "--child", size], capture_output=True, text=True,
                                  env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}, timeout=1800)
            lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
            res[name] = json.loads(lines[-1]) if lines else {}
            if not lines:
                sys.stderr.write(proc.stderr[-2000:])
        n, m = size.split(":")
        print(f"\n{n} actors / {m} ties" + "".join(f"{k:>22s}" for k in res) + "      ratio")
        for key in ("force ms", "force overlaps", "faction ms", "faction overlaps"):
            vals = [res[k].get(key) for k in res]
            row = f"  {key:18s}" + "".join(f"{v:22.0f}" if v is not None else f"{'n/a':>22s}" for v in vals)
            if "ms" in key and len(vals) > 1 and vals[0] and vals[1]:
                row += f"   {vals[0] / vals[1]:8.3f}"
            print(row)


if __name__ == "__main__":
    main()
