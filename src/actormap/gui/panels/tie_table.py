"""The tie table: one row per tie (from, kind, to, strength, confidence, dates)."""

from __future__ import annotations

from ...core.model import Confidence, TieKind
from ...core.semantics import SEMANTICS
from ..i18n import translate
from ..selection import Selection
from ..undo import QtDocument
from .fields import date_name, enum_label, format_date, parse_date
from .item_table import ItemTablePanel
from .table_model import Column, ItemTableModel, notes_column


def tie_columns(qdoc) -> list[Column]:
    """Columns reading ``qdoc.doc`` when shown (a document, or the table model itself)."""
    def name(actor_id: str) -> str:
        a = qdoc.doc.actors.get(actor_id)
        return a.name if a else "?"

    def actors() -> list[tuple[str, str]]:
        return sorted(((a.name, a.id) for a in qdoc.doc.actors.values()), key=lambda p: p[0].lower())

    def kind_label(t) -> str:
        arrow = "→" if SEMANTICS[t.kind].directed else "↔"
        return f"{arrow} {enum_label(t.kind)}"

    date_tip = translate("TieTable", "YYYY-MM-DD or empty")
    return [
        Column(translate("TieTable", "From"), lambda t: name(t.source), lambda t: name(t.source).lower(), "source",
               "choice", choices=actors, edit_value=lambda t: t.source),
        Column(translate("TieTable", "Kind"), kind_label, lambda t: t.kind.value, "kind", "choice",
               choices=lambda: [(enum_label(k), k.value) for k in TieKind], edit_value=lambda t: t.kind.value),
        Column(translate("TieTable", "To"), lambda t: name(t.target), lambda t: name(t.target).lower(), "target",
               "choice", choices=actors, edit_value=lambda t: t.target),
        Column(translate("TieTable", "Strength"), lambda t: str(t.strength), lambda t: t.strength, "strength", "int",
               range=(1, 3), edit_value=lambda t: t.strength,
               tooltip=translate("TieTable", "1-3, drawn as line width")),
        Column(translate("TieTable", "Confidence"), lambda t: enum_label(t.confidence),
               lambda t: list(Confidence).index(t.confidence), "confidence", "choice",
               choices=lambda: [(enum_label(c), c.value) for c in Confidence], edit_value=lambda t: t.confidence.value),
        Column(translate("TieTable", "Start"), lambda t: format_date(t.start), lambda t: format_date(t.start) or "~",
               "start", parse=lambda s: parse_date(s, date_name("start")), tooltip=date_tip),
        Column(translate("TieTable", "End"), lambda t: format_date(t.end), lambda t: format_date(t.end) or "~", "end",
               parse=lambda s: parse_date(s, date_name("end")), tooltip=date_tip),
        notes_column(),
    ]


class TieTable(ItemTablePanel):
    def __init__(self, qdoc: QtDocument, selection: Selection, parent=None):
        model = ItemTableModel(qdoc, tie_columns, "tie")
        super().__init__(model, selection, translate("TieTable", "Filter ties (actor, kind…)"),
                         (170, 110, 170, 72, 90, 85, 85), parent)
