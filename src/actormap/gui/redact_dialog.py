"""File ▸ Export redacted…: which real names to keep, whether to hide kinds and coarsen dates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.redact import RedactOptions
from .i18n import translate


class RedactDialog(QDialog):
    def __init__(self, parent: QWidget | None, actor_names: list[str]):
        super().__init__(parent)
        self.setObjectName("redactDialog")
        self.setWindowTitle(translate("Redact", "Export redacted copy"))
        intro = QLabel(translate(
            "Redact", "The copy replaces actor names by codes (kind and number, e.g. “Gang 3”) and removes notes, "
            "sources, labels, short names and who-changed-what; ties and kinds stay, so the analysis gives the same "
            "numbers. Tick actors whose real names may stay:"))
        intro.setWordWrap(True)
        self.names = QListWidget()
        self.names.setObjectName("keepNames")
        for name in sorted(set(actor_names), key=str.casefold):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.names.addItem(item)
        self.hide_kinds = QCheckBox(translate("Redact", "Hide actor kinds too (mediator suggestions then differ)"))
        self.hide_kinds.setObjectName("hideKinds")
        self.coarsen = QCheckBox(translate("Redact", "Keep only the year of every date"))
        self.coarsen.setObjectName("coarsenDates")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Redact", "Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (intro, self.names, self.hide_kinds, self.coarsen, buttons):
            lay.addWidget(w)

    def options(self) -> RedactOptions:
        keep = [self.names.item(i).text() for i in range(self.names.count())
                if self.names.item(i).checkState() == Qt.CheckState.Checked]
        return RedactOptions(keep_names=tuple(keep), hide_kinds=self.hide_kinds.isChecked(),
                             coarsen_dates=self.coarsen.isChecked())
