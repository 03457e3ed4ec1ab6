"""Command-line entry point: ``actormap [FILE]`` opens the GUI; subcommands for scripts.

Each subcommand lives in :mod:`actormap.commands` and exposes
``register(subparsers)``. Errors the user can fix print one line to stderr and
exit with status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from .core.errors import ActorMapError

COMMAND_MODULES = [
    "actormap.commands.files",  # validate, schema, convert
    "actormap.commands.gui",  # gui (the default)
    "actormap.commands.render",  # render, report
    "actormap.commands.analyze",  # analyze
    "actormap.commands.timeline",  # timeline
    "actormap.commands.teams",  # diff, merge, git-setup
    "actormap.commands.protect",  # encrypt, decrypt, redact
    "actormap.commands.strategy",  # whatif, compare
    "actormap.commands.desktop",  # install-desktop
    "actormap.commands.labels",  # labels
]

EXIT_USER_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="actormap",
        description="Map the actors of violent and fragile settings and the ties between them.",
        epilog="With no subcommand, 'actormap [FILE]' opens the map editor.",
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"actormap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    from .commands.store import add_passphrase_option

    for command in sub.choices.values():  # every command opens encrypted maps
        add_passphrase_option(command)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    if not argv or (argv[0] not in commands and argv[0] not in ("-h", "--help", "--version")):
        argv = ["gui", *argv]
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ActorMapError as err:
        from .commands.lang import lang_of
        from .core.messages import describe_error

        print(f"actormap: {describe_error(err, lang_of(args))}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
