"""Error types of the core and a readable rendering of pydantic errors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError


class ActorMapError(Exception):
    """Base class of every error the program reports to a user."""


class EditError(ActorMapError, ValueError):
    """An edit that would make the map invalid; nothing was changed.

    Made with :meth:`coded`, it keeps a message ``code`` and its ``params`` so a
    user interface can show it in its own language
    (:func:`actormap.core.messages.describe_error`); ``str(err)`` is the English text.
    """

    def __init__(self, message: str = "", code: str = "", params: Mapping[str, Any] | None = None):
        super().__init__(message)
        self.code = code
        self.params = dict(params or {})

    @classmethod
    def coded(cls, code: str, **params: Any) -> EditError:
        """An error whose text is the catalogue's message ``code`` (English in ``str()``)."""
        from .messages import phrase

        return cls(phrase(code, "en", **params), code, params)


def describe_validation_error(err: ValidationError, limit: int = 3) -> str:
    """One or a few plain sentences for a pydantic ``ValidationError``."""
    parts = []
    for e in err.errors()[:limit]:
        loc = ".".join(str(p) for p in e.get("loc", ()) if p != "__root__")
        msg = e.get("msg", "invalid value")
        msg = msg.removeprefix("Value error, ")
        if e.get("type") == "string_pattern_mismatch":
            msg = "contains a character not allowed here (a control character or line break, or a space in an id)"
        parts.append(f"{loc}: {msg}" if loc else msg)
    more = err.error_count() - limit
    if more > 0:
        parts.append(f"and {more} more problem{'s' if more > 1 else ''}")
    return "; ".join(parts)
