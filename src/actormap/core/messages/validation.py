"""The model's refusals (pydantic ``ValidationError``) as plain sentences in a language.

:func:`validation_parts` keeps what a message needs from an error (plain data, stored in
:class:`~actormap.core.errors.EditError` and :class:`~actormap.core.io.MapFileError`);
:func:`render_validation` says them in ``en`` (the sentences of :func:`_plain`), or in
``es``/``fr`` through the catalogue's ``validation.<type>`` and ``field.<name>`` entries.
"""

from __future__ import annotations

from pydantic import ValidationError

from . import has_message, phrase


def validation_parts(err: ValidationError) -> list[dict]:
    """The parts of a ``ValidationError`` a message needs (plain data: kept in an error)."""
    return [{"loc": [str(p) for p in e.get("loc", ()) if p != "__root__"], "type": e.get("type", ""),
             "ctx": {k: (v if isinstance(v, (int, float)) else str(v)) for k, v in (e.get("ctx") or {}).items()},
             "msg": str(e.get("msg", ""))} for e in err.errors()]


def render_validation(parts: list[dict], lang: str = "en", limit: int = 3) -> str:
    """``parts`` (:func:`validation_parts`) in ``lang``: the catalogue's ``validation.<type>``
    sentence where it has one, else the English one."""
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
