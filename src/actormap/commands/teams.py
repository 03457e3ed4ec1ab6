"""``diff``, ``merge`` and ``git-setup``: what a team that keeps maps in git needs.

``actormap diff A B [--json]``: what changed, by name; exit 0 when equal, 1 when different.
``actormap merge BASE OURS THEIRS [-o OUT]``: three-way merge; without ``-o`` the result
replaces OURS (git's merge-driver convention); exit 1 while conflicts remain in the result.
``actormap git-setup [DIR]``: the ``.gitattributes`` line and the git config of the driver.
Errors are one line and exit status 2 (:func:`actormap.cli.main`).
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

from ..core.conflicts import describe_conflict
from ..core.diff_report import Names, differences, render_text, to_json
from ..core.errors import ActorMapError
from ..core.io.convert import read_any
from ..core.merge import merge3
from .store import store_for

EXIT_DIFFERENT = 1
EXIT_CONFLICTS = 1
ATTRIBUTES_LINE = "*.actormap merge=actormap"
DRIVER_NAME = "actormap three-way map merge"


def register(sub) -> None:
    p = sub.add_parser("diff", help="list what differs between two maps, by name (exit 1 if they differ)",
                       description="List the actors, ties, views, agreements, events, ... added, removed and "
                                   "changed from map A to map B, by name and field (old -> new). Exit status 0 "
                                   "when the maps are equal, 1 when they differ, 2 on an error.")
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=diff_cmd)

    p = sub.add_parser("merge", help="three-way merge of map files (a git merge driver)",
                       description="Merge the changes OURS and THEIRS made to BASE. Changes to different items "
                                   "or fields merge; the same field changed differently on both sides is a "
                                   "conflict, kept in the map for resolution in the app. Without -o the result "
                                   "replaces OURS (git's merge-driver convention). Exit status 0 when the merge "
                                   "is clean, 1 when conflicts remain, 2 on an error (nothing is written).")
    p.add_argument("base", metavar="BASE", help="the common ancestor (an empty file: none)")
    p.add_argument("ours", metavar="OURS")
    p.add_argument("theirs", metavar="THEIRS")
    p.add_argument("-o", "--output", metavar="OUT", help="write the result here instead of over OURS")
    p.set_defaults(func=merge_cmd)

    p = sub.add_parser("git-setup", help="make git merge .actormap files with 'actormap merge'",
                       description="Add '*.actormap merge=actormap' to the repository's .gitattributes and "
                                   "configure the merge driver in its .git/config. Safe to run again.")
    p.add_argument("dir", metavar="DIR", nargs="?", default=".", help="a folder inside the repository")
    p.set_defaults(func=git_setup_cmd)


# ---- diff -----------------------------------------------------------------------------------
def diff_cmd(args) -> int:
    store = store_for(args)
    a, b = read_any(args.a, store=store), read_any(args.b, store=store)
    diffs = differences(a, b)
    if args.json:
        sys.stdout.write(json.dumps(to_json(diffs, str(args.a), str(args.b)), ensure_ascii=False, indent=1) + "\n")
    elif diffs:
        sys.stdout.write(render_text(diffs, Names(b, a)))
    else:
        sys.stdout.write("The maps are the same.\n")
    return EXIT_DIFFERENT if diffs else 0


# ---- merge -----------------------------------------------------------------------------------
def merge_cmd(args) -> int:
    store = store_for(args)
    base_path = Path(args.base)
    base = None if store.read_bytes(base_path).strip() == b"" else store.read(base_path)
    ours_stored = store.read_stored(args.ours)
    theirs = store.read(args.theirs)
    result = merge3(base, ours_stored.amap, theirs)
    out = args.output or args.ours
    store.write(out, result.map, ours_stored.codec)
    names = Names(result.map, *(m for m in (base,) if m is not None))
    remaining = len(result.map.conflicts)
    if not remaining:
        print(f"actormap: merged into {out} without conflicts", file=sys.stderr)
        return 0
    print(f"actormap: merged into {out}; {remaining} conflict{'s' * (remaining != 1)} to resolve "
          "(open the map in actormap: Merge conflicts panel):", file=sys.stderr)
    for c in result.map.conflicts:
        print(f"  {describe_conflict(c, names)}", file=sys.stderr)
    return EXIT_CONFLICTS


# ---- git-setup ---------------------------------------------------------------------------------
def driver_command() -> str:
    """The command git runs for a merge: this Python running actormap, so the same installation merges."""
    return f"{shlex.quote(sys.executable)} -m actormap merge %O %A %B"


def _git(folder: Path, *argv: str) -> str:
    try:
        done = subprocess.run(["git", "-C", str(folder), *argv], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise ActorMapError("git is not installed (or not on the PATH)") from None
    if done.returncode != 0:
        raise ActorMapError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else
                            f"git {' '.join(argv)} failed")
    return done.stdout.strip()


def git_setup(folder: str | Path = ".", store=None) -> list[str]:
    """Configure the repository holding ``folder``; returns what was done (one line each)."""
    store = store or store_for()
    folder = Path(folder)
    if not folder.is_dir():
        raise ActorMapError(f"'{folder}' is not a folder")
    try:
        top = Path(_git(folder, "rev-parse", "--show-toplevel"))
    except ActorMapError:
        raise ActorMapError(f"'{folder}' is not inside a git repository (run 'git init' there first)") from None
    done = []
    attributes = top / ".gitattributes"
    text = store.read_bytes(attributes).decode("utf-8") if attributes.exists() else ""
    if ATTRIBUTES_LINE in (line.strip() for line in text.splitlines()):
        done.append(f"{attributes}: already has '{ATTRIBUTES_LINE}'")
    else:
        text = text + ("\n" if text and not text.endswith("\n") else "") + ATTRIBUTES_LINE + "\n"
        store.write_bytes(attributes, text.encode("utf-8"))
        done.append(f"{attributes}: added '{ATTRIBUTES_LINE}' (commit it so teammates get it)")
    for key, value in (("merge.actormap.name", DRIVER_NAME), ("merge.actormap.driver", driver_command())):
        current = subprocess.run(["git", "-C", str(top), "config", "--local", "--get", key],
                                 capture_output=True, text=True, check=False).stdout.strip()
        if current == value:
            done.append(f"git config {key}: already set")
        else:
            _git(top, "config", "--local", key, value)
            done.append(f"git config {key} = {value}")
    return done


def git_setup_cmd(args) -> int:
    for line in git_setup(args.dir, store_for(args)):
        print(line)
    print("Each teammate runs 'actormap git-setup' once in their clone (the git config is not committed).")
    return 0
