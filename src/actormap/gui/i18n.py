"""The interface's language: Qt translators for actormap's own texts and Qt's standard dialogs.

Every text the interface shows goes through :func:`translate` with a literal context
(one per module) so ``pyside6-lupdate`` finds it: ``translate("MainWindow", "&File")``,
``translate("MainWindow", "%n actor(s)", "", COUNT, n)`` (Qt's numerus forms, so Spanish
and French plurals are right), ``translate("Ctx", "No actor matches “{text}”.").format(text=t)``
(never an f-string inside: lupdate would record the braces, not the value).

The sources are ``actormap/i18n/actormap_{es,fr}.ts`` (and ``actormap_en.ts``, which only
holds the English plural forms), kept up to date with ``make translations``. The binary
``.qm`` files are not kept in the repository: a stand-alone bundle ships them (its build
runs ``lrelease``); otherwise they are built once from the ``.ts`` with the ``lrelease``
that ships with PySide6-Essentials, into the user's cache, named by the digest of the
``.ts`` so an updated translation is rebuilt and a stale one never read. When no ``.qm``
can be had the interface stays in English (a warning is logged).

:func:`install` puts the translators on the application: actormap's, then Qt's own
``qtbase_<lang>.qm`` (buttons of standard dialogs: Cancel, Save, Discard...) when
PySide6 ships it. It also sets :func:`current_language`, the language the GUI asks
the core catalogue (:mod:`actormap.core.messages`) for: analysis reasons, undo labels
and edit errors are rendered there, in the same language as the rest of the window.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator

from ..core.messages import DEFAULT_LANG, LANGUAGES, describe_error, phrase

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
"""Where the ``.ts`` sources (and, in a bundle, the built ``.qm``) live."""

_state: dict = {"lang": DEFAULT_LANG, "translators": [], "installed": False}


COUNT = object()
"""Marks the count of a plural text: ``translate(ctx, "%n actor(s)", "", COUNT, n)``."""


def translate(context: str, text: str, disambiguation: str | None = None, plural: object = None,
              n: int = -1) -> str:
    """``text`` of ``context`` in the installed language (``QCoreApplication.translate``).

    A text with a count is written ``translate(ctx, "%n actor(s)", "", COUNT, n)`` with ``n`` a
    plain name: ``pyside6-lupdate`` (Qt 6.11) takes a name in the fourth place for a
    character encoding (PyQt4's ``translate``) and only sees the plural in the fifth; an
    attribute there makes it skip the text, or hang (``len(self.x)``). A test holds every
    call to this form.
    """
    if plural is not None and plural is not COUNT:
        raise TypeError("a plural text is translate(context, text, disambiguation, COUNT, n)")
    return QCoreApplication.translate(context, text, disambiguation, n if plural is COUNT else -1)


def current_language() -> str:
    """The language the translators installed last are for (``"en"`` before any)."""
    return _state["lang"]


def error_text(err: BaseException) -> str:
    """An error's text in the interface's language (a coded core error through the catalogue)."""
    return describe_error(err, current_language())


def message(key: str, **params) -> str:
    """A phrase of the core catalogue (:mod:`actormap.core.messages`) in the interface's language."""
    return phrase(key, current_language(), **params)


def ts_file(lang: str) -> Path:
    return I18N_DIR / f"actormap_{lang}.ts"


CACHE_DIR: Path | None = None
"""Where built ``.qm`` files go when set (tests use a temporary folder); else the user's cache."""


def default_cache_dir() -> Path:
    if CACHE_DIR is not None:
        return Path(CACHE_DIR)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base or Path.home() / ".cache" / "actormap") / "translations"


def lrelease_program() -> Path | None:
    """The ``lrelease`` binary PySide6 ships (``None`` in a bundle, which carries its ``.qm``)."""
    try:
        import PySide6
    except ImportError:  # pragma: no cover - the GUI needs PySide6 anyway
        return None
    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease.exe", "lrelease") if sys.platform == "win32" else ("lrelease",):
        exe = folder / name
        if exe.is_file() and os.access(exe, os.X_OK):
            return exe
    return None


