"""Every modal dialog of the shell in one small function each, so tests can monkeypatch them.

Nothing else in the GUI calls ``QMessageBox`` or ``QFileDialog`` directly.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

MAP_FILTER = "Actor maps (*.actormap);;All files (*)"
FOREIGN_FILTER = ("GraphML (*.graphml);;GEXF (*.gexf);;Excel, Kumu layout (*.xlsx);;"
                  "CSV tables: actormap, Kumu, Gephi, edge lists (*.csv)")
OPEN_FILTER = (f"Maps and files to import (*.actormap *.graphml *.gexf *.xlsx *.csv);;Actor maps (*.actormap);;"
               f"{FOREIGN_FILTER};;All files (*)")


def ask_unsaved(parent: QWidget | None, name: str) -> str:
    """Ask what to do with unsaved changes: returns ``"save"``, ``"discard"`` or ``"cancel"``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Unsaved changes")
    box.setText(f"Save the changes to “{name}”?")
    box.setInformativeText("Your changes will be lost if you don't save them.")
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
    path, _ = QFileDialog.getOpenFileName(parent, "Open map", start_dir, OPEN_FILTER)
    return path or None


def save_file_name(parent: QWidget | None, suggested: str = "") -> str | None:
    """Ask where to save the map; ``None`` if cancelled. Adds ``.actormap`` if missing."""
    path, _ = QFileDialog.getSaveFileName(parent, "Save map as", suggested, MAP_FILTER)
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
    box.setWindowTitle("Recover unsaved work?")
    box.setText("actormap did not close properly last time.")
    box.setInformativeText(f"{description}\n\nRecover the unsaved map? If you choose Discard it is deleted.")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard)
    box.button(QMessageBox.StandardButton.Yes).setText("Recover")
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Yes


def import_file_name(parent: QWidget | None, start_dir: str = "") -> str | None:
    """Ask for a GraphML, GEXF, Excel or CSV file to import; ``None`` if cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent, "Import map", start_dir, f"All importable files (*.graphml *.gexf *.xlsx *.csv);;{FOREIGN_FILTER}"
    )
    return path or None


def export_file_name(parent: QWidget | None, start_dir: str = "") -> str | None:
    """Ask where to export the map's data (the extension chooses GraphML, GEXF, Excel or CSV)."""
    path, chosen = QFileDialog.getSaveFileName(
        parent, "Export map data", start_dir,
        "GraphML (*.graphml);;GEXF for Gephi (*.gexf);;Excel, Kumu layout (*.xlsx);;CSV tables (*.csv)"
    )
    if not path:
        return None
    if "." not in path.rsplit("/", 1)[-1]:
        path += next((s for s in (".gexf", ".xlsx", ".csv") if s[1:] in chosen.lower()), ".graphml")
    return path


def show_about(parent: QWidget | None, text: str) -> None:
    QMessageBox.about(parent, "About actormap", text)
