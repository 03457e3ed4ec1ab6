"""The actor table: one row per actor, every scalar field editable in place."""

from __future__ import annotations

from ...core.model import ActorKind, Agenda
from ..i18n import translate
from ..selection import Selection
from ..undo import QtDocument
from .fields import NONE_TEXT, enum_label, format_legitimacy, not_assessed, parse_legitimacy
from .item_table import ItemTablePanel
from .table_model import Column, ItemTableModel, notes_column


def actor_columns(qdoc) -> list[Column]:
    """Columns reading ``qdoc.doc`` when shown (a document, or the table model itself)."""
    def ties(a) -> int:
        return len(qdoc.doc.ties_of(a.id)) if a.id in qdoc.doc.actors else 0

    return [
        Column(translate("ActorTable", "Name"), lambda a: a.name, lambda a: a.name.lower(), "name", parse=str),
        Column(translate("ActorTable", "Kind"), lambda a: enum_label(a.kind), lambda a: a.kind.value, "kind",
               "choice", choices=lambda: [(enum_label(k), k.value) for k in ActorKind],
               edit_value=lambda a: a.kind.value),
        Column(translate("ActorTable", "Faction"), lambda a: a.faction, lambda a: (a.faction == "", a.faction.lower()),
               "faction"),
        Column(translate("ActorTable", "Power"), lambda a: str(a.power), lambda a: a.power, "power", "int",
               range=(1, 5), edit_value=lambda a: a.power, tooltip=translate("ActorTable", "1-5, drawn as circle size")),
        Column(translate("ActorTable", "Legitimacy"), lambda a: format_legitimacy(a.legitimacy) or not_assessed(),
               lambda a: (a.legitimacy is None, a.legitimacy or 0.0), "legitimacy",
               parse=parse_legitimacy, edit_value=lambda a: format_legitimacy(a.legitimacy),
               tooltip=translate("ActorTable", "0-1, empty = not assessed")),
        Column(translate("ActorTable", "Agenda"), lambda a: enum_label(a.agenda),
               lambda a: a.agenda.value if a.agenda else "~", "agenda", "choice",
               choices=lambda: [(NONE_TEXT, None)] + [(enum_label(g), g.value) for g in Agenda],
               edit_value=lambda a: a.agenda.value if a.agenda else None),
        Column(translate("ActorTable", "External"), lambda a: "", lambda a: a.external, "external", "bool",
               tooltip=translate("ActorTable", "outside party, drawn as a shadow")),
        Column(translate("ActorTable", "Self"), lambda a: "", lambda a: a.is_self, "is_self", "bool",
               tooltip=translate("ActorTable", "the mapping organisation itself")),
        Column(translate("ActorTable", "Pinned"), lambda a: "", lambda a: a.pinned, "pinned", "bool"),
        Column(translate("ActorTable", "Ties"), lambda a: str(ties(a)), ties),
        notes_column(),
    ]


class ActorTable(ItemTablePanel):
    def __init__(self, qdoc: QtDocument, selection: Selection, parent=None):
        model = ItemTableModel(qdoc, actor_columns, "actor")
        super().__init__(model, selection, translate("ActorTable", "Filter actors (name, kind, faction…)"),
                         (230, 100, 170, 50, 95, 75, 65, 45, 55, 40), parent)
