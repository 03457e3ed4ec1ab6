"""Blocs and tensions: the two blocs of the best balanced split and the ties that contradict it.

Shows ``result.balance`` (structural balance on the signed graph, computed
in the core): the blocs, the contradicting ties (each can be lit up on the
canvas), the triangle index and the frustration index, saying whether the
latter is exact or the best a heuristic found.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....core.analysis.result import AnalysisResult
from ...wording import plural
from .common import CanvasLink, Column, HelpBox, IdTable, RowsModel, actor_names, fmt_num


@dataclass(frozen=True)
class Member:
    """A row of a bloc list."""

    id: str
    name: str


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
        self.blocs: list[list[str]] = [[], []]
        self._bloc_sets: list[set[str]] = [set(), set()]
        self._ends: dict[str, tuple[str, str]] = {}
        self.indices = QLabel("")
        self.indices.setWordWrap(True)
        self.indices.setObjectName("balanceIndices")
        self.bloc_models = [RowsModel([Column("Actor", lambda r: r.name, str, numeric=False)])
                            for _ in range(2)]
        self.bloc_lists = [IdTable(m, link.selection) for m in self.bloc_models]
        self.bloc_titles = [QLabel("Bloc A"), QLabel("Bloc B")]
        self.bloc_buttons = [QPushButton("Show bloc A"), QPushButton("Show bloc B")]
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i in range(2):
            self.bloc_lists[i].setObjectName(f"bloc{i}")
            self.bloc_lists[i].horizontalHeader().hide()
            self.bloc_lists[i].setSortingEnabled(False)
            self.bloc_buttons[i].clicked.connect(lambda _c=False, i=i: self.show_bloc(i))
            grid.addWidget(self.bloc_titles[i], 0, i)
            grid.addWidget(self.bloc_lists[i], 1, i)
            grid.addWidget(self.bloc_buttons[i], 2, i)
        self.tension_label = QLabel("Ties that contradict the split")
        self.tension_model = RowsModel([
            Column("Where", lambda r: r.why, str, numeric=False),
            Column("Tie", lambda r: r.text, str, numeric=False),
        ])
        self.tensions = IdTable(self.tension_model, None)
        self.tensions.setObjectName("contradictingTies")
        self.tensions.setColumnWidth(0, 170)
        self.tensions.idsActivated.connect(self._tensions_selected)
        self.all_button = QPushButton("Show all contradicting ties")
        self.all_button.setObjectName("showAllTensions")
        self.all_button.clicked.connect(self.show_all_tensions)
        self.clear_button = QPushButton("Clear highlight")
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
        blocs = [list(b) for b in bal.blocs][:2] if bal is not None else []
        while len(blocs) < 2:
            blocs.append([])
        self.blocs = blocs
        self._bloc_sets = [set(b) for b in blocs]
        for i in range(2):
            rows = sorted((Member(a, self._name(a)) for a in blocs[i]), key=lambda r: r.name.casefold())
            self.bloc_models[i].set_rows(rows)
            self.bloc_titles[i].setText(f"Bloc {'AB'[i]} ({plural(len(blocs[i]), 'actor')})")
        if bal is None:
            self.indices.setText("")
        else:
            how = "exact" if bal.exact else "heuristic: the best split found, the true minimum may be lower"
            if bal.method != "exact" and bal.exact:
                how = f"exact, by {bal.method}"
            if bal.triangle_index is None:
                tri_text = "– (no triangle of signed ties)"
            else:
                tri_text = (f"{fmt_num(bal.triangle_index, 2)} ({bal.balanced_triangles} of {bal.triangles} "
                            "triangles balanced)")
            self.indices.setText(
                f"Frustration index: <b>{fmt_num(bal.frustration)}</b> ({how})<br>"
                f"Triangle index: <b>{tri_text}</b>")
        rows = []
        self._ends: dict[str, tuple[str, str]] = {}
        for tid in bal.contradicting if bal is not None else []:
            t = doc.ties.get(tid) if doc is not None else None
            src, dst, kind = (t.source, t.target, str(t.kind)) if t is not None else ("?", "?", "tie")
            self._ends[tid] = (src, dst)
            rows.append(Tension(tid, f"{self._name(src)} — {kind} — {self._name(dst)}", self._why(src, dst)))
        self.tension_model.set_rows(rows)
        self.tension_label.setText(f"Ties that contradict the split ({len(rows)})" if rows
                                   else "No tie contradicts the split: the map falls into two clean camps.")
        self.all_button.setEnabled(bool(rows))

    def _why(self, src: str, dst: str) -> str:
        b0, b1 = self._bloc_sets
        a = 0 if src in b0 else 1 if src in b1 else None
        b = 0 if dst in b0 else 1 if dst in b1 else None
        if a is None or b is None:
            return "contradicts the split"
        return "hostility inside one bloc" if a == b else "trust across the blocs"

    def show_bloc(self, i: int) -> None:
        members = self.blocs[i]
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

