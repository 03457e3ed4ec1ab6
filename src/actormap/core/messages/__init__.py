"""The one message catalogue: reason codes and report phrases -> text, per language.

``render(reason, lang)`` turns a :class:`~actormap.core.analysis.result.Reason`
(or any object or mapping with ``code`` and ``params``) into a sentence;
``phrase(key, lang, **params)`` gives the fixed sentences the reports share.
Each language is a plain Python module (``en.py``, ``es.py``, ``fr.py``) holding ``MESSAGES``: key -> function ``(params, lang) -> str``, where
``lang`` is its :class:`.language.Language` (CLDR plurals, list joining,
numbers). All wording, plurals and list joining live here, never in the engine.

Camp names the engine makes from a kind (``"(religious)"`` for an actor with no
faction) are shown with the kind in the language asked for (``"(religioso)"``).
The language of the user comes from :func:`.locale.system_language` (LANGUAGE,
LC_ALL, LC_MESSAGES, LANG), unless a ``--lang`` or a preference overrides it.

Nothing here raises on odd input: an unknown language falls back to English, a
key the language lacks falls back to English, and an unknown code (or params a
message cannot use) gives a visible fallback ``code {params}``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from . import en, es, fr
from .language import RULES, Language

DEFAULT_LANG = "en"

Message = Callable[[Mapping[str, Any], Language], str]

CATALOGUES: dict[str, dict[str, Message]] = {"en": en.MESSAGES, "es": es.MESSAGES, "fr": fr.MESSAGES}
"""Language code -> its messages (a test keeps es and fr as complete as en)."""

LANGUAGE_NAMES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français"}
"""Each language's own name (for a language menu)."""

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


_KIND_CAMP = re.compile(r"\(([a-z_]+)\)")


def camp(name: Any, lang: str = DEFAULT_LANG) -> Any:
    """A camp name with an engine-made ``"(kind)"`` shown in ``lang``; any other value as it is."""
    if lang == DEFAULT_LANG or not isinstance(name, str):
        return name
    m = _KIND_CAMP.fullmatch(name)
    if m and f"kind.{m.group(1)}" in en.MESSAGES:
        return f"({_format('kind.' + m.group(1), {}, lang)})"
    return name


def _localised(value: Any, lang: str) -> Any:
    if isinstance(value, str):
        return camp(value, lang)
    if isinstance(value, (list, tuple)):
        return [_localised(v, lang) for v in value]
    return value


def _format(key: str, params: Mapping[str, Any], lang: str) -> str:
    msg, rules = _message(key, lang)
    if msg is None:
        return fallback(key, params)
    try:
        if rules.code != DEFAULT_LANG and not key.startswith("kind."):
            params = {k: _localised(v, rules.code) for k, v in params.items()}
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


def describe_error(err: BaseException, lang: str = DEFAULT_LANG) -> str:
    """An error's text in ``lang``: its catalogue message when it carries a ``code`` (an
    :class:`~actormap.core.errors.EditError` made with ``coded``), else ``str(err)``."""
    describe = getattr(err, "describe", None)
    if callable(describe):  # a file error: which file and why, in ``lang``
        return str(describe(lang))
    parts = getattr(err, "validation", None)
    if parts and lang != DEFAULT_LANG:  # a model check: its parts in ``lang`` (the English is str(err))
        from .validation import render_validation

        return render_validation(parts, lang)
    code = getattr(err, "code", "")
    if isinstance(code, str) and code and code in CATALOGUES[DEFAULT_LANG]:
        return _format(code, getattr(err, "params", None) or {}, lang)
    return str(err)


def has_message(key: str, lang: str = DEFAULT_LANG) -> bool:
    """Whether ``lang`` itself (not a fallback) has a message for ``key``."""
    return key in CATALOGUES.get(lang, {})


__all__ = ["CATALOGUES", "DEFAULT_LANG", "LANGUAGES", "LANGUAGE_NAMES", "camp", "describe_error", "fallback",
           "has_message", "phrase", "render"]
