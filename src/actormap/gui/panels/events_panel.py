"""The Events panel: dated happenings (a truce signed, a leader arrested) and what they concern.

A table of the map's events by date, and a form for the selected one: name, date,
end (for events that last), the actors, ties and agreements it concerns (check
lists), notes and sources. Every change is one core edit (``AddItem``,
``UpdateItem``, ``RemoveItems``) on the document's undo stack. ``showRequested``
asks the time slider to go to an event's date (and the canvas to light what it
concerns).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.edits import AddItem, RemoveItems, UpdateItem
from ...core.errors import ActorMapError
from ...core.model import Event
from ..binding import DocumentBinding, FollowsDocument
from ..i18n import error_text, message, translate
from ..undo import QtDocument
from .fields import CommitTextEdit, date_name, format_date, parse_date, parse_lines, push_button

ID_ROLE = Qt.ItemDataRole.UserRole


def _links() -> tuple[tuple[str, str], ...]:
    return (("actor_ids", translate("EventsPanel", "Actors")), ("tie_ids", translate("EventsPanel", "Ties")),
            ("agreement_ids", translate("EventsPanel", "Agreements")))


class EventsPanel(FollowsDocument, QWidget):
    message = Signal(str)
    showRequested = Signal(object)  # the Event

    def __init__(self, qdoc: QtDocument | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eventsPanel")
        self.binding = DocumentBinding(self._on_change, self.refresh)
        self.date_source = None  # callable -> date | None: where a new event goes (the slider's date)
        self._filling = False
        self._stale = False

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("eventsTable")
        self.table.setHorizontalHeaderLabels([translate("EventsPanel", "Date"), translate("EventsPanel", "Until"),
                                              translate("EventsPanel", "Event")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._show_current)
        self.table.itemDoubleClicked.connect(lambda _i: self.show_event())

        self.add_button = push_button(self, translate("EventsPanel", "Add event"), translate(
            "EventsPanel", "A new event at the date the time slider shows (else the map's as-of date)"), self.add_event)
        self.delete_button = push_button(self, translate("EventsPanel", "Delete"), "", self.delete_event)
        self.show_button = push_button(self, translate("EventsPanel", "Show on the map"), translate(
            "EventsPanel", "Move the time slider to the event's date and light what it concerns"), self.show_event)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.delete_button, self.show_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.error = QLabel()
        self.error.setObjectName("eventsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        self.error.hide()
        self.name = QLineEdit()
        self.name.setObjectName("eventName")
        self.name.editingFinished.connect(lambda: self._commit({"name": self.name.text()}))
        self.date = QLineEdit()
        self.date.setObjectName("eventDate")
        self.date.setPlaceholderText(translate("EventsPanel", "YYYY-MM-DD"))
        self.date.editingFinished.connect(lambda: self._commit_date("date", self.date, required=True))
        self.end = QLineEdit()
        self.end.setObjectName("eventEnd")
        self.end.setPlaceholderText(translate("EventsPanel", "none (a day); YYYY-MM-DD, exclusive"))
        self.end.setToolTip(translate("EventsPanel", "For events that last: the first day after it (exclusive)"))
        self.end.editingFinished.connect(lambda: self._commit_date("end", self.end))
        self.links = QTabWidget()
        self.link_lists: dict[str, QListWidget] = {}
        for field, title in _links():
            lst = QListWidget()
            lst.setObjectName(f"event_{field}")
            lst.itemChanged.connect(lambda _item, f=field: self._commit_links(f))
            self.link_lists[field] = lst
            self.links.addTab(lst, title)
        self.notes = CommitTextEdit(rows=3)
        self.notes.editingFinished.connect(lambda: self._commit({"notes": self.notes.toPlainText()}))
        self.sources = CommitTextEdit(rows=2)
        self.sources.setPlaceholderText(translate("EventsPanel", "one source per line"))
        self.sources.editingFinished.connect(lambda: self._commit({"sources": parse_lines(self.sources.toPlainText())}))
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        for label, w in ((translate("EventsPanel", "&Name"), self.name), (translate("EventsPanel", "&Date"), self.date),
                         (translate("EventsPanel", "&Until"), self.end),
                         (translate("EventsPanel", "Concerns"), self.links),
                         (translate("EventsPanel", "N&otes"), self.notes),
                         (translate("EventsPanel", "&Sources"), self.sources)):
            form.addRow(label, w)

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table)
        tl.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.form_box)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.error)
        lay.addWidget(split, 1)
        self.set_document_or_new(qdoc)

    # ---- mirror the document -------------------------------------------------------------
    def events(self) -> list[Event]:
        return sorted(self.qdoc.doc.items("events").values(), key=lambda e: (e.date, e.name, e.id))

    def _on_change(self, cs) -> None:
        """Refresh when events change, or what they can refer to is added, removed or renamed
        (not when actors are dragged); a hidden panel refreshes when shown."""
        if not (cs.touches("events", "agreements") or any(
                cs.added(c) or cs.removed(c) for c in ("actors", "ties"))
                or "name" in cs.changed_fields("actors")
                or cs.changed_fields("ties") & {"source", "target", "kind"}):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        current = self.current_id()
        self._filling = True
        try:
            events = self.events()
            self.table.setRowCount(len(events))
            for r, e in enumerate(events):
                for c, text in enumerate((e.date.isoformat(), format_date(e.end), e.name)):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, e.id)
                    self.table.setItem(r, c, item)
                if e.id == current:
                    self.table.selectRow(r)
            if current is None or current not in self.qdoc.doc.items("events"):
                self.table.clearSelection()
        finally:
            self._filling = False
        self._show_current()

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(ID_ROLE) if item is not None else None

    def current(self) -> Event | None:
        eid = self.current_id()
        return self.qdoc.doc.items("events").get(eid) if eid else None

    def select_event(self, event_id: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(ID_ROLE) == event_id:
                self.table.selectRow(r)
                return

    def _show_current(self) -> None:
        if self._filling:
            return
        e = self.current()
        self.form_box.setEnabled(e is not None)
        self.delete_button.setEnabled(e is not None)
        self.show_button.setEnabled(e is not None)
        self._filling = True
        try:
            self.name.setText(e.name if e else "")
            self.date.setText(e.date.isoformat() if e else "")
            self.end.setText(format_date(e.end) if e else "")
            self.notes.set_text(e.notes if e else "")
            self.sources.set_text("\n".join(e.sources) if e else "")
            doc = self.qdoc.doc
            names = {a.id: a.name for a in doc.actors.values()}
            choices = {
                "actor_ids": sorted(((a.name, a.id) for a in doc.actors.values()), key=lambda x: x[0].lower()),
                "tie_ids": sorted(((f"{names.get(t.source, '?')} → {names.get(t.target, '?')} "
                                    f"({message('tie_kind.' + t.kind.value)})", t.id)
                                   for t in doc.ties.values()), key=lambda x: x[0].lower()),
                "agreement_ids": sorted(((g.name, g.id) for g in doc.items("agreements").values()),
                                        key=lambda x: x[0].lower()),
            }
            for field, lst in self.link_lists.items():
                lst.clear()
                chosen = set(getattr(e, field)) if e else set()
                for text, item_id in choices[field]:
                    item = QListWidgetItem(text)
                    item.setData(ID_ROLE, item_id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if item_id in chosen else Qt.CheckState.Unchecked)
                    lst.addItem(item)
        finally:
            self._filling = False

    # ---- edits ---------------------------------------------------------------------------
    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            self.message.emit(text)

    def _push(self, edit) -> bool:
        try:
            self.qdoc.push(edit)
        except ActorMapError as err:
            self._error(translate("EventsPanel", "Not changed: {error}").format(error=error_text(err)))
            self._show_current()
            return False
        self._error("")
        return True

    def _commit(self, changes: dict) -> bool:
        if self._filling:
            return False
        e = self.current()
        if e is None or all(getattr(e, k) == v for k, v in changes.items()):
            return False
        return self._push(UpdateItem("events", e.id, changes, label=translate(
            "EventsPanel", "Edit event '{name}': {fields}").format(name=e.name,
                                                                  fields=message("edit.fields", fields=list(changes)))))

    def _commit_date(self, field: str, edit: QLineEdit, required: bool = False) -> None:
        if self._filling or self.current() is None:
            return
        try:
            value = parse_date(edit.text(), date_name("end" if field == "end" else "date"))
            if value is None and required:
                raise ValueError(translate("EventsPanel", "An event needs a date (YYYY-MM-DD)."))
        except ValueError as err:
            self._error(translate("EventsPanel", "Not changed: {error}").format(error=err))
            self._show_current()
            return
        self._commit({field: value})

    def _commit_links(self, field: str) -> None:
        if self._filling:
            return
        lst = self.link_lists[field]
        ids = [lst.item(i).data(ID_ROLE) for i in range(lst.count())
               if lst.item(i).checkState() == Qt.CheckState.Checked]
        e = self.current()
        if e is not None and sorted(getattr(e, field)) != sorted(ids):
            self._commit({field: sorted(ids)})

    def add_event(self, name: str = "", when: date | None = None) -> str | None:
        name = name or translate("EventsPanel", "New event")
        when = when or (self.date_source() if self.date_source else None) or self.qdoc.doc.meta.as_of \
            or date.today()
        event = Event(name=name, date=when)
        if not self._push(AddItem("events", event, label=translate("EventsPanel", "Add event '{name}'").format(
                name=name))):
            return None
        self.select_event(event.id)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name.selectAll()
        return event.id

    def delete_event(self) -> None:
        e = self.current()
        if e is not None:
            self._push(RemoveItems(other={"events": [e.id]}, label=translate(
                "EventsPanel", "Delete event '{name}'").format(name=e.name)))

    def show_event(self) -> None:
        e = self.current()
        if e is not None:
            self.showRequested.emit(e)
