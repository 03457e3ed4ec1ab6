"""``actormap gui [FILE]``: open the map editor (the default command)."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("gui", help="open the map editor (default)")
    p.add_argument("file", nargs="?", help="a map file to open")
    p.add_argument("--screenshot", metavar="PNG",
                   help="open FILE, save a picture of the window to PNG and quit (a check that the "
                        "editor starts, e.g. of a stand-alone bundle)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..gui.app import run_app

    return run_app(args.file, screenshot=args.screenshot)
