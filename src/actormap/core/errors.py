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
        return cls(prefix + describe_validation_error(err), validation=validation_parts(err))

    @classmethod
    def coded(cls, code: str, **params: Any) -> EditError:
        """An error whose text is the catalogue's message ``code`` (English in ``str()``)."""
        from .messages import phrase

        return cls(phrase(code, "en", **params), code, params)


def describe_validation_error(err: ValidationError, limit: int = 3) -> str:
    """One or a few plain sentences for a pydantic ``ValidationError`` ("name: cannot be
    empty", "power: must be at most 5"), never the library's own wording."""
    return render_validation(validation_parts(err), "en", limit)


def validation_parts(err: ValidationError) -> list[dict]:
    """The parts of a ``ValidationError`` a message needs (plain data: kept in an error)."""
    return [{"loc": [str(p) for p in e.get("loc", ()) if p != "__root__"], "type": e.get("type", ""),
             "ctx": {k: (v if isinstance(v, (int, float)) else str(v)) for k, v in (e.get("ctx") or {}).items()},
             "msg": str(e.get("msg", ""))} for e in err.errors()]


def render_validation(parts: list[dict], lang: str = "en", limit: int = 3) -> str:
    """``parts`` (:func:`validation_parts`) in ``lang``: the catalogue's ``validation.<type>``
    sentence where it has one, else the English one."""
    from .messages import has_message, phrase

    out = []
    for e in parts[:limit]:
        loc = ".".join(e["loc"])
        key = f"validation.{e['type']}"
        msg = phrase(key, lang, **e["ctx"]) if lang != "en" and has_message(key, lang) else _plain(e)
        if loc and lang != "en" and has_message(f"field.{loc}", lang):
            loc = phrase(f"field.{loc}", lang)
        out.append(f"{loc}: {msg}" if loc else msg)
    more = len(parts) - limit
    if more > 0:
        out.append(phrase("validation.more", lang, count=more) if lang != "en" else
                   f"and {more} more problem{'s' if more > 1 else ''}")
    return "; ".join(out)


def _plain(e: dict) -> str:
    kind = e.get("type", "")
    ctx = e.get("ctx") or {}
    if kind == "string_too_short":
        n = ctx.get("min_length", 1)
        return "cannot be empty" if n == 1 else f"needs at least {n} characters"
    if kind == "string_too_long":
        return f"is too long (at most {ctx.get('max_length')} characters)"
    if kind == "too_long":
        return f"has too many entries (at most {ctx.get('max_length')})"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} entries"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        word = {"greater_than_equal": "at least", "greater_than": "above", "less_than_equal": "at most",
                "less_than": "below"}[kind]
        limit = next(iter(ctx.values()), "")
        return f"must be {word} {limit}"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return "must be a whole number"
    if kind in ("float_parsing", "float_type", "finite_number"):
        return "must be a number"
    if kind in ("bool_parsing", "bool_type"):
        return "must be yes or no"
    if kind == "enum":
        return f"must be one of: {ctx.get('expected', '')}".replace("'", "")
    if kind == "missing":
        return "is missing"
    if kind in ("date_parsing", "date_from_datetime_parsing", "date_type"):
        return "must be a date like 2012-03-09"
    if kind == "string_pattern_mismatch":
        return "contains a character not allowed here (a control character or line break, or a space in an id)"
    if kind == "extra_forbidden":
        return "is not a field this program knows"
    msg = str(e.get("msg", "is not valid"))
    return msg.removeprefix("Value error, ")
