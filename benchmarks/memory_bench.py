"""Peak memory of ``analyze`` at 2,000, 8,000 and 20,000 actors (the schema's largest map).

    .venv/bin/python benchmarks/memory_bench.py [--sizes 2000,8000,20000] [--baseline-max 8000]

Every measurement runs in a fresh child process and reports that process's RSS
high-water mark (``ru_maxrss``), so one run's garbage cannot hide in another's.
Two map shapes, both with 5 ties per actor (20,000 actors -> 100,000 ties, the
schema's limits):

- ``ba``: Barabasi-Albert (m=5), random kinds, factions and tie kinds;
- ``cut``: a Barabasi-Albert core (m=9) of half the actors, and the other half
  hanging from random core actors as single leaves -- thousands of cut points, each
  of whose removal splits off almost the whole map from one leaf (the shape that
  made ``analyze`` take gigabytes before the splinter lists were bounded, issue 13).

The baseline is the same analysis with unbounded splinter lists (every member of
every piece listed for every actor, as before), run on the same map in its own
child process; ``--baseline-max`` keeps it to sizes that fit in memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def make_map(shape: str, n: int):
    import networkx as nx
    from random_maps import TIE_KINDS, ba_map

    from actormap.core.model import Actor, ActorKind, ActorMap, Tie

    if shape == "ba":
        return ba_map(n, 5, seed=1)
    rng = random.Random(1)
    core = n // 2
    g = nx.barabasi_albert_graph(core, 9, seed=1)
    for i in range(core, n):
        g.add_edge(i, rng.randrange(core))
    kinds = list(ActorKind)
    actors = [Actor(id=f"a{i:05d}", name=f"Actor {i}", kind=rng.choice(kinds), faction=f"f{rng.randrange(8)}")
              for i in range(n)]
    ties = [Tie(id=f"t{k:06d}", source=f"a{u:05d}", target=f"a{v:05d}", kind=rng.choice(TIE_KINDS))
            for k, (u, v) in enumerate(g.edges())]
    return ActorMap(title=f"cut {n}", actors=actors, ties=ties)


def child(shape: str, n: int, baseline: bool) -> None:
    """Build the map, analyse it, print one JSON line with times and this process's peak RSS."""
    from actormap.core.analysis import report, splinter_lists

    if baseline:  # every piece of every actor listed in full, as before issue 13
        splinter_lists.BUDGET = float("inf")
    amap = make_map(shape, n)
    built = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    result = report.analyze(amap)
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    print(json.dumps({"actors": len(amap.actors), "ties": len(amap.ties), "seconds": seconds,
                      "map_mb": built * scale / 2**20, "peak_mb": peak * scale / 2**20,
                      "approximate": [k for k, v in result["approximate"].items() if v]}))


def measure(shape: str, n: int, baseline: bool = False) -> dict:
    cmd = [sys.executable, __file__, "--child", shape, str(n)] + (["--baseline"] if baseline else [])
    done = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0"))
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["killed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="2000,8000,20000")
    p.add_argument("--shapes", default="ba,cut")
    p.add_argument("--baseline-max", type=int, default=8000,
                   help="run the unbounded baseline only up to this many actors (it is quadratic)")
    p.add_argument("--child", nargs=2, metavar=("SHAPE", "N"), help=argparse.SUPPRESS)
    p.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.baseline)
        return
    print(f"peak RSS of analyze() in a fresh process; Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    print(f"{'shape':5} {'actors':>7} {'ties':>7} {'time s':>7} {'map MB':>7} {'peak MB':>8} "
          f"{'baseline MB':>12} {'ratio':>6}  approximate")
    for shape in args.shapes.split(","):
        for n in (int(s) for s in args.sizes.split(",")):
            r = measure(shape, n)
            if "error" in r:
                print(f"{shape:5} {n:>7} failed: {r['error']}")
                continue
            base = measure(shape, n, baseline=True) if n <= args.baseline_max else None
            base_mb = f"{base['peak_mb']:12.0f}" if base and "error" not in base else f"{'-':>12}"
            ratio = f"{base['peak_mb'] / r['peak_mb']:6.1f}" if base and "error" not in base else f"{'-':>6}"
            print(f"{shape:5} {r['actors']:>7} {r['ties']:>7} {r['seconds']:7.1f} {r['map_mb']:7.0f} "
                  f"{r['peak_mb']:8.0f} {base_mb} {ratio}  {', '.join(r['approximate']) or '-'}", flush=True)


if __name__ == "__main__":
    main()
