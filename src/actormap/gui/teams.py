"""Team features in the window: author name, Compare with…, Differences and Merge conflicts docks.

``install(window)`` adds them to a :class:`~actormap.gui.main_window.MainWindow` (as
``app.run_app`` does for the analysis and workshop features); ``ask_author_once`` asks
for the author name at the first start.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from .author import AuthorPreference, AuthorStamp
from .compare import CompareController, DifferencesPanel
from .conflicts_panel import ConflictsPanel
from .i18n import translate


@dataclass
class Teams:
    author: AuthorPreference
    stamp: AuthorStamp
    differences: DifferencesPanel
    compare: CompareController
    conflicts: ConflictsPanel


def install(window) -> Teams:
    """Add the team features to ``window``; returns them (also kept as ``window.teams``)."""
    author = AuthorPreference(window.settings.q, window)
    stamp = AuthorStamp(window.workspace, author, window)
    differences = DifferencesPanel()
    conflicts = ConflictsPanel(window.qdoc)
    B = Qt.DockWidgetArea.BottomDockWidgetArea
    window.add_dock(differences, translate("Teams", "Differences"), "differencesDock", B, "undoHistoryDock").hide()
    window.add_dock(conflicts, translate("Teams", "Merge conflicts"), "conflictsDock", B, "undoHistoryDock").hide()
    compare = CompareController(window, differences)
    window.follow(conflicts)
    conflicts.message.connect(window.show_message)
    teams = Teams(author, stamp, differences, compare, conflicts)
    window.teams = teams

    def show_conflicts(*_args) -> None:
        if window.qdoc.doc.items("conflicts"):
            dock = window.docks["conflictsDock"]
            dock.show()
            dock.raise_()

    window.workspace.activeChanged.connect(show_conflicts)
    window.files.opened.connect(show_conflicts)
    show_conflicts()

    act = _action(window, "compare", translate("Teams", "Compare &with…"), compare.compare_with,
                  translate("Teams", "Open another file of this map (a teammate's copy) and see what differs"))
    window.menus["file"].insertAction(window.actions_["import"], act)
    act = _action(window, "author_name", translate("Teams", "Your &name for edits…"), lambda: _ask(window, author),
                  translate("Teams", "The name recorded on the actors, ties, agreements and events you add or change"))
    window.menus["edit"].addSeparator()
    window.menus["edit"].addAction(act)
    return teams


def _action(window, key: str, text: str, slot, tip: str) -> QAction:
    act = QAction(text, window)
    act.setStatusTip(tip)
    act.triggered.connect(lambda _checked=False: slot())
    window.actions_[key] = act
    return act


def _ask(window, author: AuthorPreference) -> None:
    if author.ask(window):
        window.show_message(translate("Teams", "Your edits are recorded as {name}.").format(name=author.name))
    elif not author.name:
        window.show_message(translate("Teams", "No name is recorded on your edits."))


def ask_author_once(window) -> None:
    """At the first start, ask for the name recorded on edits (never again after an answer)."""
    teams = getattr(window, "teams", None)
    if teams is not None:
        teams.author.ask_once(window)
