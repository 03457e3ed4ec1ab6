"""“Add tie…”: a keyboard-friendly dialog to tie two chosen actors with a kind.

The dialog is opened with ``open()`` (window-modal, not blocking), so tests can
drive it with key events; ``tie_requested`` carries the validated fields.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from ...core.edits import make_tie
from ...core.errors import EditError
from ...core.model import Confidence, TieKind
from ...core.semantics import SEMANTICS
from ..i18n import message, translate
from ..undo import QtDocument
from .fields import EnumCombo


class AddTieDialog(QDialog):
    tie_requested = Signal(object)  # a validated Tie

    def __init__(self, qdoc: QtDocument, source: str | None = None, target: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("addTieDialog")
        self.setWindowTitle(translate("AddTieDialog", "Add tie"))
        actors = sorted(qdoc.doc.actors.values(), key=lambda a: a.name.lower())
        self.source = QComboBox()
        self.target = QComboBox()
        for combo in (self.source, self.target):
            for a in actors:
                combo.addItem(a.name, a.id)
        if source is not None:
            self.source.setCurrentIndex(max(0, self.source.findData(source)))
        if target is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(target)))
        elif len(actors) > 1 and self.target.currentData() == self.source.currentData():
            self.target.setCurrentIndex(1 if self.source.currentIndex() == 0 else 0)
        self.kind = EnumCombo(TieKind)
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        self.kind.currentIndexChanged.connect(self._show_meaning)
        for combo in (self.source, self.target):
            combo.currentIndexChanged.connect(self._check)
        self.strength = QSpinBox()
        self.strength.setRange(1, 3)
        self.strength.setValue(2)
        self.confidence = EnumCombo(Confidence)
        self.confidence.set_value(Confidence.REPORTED)
        self.error = QLabel()
        self.error.setStyleSheet("QLabel { color: #b00020; }")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("AddTieDialog", "Add tie"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("AddTieDialog", "&From"), self.source)
        form.addRow(translate("AddTieDialog", "&Kind"), self.kind)
        form.addRow("", self.meaning)
        form.addRow(translate("AddTieDialog", "&To"), self.target)
        form.addRow(translate("AddTieDialog", "&Strength"), self.strength)
        form.addRow(translate("AddTieDialog", "&Confidence"), self.confidence)
        form.addRow(self.error)
        form.addRow(buttons)
        self._show_meaning()
        self.source.setFocus()  # the form is read top down: start at "From"

    def _show_meaning(self, *_args) -> None:
        """What the kind means between the two actors chosen (names, not A and B)."""
        kind = TieKind(self.kind.value())
        a = self.source.currentText() or translate("AddTieDialog", "From")
        b = self.target.currentText() or translate("AddTieDialog", "To")
        meaning = re.sub(r"\bB\b", b, re.sub(r"\bA\b", a, message(f"tie_meaning.{kind.value}")))
        arrow = (f"{a} → {b}" if SEMANTICS[kind].directed
                 else translate("AddTieDialog", "mutual, between {a} and {b}").format(a=a, b=b))
        self.meaning.setText(f"{meaning} ({arrow})")

    def _check(self, *_args) -> None:
        """Keep the meaning up to date; a message that no longer holds goes away."""
        self._show_meaning()
        if self.error.isVisible() and self.source.currentData() != self.target.currentData():
            self.error.clear()
            self.error.hide()

    def _accept(self) -> None:
        if self.source.count() < 2:
            self.error.setText(translate("AddTieDialog", "A tie needs two actors; add actors first."))
            self.error.show()
            return
        try:
            tie = make_tie(source=self.source.currentData(), target=self.target.currentData(),
                           kind=self.kind.value(), strength=self.strength.value(),
                           confidence=self.confidence.value())
        except EditError as err:
            msg = str(err)
            if "to itself" in msg:
                msg = translate("AddTieDialog", "Choose two different actors: a tie cannot go from an actor to itself.")
            self.error.setText(msg)
            self.error.show()
            return
        self.tie_requested.emit(tie)
        self.accept()
