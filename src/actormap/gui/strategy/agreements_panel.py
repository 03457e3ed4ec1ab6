"""The Agreements dock: truces, covenants, peace zones and pacts of the shown map, edited with undo.

A list (name, kind, status) and a form for the chosen agreement: name, kind, status, parties,
facilitators and guarantors (taken from the actors selected on the canvas), terms and
sources (one per line), start and end dates, notes. Every change is one core edit pushed on
the shown document's undo stack -- in a scenario tab, that is the scenario (signing an
agreement is a strategy). "From selection" starts an agreement among the selected actors.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.edits import AddItem, Edit, RemoveItems, UpdateItem
from ...core.errors import ActorMapError
from ...core.model import Agreement, AgreementKind, AgreementStatus, new_id
from ..i18n import message, translate
from ..panels.fields import (
    CommitTextEdit,
    EnumCombo,
    date_name,
    enum_label,
    format_date,
    parse_date,
    parse_lines,
    push_button,
)
from ..panels.item_list import ItemListPanel, unused_name
from ..undo import QtDocument

ROLES = ("parties", "facilitators", "guarantors")


def role_title(field: str) -> str:
    return {"parties": translate("Agreements", "Parties"), "facilitators": translate("Agreements", "Facilitators"),
            "guarantors": translate("Agreements", "Guarantors")}[field]


class AgreementsPanel(ItemListPanel):
    COLL = "agreements"
    SELECT_FIRST = True

    def __init__(self, qdoc: QtDocument, selection=None, parent: QWidget | None = None):
        super().__init__("agreementsList", translate("Agreements", "Agreements"),
                         [translate("Agreements", "Agreement"), translate("Agreements", "Kind"),
                          translate("Agreements", "Status")], parent)
        self.setObjectName("agreementsPanel")
        self.selection = selection

        self.add_button = push_button(self, translate("Agreements", "From selection"), translate(
            "Agreements", "A new agreement (proposed) with the selected actors as its parties"),
            self.add_from_selection)
        self.delete_button = push_button(self, translate("Agreements", "Delete"),
                                         translate("Agreements", "Delete this agreement"), self.delete_current)

        self.name = QLineEdit(self)
        self.name.setObjectName("agreementName")
        self.name.editingFinished.connect(lambda: self._set("name", self.name.text(),
                                                            translate("Agreements", "Rename agreement")))
        self.kind = EnumCombo(AgreementKind)
        self.kind.setObjectName("agreementKind")
        self.kind.activated.connect(lambda _i: self._set("kind", self.kind.value(),
                                                         translate("Agreements", "Change agreement kind")))
        self.status = EnumCombo(AgreementStatus)
        self.status.setObjectName("agreementStatus")
        self.status.activated.connect(lambda _i: self._set("status", self.status.value(),
                                                           translate("Agreements", "Change agreement status")))
        self.role_labels: dict[str, QLabel] = {}
        self.role_buttons: dict[str, QPushButton] = {}
        self.start = QLineEdit(self)
        self.start.setPlaceholderText(translate("Agreements", "YYYY-MM-DD"))
        self.start.editingFinished.connect(lambda: self._set_date("start", self.start.text()))
        self.end = QLineEdit(self)
        self.end.setPlaceholderText(translate("Agreements", "YYYY-MM-DD (first day no longer in force)"))
        self.end.editingFinished.connect(lambda: self._set_date("end", self.end.text()))
        self.terms = CommitTextEdit(self, rows=3)
        self.terms.setObjectName("agreementTerms")
        self.terms.setToolTip(translate("Agreements", "One term per line, e.g. the unwritten rules: no deaths in the "
                                                      "street"))
        self.terms.editingFinished.connect(
            lambda: self._set("terms", parse_lines(self.terms.toPlainText()),
                              translate("Agreements", "Edit agreement terms")))
        self.sources = CommitTextEdit(self, rows=2)
        self.sources.setToolTip(translate("Agreements", "One source per line"))
        self.sources.editingFinished.connect(
            lambda: self._set("sources", parse_lines(self.sources.toPlainText()),
                              translate("Agreements", "Edit agreement sources")))
        self.notes = CommitTextEdit(self, rows=2)
        self.notes.editingFinished.connect(lambda: self._set("notes", self.notes.toPlainText(),
                                                             translate("Agreements", "Edit agreement notes")))

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.form = QFormLayout()
        self.form.addRow(translate("Agreements", "&Name"), self.name)
        self.form.addRow(translate("Agreements", "&Kind"), self.kind)
        self.form.addRow(translate("Agreements", "S&tatus"), self.status)
        tips = {"parties": translate("Agreements", "Make the actors selected on the map the parties of this agreement"),
                "facilitators": translate("Agreements", "Make the actors selected on the map the facilitators of this "
                                                        "agreement"),
                "guarantors": translate("Agreements", "Make the actors selected on the map the guarantors of this "
                                                      "agreement")}
        for field in ROLES:
            label = QLabel(self)
            label.setWordWrap(True)
            label.setObjectName(f"agreement_{field}")
            button = push_button(self, translate("Agreements", "Use selected actors"), tips[field],
                                 lambda f=field: self.use_selection(f))
            row = QVBoxLayout()
            row.addWidget(label)
            row.addWidget(button)
            self.role_labels[field], self.role_buttons[field] = label, button
            self.form.addRow(role_title(field), row)
        self.form.addRow(translate("Agreements", "&Start"), self.start)
        self.form.addRow(translate("Agreements", "&End"), self.end)
        self.form.addRow(translate("Agreements", "Te&rms"), self.terms)
        self.form.addRow(translate("Agreements", "Sour&ces"), self.sources)
        self.form.addRow(translate("Agreements", "N&otes"), self.notes)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addLayout(buttons)
        lay.addLayout(self.form)
        self.set_document(qdoc)

    # ---- mirror ------------------------------------------------------------------------------
    def _changed(self, cs) -> None:
        if cs.touches("agreements"):
            self.refresh()
        elif cs.touches("actors"):
            self._show_current()  # names of parties

    def listed(self) -> list[Agreement]:
        return sorted(self.qdoc.doc.items("agreements").values(), key=lambda g: (g.name.casefold(), g.id))

    def _row(self, g: Agreement) -> QTreeWidgetItem:
        return QTreeWidgetItem([g.name, enum_label(g.kind), message(f"agreement_status.{g.status.value}")])

    def _names(self, ids: list[str]) -> str:
        actors = self.qdoc.doc.actors
        return "; ".join(actors[i].name for i in ids if i in actors) or "—"

    def _show_current(self) -> None:
        g = self.current()
        editors = [self.name, self.kind, self.status, self.start, self.end, self.terms, self.sources, self.notes,
                   self.delete_button, *self.role_buttons.values()]
        for w in editors:
            w.setEnabled(g is not None)
        if g is None:
            for w in (self.name, self.start, self.end):
                w.setText("")
            for w in (self.terms, self.sources, self.notes):
                w.set_text("")
            for label in self.role_labels.values():
                label.setText("")
            return
        self.name.setText(g.name)
        self.kind.set_value(g.kind)
        self.status.set_value(g.status)
        for field, label in self.role_labels.items():
            label.setText(self._names(getattr(g, field)))
        self.start.setText(format_date(g.start))
        self.end.setText(format_date(g.end))
        self.terms.set_text("\n".join(g.terms))
        self.sources.set_text("\n".join(g.sources))
        self.notes.set_text(g.notes)

    # ---- edits -------------------------------------------------------------------------------------
    def _push(self, edit: Edit) -> bool:
        ok = self.qdoc.try_push(edit, self.message.emit)
        if not ok:
            self._show_current()  # put the stored values back in the form
        return ok

    def _set(self, field: str, value, label: str) -> bool:
        g = self.current()
        if g is None or self._filling or getattr(g, field) == value:
            return False
        return self._push(UpdateItem("agreements", g.id, {field: value}, label))

    def _set_date(self, field: str, text: str) -> bool:
        try:
            value = parse_date(text, date_name(field))
        except ValueError as err:
            self.message.emit(str(err))
            self._show_current()
            return False
        return self._set(field, value, translate("Agreements", "Edit agreement start date") if field == "start"
                         else translate("Agreements", "Edit agreement end date"))

    def _selected_actors(self) -> list[str]:
        ids = list(self.selection.actor_ids) if self.selection is not None else []
        return [i for i in ids if i in self.qdoc.doc.actors]

    def use_selection(self, field: str) -> bool:
        ids = self._selected_actors()
        if not ids and field == "parties":
            self.message.emit(translate("Agreements", "Select the parties on the map first."))
            return False
        return self._set(field, ids, translate("Agreements", "Set agreement {role}").format(
            role=role_title(field).lower()))

    def add_from_selection(self, name: str = "") -> str | None:
        parties = self._selected_actors()
        names = {g.name for g in self.qdoc.doc.items("agreements").values()}
        try:
            g = Agreement(id=new_id(), name=name or unused_name(translate("Agreements", "Agreement {number}"), names),
                          parties=parties)
        except (ValueError, ActorMapError) as err:
            self.message.emit(translate("Agreements", "New agreement: {error}").format(error=err))
            return None
        if not self._push(AddItem("agreements", g, label=translate("Agreements", "New agreement '{name}'").format(
                name=g.name))):
            return None
        self.select(g.id)
        return g.id

    def delete_current(self) -> None:
        g = self.current()
        if g is not None:
            self._push(RemoveItems(other={"agreements": [g.id]}, label=translate(
                "Agreements", "Delete agreement '{name}'").format(name=g.name)))
