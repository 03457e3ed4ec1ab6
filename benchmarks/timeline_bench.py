"""Timeline of a dated 2,000-actor map over 60 monthly steps, against per-date ``analyze()``.

    .venv/bin/python benchmarks/timeline_bench.py [--quick] [--worst] [--actors 2000]

The map: Barabasi-Albert (m=4), 2,000 actors and ~8,000 ties in ~80 factions
(``random_maps.ba_map``), then dated. Realistic dating (default): maps change
around events, so the dates are drawn from 24 change days spread over the five
years (2015-2019): 10% of the actors get a start date and 5% an end date, 15% of
the ties a start and 10% an end. ``--worst``: the dates are any day of the five
years, so nearly every month differs from the one before.

Ours: :func:`actormap.core.timeline.timeline` (a state measured once; F and
components from sparse connected components; mediators by the engine). Baseline:
``analyze(map_at(map, d))`` for each of the 60 dates, the naive way, in the same
process. ``--quick`` times the baseline on every 6th date and scales it to 60
(printed as an estimate). Target: the timeline in <= 15 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from random_maps import ba_map  # noqa: E402

from actormap.core.analysis.report import analyze  # noqa: E402
from actormap.core.model import ActorMap  # noqa: E402
from actormap.core.timeline import map_at, steps, timeline  # noqa: E402

FIRST, LAST = date(2015, 1, 1), date(2019, 12, 1)
TARGET_S = 15.0


def dated_map(n: int, worst: bool = False, seed: int = 1) -> ActorMap:
    """``ba_map(n)`` with start/end dates on some actors and ties (see the module docstring)."""
    amap = ba_map(n)
    rng = random.Random(seed)
    span = (LAST - FIRST).days
    days = ([FIRST + timedelta(days=rng.randrange(span)) for _ in range(24)] if not worst else None)

    def pick() -> date:
        return rng.choice(days) if days else FIRST + timedelta(days=rng.randrange(span))

    def dated(item, p_start: float, p_end: float):
        start = pick() if rng.random() < p_start else None
        end = pick() if rng.random() < p_end else None
        if start and end and end <= start:
            start, end = end, start
            if start == end:
                end = start + timedelta(days=1)
        return item.model_copy(update={"start": start, "end": end}) if (start or end) else item

    actors = [dated(a, 0.10, 0.05) for a in amap.actors]
    ties = [dated(t, 0.15, 0.10) for t in amap.ties]
    return ActorMap.model_validate(amap.model_copy(update={"actors": actors, "ties": ties}).model_dump())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="time the baseline on every 6th date only")
    ap.add_argument("--worst", action="store_true", help="dates on any day: nearly every month differs")
    ap.add_argument("--actors", type=int, default=2000)
    args = ap.parse_args(argv)

    amap = dated_map(args.actors, args.worst)
    dates = steps(FIRST, LAST, "month")
    states = len({(frozenset(a.id for a in s.actors), frozenset(t.id for t in s.ties))
                  for s in (map_at(amap, d) for d in dates)})
    print(f"map: {len(amap.actors)} actors, {len(amap.ties)} ties; {len(dates)} monthly steps "
          f"{dates[0]}..{dates[-1]}; {states} distinct states ({'worst case' if args.worst else 'realistic'} dating)")

    t = time.perf_counter()
    c = time.process_time()
    tl = timeline(amap, FIRST, LAST, "month")
    ours, ours_cpu = time.perf_counter() - t, time.process_time() - c
    assert len(tl.rows) == len(dates)

    sample = dates[::6] if args.quick else dates
    t = time.perf_counter()
    for d in sample:
        r = analyze(map_at(amap, d))
        _ = r.fragmentation.F, [m.id for m in r.mediators[:3]]
    base = (time.perf_counter() - t) * len(dates) / len(sample)
    est = " (estimated from every 6th date)" if args.quick else ""

    print(f"timeline():            {ours:7.2f} s  (cpu {ours_cpu:.2f} s; target <= {TARGET_S:.0f} s: "
          f"{'met' if ours <= TARGET_S else 'NOT met'})")
    print(f"per-date analyze():    {base:7.2f} s{est}")
    print(f"ratio:                 {base / ours:7.1f}x faster")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
