"""``validate``, ``schema`` and ``convert``: file-level subcommands."""

from __future__ import annotations

import json
import sys

from ..core.io.convert import FORMATS, convert
from ..core.io.errors import MapFileError, one_line
from ..core.model import ActorMap, TieKind
from .store import store_for


def register(sub) -> None:
    p = sub.add_parser("validate", help="check map files; exit 2 if any is bad")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=validate)

    p = sub.add_parser("schema", help="print the JSON Schema of .actormap files")
    p.set_defaults(func=schema)

    p = sub.add_parser(
        "convert",
        help="convert between .actormap, GraphML and CSV (chosen by extension)",
        description=(
            f"Convert a map between formats ({', '.join(FORMATS)}), chosen by extension. "
            "CSV means two files X.actors.csv and X.ties.csv plus a X.map.json sidecar; "
            "give X.csv or X.actors.csv. OUT is replaced only if the conversion succeeds."
        ),
    )
    p.add_argument("input", metavar="IN")
    p.add_argument("output", metavar="OUT")
    p.add_argument(
        "--default-kind",
        choices=[k.value for k in TieKind],
        default=TieKind.SYMBIOTIC.value,
        help="kind for imported edges that have none (default: symbiotic)",
    )
    p.set_defaults(func=convert_cmd)


def validate(args) -> int:
    bad = 0
    store = store_for(args)
    for f in args.files:
        try:
            m = store.read(f)
        except MapFileError as err:
            print(f"actormap: {err}", file=sys.stderr)
            bad += 1
            continue
        print(f"{one_line(f)}: ok ({len(m.actors)} actors, {len(m.ties)} ties)")
    return 2 if bad else 0


def schema(args) -> int:
    print(json.dumps(ActorMap.model_json_schema(), indent=2))
    return 0


def convert_cmd(args) -> int:
    written = convert(args.input, args.output, TieKind(args.default_kind), store_for(args))
    print(f"wrote {', '.join(one_line(str(p)) for p in written)}")
    return 0
