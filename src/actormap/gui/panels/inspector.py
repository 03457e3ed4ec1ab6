"""Inspector: every field of the selected actor or tie, edited in place.

Each committed change (on ``editingFinished``, a combo choice or a click — never
per keystroke) is ONE core edit, :class:`UpdateActor` or :class:`UpdateTie`,
pushed through :class:`~actormap.gui.undo.QtDocument`. A bad value is refused
with a clear message above the form and the field shows the map's value again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.edits import UpdateActor, UpdateTie
from ...core.errors import EditError
from ...core.invisible import describe, invisible_chars
from ...core.model import ActorKind, Agenda, Confidence, TieKind
from ..author import provenance_text
from ..binding import DocumentBinding, FollowsDocument
from ..i18n import COUNT, error_text, message, translate
from ..selection import Selection
from ..undo import QtDocument
from ..wording import edit_label, plain_message
from .fields import (
    CommitTextEdit,
    EnumCombo,
    date_name,
    format_date,
    format_legitimacy,
    not_assessed,
    parse_date,
    parse_legitimacy,
    parse_lines,
)


def _set_line(edit: QLineEdit, text: str) -> None:
    if edit.hasFocus() and edit.isModified():
        return  # the user is typing: their text wins until they finish
    if edit.property("refused"):
        return  # a refused entry stays as typed (with the reason shown) until fixed
    if edit.text() != text:
        edit.setText(text)
    edit.setModified(False)


def _form_page() -> tuple[QWidget, QFormLayout]:
    """A page holding a top-aligned form whose fields grow with the panel."""
    page = QWidget()
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    outer.addLayout(form)
    outer.addStretch(1)
    return page, form


def _provenance_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setEnabled(False)  # shown greyed: information, not a field to edit
    return label


def _show_provenance(label: QLabel, prov) -> None:
    text = provenance_text(prov)
    label.setText(text)
    label.setVisible(bool(text))


def _narrow(combo: QComboBox) -> None:
    """Long entries (faction or actor names) must not widen the dock."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)


