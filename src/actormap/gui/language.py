"""The program's language: the system locale's, unless View ▸ Language chose another.

The choice is kept in the settings file (``ui/language``: ``en``, ``es``, ``fr``, or
empty for the system's). It decides the language of the interface (Qt translators,
:mod:`.i18n`, installed when the main window is built: a new choice shows in the menus
and panels at the next start), and of the user guide and the analysis reports written
from the editor (at once).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup

from ..core.messages import LANGUAGE_NAMES, LANGUAGES
from ..core.messages.locale import system_language
from .i18n import translate

SETTING = "ui/language"


def chosen_language(settings: QSettings) -> str:
    """The language chosen in View ▸ Language ("" = follow the system)."""
    value = str(settings.value(SETTING, "") or "")
    return value if value in LANGUAGES else ""


def app_language(settings: QSettings) -> str:
    """The language the program uses: the chosen one, else the system locale's, else English."""
    return chosen_language(settings) or system_language(supported=LANGUAGES)


def set_language(settings: QSettings, lang: str) -> None:
    """Choose a language (``""`` follows the system again)."""
    if lang and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    settings.setValue(SETTING, lang)


def install(window) -> None:
    """View ▸ Language: the system's language, or English, Español, Français."""
    settings = window.settings.q
    menu = window.menus["view"].addMenu(translate("Language", "&Language"))
    menu.setObjectName("languageMenu")
    window.menus["language"] = menu
    group = QActionGroup(window)
    group.setExclusive(True)
    system = LANGUAGE_NAMES.get(system_language(supported=LANGUAGES), "English")
    current = chosen_language(settings)
    system_text = translate("Language", "System language ({language})").format(language=system)
    for code, text in (("", system_text), *LANGUAGE_NAMES.items()):
        act = QAction(text, menu)
        act.setCheckable(True)
        act.setChecked(code == current)
        act.setData(code)
        act.setStatusTip(translate("Language", "The language of the interface (from the next start), of the user "
                                               "guide and of reports"))
        act.triggered.connect(lambda _c=False, c=code: _choose(window, c))
        group.addAction(act)
        menu.addAction(act)
        window.actions_[f"language_{code or 'system'}"] = act


def _choose(window, code: str) -> None:
    set_language(window.settings.q, code)
    lang = app_language(window.settings.q)
    window.show_message(translate("Language", "Language: {language}. The user guide and reports use it now; the "
                                              "menus and panels change when actormap starts again.").format(
        language=LANGUAGE_NAMES[lang]))
