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

    verb = "read"

    def __init__(self, path: str | Path | None, problem: str, validation: list[dict] | None = None,
                 record: str = ""):
        self.path = str(path) if path is not None else None
        self.problem = problem
        self.validation = validation  # a model check's parts: said in any language (describe)
        self.record = record  # the record a model check refused ("actor 3"), if any
        super().__init__(self.describe("en"))

    def describe(self, lang: str = "en") -> str:
        """The message in ``lang``: which file, and the problem (a model check in ``lang``; the
        other problems, the operating system's or the parser's, as they came)."""
        from ..messages import phrase

        where = (phrase(f"file.cannot_{self.verb}", lang, path=quote_path(self.path)) if self.path
                 else phrase(f"file.cannot_{self.verb}_map", lang))
        problem = self.problem
        if self.validation and lang != "en":
            from ..messages.validation import render_validation

            problem = render_validation(self.validation, lang)
            if self.record:
                problem = f"{self.record}: {problem}"
        return f"{where}: {problem}"


class MapWriteError(MapFileError):
    verb = "write"