class Inspector(FollowsDocument, QWidget):
    """Shows the selected actor or tie (or a summary of a multiple selection)."""

    message = Signal(str)

    def __init__(self, qdoc: QtDocument | None, selection: Selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.binding = DocumentBinding(lambda _cs: self.refresh(), self.refresh)
        self.selection = selection
        self.actor_id: str | None = None
        self.tie_id: str | None = None

        self.error = QLabel()
        self.error.setObjectName("inspectorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        self.error.hide()
        self.invisible = QLabel()  # invisible bidi / zero-width characters in the item's texts
        self.invisible.setObjectName("inspectorInvisible")
        self.invisible.setWordWrap(True)
        self.invisible.setStyleSheet("QLabel { color: #8a5a00; }")
        self.invisible.hide()
        self.stack = QStackedWidget()
        self.empty = QLabel(translate("Inspector", "Select an actor or a tie to see and edit it here."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary = QLabel()
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.actor_page = self._build_actor_page()
        self.tie_page = self._build_tie_page()
        for page in (self.empty, self.actor_page, self.tie_page, self.summary):
            self.stack.addWidget(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.error)
        lay.addWidget(self.invisible)
        lay.addWidget(scroll)

        selection.changed.connect(self._on_selection)
        self.set_document_or_new(qdoc)
        self._on_selection(selection.actor_ids, selection.tie_ids, None)

    # ---- building -------------------------------------------------------------------
    def _build_actor_page(self) -> QWidget:
        page, form = _form_page()
        self.a_name = QLineEdit()
        self.a_name.editingFinished.connect(
            lambda: self._commit_actor({"name": self.a_name.text()}, source=self.a_name))
        self.a_kind = EnumCombo(ActorKind)
        self.a_kind.activated.connect(lambda _i: self._commit_actor({"kind": self.a_kind.value()}))
        self.a_faction = QComboBox()
        self.a_faction.setEditable(True)
        self.a_faction.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.a_faction.lineEdit().setPlaceholderText(translate("Inspector", "no faction"))
        self.a_faction.lineEdit().editingFinished.connect(self._commit_faction)
        self.a_faction.activated.connect(lambda _i: self._commit_faction())
        self.a_power = QSpinBox()
        self.a_power.setRange(1, 5)
        self.a_power.setKeyboardTracking(False)
        self.a_power.setToolTip(translate("Inspector", "1 (weak) to 5 (dominant); drawn as circle size"))
        self.a_power.valueChanged.connect(lambda v: self._commit_actor({"power": v}))
        self.a_legitimacy = QLineEdit()
        self.a_legitimacy.setPlaceholderText(not_assessed())
        self.a_legitimacy.setToolTip(translate("Inspector", "0 to 1 (e.g. 0.6), or empty for “not assessed”"))
        self.a_legitimacy.editingFinished.connect(self._commit_legitimacy)
        self.a_agenda = EnumCombo(Agenda, allow_none=True)
        self.a_agenda.activated.connect(lambda _i: self._commit_actor({"agenda": self.a_agenda.value()}))
        self.a_external = QCheckBox(translate("Inspector", "External party"))
        self.a_external.setToolTip(translate("Inspector", "An outside party, drawn as a shadow circle"))
        self.a_external.clicked.connect(lambda on: self._commit_actor({"external": on}))
        self.a_self = QCheckBox(translate("Inspector", "This is us"))
        self.a_self.setToolTip(translate("Inspector", "The mapping organisation itself (its own position on the map)"))
        self.a_self.clicked.connect(lambda on: self._commit_actor({"is_self": on}))
        self.a_pinned = QCheckBox(translate("Inspector", "Pinned"))
        self.a_pinned.setToolTip(translate("Inspector", "Automatic layouts leave a pinned actor in place"))
        self.a_pinned.clicked.connect(lambda on: self._commit_actor({"pinned": on}))
        no_date = translate("Inspector", "none (YYYY-MM-DD)")
        self.a_start = QLineEdit()
        self.a_start.setObjectName("actorStart")
        self.a_start.setPlaceholderText(no_date)
        self.a_start.setToolTip(translate("Inspector", "First day on the map (inclusive); empty: since always"))
        self.a_start.editingFinished.connect(lambda: self._commit_date("start", self.a_start, actor=True))
        self.a_end = QLineEdit()
        self.a_end.setObjectName("actorEnd")
        self.a_end.setPlaceholderText(no_date)
        self.a_end.setToolTip(translate(
            "Inspector", "First day no longer on the map (exclusive): e.g. the day a leader was killed"))
        self.a_end.editingFinished.connect(lambda: self._commit_date("end", self.a_end, actor=True))
        self.a_labels = self._build_labels()
        self.a_notes = CommitTextEdit(rows=4)
        self.a_notes.editingFinished.connect(lambda: self._commit_actor({"notes": self.a_notes.toPlainText()}))
        self.a_sources = CommitTextEdit(rows=3)
        self.a_sources.setPlaceholderText(translate("Inspector", "one source per line"))
        self.a_sources.editingFinished.connect(
            lambda: self._commit_actor({"sources": parse_lines(self.a_sources.toPlainText())})
        )
        for combo in (self.a_kind, self.a_faction, self.a_agenda):
            _narrow(combo)
        self.a_provenance = _provenance_label("actorProvenance")
        for label, w in (
            (translate("Inspector", "&Name"), self.a_name), (translate("Inspector", "&Kind"), self.a_kind),
            (translate("Inspector", "&Faction"), self.a_faction), (translate("Inspector", "&Power"), self.a_power),
            (translate("Inspector", "&Legitimacy"), self.a_legitimacy),
            (translate("Inspector", "A&genda"), self.a_agenda),
            ("", self.a_external), ("", self.a_self), ("", self.a_pinned),
            (translate("Inspector", "On the &map from"), self.a_start), (translate("Inspector", "&Until"), self.a_end),
            (translate("Inspector", "Labels by source"), self.a_labels),
            (translate("Inspector", "N&otes"), self.a_notes), (translate("Inspector", "&Sources"), self.a_sources),
            ("", self.a_provenance),
        ):
            form.addRow(label, w)
        return page

    def _build_labels(self) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.labels_table = QTableWidget(0, 2)
        self.labels_table.setHorizontalHeaderLabels([translate("Inspector", "Source"), translate("Inspector", "Label")])
        self.labels_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.labels_table.verticalHeader().hide()
        self.labels_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.labels_table.setMaximumHeight(110)
        self.labels_table.setToolTip(translate(
            "Inspector", "Labels given by different sources, e.g. “terrorist group” per agency X"))
        self.labels_table.itemChanged.connect(lambda _item: self._commit_labels())
        row = QHBoxLayout()
        add = QPushButton(translate("Inspector", "Add label"))
        add.clicked.connect(self._add_label_row)
        remove = QPushButton(translate("Inspector", "Remove label"))
        remove.clicked.connect(self._remove_label_row)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        lay.addWidget(self.labels_table)
        lay.addLayout(row)
        return box

    def _build_tie_page(self) -> QWidget:
        page, form = _form_page()
        self.t_kind = EnumCombo(TieKind)
        for i in range(self.t_kind.count()):
            kind = TieKind(self.t_kind.itemData(i))
            self.t_kind.setItemData(i, message(f"tie_meaning.{kind.value}"), Qt.ItemDataRole.ToolTipRole)
        self.t_kind.activated.connect(lambda _i: self._commit_tie({"kind": self.t_kind.value()}))
        self.t_meaning = QLabel()
        self.t_meaning.setWordWrap(True)
        self.t_source = QComboBox()
        self.t_source.activated.connect(lambda _i: self._commit_tie({"source": self.t_source.currentData()}))
        self.t_target = QComboBox()
        self.t_target.activated.connect(lambda _i: self._commit_tie({"target": self.t_target.currentData()}))
        self.t_reverse = QPushButton(translate("Inspector", "⇄ Reverse direction"))
        self.t_reverse.setToolTip(translate(
            "Inspector", "Swap From and To (for directed kinds: who protects, extracts or coerces whom)"))
        self.t_reverse.clicked.connect(self._reverse_tie)
        self.t_strength = QSpinBox()
        self.t_strength.setRange(1, 3)
        self.t_strength.setKeyboardTracking(False)
        self.t_strength.valueChanged.connect(lambda v: self._commit_tie({"strength": v}))
        self.t_confidence = EnumCombo(Confidence)
        self.t_confidence.activated.connect(
            lambda _i: self._commit_tie({"confidence": self.t_confidence.value()})
        )
        self.t_start = QLineEdit()
        self.t_start.setPlaceholderText(translate("Inspector", "none (YYYY-MM-DD)"))
        self.t_start.editingFinished.connect(lambda: self._commit_date("start", self.t_start))
        self.t_end = QLineEdit()
        self.t_end.setPlaceholderText(translate("Inspector", "none (YYYY-MM-DD)"))
        self.t_end.editingFinished.connect(lambda: self._commit_date("end", self.t_end))
        self.t_notes = CommitTextEdit(rows=4)
        self.t_notes.editingFinished.connect(lambda: self._commit_tie({"notes": self.t_notes.toPlainText()}))
        self.t_sources = CommitTextEdit(rows=3)
        self.t_sources.setPlaceholderText(translate("Inspector", "one source per line"))
        self.t_sources.editingFinished.connect(
            lambda: self._commit_tie({"sources": parse_lines(self.t_sources.toPlainText())})
        )
        for combo in (self.t_kind, self.t_source, self.t_target, self.t_confidence):
            _narrow(combo)
        self.t_provenance = _provenance_label("tieProvenance")
        for label, w in (
            (translate("Inspector", "&Kind"), self.t_kind), ("", self.t_meaning),
            (translate("Inspector", "&From"), self.t_source), (translate("Inspector", "&To"), self.t_target),
            ("", self.t_reverse), (translate("Inspector", "St&rength"), self.t_strength),
            (translate("Inspector", "&Confidence"), self.t_confidence),
            (translate("Inspector", "St&art"), self.t_start), (translate("Inspector", "&End"), self.t_end),
            (translate("Inspector", "N&otes"), self.t_notes), (translate("Inspector", "&Sources"), self.t_sources),
            ("", self.t_provenance),
        ):
            form.addRow(label, w)
        return page

    # ---- showing ------------------------------------------------------------------------
    def _on_selection(self, actor_ids: list, tie_ids: list, _origin: object) -> None:
        self.actor_id = actor_ids[0] if len(actor_ids) == 1 and not tie_ids else None
        self.tie_id = tie_ids[0] if len(tie_ids) == 1 and not actor_ids else None
        self.clear_error()
        self._accepted()  # another item: a refused entry of the last one is dropped
        for edit in self._line_edits():
            edit.setModified(False)
        self.refresh()

    def refresh(self) -> None:
        doc = self.qdoc.doc
        if self.actor_id is not None and self.actor_id not in doc.actors:
            self.actor_id = None
        if self.tie_id is not None and self.tie_id not in doc.ties:
            self.tie_id = None
        self._show_invisible(None)
        if self.actor_id is not None:
            self._show_actor(doc.actor(self.actor_id))
            self.stack.setCurrentWidget(self.actor_page)
        elif self.tie_id is not None:
            self._show_tie(doc.tie(self.tie_id))
            self.stack.setCurrentWidget(self.tie_page)
        else:
            na = len([a for a in self.selection.actor_ids if a in doc.actors])
            nt = len([t for t in self.selection.tie_ids if t in doc.ties])
            if na + nt:
                self.summary.setText(translate("Inspector", "Selected: {actors} and {ties}.").format(
                    actors=translate("Inspector", "%n actor(s)", "", COUNT, na),
                    ties=translate("Inspector", "%n tie(s)", "", COUNT, nt))
                    + "\n" + translate("Inspector", "Select a single actor or tie to edit it."))
                self.stack.setCurrentWidget(self.summary)
            else:
                self.stack.setCurrentWidget(self.empty)

    def _show_actor(self, a) -> None:
        widgets = (self.a_kind, self.a_faction, self.a_power, self.a_agenda, self.a_external,
                   self.a_self, self.a_pinned, self.labels_table)
        for w in widgets:
            w.blockSignals(True)
        _set_line(self.a_name, a.name)
        self.a_kind.set_value(a.kind)
        factions = sorted({x.faction for x in self.qdoc.doc.actors.values() if x.faction}, key=str.lower)
        if [self.a_faction.itemText(i) for i in range(self.a_faction.count())] != factions:
            self.a_faction.clear()
            self.a_faction.addItems(factions)
        if not (self.a_faction.hasFocus() and self.a_faction.lineEdit().isModified()):
            self.a_faction.setEditText(a.faction)
            self.a_faction.lineEdit().setModified(False)
        self.a_power.setValue(a.power)
        _set_line(self.a_legitimacy, format_legitimacy(a.legitimacy))
        _set_line(self.a_start, format_date(a.start))
        _set_line(self.a_end, format_date(a.end))
        self.a_agenda.set_value(a.agenda)
        self.a_external.setChecked(a.external)
        self.a_self.setChecked(a.is_self)
        self.a_pinned.setChecked(a.pinned)
        self.labels_table.setRowCount(len(a.labels))
        for r, lab in enumerate(a.labels):
            self.labels_table.setItem(r, 0, QTableWidgetItem(lab.source))
            self.labels_table.setItem(r, 1, QTableWidgetItem(lab.label))
        for w in widgets:
            w.blockSignals(False)
        self.a_notes.set_text(a.notes)
        self.a_sources.set_text("\n".join(a.sources))
        _show_provenance(self.a_provenance, a.provenance)
        self._show_invisible({translate("Inspector", "Notes"): a.notes,
                              translate("Inspector", "Sources"): "\n".join(a.sources)})

    def _show_tie(self, t) -> None:
        doc = self.qdoc.doc
        widgets = (self.t_kind, self.t_source, self.t_target, self.t_strength, self.t_confidence)
        for w in widgets:
            w.blockSignals(True)
        self.t_kind.set_value(t.kind)
        self.t_meaning.setText(message(f"tie_meaning.{t.kind.value}"))
        actors = sorted(doc.actors.values(), key=lambda a: a.name.lower())
        for combo, current in ((self.t_source, t.source), (self.t_target, t.target)):
            items = [(a.name, a.id) for a in actors]
            if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] != items:
                combo.clear()
                for name, aid in items:
                    combo.addItem(name, aid)
            combo.setCurrentIndex(combo.findData(current))
        self.t_strength.setValue(t.strength)
        self.t_confidence.set_value(t.confidence)
        for w in widgets:
            w.blockSignals(False)
        _set_line(self.t_start, format_date(t.start))
        _set_line(self.t_end, format_date(t.end))
        self.t_notes.set_text(t.notes)
        self.t_sources.set_text("\n".join(t.sources))
        _show_provenance(self.t_provenance, t.provenance)
        self._show_invisible({translate("Inspector", "Notes"): t.notes,
                              translate("Inspector", "Sources"): "\n".join(t.sources)})

    def _show_invisible(self, texts: dict[str, str] | None) -> None:
        """Say which invisible characters (bidi overrides, zero-width) a text holds, and where."""
        found = [translate("Inspector", "{field} holds {character} at position {position}").format(
                 field=field, character=describe(c), position=i + 1)
                 for field, text in (texts or {}).items() for i, c in invisible_chars(text)]
        more = len(found) - 6
        text = "; ".join(found[:6]) + ("; " + translate("Inspector", "and %n more", "", COUNT, more) if more > 0 else "")
        self.invisible.setText(translate("Inspector", "Invisible characters: {list}.").format(list=text)
                               if found else "")
        self.invisible.setVisible(bool(found))

    # ---- committing ---------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.message.emit(text)

    def clear_error(self) -> None:
        self.error.hide()
        self.error.clear()

    def _commit(self, edit_cls, item, changes: dict[str, Any], source: QLineEdit | None = None) -> bool:
        current = item.model_dump()
        if all(current.get(k) == v for k, v in changes.items()):
            self._accepted(source)
            return True  # nothing changed (focus left a field without an edit)
        label = edit_label(self.qdoc.doc, edit_cls(item.id, changes))
        try:
            self.qdoc.push(edit_cls(item.id, changes, label=label))
        except EditError as err:
            self._refuse(source, translate("Inspector", "Not changed: {error}").format(
                error=plain_message(error_text(err), self.qdoc.doc)))
            return False
        for edit in (self.a_name, self.a_legitimacy, self.t_start, self.t_end, self.a_start, self.a_end,
                     self.a_faction.lineEdit()):
            edit.setModified(False)  # committed: later changes (undo) may show in the field
        self._accepted(source)
        self.clear_error()
        return True

    def _refuse(self, source: QLineEdit | None, text: str) -> None:
        """A refused entry: say why; a typed entry stays as typed (marked) so it can be fixed,
        every other field shows the map's value again."""
        self.show_error(text)
        if source is not None:
            source.setProperty("refused", True)
            source.setStyleSheet("QLineEdit { border: 2px solid #D55E00; }")
            source.setToolTip(text)
        self.refresh()

    def _accepted(self, source: QLineEdit | None = None) -> None:
        for edit in ((source,) if source is not None else self._line_edits()):
            if edit is not None and edit.property("refused"):
                edit.setProperty("refused", False)
                edit.setStyleSheet("")
                edit.setToolTip("")

    def _line_edits(self) -> tuple[QLineEdit, ...]:
        return (self.a_name, self.a_legitimacy, self.t_start, self.t_end, self.a_start, self.a_end)

    def refresh_now_showing(self) -> None:
        """Put the map's values back into the fields (another item, or the user gave up)."""
        self._accepted()
        for edit in self._line_edits():
            edit.setModified(False)
        if self.actor_id is not None:
            a = self.qdoc.doc.actor(self.actor_id)
            self.a_name.setText(a.name)
            self.a_legitimacy.setText(format_legitimacy(a.legitimacy))
            self.a_start.setText(format_date(a.start))
            self.a_end.setText(format_date(a.end))
            self.a_faction.setEditText(a.faction)
        if self.tie_id is not None:
            t = self.qdoc.doc.tie(self.tie_id)
            self.t_start.setText(format_date(t.start))
            self.t_end.setText(format_date(t.end))
        self.refresh()

    def _commit_actor(self, changes: dict[str, Any], source: QLineEdit | None = None) -> bool:
        if self.actor_id is None or self.actor_id not in self.qdoc.doc.actors:
            return False
        return self._commit(UpdateActor, self.qdoc.doc.actor(self.actor_id), changes, source)

    def _commit_tie(self, changes: dict[str, Any], source: QLineEdit | None = None) -> bool:
        if self.tie_id is None or self.tie_id not in self.qdoc.doc.ties:
            return False
        return self._commit(UpdateTie, self.qdoc.doc.tie(self.tie_id), changes, source)

    def _reverse_tie(self) -> None:
        if self.tie_id is not None and self.tie_id in self.qdoc.doc.ties:
            t = self.qdoc.doc.tie(self.tie_id)
            self._commit_tie({"source": t.target, "target": t.source})

    def _commit_faction(self) -> None:
        self._commit_actor({"faction": self.a_faction.currentText().strip()})

    def _commit_legitimacy(self) -> None:
        try:
            value = parse_legitimacy(self.a_legitimacy.text())
        except ValueError as err:
            self._refuse(self.a_legitimacy, translate("Inspector", "Not changed: {error}").format(error=err))
            return
        self._commit_actor({"legitimacy": value}, source=self.a_legitimacy)

    def _commit_date(self, field: str, edit: QLineEdit, actor: bool = False) -> None:
        try:
            value = parse_date(edit.text(), date_name(field))
        except ValueError as err:
            self._refuse(edit, translate("Inspector", "Not changed: {error}").format(error=err))
            return
        (self._commit_actor if actor else self._commit_tie)({field: value}, source=edit)

    def _label_rows(self) -> list[tuple[str, str]]:
        rows = []
        for r in range(self.labels_table.rowCount()):
            cells = [self.labels_table.item(r, c) for c in (0, 1)]
            rows.append(tuple(c.text().strip() if c else "" for c in cells))
        return rows

    def _commit_labels(self, removed: int | None = None) -> None:
        """Commit the table's sources and labels; each row keeps the rest of its label (a
        designation, its jurisdiction and dates, edited in the Labels dock). ``removed``: the
        index of a label whose row was just removed."""
        rows = self._label_rows()
        if any(any(r) and (not r[0] or not r[1]) for r in rows):
            self.show_error(translate("Inspector", "Each label needs both a source and a label (e.g. “US Treasury” — "
                                                   "“transnational criminal organisation”)."))
            return
        old = []
        if self.actor_id is not None and self.actor_id in self.qdoc.doc.actors:
            old = [lab.model_dump() for lab in self.qdoc.doc.actor(self.actor_id).labels]
        if removed is not None and 0 <= removed < len(old):
            del old[removed]
        labels = [{**(old[i] if i < len(old) else {}), "source": s, "label": lab}
                  for i, (s, lab) in enumerate(rows) if s or lab]
        self._commit_actor({"labels": labels})

    def _add_label_row(self) -> None:
        table = self.labels_table
        table.blockSignals(True)
        r = table.rowCount()
        table.insertRow(r)
        table.setItem(r, 0, QTableWidgetItem(""))
        table.setItem(r, 1, QTableWidgetItem(""))
        table.blockSignals(False)
        table.setCurrentCell(r, 0)
        table.editItem(table.item(r, 0))

    def _remove_label_row(self) -> None:
        r = self.labels_table.currentRow()
        if r < 0:
            return
        self.labels_table.blockSignals(True)
        self.labels_table.removeRow(r)
        self.labels_table.blockSignals(False)
        self._commit_labels(removed=r)

    def focus_name(self) -> None:
        """Put the cursor in the name field (after adding an actor from the keyboard)."""
        self.a_name.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.a_name.selectAll()
