"""``actormap gui [FILE]``: open the map editor (the default command)."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("gui", help="open the map editor (default)")
    p.add_argument("file", nargs="?", help="a map file to open")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..gui.app import run_app

    return run_app(args.file)
