"""``actormap timeline MAP [--from DATE] [--to DATE] [--step year|quarter|month] [--top N] [--json]``."""

from __future__ import annotations

import sys

from ..core.analysis.mediators import parse_weights
from ..core.timeline import STEP_MONTHS, UNDATED_NOTE, Timeline, TimelineError, parse_day, timeline
from .store import store_for


def register(sub) -> None:
    p = sub.add_parser(
        "timeline",
        help="the map's measures at each month, quarter or year (F, components, hostile ties, mediators)",
        description="One row per step: actors and ties on the map that day, fragmentation F and components, "
                    "hostile ties, coercive and parasitic ties on communities, the top insider mediators, "
                    "and the events since the previous step. " + UNDATED_NOTE + " An item is on the map "
                    "from its start (inclusive) until its end (exclusive).",
    )
    p.add_argument("file", metavar="MAP")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                   help="first step (default: the start of the period holding the map's first date)")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                   help="last date (default: the first step on or after the map's last date)")
    p.add_argument("--step", metavar="STEP",
                   help="year, quarter or month (default: months up to 3 years, quarters up to 10, years beyond)")
    p.add_argument("--top", type=int, default=3, metavar="N", help="mediators named per row (default 3)")
    p.add_argument("--weights", metavar="NAME=W,...", help="mediator score weights, as for 'analyze'")
    p.add_argument("--json", action="store_true", help="print the rows as one JSON object")
    p.set_defaults(func=run_timeline)


def run_timeline(args) -> int:
    start = parse_day(args.start, "--from date") if args.start is not None else None
    end = parse_day(args.end, "--to date") if args.end is not None else None
    if start is not None and end is not None and start > end:
        raise TimelineError(f"--from ({start}) is after --to ({end})")
    if args.step is not None and args.step not in STEP_MONTHS:
        raise TimelineError(f"unknown --step {args.step!r}; use one of: {', '.join(STEP_MONTHS)}")
    weights = parse_weights(args.weights) if args.weights is not None else None
    amap = store_for(args).read(args.file)
    result = timeline(amap, start, end, args.step, top=args.top, weights=weights)
    sys.stdout.write(result.to_json() + "\n" if args.json else render_timeline(result))
    return 0


def render_timeline(tl: Timeline, width: int = 100) -> str:
    """A readable table of the rows, with the events of each step under it."""
    out = [tl.title, "=" * min(len(tl.title), width),
           f"From {tl.start} to {tl.end}, by {tl.step}. {tl.undated_actors} undated actor(s) and "
           f"{tl.undated_ties} undated tie(s) are on the map at every step.",
           "Exposure: coercive and parasitic ties on communities. Events: since the previous step.", ""]
    out.append(f"{'date':<11} {'actors':>6} {'ties':>5} {'F':>6} {'comp':>4} {'hostile':>7} {'exposure':>8}  "
               f"top mediators (score)")
    for r in tl.rows:
        best = ", ".join(f"{_short(tl.names.get(i, i))} ({s:.2f})" for i, s in zip(r.top_mediators, r.top_scores,
                                                                                 strict=True)) or "-"
        out.append(f"{r.date.isoformat():<11} {r.actors:>6} {r.ties:>5} {r.F:>6.3f} {r.components:>4} "
                   f"{r.hostile_ties:>7} {r.community_exposure:>8}  {best}")
        for e in r.events:
            when = e.date.isoformat() + (f" to {e.end.isoformat()}" if e.end else "")
            out.append(f"{'':<11} * {when}  {e.name}")
    return "\n".join(out) + "\n"


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[:limit - 1] + "…"
