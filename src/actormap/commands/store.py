"""The :class:`~actormap.core.io.MapStore` every subcommand reads and writes with.

One place, so that every command opens encrypted maps the same way. The
passphrase comes from, in this order:

1. ``--passphrase-file FILE`` (its first line; every subcommand has the option),
2. the ``ACTORMAP_PASSPHRASE`` environment variable,
3. a prompt on the terminal (``getpass``; never echoed) -- only when standard
   input is a terminal; otherwise the command stops with one clear line.

The passphrase is asked only when a file turns out to be encrypted, and is
never written anywhere.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from ..core.errors import ActorMapError
from ..core.io import MapStore, SecretRequest
from ..core.io.errors import quote_path

ENV = "ACTORMAP_PASSPHRASE"
MAX_PASSPHRASE_FILE = 64 * 1024


def add_passphrase_option(parser) -> None:
    """Give a subcommand the ``--passphrase-file`` option."""
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help=f"read the passphrase of encrypted maps from the first line of FILE "
                             f"(else ${ENV}, else a prompt on the terminal)")


def read_passphrase_file(path: str) -> str:
    """The first line of a passphrase file (without its line break); one clear error otherwise."""
    try:
        data = MapStore(max_bytes=MAX_PASSPHRASE_FILE).read_bytes(path)
    except ActorMapError as err:
        raise ActorMapError(f"cannot read the passphrase file {quote_path(path)}: "
                            f"{getattr(err, 'problem', err)}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ActorMapError(f"the passphrase file {quote_path(path)} is not UTF-8 text") from None
    line = text.splitlines()[0] if text else ""
    if not line:
        raise ActorMapError(f"the passphrase file {quote_path(path)} has an empty first line")
    return line


class PassphraseSource:
    """The secret hook of the command line (see the module docstring).

    ``confirm`` asks twice at a terminal prompt for a passphrase that will
    encrypt (a typo would lock the map away).
    """

    def __init__(self, file: str | None = None, *, stdin=None, prompt=getpass.getpass):
        self.file = file
        self.stdin = stdin if stdin is not None else sys.stdin
        self.prompt = prompt
        self._from_file: str | None = None

    def __call__(self, request: SecretRequest) -> str:
        if self.file is not None:
            if self._from_file is None:
                self._from_file = read_passphrase_file(self.file)
            return self._from_file
        env = os.environ.get(ENV)
        if env:
            return env
        what = quote_path(str(request.path)) if request.path is not None else "the map"
        try:
            interactive = self.stdin is not None and self.stdin.isatty()
        except (AttributeError, ValueError):
            interactive = False
        if not interactive:
            verb = "is encrypted" if request.purpose == "read" else "is to be encrypted"
            raise ActorMapError(f"{what} {verb}: give the passphrase in ${ENV} or with --passphrase-file "
                                "(there is no terminal to ask on)")
        if request.purpose == "read":
            value = self.prompt(f"Passphrase for {what}: ")
        else:
            value = self.prompt(f"New passphrase for {what}: ")
            if value and self.prompt("Type the passphrase again: ") != value:
                raise ActorMapError("the two passphrases differ; nothing was written")
        if not value:
            raise ActorMapError("no passphrase was given; nothing was written")
        return value


def store_for(args=None) -> MapStore:
    """The store for a command run with ``args``: reads plain and encrypted maps."""
    file = getattr(args, "passphrase_file", None) if args is not None else None
    return MapStore(secret=PassphraseSource(file))


def check_not_same(src: str | Path, out: str | Path) -> None:
    """Refuse an output that is the input file (so a failure can never lose the input)."""
    try:
        same = Path(out).exists() and os.path.samefile(src, out)
    except OSError:
        same = False
    if same:
        raise ActorMapError(f"{quote_path(str(out))} is the input file; write to another file")
