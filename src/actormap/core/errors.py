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

    def __init__(self, message: str = "", code: str = "", params: Mapping[str, Any] | None = None,
                 validation: list[dict] | None = None):
        super().__init__(message)
        self.code = code
        self.params = dict(params or {})
        self.validation = validation  # pydantic's errors (loc, type, ctx, msg), to say in any language

    @classmethod
    def invalid(cls, err: ValidationError, prefix: str = "") -> EditError:
        """An error for a pydantic ``ValidationError``: English in ``str()``, its parts kept."""
        from .messages.validation import validation_parts

        return cls(prefix + describe_validation_error(err), validation=validation_parts(err))

    @classmethod
    def coded(cls, code: str, **params: Any) -> EditError:
        """An error whose text is the catalogue's message ``code`` (English in ``str()``)."""
        from .messages import phrase

        return cls(phrase(code, "en", **params), code, params)


def describe_validation_error(err: ValidationError, limit: int = 3) -> str:
    """One or a few plain sentences for a pydantic ``ValidationError`` ("name: cannot be
    empty", "power: must be at most 5"), never the library's own wording."""
    from .messages.validation import render_validation, validation_parts

    return render_validation(validation_parts(err), "en", limit)
