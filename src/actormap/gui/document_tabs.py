"""The tab bar above the canvas: one tab per open document of the window's workspace.

Hidden while only one map is open. A tab shows the file name (``*`` when there are
unsaved changes; the full path as tooltip); clicking it activates the document,
its close button closes it (asking about unsaved changes), Ctrl+Tab / Ctrl+Shift+Tab
step through the tabs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabBar, QWidget

from .i18n import translate
from .workspace import QtWorkspace

ROLES = ("scenario", "perspective", "copy")
"""Documents shown by their map title with a prefix saying what they are."""


def role_prefix(role: str | None) -> str:
    return {"scenario": translate("DocumentTabs", "Scenario: "),
            "perspective": translate("DocumentTabs", "Perspective: "),
            "copy": translate("DocumentTabs", "Compare: ")}.get(role or "", "")


class DocumentTabs(QTabBar):
    def __init__(self, workspace: QtWorkspace, close_document: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentTabs")
        self.setAccessibleName(translate("DocumentTabs", "Open maps"))
        self.workspace = workspace
        self._close_document = close_document
        self.setTabsClosable(True)
        self.setAutoHide(True)
        self.setDocumentMode(True)
        self.setExpanding(False)
        self.setElideMode(self.elideMode().ElideMiddle)
        self._syncing = False
        workspace.documentsChanged.connect(self.sync)
        workspace.activeChanged.connect(lambda _q: self.sync())
        self.currentChanged.connect(self._current_changed)
        self.tabCloseRequested.connect(self._close_requested)
        self.sync()

    def label(self, qdoc) -> str:
        role = self.workspace.role(qdoc)
        name = qdoc.doc.meta.title if role in ROLES else qdoc.display_name()
        return f"{role_prefix(role)}{name}{' *' if qdoc.is_dirty() else ''}"

    def sync(self) -> None:
        """Make the tabs match the workspace (names, order, the active one)."""
        docs = self.workspace.documents
        self._syncing = True
        try:
            while self.count() > len(docs):
                self.removeTab(self.count() - 1)
            while self.count() < len(docs):
                self.addTab("")
            for i, q in enumerate(docs):
                self.setTabText(i, self.label(q))
                self.setTabToolTip(i, q.path or translate("DocumentTabs", "not saved yet"))
            active = self.workspace.active
            if active in docs:
                self.setCurrentIndex(docs.index(active))
        finally:
            self._syncing = False

    def _current_changed(self, index: int) -> None:
        docs = self.workspace.documents
        if not self._syncing and 0 <= index < len(docs):
            self.workspace.activate(docs[index])

    def _close_requested(self, index: int) -> None:
        docs = self.workspace.documents
        if 0 <= index < len(docs):
            self._close_document(docs[index])

    def step(self, delta: int) -> None:
        docs = self.workspace.documents
        if len(docs) > 1:
            i = docs.index(self.workspace.active)
            self.workspace.activate(docs[(i + delta) % len(docs)])
