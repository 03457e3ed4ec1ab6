"""The one message catalogue: reason codes and report phrases -> text, per language.

``render(reason, lang)`` turns a :class:`~actormap.core.analysis.result.Reason`
(or any object or mapping with ``code`` and ``params``) into a sentence;
``phrase(key, lang, **params)`` gives the fixed sentences the reports share.
Each language is a plain Python module (``en.py``; ``es.py`` and ``fr.py`` will
follow) holding ``MESSAGES``: key -> function ``(params, lang) -> str``, where
``lang`` is its :class:`.language.Language` (CLDR plurals, list joining,
numbers). All wording, plurals and list joining live here, never in the engine.

Nothing here raises on odd input: an unknown language falls back to English, a
key the language lacks falls back to English, and an unknown code (or params a
message cannot use) gives a visible fallback ``code {params}``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from . import en
from .language import RULES, Language

DEFAULT_LANG = "en"

Message = Callable[[Mapping[str, Any], Language], str]

CATALOGUES: dict[str, dict[str, Message]] = {"en": en.MESSAGES}
"""Language code -> its messages. English is complete; others may lack keys."""

LANGUAGES: tuple[str, ...] = tuple(CATALOGUES)


def _parts(reason: Any) -> tuple[str, Mapping[str, Any]]:
    if isinstance(reason, Mapping):
        return str(reason.get("code", "")), reason.get("params") or {}
    return str(getattr(reason, "code", "")), getattr(reason, "params", None) or {}


def fallback(code: str, params: Mapping[str, Any]) -> str:
    """The visible stand-in for a message that cannot be rendered: ``code {params}``."""
    try:
        shown = json.dumps(dict(params), ensure_ascii=False, sort_keys=True, default=str)
    except (TypeError, ValueError):
        shown = repr(params)
    return f"{code or '?'} {shown}" if params else (code or "?")


def _message(key: str, lang: str) -> tuple[Message | None, Language]:
    if lang not in CATALOGUES:
        lang = DEFAULT_LANG
    msg = CATALOGUES[lang].get(key)
    if msg is None and lang != DEFAULT_LANG:
        lang = DEFAULT_LANG
        msg = CATALOGUES[lang].get(key)
    return msg, RULES[lang]


def _format(key: str, params: Mapping[str, Any], lang: str) -> str:
    msg, rules = _message(key, lang)
    if msg is None:
        return fallback(key, params)
    try:
        return msg(params, rules)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        return fallback(key, params)


def render(reason: Any, lang: str = DEFAULT_LANG) -> str:
    """The text of a reason (``code`` + ``params``) in ``lang``; never raises."""
    code, params = _parts(reason)
    return _format(code, params, lang)


def phrase(key: str, lang: str = DEFAULT_LANG, **params: Any) -> str:
    """A fixed report sentence (keys ``report.*``) in ``lang``; never raises."""
    return _format(key, params, lang)


def has_message(key: str, lang: str = DEFAULT_LANG) -> bool:
    """Whether ``lang`` itself (not a fallback) has a message for ``key``."""
    return key in CATALOGUES.get(lang, {})


__all__ = ["CATALOGUES", "DEFAULT_LANG", "LANGUAGES", "fallback", "has_message", "phrase", "render"]
