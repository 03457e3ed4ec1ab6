"""Whose edits these are: the author name stamped as provenance on every open map.

The name is a preference of the person using the app (``QSettings`` key
:data:`AUTHOR_KEY`), asked once -- at the first start after this feature -- and changed
with Edit ▸ Your name…. :class:`AuthorStamp` gives it to every document of the window's
workspace (``MapDocument.author``); the core stamps ``created_by`` / ``changed_by`` in the
document transaction. Nothing is stamped while no name is set. Read-only documents
(a teammate's copy opened to compare) are never edited, so the name does not matter there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ..core.errors import EditError
from ..core.model import Provenance
from .i18n import translate

AUTHOR_KEY = "author/name"
ASKED_KEY = "author/asked"


def ask_author_name(parent: QWidget | None, current: str) -> str | None:
    """Ask for the name to record on edits; ``None`` if the user cancels."""
    text, ok = QInputDialog.getText(
        parent, translate("Author", "Your name"),
        translate("Author", "Your name or initials, recorded on the actors, ties, agreements and events you add or "
                            "change\n(so teammates see who did what; leave empty to record nothing):"),
        QLineEdit.EchoMode.Normal, current)
    return text.strip() if ok else None


class AuthorPreference(QObject):
    """The author name kept in the app's settings."""

    changed = Signal(str)

    def __init__(self, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.q = settings

    @property
    def name(self) -> str:
        return str(self.q.value(AUTHOR_KEY, "") or "")

    @property
    def asked(self) -> bool:
        return str(self.q.value(ASKED_KEY, "false")).lower() == "true"

    def set_name(self, name: str) -> None:
        name = name.strip()
        if name:
            try:
                Provenance(created_by=name)  # the same limits as in a map file
            except ValueError as err:
                raise EditError(translate("Author", "a name is one line of at most 200 characters")) from err
        self.q.setValue(AUTHOR_KEY, name)
        self.q.setValue(ASKED_KEY, "true")
        self.changed.emit(name)

    def ask(self, parent: QWidget | None) -> bool:
        """Ask for the name (again); True when one was given."""
        answer = ask_author_name(parent, self.name)
        self.q.setValue(ASKED_KEY, "true")
        if answer is None:
            return False
        self.set_name(answer)
        return bool(answer)

    def ask_once(self, parent: QWidget | None) -> None:
        """Ask only if it was never asked (the first start)."""
        if not self.asked:
            self.ask(parent)


class AuthorStamp(QObject):
    """Keeps ``doc.author`` of every open document equal to the preference."""

    def __init__(self, workspace, preference: AuthorPreference, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.preference = preference
        workspace.documentsChanged.connect(self.apply)
        preference.changed.connect(lambda _name: self.apply())
        self.apply()

    def apply(self) -> None:
        name = self.preference.name
        for qdoc in self.workspace.documents:
            if qdoc.doc.author != name:
                qdoc.doc.author = name


def provenance_text(prov: Provenance | None) -> str:
    """``Added by Ana on 2024-05-01 · changed by Ben on 2024-05-02 17:00 UTC`` (empty if unknown)."""
    if prov is None:
        return ""
    parts = []
    if prov.created_by or prov.created_at:
        parts.append(translate("Author", "Added") + _by(prov.created_by) + _when(prov.created_at))
    if prov.changed_by or prov.changed_at:
        parts.append(translate("Author", "Last changed") + _by(prov.changed_by) + _when(prov.changed_at))
    return " · ".join(parts)


def _by(name: str) -> str:
    return " " + translate("Author", "by {name}").format(name=name) if name else ""


def _when(moment) -> str:
    return " " + translate("Author", "on {time} UTC").format(time=f"{moment:%Y-%m-%d %H:%M}") if moment is not None \
        else ""
