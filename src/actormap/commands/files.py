"""``validate``, ``schema`` and ``convert``: file-level subcommands."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..core.io.convert import FORMATS, format_of, import_map, left_out, write_any
from ..core.io.errors import MapFileError, one_line
from ..core.io.kinds import KindMap
from ..core.model import ActorMap, TieKind
from .lang import lang_of
from .store import store_for


def register(sub) -> None:
    p = sub.add_parser("validate", help="check map files; exit 2 if any is bad")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=validate)

    p = sub.add_parser("schema", help="print the JSON Schema of .actormap files (or of the analysis result)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--result", action="store_true",
                       help="print the JSON Schema of 'actormap analyze --json' instead")
    which.add_argument("--whatif", action="store_true", help="print the JSON Schema of 'actormap whatif --json'")
    which.add_argument("--compare", action="store_true", help="print the JSON Schema of 'actormap compare --json'")
    p.set_defaults(func=schema)

    p = sub.add_parser(
        "convert",
        help="convert between .actormap, GraphML, GEXF, Excel (Kumu) and CSV (chosen by extension)",
        description=(
            f"Convert a map between formats ({', '.join(FORMATS)}), chosen by extension. "
            "CSV means two files X.actors.csv and X.ties.csv plus a X.map.json sidecar (give X.csv or "
            "X.actors.csv); on import a single table from Kumu, Gephi or a spreadsheet, or an edges-only "
            "list, is read too. Kinds that are not actormap's stop the import with the list of unknown "
            "values unless mapped. OUT is replaced only if the conversion succeeds."
        ),
    )
    p.add_argument("input", metavar="IN")
    p.add_argument("output", metavar="OUT")
    add_kind_options(p)
    p.set_defaults(func=convert_cmd)


def validate(args) -> int:
    bad = 0
    store = store_for(args)
    for f in args.files:
        try:
            m = store.read(f)
        except MapFileError as err:
            print(f"actormap: {err.describe(lang_of(args))}", file=sys.stderr)
            bad += 1
            continue
        print(f"{one_line(f)}: ok ({len(m.actors)} actors, {len(m.ties)} ties)")
    return 2 if bad else 0


def schema(args) -> int:
    if getattr(args, "result", False):
        from ..core.analysis.result import result_json_schema

        print(json.dumps(result_json_schema(), indent=2, ensure_ascii=False))
    elif getattr(args, "whatif", False) or getattr(args, "compare", False):
        from ..core.scenario import compare_json_schema, whatif_json_schema

        schema_of = whatif_json_schema if args.whatif else compare_json_schema
        print(json.dumps(schema_of(), indent=2, ensure_ascii=False))
    else:
        print(json.dumps(ActorMap.model_json_schema(), indent=2))
    return 0


def add_kind_options(p) -> None:
    p.add_argument("--map-kind", action="append", default=[], metavar="VALUE=KIND",
                   help="read the foreign kind VALUE as KIND, e.g. \"funds=symbiotic\" or \"NGO=civil_society\" "
                        "(repeatable; comma-separated pairs allowed)")
    p.add_argument("--default-kind", action="append", default=[], metavar="KIND",
                   help="the kind of ties (a tie kind) or actors (an actor kind) whose kind is missing or "
                        "unknown (repeatable: one tie kind and one actor kind). Tie kinds: "
                        + ", ".join(k.value for k in TieKind))


def kind_map(args) -> KindMap:
    return KindMap.parse(args.map_kind, args.default_kind)


def convert_cmd(args) -> int:
    from ..core.export_notes import left_out as not_shown

    store = store_for(args)
    format_of(args.output, reading=False)
    result = import_map(args.input, kind_map(args), store)
    written = write_any(result.map, args.output, store)
    print(f"wrote {', '.join(one_line(str(p)) for p in written)}")
    for line in result.report.lines():
        print(f"  {line}")
    gone = left_out(result.map, args.output)
    if gone:
        print(f"  {Path(args.output).suffix.lstrip('.').upper()} cannot hold, so it leaves out: {'; '.join(gone)}")
    note = not_shown(result.map, args.output)
    if note:
        print(note, file=sys.stderr)
    return 0
