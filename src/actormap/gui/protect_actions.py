"""File-menu actions that protect the data (issue 13): encryption, privacy, redacted export.

- File ▸ Encrypt… / Change passphrase… / Remove encryption: how the active map is
  stored from its next save on (no undo entry; the map is marked unsaved);
- File ▸ Export ▸ Redacted copy…: a copy with coded names (:mod:`actormap.core.redact`);
- File ▸ Clear recent files, and File ▸ Privacy ▸ Remember recent files (off: the
  list and the last folder are forgotten and no longer kept);
- File ▸ Close and wipe recovery: close the map and delete its autosave file now.

``install(window)`` adds them to a :class:`~.main_window.MainWindow`.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QAction

from ..core.errors import ActorMapError
from ..core.io import MapFileError
from ..core.io.errors import one_line
from ..core.redact import redact
from . import dialogs
from .i18n import COUNT, translate


def export_redacted(window) -> bool:
    """Ask for the redaction options and a file name, then write the redacted copy."""
    qdoc = window.qdoc
    amap = qdoc.doc.snapshot()
    options = dialogs.redact_options(window, [a.name for a in amap.actors])
    if options is None:
        return False
    base = os.path.splitext(qdoc.display_name())[0] if qdoc.path else translate("Protect", "map")
    start = os.path.join(os.path.dirname(qdoc.path) if qdoc.path else window.settings.last_dir(),
                         translate("Protect", "{name}-redacted.actormap").format(name=base))
    path = dialogs.redacted_file_name(window, start)
    if not path:
        return False
    if qdoc.path and os.path.abspath(path) == qdoc.path:
        dialogs.show_error(window, translate("Protect", "Export failed"),
                           translate("Protect", "Choose another file: the redacted copy would replace the map."))
        return False
    try:
        copy = redact(amap, options).amap
        window.files.store.write(path, copy)
    except (MapFileError, ActorMapError) as err:
        dialogs.show_error(window, translate("Protect", "Export failed"), str(err))
        return False
    actors, ties = len(copy.actors), len(copy.ties)
    window.show_message(translate("Protect", "Exported a redacted copy to {file} ({counts}).").format(
        file=one_line(os.path.basename(path)), counts=translate("Protect", "%n actor(s)", "", COUNT, actors) + ", "
        + translate("Protect", "%n tie(s)", "", COUNT, ties)))
    return True


def close_and_wipe(window) -> bool:
    """Close the active map (asking about unsaved changes) and delete its recovery file now."""
    qdoc = window.qdoc
    if not window.files.close(qdoc):
        return False
    window.recovery.wipe(qdoc)
    window.show_message(translate("Protect", "Closed; its recovery file is deleted."))
    return True


def set_remember_recent(window, remember: bool) -> None:
    window.settings.set_remember_recent(remember)
    window.show_message(translate("Protect", "Recent files are remembered.") if remember else
                        translate("Protect", "Recent files and the last folder are forgotten and no longer kept."))


def _update(window) -> None:
    acts = window.actions_
    encrypted = window.qdoc is not None and window.qdoc.storage.encrypted
    acts["encrypt"].setEnabled(not encrypted)
    acts["change_passphrase"].setEnabled(encrypted)
    acts["remove_encryption"].setEnabled(encrypted)


def install(window) -> None:
    """Add the actions to the window's File menu and wire them to its files and recovery."""
    files, a = window.files, window._action
    a("encrypt", translate("Protect", "&Encrypt…"), files.encrypt, None, None,
      translate("Protect", "Encrypt this map with a passphrase (saved as an age file)"))
    a("change_passphrase", translate("Protect", "Change &passphrase…"), files.encrypt, None, None,
      translate("Protect", "Choose a new passphrase for this encrypted map"))
    a("remove_encryption", translate("Protect", "Remove encryption"), files.remove_encryption, None, None,
      translate("Protect", "Save this map without encryption from now on"))
    a("export_redacted", translate("Protect", "&Redacted copy…"), lambda: export_redacted(window), None, None,
      translate("Protect", "Write a copy with coded names and no notes or sources, for sharing"))
    a("clear_recent", translate("Protect", "&Clear recent files"), window.settings.clear_recent, None, None,
      translate("Protect", "Forget the list of recently used maps"))
    a("close_wipe", translate("Protect", "Close and &wipe recovery"), lambda: close_and_wipe(window), None, None,
      translate("Protect", "Close this map and delete its autosaved recovery file now"))
    remember = QAction(translate("Protect", "&Remember recent files"), window)
    remember.setCheckable(True)
    remember.setChecked(window.settings.remember_recent())
    remember.setStatusTip(translate("Protect", "Keep a list of recently used maps and the last folder (off: nothing "
                                               "is kept)"))
    remember.toggled.connect(lambda on: set_remember_recent(window, on))
    window.actions_["remember_recent"] = remember

    f = window.menus["file"]
    f.insertSeparator(window.actions_["import"])
    for key in ("encrypt", "change_passphrase", "remove_encryption"):
        f.insertAction(window.actions_["import"], window.actions_[key])
    f.insertSeparator(window.actions_["import"])
    window.menus["export"].addAction(window.actions_["export_redacted"])
    f.insertAction(window.actions_["save"], window.actions_["clear_recent"])  # after Open Recent
    f.insertSeparator(window.actions_["save"])
    privacy = window.menus["privacy"] = f.addMenu(translate("Protect", "&Privacy"))
    f.insertMenu(window.actions_["close"], privacy)
    privacy.addAction(remember)
    privacy.addAction(window.actions_["clear_recent"])
    f.insertAction(window.actions_["quit"], window.actions_["close_wipe"])

    files.encryptionChanged.connect(lambda _q: (_update(window), window.recovery.set_document_path(),
                                                window.recovery.autosave_now()))
    window.workspace.activeChanged.connect(lambda _q: _update(window))
    _update(window)
    files.remove_stray_temps()
