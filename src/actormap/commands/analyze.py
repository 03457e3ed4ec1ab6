"""``actormap analyze FILE [--json] [--key-players K] [--weights ...] [--perspective NAME]``."""

from __future__ import annotations

import sys

from ..core.analysis.mediators import DEFAULT_WEIGHTS, parse_weights
from ..core.analysis.report import analyze as run_analysis
from ..core.analysis.text_report import render_text
from .store import store_for


def register(sub) -> None:
    p = sub.add_parser(
        "analyze",
        help="brokerage, fragmentation risk, blocs and insider-mediator suggestions for a map",
        description="Analyse a map: a readable report by default, or one JSON object with --json "
                    "(schema in the README; 'actormap schema --result' prints it as JSON Schema).",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the full result as one JSON object")
    p.add_argument("--key-players", type=int, metavar="K",
                   help="also find the K actors whose joint removal fragments the map most")
    p.add_argument("--weights", metavar="NAME=W,...",
                   help="mediator score weights, e.g. reach=2,legitimacy=0.5; names: "
                        + ", ".join(f"{k} (default {v:g})" for k, v in DEFAULT_WEIGHTS.items()))
    p.add_argument("--designations", choices=("annotate", "weigh", "gate"), default="annotate",
                   help="what a legal designation in force (a label marked as a designation: terrorist "
                        "listing, sanctions) does to a mediator candidacy: annotate (say so in the reasons; "
                        "default), weigh (score part 'undesignated', weight 1) or gate (leave them out)")
    p.add_argument("--perspective", metavar="NAME",
                   help="analyse the map as this perspective (a party's view saved in the map) draws it")
    p.set_defaults(func=analyze)


def analyze(args) -> int:
    weights = parse_weights(args.weights) if args.weights is not None else None
    amap = store_for(args).read(args.file)
    if args.perspective is not None:
        from ..core.perspective import find_perspectives, perspective_variant

        (p,) = find_perspectives(amap, [args.perspective])
        amap = perspective_variant(amap, p)[0]
    result = run_analysis(amap, key_players=args.key_players, weights=weights, designations=args.designations)
    if args.json:
        sys.stdout.write(result.to_json() + "\n")
    else:
        sys.stdout.write(render_text(result))
    return 0
