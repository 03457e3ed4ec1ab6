"""``encrypt``, ``decrypt`` and ``redact``: protecting a map file.

``encrypt`` and ``decrypt`` turn a map into a standard age file and back (the
``age`` tool opens it too); ``redact`` writes a copy fit for sharing (see
:mod:`actormap.core.redact`). Nothing is written unless the whole output was
produced; a wrong passphrase or a changed file is one line and exit status 2.
"""

from __future__ import annotations

from ..core.errors import ActorMapError
from ..core.io.errors import one_line, quote_path
from ..core.redact import RedactOptions, redact
from .store import check_not_same, store_for


def register(sub) -> None:
    p = sub.add_parser(
        "encrypt", help="encrypt a map with a passphrase (a standard age file)",
        description="Write MAP encrypted with a passphrase (an age file; 'age -d' opens it too). "
                    "Without -o, MAP itself is replaced by its encrypted form (the old plain bytes may "
                    "still be readable on the disk: encrypt maps from the start where you can).")
    p.add_argument("map", metavar="MAP")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of replacing MAP")
    p.set_defaults(func=encrypt_cmd)

    p = sub.add_parser("decrypt", help="write an encrypted map as a plain map file",
                       description="Write the plain map inside an encrypted MAP to OUT.")
    p.add_argument("map", metavar="MAP")
    p.add_argument("-o", "--output", metavar="OUT", required=True)
    p.set_defaults(func=decrypt_cmd)

    p = sub.add_parser(
        "redact", help="write a copy of a map fit for sharing: names coded, notes and sources removed",
        description="Write a redacted copy of MAP: actor names become codes (kind + number, e.g. "
                    "'Gang 3'); notes, sources, labels, provenance and short names are removed; "
                    "agreements, events, scenarios, perspectives and views keep their structure under "
                    "coded names. Ties, their kinds and actor kinds stay, so the analysis gives the "
                    "same numbers. The copy says it is redacted.")
    p.add_argument("map", metavar="MAP")
    p.add_argument("-o", "--output", metavar="OUT", required=True)
    p.add_argument("--keep", metavar="NAME", action="append", default=[],
                   help="keep this actor's real name (repeatable)")
    p.add_argument("--hide-kinds", action="store_true",
                   help="also hide actor kinds (all become 'other', codes 'Actor N'); the mediator and "
                        "armed-group measures then differ from the original's")
    p.add_argument("--keep-kinds", action="store_true",
                   help="keep actor kinds (the default; kept for scripts that say so)")
    p.add_argument("--coarsen-dates", action="store_true", help="keep only the year of every date")
    p.set_defaults(func=redact_cmd)


def encrypt_cmd(args) -> int:
    store = store_for(args)
    stored = store.read_stored(args.map)
    if stored.codec != "json":
        raise ActorMapError(f"{quote_path(args.map)} is encrypted already (decrypt it first to change "
                            "the passphrase)")
    out = args.output or args.map
    store.write(out, stored.amap, codec="age")
    print(f"wrote {one_line(out)} (encrypted)")
    return 0


def decrypt_cmd(args) -> int:
    store = store_for(args)
    amap = store.read(args.map)
    store.write(args.output, amap)
    print(f"wrote {one_line(args.output)} (plain: anyone who has the file can read it)")
    return 0


def redact_cmd(args) -> int:
    if args.hide_kinds and args.keep_kinds:
        raise ActorMapError("--hide-kinds and --keep-kinds contradict each other")
    store = store_for(args)
    check_not_same(args.map, args.output)
    amap = store.read(args.map)
    result = redact(amap, RedactOptions(keep_names=tuple(args.keep), hide_kinds=args.hide_kinds,
                                        coarsen_dates=args.coarsen_dates))
    store.write(args.output, result.amap)
    print(f"wrote {one_line(args.output)} (redacted: {len(result.amap.actors)} actors, {len(result.amap.ties)} ties)")
    return 0
