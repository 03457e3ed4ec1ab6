"""Map properties: title, description, viewpoint, as-of date, authors, sensitivity.

Each committed field is one :class:`~actormap.core.edits.SetMeta` edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.edits import SetMeta
from ...core.errors import EditError
from ...core.model import Sensitivity
from ..binding import DocumentBinding, FollowsDocument
from ..i18n import error_text, message, translate
from ..undo import QtDocument
from .fields import CommitTextEdit, EnumCombo, date_name, format_date, parse_date, parse_list


class MapProperties(FollowsDocument, QWidget):
    message = Signal(str)

    def __init__(self, qdoc: QtDocument | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.binding = DocumentBinding(lambda cs: self.refresh() if cs.meta else None, self.refresh)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        self.error.hide()
        self.title = QLineEdit()
        self.title.editingFinished.connect(lambda: self._commit({"title": self.title.text()}))
        self.description = CommitTextEdit(rows=4)
        self.description.editingFinished.connect(
            lambda: self._commit({"description": self.description.toPlainText()})
        )
        self.viewpoint = CommitTextEdit(rows=2)
        self.viewpoint.setPlaceholderText(translate("MapProperties", "mapped from the perspective of …"))
        self.viewpoint.editingFinished.connect(lambda: self._commit({"viewpoint": self.viewpoint.toPlainText()}))
        self.as_of = QLineEdit()
        self.as_of.setPlaceholderText(translate("MapProperties", "none (YYYY-MM-DD)"))
        self.as_of.editingFinished.connect(self._commit_as_of)
        self.authors = QLineEdit()
        self.authors.setPlaceholderText(translate("MapProperties", "names separated by ;"))
        self.authors.editingFinished.connect(lambda: self._commit({"authors": parse_list(self.authors.text())}))
        self.sensitivity = EnumCombo(Sensitivity)
        self.sensitivity.activated.connect(lambda _i: self._commit({"sensitivity": self.sensitivity.value()}))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, w in ((translate("MapProperties", "&Title"), self.title),
                         (translate("MapProperties", "&Description"), self.description),
                         (translate("MapProperties", "&Viewpoint"), self.viewpoint),
                         (translate("MapProperties", "&As of"), self.as_of),
                         (translate("MapProperties", "A&uthors"), self.authors),
                         (translate("MapProperties", "Se&nsitivity"), self.sensitivity)):
            form.addRow(label, w)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.error)
        lay.addLayout(form)
        lay.addStretch(1)
        self.set_document_or_new(qdoc)

    def refresh(self) -> None:
        m = self.qdoc.doc.meta
        for edit, text in ((self.title, m.title), (self.as_of, format_date(m.as_of)),
                           (self.authors, "; ".join(m.authors))):
            if not (edit.hasFocus() and edit.isModified()):
                edit.setText(text)
                edit.setModified(False)
        self.description.set_text(m.description)
        self.viewpoint.set_text(m.viewpoint)
        self.sensitivity.set_value(m.sensitivity)

    def _fail(self, text: str) -> None:
        text = translate("MapProperties", "Not changed: {error}").format(error=text)
        self.error.setText(text)
        self.error.show()
        self.message.emit(text)
        for edit in (self.title, self.as_of, self.authors):
            edit.setModified(False)
        self.refresh()

    def _commit(self, changes: dict[str, Any]) -> None:
        current = self.qdoc.doc.meta.model_dump()
        if all(current.get(k) == v for k, v in changes.items()):
            return
        try:
            self.qdoc.push(SetMeta(changes, label=translate("MapProperties", "Edit map {fields}").format(
                fields=message("edit.fields", fields=list(changes)))))
        except EditError as err:
            self._fail(error_text(err))
            return
        for edit in (self.title, self.as_of, self.authors):
            edit.setModified(False)
        self.error.hide()

    def _commit_as_of(self) -> None:
        try:
            value = parse_date(self.as_of.text(), date_name("as_of"))
        except ValueError as err:
            self._fail(str(err))
            return
        self._commit({"as_of": value})
