"""Small editor widgets and text<->value conversions shared by the panels.

Conversions raise ``ValueError`` with a sentence a user can act on; the model
itself still has the last word (its ``EditError`` messages are shown as they are).
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QPushButton, QWidget

from ...core.model import (
    ActorKind,
    Agenda,
    AgreementKind,
    AgreementStatus,
    Confidence,
    Sensitivity,
    Strategy,
    TieKind,
)
from ..i18n import message, translate

NONE_TEXT = "—"

VOCABULARY = {ActorKind: "kind", TieKind: "tie_kind", Agenda: "agenda", Confidence: "confidence",
              Sensitivity: "sensitivity", AgreementKind: "agreement_kind", AgreementStatus: "agreement_status",
              Strategy: "strategy_kind"}
"""Enums whose values the core catalogue names (the same words as the reports)."""


def enum_label(value: Enum | str | None) -> str:
    """A value of the model's enums as the interface shows it ("Rebel group", "Grupo rebelde")."""
    if value is None:
        return NONE_TEXT
    prefix = VOCABULARY.get(type(value)) if isinstance(value, Enum) else None
    text = value.value if isinstance(value, Enum) else str(value)
    word = message(f"{prefix}.{text}") if prefix else text.replace("_", " ")
    return word[:1].upper() + word[1:]


def date_name(field: str) -> str:
    """What a date field is called in messages ("start date")."""
    return {"start": translate("Fields", "start date"), "end": translate("Fields", "end date"),
            "date": translate("Fields", "event date"), "as_of": translate("Fields", "as-of date")
            }.get(field, translate("Fields", "date"))


def parse_date(text: str, what: str = "") -> date | None:
    """``''`` → None; ``YYYY-MM-DD`` → date; anything else → ValueError (``what``: :func:`date_name`)."""
    text = text.strip()
    if not text or text.lower() in ("none", NONE_TEXT):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(translate(
            "Fields", "The {what} '{text}' is not a date; write it as YYYY-MM-DD (e.g. 2012-03-08) or leave it "
            "empty for none.").format(what=what or date_name(""), text=text)) from None


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def parse_legitimacy(text: str) -> float | None:
    """``''`` → None (not assessed); a number 0-1 (``0.6``, ``60%``) → float."""
    text = text.strip().lower()
    if not text or text in ("not assessed", "none", NONE_TEXT, not_assessed().lower()):
        return None
    percent = text.endswith("%")
    try:
        value = float(text.rstrip("%").strip().replace(",", "."))
    except ValueError:
        raise ValueError(translate(
            "Fields", "Legitimacy '{text}' is not a number; give a value from 0 to 1 (e.g. 0.6) or leave it "
            "empty for “not assessed”.").format(text=text)) from None
    if percent:
        value /= 100
    if not 0.0 <= value <= 1.0:
        raise ValueError(translate(
            "Fields", "Legitimacy must be between 0 and 1 (got {value}); leave it empty for “not assessed”."
        ).format(value=f"{value:g}"))
    return value


def not_assessed() -> str:
    """How an unassessed legitimacy reads."""
    return translate("Fields", "not assessed")


def format_legitimacy(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def parse_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def parse_list(text: str) -> list[str]:
    """Authors and the like: separated by ``;`` or new lines."""
    return [p.strip() for p in text.replace("\n", ";").split(";") if p.strip()]


def push_button(parent: QWidget, text: str, tip: str, slot) -> QPushButton:
    """A button of ``parent`` with tool tip ``tip`` (none when empty) that calls ``slot()`` when clicked."""
    b = QPushButton(text, parent)
    b.setToolTip(tip)
    b.clicked.connect(lambda _c=False: slot())
    return b


class CommitTextEdit(QPlainTextEdit):
    """A multi-line text field that reports ``editingFinished`` when it loses focus
    (or on Ctrl+Return) and its text changed — one edit, not one per keystroke."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None, rows: int = 3):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._committed = ""
        h = self.fontMetrics().lineSpacing() * rows + 12
        self.setFixedHeight(h)

    def set_text(self, text: str) -> None:
        self._committed = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def _finish(self) -> None:
        if self.toPlainText() != self._committed:
            self._committed = self.toPlainText()
            self.editingFinished.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._finish()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._finish()
            return
        super().keyPressEvent(event)


class EnumCombo(QComboBox):
    """A combo box over an enum's members (optionally with a “none” entry first)."""

    def __init__(self, enum: type[Enum], allow_none: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        if allow_none:
            self.addItem(NONE_TEXT, None)
        for member in enum:
            self.addItem(enum_label(member), member.value)

    def set_value(self, value) -> None:
        raw = value.value if isinstance(value, Enum) else value
        self.blockSignals(True)
        self.setCurrentIndex(max(0, self.findData(raw)))
        self.blockSignals(False)

    def value(self):
        return self.currentData()
