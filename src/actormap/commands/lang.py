"""``--lang en|es|fr`` for the commands that print or write analysis text.

Without the option the language follows the system locale (``LANGUAGE``,
``LC_ALL``, ``LC_MESSAGES``, ``LANG``); see :mod:`actormap.core.messages.locale`.
"""

from __future__ import annotations

from ..core.messages import LANGUAGE_NAMES, LANGUAGES
from ..core.messages.locale import system_language


def add_lang_option(parser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="language of the text: " + ", ".join(f"{c} ({n})" for c, n in LANGUAGE_NAMES.items())
                             + "; default: the system locale (LANG, LC_ALL...), else English")


def lang_of(args) -> str:
    """The language asked for with ``--lang``, else the system locale's (when the program has it)."""
    return getattr(args, "lang", None) or system_language(supported=LANGUAGES)
