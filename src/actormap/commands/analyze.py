"""``actormap analyze FILE [--json] [--key-players K] [--weights ...] [--as-of YYYY-MM-DD] [--perspective NAME] [--lang en|es|fr]``."""

from __future__ import annotations

import sys

from ..core.analysis.mediators import DEFAULT_WEIGHTS, parse_weights
from ..core.analysis.report import analyze as run_analysis
from ..core.analysis.text_report import render_text
from ..core.errors import ActorMapError
from ..core.messages import phrase
from ..core.timeline import map_at, parse_day
from .lang import add_lang_option, lang_of
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
    add_lang_option(p)
    p.add_argument("--as-of", metavar="YYYY-MM-DD",
                   help="analyse the map as it stood on that date: the actors, ties and agreements whose "
                        "start (inclusive) and end (exclusive) hold it, and the undated ones")
    p.add_argument("--perspective", metavar="NAME",
                   help="analyse the map as this perspective (a party's view saved in the map) draws it")
    p.set_defaults(func=analyze)


def check_key_players(k: int | None, actors: int, lang: str) -> None:
    """Refuse a key-player count the search cannot honour, in the user's language."""
    if k is None:
        return
    if actors < 3:
        raise ActorMapError(phrase("cli.key_players_few", lang, actors=actors))
    if not 1 <= k <= actors - 2:
        raise ActorMapError(phrase("cli.key_players_range", lang, most=actors - 2, actors=actors, k=k))


def analyze(args) -> int:
    lang = lang_of(args)
    weights = parse_weights(args.weights) if args.weights is not None else None
    as_of = parse_day(args.as_of, "--as-of date") if args.as_of is not None else None
    full = store_for(args).read(args.file)
    seen_by = None
    if args.perspective is not None:
        from ..core.perspective import find_perspectives, perspective_variant

        (p,) = find_perspectives(full, [args.perspective])
        full = perspective_variant(full, p)[0]
        seen_by = p.name
    amap = map_at(full, as_of)
    check_key_players(args.key_players, len(amap.actors), lang)
    result = run_analysis(amap, key_players=args.key_players, weights=weights, designations=args.designations)
    if as_of is not None or seen_by is not None:  # the JSON says which map it is about
        seen = result.map.model_copy(update={"as_of": as_of, "perspective": seen_by})
        result = result.model_copy(update={"map": seen})
    if args.json:
        sys.stdout.write(result.to_json(lang) + "\n")
        return 0
    if as_of is not None:
        sys.stdout.write(phrase("cli.as_of", lang, date=as_of.isoformat(), actors=len(amap.actors),
                                all_actors=len(full.actors), ties=len(amap.ties), all_ties=len(full.ties))
                         + "\n\n")
    sys.stdout.write(render_text(result, lang=lang))
    return 0
