"""The user's language from the environment, as gettext reads it.

POSIX and GNU gettext look at ``LANGUAGE`` (a colon-separated list of
preferences, GNU only, ignored when the locale is "C"), then ``LC_ALL``,
``LC_MESSAGES`` and ``LANG``; the first one set decides. A value looks like
``es_MX.UTF-8`` or ``fr_FR@euro``; its language is the part before ``_``, ``.``
or ``@``. The program's languages are those of the message catalogue; anything
else (``C``, ``POSIX``, ``de_DE``) gives English.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

DEFAULT = "en"
SUPPORTED = ("en", "es", "fr")


def language_of(value: str) -> str:
    """``"es_MX.UTF-8"`` -> ``"es"``; ``""``, ``"C"``, ``"POSIX"`` -> ``""``."""
    head = value.strip()
    for sep in ("_", ".", "@", "-"):
        head = head.split(sep, 1)[0]
    head = head.lower()
    return "" if head in ("c", "posix") else head


def pick(preferences: Iterable[str], supported: Iterable[str] = SUPPORTED) -> str:
    """The first preference (a locale name or a language code) the program supports, else English."""
    known = set(supported)
    for pref in preferences:
        lang = language_of(pref)
        if lang in known:
            return lang
    return DEFAULT


def system_language(environ: Mapping[str, str] | None = None, supported: Iterable[str] = SUPPORTED) -> str:
    """The language the environment asks for (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``)."""
    env = os.environ if environ is None else environ
    locale = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    if language_of(locale) == "" and locale:  # "C" / "POSIX": GNU gettext ignores LANGUAGE then
        return DEFAULT
    prefs = [p for p in env.get("LANGUAGE", "").split(":") if p]
    return pick([*prefs, locale], supported)
