"""The one error type for files that cannot be read or written."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ..errors import ActorMapError


def quote_path(path: str) -> str:
    """``'path'``, or Python's escaped ``repr`` when the name holds control or format
    characters (a newline, a bidi override), so a message stays one honest line."""
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in path):
        return repr(path)
    return f"'{path}'"


def one_line(text: str) -> str:
    """``text`` as it is, or Python's escaped ``repr`` when it holds control or format characters,
    for names shown in one-line messages, tab titles and ``wrote ...`` lines."""
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in text):
        return repr(text)
    return text


class MapFileError(ActorMapError):
    """A file could not be read or written. ``str()`` names the file and the problem."""

    wrong_secret = False
    """The passphrase did not open the file (asking again may help)."""
    declined = False
    """The user declined to give a passphrase (nothing to report)."""

    def __init__(self, path: str | Path | None, problem: str):
        self.path = str(path) if path is not None else None
        self.problem = problem
        where = f"Cannot read {quote_path(self.path)}" if self.path else "Cannot read the map"
        super().__init__(f"{where}: {problem}")


class MapWriteError(MapFileError):
    def __init__(self, path: str | Path | None, problem: str):
        super().__init__(path, problem)
        where = f"Cannot write {quote_path(self.path)}" if self.path else "Cannot write the map"
        self.args = (f"{where}: {problem}",)
