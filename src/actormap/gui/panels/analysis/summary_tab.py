"""Map summary: actors, ties, components, F, DF, factions declared and detected."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ....core.analysis.result import AnalysisResult
from .common import CanvasLink, HelpBox, actor_names, approximated, fmt_num, name_list


class SummaryTab(QWidget):
    FIELDS = [("actors", "Actors"), ("ties", "Ties"), ("components", "Separate pieces"),
              ("F", "Fragmentation F"), ("DF", "Fragmentation DF"),
              ("declared", "Camps declared"), ("detected", "Groups detected by trust ties")]

    def __init__(self, link: CanvasLink, parent: QWidget | None = None):
        super().__init__(parent)
        self.link = link
        self.values: dict[str, QLabel] = {}
        inner = QWidget()
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, title in self.FIELDS:
            lab = QLabel("–")
            lab.setObjectName(f"summary_{key}")
            lab.setWordWrap(True)
            lab.setTextFormat(Qt.TextFormat.RichText)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = lab
            form.addRow(f"{title}:", lab)
        self.notes = QLabel("")
        self.notes.setWordWrap(True)
        form.addRow(self.notes)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(scroll, 1)
        lay.addWidget(HelpBox("summary"))

    def set_result(self, result: AnalysisResult | None) -> None:
        if result is None:
            for lab in self.values.values():
                lab.setText("–")
            self.notes.setText("")
            return
        m, frag, fac = result.map, result.fragmentation, result.factions
        names = actor_names(result)
        self.values["actors"].setText(fmt_num(m.actors))
        self.values["ties"].setText(fmt_num(m.ties))
        self.values["components"].setText(f"{fmt_num(frag.components)} <span style='color:#555'>"
                                          "(components: groups with no tie between them)</span>")
        self.values["F"].setText(f"{fmt_num(frag.F)} <span style='color:#555'>"
                                 "(share of pairs that cannot reach each other)</span>")
        self.values["DF"].setText(f"{fmt_num(frag.DF)} <span style='color:#555'>"
                                  "(distance-weighted: also counts how far apart reachable actors are)</span>")
        declared = fac.declared
        self.values["declared"].setText(
            f"{len(declared)}<br>" + "<br>".join(f"<b>{escape(k)}</b> ({len(v)})" for k, v in
                                                 sorted(declared.items(), key=lambda kv: (-len(kv[1]), kv[0])))
            if declared else "none (set the Faction field of actors)")
        detected = fac.detected
        self.values["detected"].setText(
            f"{len(detected)}<br>" + "<br>".join(
                f"{i}. {escape(name_list(g, names, 6))}" for i, g in enumerate(detected, 1))
            if detected else "none")
        flags = approximated(result)
        self.notes.setText(("Approximated on this map (flagged by the engine): " + ", ".join(flags)) if flags else
                           "Every measure on this map is exact.")
