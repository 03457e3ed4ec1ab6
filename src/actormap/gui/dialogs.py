"""Every modal dialog of the shell in one small function each, so tests can monkeypatch them.

Nothing else in the GUI calls ``QMessageBox`` or ``QFileDialog`` directly.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .i18n import translate


def map_filter() -> str:
    return translate("Dialogs", "Actor maps (*.actormap);;All files (*)")


def foreign_filter() -> str:
    return translate("Dialogs", "GraphML (*.graphml);;GEXF (*.gexf);;Excel, Kumu layout (*.xlsx);;"
                                "CSV tables: actormap, Kumu, Gephi, edge lists (*.csv)")


def open_filter() -> str:
    return (translate("Dialogs", "Maps and files to import (*.actormap *.graphml *.gexf *.xlsx *.csv)") + ";;"
            + translate("Dialogs", "Actor maps (*.actormap)") + f";;{foreign_filter()};;"
            + translate("Dialogs", "All files (*)"))


def ask_unsaved(parent: QWidget | None, name: str) -> str:
    """Ask what to do with unsaved changes: returns ``"save"``, ``"discard"`` or ``"cancel"``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "Unsaved changes"))
    box.setText(translate("Dialogs", "Save the changes to “{name}”?").format(name=name))
    box.setInformativeText(translate("Dialogs", "Your changes will be lost if you don't save them."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {
        QMessageBox.StandardButton.Save: "save",
        QMessageBox.StandardButton.Discard: "discard",
    }.get(QMessageBox.StandardButton(answer), "cancel")


def open_file_name(parent: QWidget | None, start_dir: str = "") -> str | None:
    """Ask for a map file to open; ``None`` if cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, translate("Dialogs", "Open map"), start_dir, open_filter())
    return path or None


def save_file_name(parent: QWidget | None, suggested: str = "") -> str | None:
    """Ask where to save the map; ``None`` if cancelled. Adds ``.actormap`` if missing."""
    path, _ = QFileDialog.getSaveFileName(parent, translate("Dialogs", "Save map as"), suggested, map_filter())
    if not path:
        return None
    if "." not in path.rsplit("/", 1)[-1]:
        path += ".actormap"
    return path


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """A plain error message (the text is the program's one readable sentence)."""
    QMessageBox.critical(parent, title, text)


def ask_recover(parent: QWidget | None, description: str) -> bool:
    """Offer to restore a map from an unfinished session. True = recover, False = discard."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "Recover unsaved work?"))
    box.setText(translate("Dialogs", "actormap did not close properly last time."))
    box.setInformativeText(description + "\n\n" + translate(
        "Dialogs", "Recover the unsaved map? If you choose Discard it is deleted."))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Dialogs", "Recover"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Yes


def import_file_name(parent: QWidget | None, start_dir: str = "") -> str | None:
    """Ask for a GraphML, GEXF, Excel or CSV file to import; ``None`` if cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("Dialogs", "Import map"), start_dir,
        translate("Dialogs", "All importable files (*.graphml *.gexf *.xlsx *.csv)") + f";;{foreign_filter()}"
    )
    return path or None


def export_file_name(parent: QWidget | None, start_dir: str = "") -> str | None:
    """Ask where to export the map's data (the extension chooses GraphML, GEXF, Excel or CSV)."""
    path, chosen = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "Export map data"), start_dir,
        translate("Dialogs", "GraphML (*.graphml);;GEXF for Gephi (*.gexf);;Excel, Kumu layout (*.xlsx);;"
                             "CSV tables (*.csv)")
    )
    if not path:
        return None
    if "." not in path.rsplit("/", 1)[-1]:
        path += next((s for s in (".gexf", ".xlsx", ".csv") if s[1:] in chosen.lower()), ".graphml")
    return path


def show_about(parent: QWidget | None, text: str) -> None:
    QMessageBox.about(parent, translate("Dialogs", "About actormap"), text)


# ---- encrypted maps, files changed on disk ----------------------------------------------------
def ask_passphrase(parent: QWidget | None, name: str, error: str = "") -> str | None:
    """Ask for the passphrase of an encrypted map; ``None`` if cancelled.

    ``error`` (e.g. "wrong passphrase, or the file was changed") is shown above the field
    when asking again.
    """
    from .passphrase_dialog import PassphraseDialog

    dlg = PassphraseDialog(parent, name, confirm=False, error=error)
    return dlg.passphrase() if dlg.exec() else None


def ask_new_passphrase(parent: QWidget | None, name: str) -> str | None:
    """Ask for a new passphrase (typed twice, with a strength hint); ``None`` if cancelled."""
    from .passphrase_dialog import PassphraseDialog

    dlg = PassphraseDialog(parent, name, confirm=True)
    return dlg.passphrase() if dlg.exec() else None


def ask_changed_on_disk(parent: QWidget | None, name: str) -> str:
    """The file changed on disk since it was read or saved here (another window or program
    saved it). Returns ``"reload"``, ``"save_as"``, ``"overwrite"`` or ``"cancel"``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "File changed on disk"))
    box.setText(translate("Dialogs", "“{name}” was changed on disk by another window or program since you opened or "
                                     "saved it.").format(name=name))
    box.setInformativeText(translate("Dialogs", "Saving now would overwrite those changes. Reload it (your unsaved "
                                                "changes here are lost), save your version under another name, or "
                                                "overwrite?"))
    reload = box.addButton(translate("Dialogs", "Reload from disk"), QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(translate("Dialogs", "Save As…"), QMessageBox.ButtonRole.AcceptRole)
    overwrite = box.addButton(translate("Dialogs", "Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    return {reload: "reload", save_as: "save_as", overwrite: "overwrite"}.get(box.clickedButton(), "cancel")


def confirm(parent: QWidget | None, title: str, text: str, ok: str = "") -> bool:
    """A yes/cancel question; True when the user agrees."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(ok or translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def redact_options(parent: QWidget | None, actor_names: list[str]):
    """Ask how to redact (names to keep, hide kinds, coarsen dates); ``None`` if cancelled."""
    from .redact_dialog import RedactDialog

    dlg = RedactDialog(parent, actor_names)
    return dlg.options() if dlg.exec() else None


def redacted_file_name(parent: QWidget | None, suggested: str = "") -> str | None:
    """Ask where to write a redacted copy of the map; ``None`` if cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, translate("Dialogs", "Export redacted copy"), suggested, map_filter())
    if not path:
        return None
    if "." not in path.rsplit("/", 1)[-1]:
        path += ".actormap"
    return path
