"""``validate``, ``schema`` and ``convert``: file-level subcommands."""

from __future__ import annotations

import json
import sys

from ..core.io import load_map
from ..core.io.errors import MapFileError
from ..core.model import ActorMap


def register(sub) -> None:
    p = sub.add_parser("validate", help="check map files; exit 2 if any is bad")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=validate)

    p = sub.add_parser("schema", help="print the JSON Schema of .actormap files")
    p.set_defaults(func=schema)


def validate(args) -> int:
    bad = 0
    for f in args.files:
        try:
            m = load_map(f)
        except MapFileError as err:
            print(f"actormap: {err}", file=sys.stderr)
            bad += 1
            continue
        print(f"{f}: ok ({len(m.actors)} actors, {len(m.ties)} ties)")
    return 2 if bad else 0


def schema(args) -> int:
    print(json.dumps(ActorMap.model_json_schema(), indent=2))
    return 0
