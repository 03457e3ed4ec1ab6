"""Filter the map by actor kind, faction, tie kind and confidence (the rest faded or hidden),
and highlight the neighbourhood of the selected actor. Only the view changes — never the map."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.model import ActorKind, Confidence, TieKind
from ..binding import DocumentBinding, FollowsDocument
from ..i18n import translate
from ..undo import QtDocument
from .fields import enum_label


class FilterPanel(FollowsDocument, QWidget):
    """Emits ``filterChanged(kinds, factions, tie_kinds, confidences, mode)``; None = all shown."""

    filterChanged = Signal(object, object, object, object, str)
    neighbourhoodRequested = Signal()
    highlightCleared = Signal()

    def __init__(self, qdoc: QtDocument | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.binding = DocumentBinding(self._on_changeset, self.refresh_factions)
        self.lists: dict[str, QListWidget] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.mode = QComboBox()
        self.mode.addItem(translate("FilterPanel", "Fade the rest"), "fade")
        self.mode.addItem(translate("FilterPanel", "Hide the rest"), "hide")
        self.mode.currentIndexChanged.connect(self._emit)
        reset = QPushButton(translate("FilterPanel", "Show all"))
        reset.clicked.connect(self.show_all)
        row.addWidget(self.mode, 1)
        row.addWidget(reset)
        lay.addLayout(row)
        groups = (
            ("kinds", translate("FilterPanel", "Actor kinds"), [(enum_label(k), k.value) for k in ActorKind]),
            ("factions", translate("FilterPanel", "Factions"), []),
            ("tie_kinds", translate("FilterPanel", "Tie kinds"), [(enum_label(k), k.value) for k in TieKind]),
            ("confidences", translate("FilterPanel", "Confidence"), [(enum_label(c), c.value) for c in Confidence]),
        )
        for key, title, items in groups:
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            lst = QListWidget()
            self._fill(lst, items)
            rows = 8 if key in ("kinds", "factions") else len(items)
            row_height = max(lst.sizeHintForRow(0), lst.fontMetrics().height() + 2)
            lst.setFixedHeight(row_height * rows + 2 * lst.frameWidth() + 2)
            lst.itemChanged.connect(self._emit)
            inner.addWidget(lst)
            lay.addWidget(box)
            self.lists[key] = lst
        hl = QHBoxLayout()
        near = QPushButton(translate("FilterPanel", "Highlight neighbourhood"))
        near.setToolTip(translate("FilterPanel", "Show the selected actor, its ties and its neighbours; fade the rest"))
        near.clicked.connect(self.neighbourhoodRequested)
        clear = QPushButton(translate("FilterPanel", "Clear highlight"))
        clear.clicked.connect(self.highlightCleared)
        hl.addWidget(near)
        hl.addWidget(clear)
        lay.addLayout(hl)
        lay.addStretch(1)
        self.set_document_or_new(qdoc)

    def _on_changeset(self, cs) -> None:
        if cs.touches("actors"):
            self.refresh_factions()

    @staticmethod
    def _fill(lst: QListWidget, items, checked: dict | None = None) -> None:
        lst.blockSignals(True)
        lst.clear()
        for label, value in items:
            it = QListWidgetItem(label)
            it.setData(Qt.ItemDataRole.UserRole, value)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = True if checked is None else checked.get(value, True)
            it.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            lst.addItem(it)
        lst.blockSignals(False)

    def _checked(self, key: str) -> dict:
        lst = self.lists[key]
        return {lst.item(i).data(Qt.ItemDataRole.UserRole): lst.item(i).checkState() == Qt.CheckState.Checked
                for i in range(lst.count())}

    def refresh_factions(self) -> None:
        names = sorted({a.faction for a in self.qdoc.doc.actors.values()}, key=str.lower)
        items = [(n or translate("FilterPanel", "(no faction)"), n) for n in names]
        lst = self.lists["factions"]
        current = [(lst.item(i).text(), lst.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(lst.count())]
        if current != items:
            self._fill(lst, items, self._checked("factions"))
            self._emit()

    def selected(self, key: str):
        """The checked values of a group, or None when all are checked (no restriction)."""
        checked = self._checked(key)
        return None if all(checked.values()) else {v for v, on in checked.items() if on}

    def _emit(self, *_args) -> None:
        self.filterChanged.emit(self.selected("kinds"), self.selected("factions"), self.selected("tie_kinds"),
                                self.selected("confidences"), self.mode.currentData())

    def show_all(self) -> None:
        for lst in self.lists.values():
            lst.blockSignals(True)
            for i in range(lst.count()):
                lst.item(i).setCheckState(Qt.CheckState.Checked)
            lst.blockSignals(False)
        self._emit()
