"""Blocs and tensions: the blocs of the best weakly balanced grouping and the ties that contradict it.

Shows ``result.balance`` (structural balance on the signed graph in the weak sense of
Davis 1967, computed in the core): as many blocs as the signed ties need (a three-way
war is three blocs), one row each (select one to light it up on the canvas), the
contradicting ties (each can be lit up too), the triangle index and the frustration
index, saying whether the latter is exact or the best a heuristic found.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....core.analysis.result import AnalysisResult
from ...i18n import COUNT, message, translate
from .common import CanvasLink, Column, HelpBox, IdTable, RowsModel, actor_names, fmt_num


@dataclass(frozen=True)
class BlocRow:
    """A row of the bloc table: its number, its members (ids) and their names."""

    id: str
    number: int
    members: tuple[str, ...]
    names: str


@dataclass(frozen=True)
class Tension:
    """A row of the contradicting ties: the tie id, its ends and kind as text, and why it contradicts."""

    id: str
    text: str
    why: str


class BlocsTab(QWidget):
    def __init__(self, link: CanvasLink, parent: QWidget | None = None):
        super().__init__(parent)
        self.link = link
        self.result: AnalysisResult | None = None
        self._names: dict[str, str] = {}
        self.blocs: list[list[str]] = []
        self._bloc_of: dict[str, int] = {}
        self._ends: dict[str, tuple[str, str]] = {}
        self.indices = QLabel("")
        self.indices.setWordWrap(True)
        self.indices.setObjectName("balanceIndices")
        self.bloc_model = RowsModel([
            Column(translate("Blocs", "Bloc"), lambda r: r.number,
                   lambda n: translate("Blocs", "Bloc {number}").format(number=n)),
            Column(translate("Blocs", "Actors"), lambda r: len(r.members)),
            Column(translate("Blocs", "Members"), lambda r: r.names, str, numeric=False),
        ])
        self.bloc_table = IdTable(self.bloc_model, None)
        self.bloc_table.setObjectName("blocTable")
        self.bloc_table.setColumnWidth(0, 70)
        self.bloc_table.setColumnWidth(1, 55)
        self.bloc_table.idsActivated.connect(self._blocs_selected)
        self.bloc_title = QLabel(translate("Blocs", "Blocs"))
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.bloc_title, 0, 0)
        grid.addWidget(self.bloc_table, 1, 0)
        self.tension_label = QLabel(translate("Blocs", "Ties that contradict the split"))
        self.tension_model = RowsModel([
            Column(translate("Blocs", "Where"), lambda r: r.why, str, numeric=False),
            Column(translate("Blocs", "Tie"), lambda r: r.text, str, numeric=False),
        ])
        self.tensions = IdTable(self.tension_model, None)
        self.tensions.setObjectName("contradictingTies")
        self.tensions.setColumnWidth(0, 170)
        self.tensions.idsActivated.connect(self._tensions_selected)
        self.all_button = QPushButton(translate("Blocs", "Show all contradicting ties"))
        self.all_button.setObjectName("showAllTensions")
        self.all_button.clicked.connect(self.show_all_tensions)
        self.clear_button = QPushButton(translate("Blocs", "Clear highlight"))
        self.clear_button.clicked.connect(self.link.clear_highlight)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.indices)
        lay.addLayout(grid, 2)
        lay.addWidget(self.tension_label)
        lay.addWidget(self.tensions, 1)
        lay.addLayout(buttons)
        lay.addWidget(HelpBox("blocs"))

    def _name(self, aid: str) -> str:
        return self._names.get(aid, aid)

    def set_result(self, result: AnalysisResult | None) -> None:
        self.result = result
        self._names = actor_names(result)
        doc = self.link.qdoc.doc if self.link.qdoc is not None else None
        bal = result.balance if result is not None else None
        blocs = [list(b) for b in bal.blocs if b] if bal is not None else []
        self.blocs = blocs
        self._bloc_of = {a: i for i, b in enumerate(blocs) for a in b}
        self.bloc_model.set_rows([
            BlocRow(f"bloc{i + 1}", i + 1, tuple(b), ", ".join(sorted((self._name(a) for a in b), key=str.casefold)))
            for i, b in enumerate(blocs)])
        alone = sum(1 for b in blocs if len(b) == 1)
        if not blocs:
            self.bloc_title.setText(translate("Blocs", "No signed ties: no blocs."))
        else:
            count = len(blocs)
            blocs_text = translate("Blocs", "%n bloc(s)", "", COUNT, count)
            self.bloc_title.setText(translate(
                "Blocs", "{blocs} (as many as the signed ties need; %n actor(s) in a bloc of their own)", "", COUNT,
                alone).format(blocs=blocs_text) if alone else
                translate("Blocs", "{blocs} (as many as the signed ties need)").format(blocs=blocs_text))
        if bal is None:
            self.indices.setText("")
        else:
            how = (translate("Blocs", "exact") if bal.exact else
                   translate("Blocs", "heuristic: the best split found, the true minimum may be lower"))
            if bal.method != "exact" and bal.exact:
                how = translate("Blocs", "exact, by {method}").format(method=bal.method)
            if bal.triangle_index is None:
                tri_text = translate("Blocs", "– (no triangle of signed ties)")
            else:
                triangles = bal.triangles
                tri_text = translate("Blocs", "{index} ({balanced} of %n triangle(s) balanced)", "", COUNT,
                                     triangles).format(index=fmt_num(bal.triangle_index, 2),
                                                           balanced=bal.balanced_triangles)
            self.indices.setText(
                translate("Blocs", "Frustration index: {value} ({how})").format(
                    value=f"<b>{fmt_num(bal.frustration)}</b>", how=how) + "<br>"
                + translate("Blocs", "Triangle index: {value}").format(value=f"<b>{tri_text}</b>"))
        rows = []
        self._ends: dict[str, tuple[str, str]] = {}
        for tid in bal.contradicting if bal is not None else []:
            t = doc.ties.get(tid) if doc is not None else None
            src, dst, kind = ((t.source, t.target, message(f"tie_kind.{t.kind.value}")) if t is not None
                              else ("?", "?", translate("Blocs", "tie")))
            self._ends[tid] = (src, dst)
            rows.append(Tension(tid, f"{self._name(src)} — {kind} — {self._name(dst)}", self._why(src, dst)))
        self.tension_model.set_rows(rows)
        self.tension_label.setText(translate("Blocs", "Ties that contradict the blocs ({count})").format(count=len(rows))
                                   if rows else
                                   translate("Blocs", "No tie contradicts the blocs: the map falls into clean camps."))
        self.all_button.setEnabled(bool(rows))

    def _why(self, src: str, dst: str) -> str:
        a, b = self._bloc_of.get(src), self._bloc_of.get(dst)
        if a is None or b is None:
            return translate("Blocs", "contradicts the blocs")
        return translate("Blocs", "hostility inside one bloc") if a == b else translate("Blocs", "trust across the blocs")

    def show_bloc(self, i: int) -> None:
        members = self.blocs[i]
        self.link.highlight(members, self.link.ties_among(members))

    def _blocs_selected(self, row_ids: list) -> None:
        members = sorted({a for r in self.bloc_model.rows if r.id in row_ids for a in r.members})
        if members:
            self.link.highlight(members, self.link.ties_among(members))

    def _highlight_ties(self, tie_ids: list[str]) -> None:
        ends = [self._ends[t] for t in tie_ids if t in self._ends]
        self.link.highlight(sorted({a for pair in ends for a in pair}), list(tie_ids))

    def _tensions_selected(self, tie_ids: list) -> None:
        if tie_ids:
            self._highlight_ties(tie_ids)

    def show_all_tensions(self) -> None:
        self._highlight_ties(self.tensions.visual_ids())

    def tension_text(self, row: int) -> str:
        r = self.tension_model.rows[row]
        return f"{r.text}: {r.why}"

