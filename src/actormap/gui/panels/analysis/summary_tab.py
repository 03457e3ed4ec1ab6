"""Map summary: actors, ties, components, F, DF, factions declared and detected."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ....core.analysis.result import AnalysisResult
from ...i18n import translate
from .common import CanvasLink, HelpBox, actor_names, approximated, fmt_num, name_list


class SummaryTab(QWidget):
    FIELDS = [("actors", QT_TRANSLATE_NOOP("Summary", "Actors")), ("ties", QT_TRANSLATE_NOOP("Summary", "Ties")),
              ("components", QT_TRANSLATE_NOOP("Summary", "Separate pieces")),
              ("F", QT_TRANSLATE_NOOP("Summary", "Fragmentation F")),
              ("DF", QT_TRANSLATE_NOOP("Summary", "Fragmentation DF")),
              ("declared", QT_TRANSLATE_NOOP("Summary", "Camps declared")),
              ("detected", QT_TRANSLATE_NOOP("Summary", "Groups detected by trust ties"))]

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
            form.addRow(translate("Summary", "{field}:").format(field=translate("Summary", title)), lab)
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
        def grey(text: str) -> str:
            return f" <span style='color:#555'>({text})</span>"

        self.values["components"].setText(fmt_num(frag.components) + grey(
            translate("Summary", "components: groups with no tie between them")))
        self.values["F"].setText(fmt_num(frag.F) + grey(translate("Summary", "share of pairs that cannot reach each other")))
        self.values["DF"].setText(fmt_num(frag.DF) + grey(translate(
            "Summary", "distance-weighted: also counts how far apart reachable actors are")))
        declared = fac.declared
        self.values["declared"].setText(
            f"{len(declared)}<br>" + "<br>".join(f"<b>{escape(k)}</b> ({len(v)})" for k, v in
                                                 sorted(declared.items(), key=lambda kv: (-len(kv[1]), kv[0])))
            if declared else translate("Summary", "none (set the Faction field of actors)"))
        detected = fac.detected
        self.values["detected"].setText(
            f"{len(detected)}<br>" + "<br>".join(
                f"{i}. {escape(name_list(g, names, 6))}" for i, g in enumerate(detected, 1))
            if detected else translate("Summary", "none"))
        flags = approximated(result)
        self.notes.setText(translate("Summary", "Approximated on this map (flagged by the engine): {measures}").format(
            measures=", ".join(flags)) if flags else translate("Summary", "Every measure on this map is exact."))
