"""The label lens: View ▸ Labels as seen by ▸ [source] shows what that source calls each actor.

Under each actor's name the canvas shows a small tag: the label the chosen source gives the
actor on the map's as-of date (``§`` marks a legal designation), or, for "All sources", a
count badge ("3 labels · 1 designation"); the legend says whose labels they are. The text
comes from :func:`actormap.core.labels.lens_text`; the canvas shows it through its one hook,
``MapView.set_actor_tags`` (see ``MapScene.set_actor_tags``). The lens follows the active
document and its edits (a relabelled actor, another as-of date).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from ...core.labels import label_sources, lens_text
from ..binding import DocumentBinding, FollowsDocument
from ..i18n import translate

ALL = "\x00all"
"""The lens choice "all sources" (a count badge per actor)."""


class LabelLens(FollowsDocument, QObject):
    """Which source's labels the canvas shows (None: none; :data:`ALL`: a count per actor)."""

    changed = Signal(object)  # the new choice

    def __init__(self, canvas, qdoc, parent: QObject | None = None):
        super().__init__(parent)
        self.canvas = canvas
        self.choice: str | None = None
        self.binding = DocumentBinding(self._doc_changed, self.apply)
        self.binding.set_document(qdoc)

    def sources(self) -> list[str]:
        return label_sources(self.qdoc.doc.actors.values())

    def set_choice(self, choice: str | None) -> None:
        """Show ``choice``'s labels (a source name, :data:`ALL` or None for no tags)."""
        if choice == self.choice:
            return
        self.choice = choice
        self.apply()
        self.changed.emit(choice)

    def title(self) -> str:
        if self.choice is None:
            return ""
        if self.choice == ALL:
            return translate("LabelLens", "labels per actor\nall sources")
        return translate("LabelLens", "label given by\n{source}\n§ = legal designation").format(source=self.choice)

    def tag(self, actor) -> str:
        if self.choice is None:
            return ""
        return lens_text(actor, None if self.choice == ALL else self.choice, self.qdoc.doc.meta.as_of)

    def apply(self) -> None:
        """Give the canvas the tags of the current choice."""
        self.canvas.set_actor_tags(self.tag if self.choice is not None else None, self.title())

    def _doc_changed(self, cs) -> None:
        # the scene refreshes the tags of changed actors itself; a new as-of date changes every tag
        if self.choice is not None and cs.meta:
            self.apply()

    def fill_menu(self, menu: QMenu) -> None:
        """Off, All sources, then one checkable entry per source of the active map."""
        menu.clear()
        group = QActionGroup(menu)
        group.setExclusive(True)

        def add(text: str, choice: str | None) -> QAction:
            act = QAction(text, menu)
            act.setCheckable(True)
            act.setChecked(choice == self.choice)
            act.triggered.connect(lambda _c=False, c=choice: self.set_choice(c))
            group.addAction(act)
            menu.addAction(act)
            return act

        add(translate("LabelLens", "&Off"), None)
        add(translate("LabelLens", "&All sources (count)"), ALL)
        sources = self.sources()
        if sources:
            menu.addSeparator()
        for s in sources:
            add(s.replace("&", "&&"), s)
