"""File ▸ Compare with…: a teammate's file next to the map, its differences on the canvas.

The other file opens as a read-only document of the workspace (role ``"copy"``, based on
the map that was active), in its own tab. While that tab is shown, the canvas marks what
differs from the base map (:class:`~.diff_overlay.DiffOverlayLayer`: added, changed,
moved, removed) and the Differences panel lists the same lines as ``actormap diff``,
by name; clicking a line selects the item. Editing the base map updates both.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..core.diff_overlay import overlay_between
from ..core.diff_report import Names, differences, line_of, section_title
from ..core.edits import Edit
from ..core.errors import EditError
from ..core.model import ActorMap
from . import dialogs
from .binding import DocumentBinding
from .diff_overlay import DiffOverlayLayer
from .i18n import COUNT, translate
from .imports import import_file
from .undo import QtDocument

COPY_ROLE = "copy"


def compare_file_name(parent: QWidget | None, start_dir: str = "") -> str | None:
    """Ask for the file to compare the map with; ``None`` if cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, translate("Compare", "Compare with"), start_dir,
                                          dialogs.open_filter())
    return path or None


class ReadOnlyDocument(QtDocument):
    """A document shown for comparison only: every edit is refused with a reason."""

    def __init__(self, amap: ActorMap, source: str, parent=None):
        super().__init__(amap, parent=parent, kind=COPY_ROLE)
        self.source = os.path.abspath(source)

    def push(self, edit: Edit):
        raise EditError(translate("Compare", "this map is a read-only copy opened to compare; edit the map in its "
                                             "own tab"))

    def display_name(self) -> str:
        return os.path.basename(self.source)


class DifferencesPanel(QWidget):
    """The differences between the shown copy and its base map, one line each, by name."""

    itemChosen = Signal(str, str)  # collection, item id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("differencesPanel")
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("differencesList")
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.header)
        lay.addWidget(self.list, 1)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.header.setText(translate("Compare", "Use File ▸ Compare with… to see how another file of this map "
                                                 "differs from it."))
        self.list.clear()

    def show_differences(self, base_name: str, copy_name: str, diffs, names: Names) -> None:
        n = len(diffs)
        self.header.setText(translate("Compare", "“{copy}” compared with “{base}”: {differences}").format(
            copy=copy_name, base=base_name, differences=translate("Compare", "%n difference(s)", "", COUNT, n) if n
            else translate("Compare", "no differences")))
        self.list.clear()
        current = None
        for d in diffs:
            if d.collection != current:
                current = d.collection
                head = QListWidgetItem(section_title(current))
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                head.setFlags(Qt.ItemFlag.NoItemFlags | Qt.ItemFlag.ItemIsEnabled)
                self.list.addItem(head)
            item = QListWidgetItem("  " + line_of(d, names))
            item.setData(Qt.ItemDataRole.UserRole, (d.collection, d.item_id))
            item.setToolTip(line_of(d, names))
            self.list.addItem(item)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.itemChosen.emit(*data)


class CompareController:
    """Opens copies to compare and keeps the overlay and the panel in step with the active tab."""

    def __init__(self, window, panel: DifferencesPanel):
        self.window = window
        self.panel = panel
        self.layer = DiffOverlayLayer(window.canvas)
        self._base = DocumentBinding(self.refresh)  # the compared map: its edits refresh too
        window.workspace.activeChanged.connect(lambda _q: self.refresh())
        window.workspace.documentsChanged.connect(self.refresh)
        panel.itemChosen.connect(self._select)

    @property
    def workspace(self):
        return self.window.workspace

    def compare_with(self, path: str | None = None) -> QtDocument | None:
        """Open ``path`` (asked for if not given) as a read-only copy of the active map."""
        base = self.window.qdoc
        if self.workspace.role(base) == COPY_ROLE:
            base = self.workspace.base_of(base) or base
        if path is None:
            start = os.path.dirname(base.path) if base.path else self.window.settings.last_dir()
            path = compare_file_name(self.window, start)
            if not path:
                return None
        result = import_file(self.window, path, self.window.files.store, title=translate("Compare", "Cannot compare"))
        if result is None:
            return None
        copy = ReadOnlyDocument(result.map, path, parent=self.workspace)
        self.workspace.add(copy, role=COPY_ROLE, base=base)
        dock = self.window.docks.get("differencesDock")
        if dock is not None:
            dock.show()
            dock.raise_()
        return copy

    def refresh(self, *_args) -> None:
        """Show the overlay and the list for the active document (or clear them)."""
        qdoc = self.window.qdoc
        base = self.workspace.base_of(qdoc) if qdoc is not None and qdoc in self.workspace.documents else None
        if qdoc is None or base is None or self.workspace.role(qdoc) != COPY_ROLE:
            self._base.set_document(None)
            self.layer.clear()
            self.panel.show_nothing()
            return
        self._base.set_document(base)
        old, new = base.doc.snapshot(), qdoc.doc.snapshot()
        self.layer.show(overlay_between(old, new))
        self.panel.show_differences(base.display_name(), qdoc.display_name(), differences(old, new), Names(new, old))

    def _select(self, collection: str, item_id: str) -> None:
        doc = self.window.qdoc.doc
        if collection == "actors" and item_id in doc.actors:
            self.window.selection.set([item_id], [], None)
            self.window.canvas.center_on_actor(item_id)
        elif collection == "ties" and item_id in doc.ties:
            self.window.selection.set([], [item_id], None)