def _build(ts: Path, qm: Path) -> bool:
    """Compile ``ts`` into ``qm`` with lrelease (the folder is made private first)."""
    exe = lrelease_program()
    if exe is None:
        return False
    from ..core.errors import ActorMapError
    from ..core.io import MapStore

    try:
        MapStore().private_dir(qm.parent)
        done = subprocess.run([str(exe), "-silent", str(ts), "-qm", str(qm)], capture_output=True,
                              timeout=60, check=False)
    except (ActorMapError, OSError, subprocess.SubprocessError) as err:
        log.warning("cannot build the %s translation: %s", ts.name, err)
        return False
    if done.returncode != 0 or not qm.is_file():
        log.warning("lrelease failed on %s: %s", ts.name, done.stderr.decode(errors="replace").strip())
        return False
    return True


def qm_file(lang: str, cache_dir: str | Path | None = None) -> Path | None:
    """The compiled translation of ``lang``: shipped beside its ``.ts`` (a bundle), else built
    into ``cache_dir`` (default: the user's cache) under the digest of the ``.ts``."""
    ts = ts_file(lang)
    shipped = ts.with_suffix(".qm")
    if not ts.is_file():
        return shipped if shipped.is_file() else None
    if shipped.is_file() and shipped.stat().st_mtime >= ts.stat().st_mtime:
        return shipped
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    built = Path(cache_dir or default_cache_dir()) / f"actormap_{lang}-{digest}.qm"
    if built.is_file() or _build(ts, built):
        return built
    return shipped if shipped.is_file() else None


def _qt_translation(lang: str) -> Path | None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qm = Path(folder) / f"qtbase_{lang}.qm" if folder else None
    return qm if qm is not None and qm.is_file() else None


def install(lang: str, app: QCoreApplication | None = None, cache_dir: str | Path | None = None) -> list[Path]:
    """Translate the interface into ``lang`` from now on (widgets built before keep their texts).

    Removes the translators installed before; returns the ``.qm`` files loaded (none when
    ``lang`` has no translation: the interface is then in English).
    """
    app = app or QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else DEFAULT_LANG
    for old in _state["translators"]:
        QCoreApplication.removeTranslator(old)
    _state["translators"] = []
    _state["lang"] = lang
    _state["installed"] = True
    loaded = []
    own = qm_file(lang, cache_dir)
    if own is None and lang != DEFAULT_LANG:
        log.warning("no translation of actormap's texts for %r: they stay in English", lang)
    for qm in (own, _qt_translation(lang) if lang != DEFAULT_LANG else None):
        if qm is None:
            continue
        translator = QTranslator(app)
        if translator.load(str(qm)) and QCoreApplication.installTranslator(translator):
            _state["translators"].append(translator)
            loaded.append(qm)
        else:
            log.warning("cannot load the translation %s", qm)
    QLocale.setDefault(_locale_for(lang))
    return loaded


def use_language(lang: str, cache_dir: str | Path | None = None) -> None:
    """:func:`install` ``lang`` unless it is the language installed already (a window starting)."""
    lang = lang if lang in LANGUAGES else DEFAULT_LANG
    if not _state["installed"] or lang != _state["lang"]:
        install(lang, cache_dir=cache_dir)


LOCALES = {"es": "es_419", "fr": "fr_FR"}
"""Numbers and dates in widgets when the system's locale is of another language: Latin American
Spanish (decimal point, as the reports write it) and French (decimal comma)."""


def _locale_for(lang: str) -> QLocale:
    system = QLocale.system()
    if lang == DEFAULT_LANG or system.name().split("_")[0] == lang:
        return system
    return QLocale(LOCALES[lang])
