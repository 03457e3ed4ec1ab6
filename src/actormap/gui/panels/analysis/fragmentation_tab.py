"""Fragmentation risk: what each actor's removal does, its splinters, and key players.

Rows come from ``result.actors[i].removal`` (Borgatti 2006, computed for
every actor at once by the core). Selecting a splinter highlights its members
on the canvas. The key-player finder asks the runner for KPP-Neg with a chosen
K; it runs in the background with the rest of the analysis.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....core.analysis.result import AnalysisResult
from .common import CanvasLink, Column, HelpBox, IdTable, RowsModel, actor_names, fmt_num, name_list


class FragmentationTab(QWidget):
    keyPlayersRequested = Signal(object)  # K (int) or None to stop

    def __init__(self, link: CanvasLink, parent: QWidget | None = None):
        super().__init__(parent)
        self.link = link
        self.result: AnalysisResult | None = None
        self._names: dict[str, str] = {}
        self._rows: dict = {}
        self.model = RowsModel([
            Column("Actor", lambda r: r.name, str, numeric=False),
            Column("Camp", lambda r: r.faction, str, numeric=False),
            Column("Pairs cut off", lambda r: r.removal.pairs_disconnected,
                   tip="pairs of actors who could reach each other and no longer can"),
            Column("Own camp cut off", lambda r: r.removal.faction_pairs_disconnected,
                   tip="inside its own camp, on trust ties: does its organisation split?"),
            Column("F after removal", lambda r: r.removal.F,
                   tip="share of the remaining pairs that cannot reach each other (0-1)"),
            Column("Splinters", lambda r: len(r.removal.splinters),
                   tip="groups left apart when the actor is removed"),
        ])
        self.table = IdTable(self.model, link.selection)
        self.table.setObjectName("fragmentationTable")
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(1, 95)
        self.table.setColumnWidth(2, 85)
        self.table.setColumnWidth(3, 100)
        self.table.idsActivated.connect(self._actor_selected)

        self.splinter_label = QLabel("Select an actor to see the splinters its removal would leave.")
        self.splinter_label.setWordWrap(True)
        self.splinters = QListWidget()
        self.splinters.setObjectName("splinterList")
        self.splinters.itemSelectionChanged.connect(self._splinter_selected)

        self.k_spin = QSpinBox()
        self.k_spin.setRange(1, 20)
        self.k_spin.setValue(3)
        self.k_spin.setPrefix("K = ")
        self.k_spin.setToolTip("how many actors to remove together")
        self.find_button = QPushButton("Find key players")
        self.find_button.setObjectName("findKeyPlayers")
        self.find_button.setToolTip("the K actors whose joint removal breaks the map apart most (KPP-Neg)")
        self.find_button.clicked.connect(lambda: self.keyPlayersRequested.emit(self.k_spin.value()))
        self.kp_label = QLabel("Key players: not computed. Choose K and press Find.")
        self.kp_label.setWordWrap(True)
        self.kp_label.setObjectName("keyPlayersLabel")
        self.kp_show = QPushButton("Show on map")
        self.kp_show.setEnabled(False)
        self.kp_show.clicked.connect(self._show_key_players)
        self._kp_ids: list[str] = []

        kp = QHBoxLayout()
        kp.setContentsMargins(0, 0, 0, 0)
        kp.addWidget(self.k_spin)
        kp.addWidget(self.find_button)
        kp.addWidget(self.kp_show)
        kp.addStretch(1)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.splinter_label)
        ll.addWidget(self.splinters)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split, 1)
        lay.addLayout(kp)
        lay.addWidget(self.kp_label)
        lay.addWidget(HelpBox("fragmentation"))

    def set_result(self, result: AnalysisResult | None) -> None:
        self.result = result
        actors = list(result.actors) if result is not None else []
        self._names = actor_names(result)
        self._rows = {a.id: a for a in actors}
        actors.sort(key=lambda a: (-a.removal.pairs_disconnected, -a.removal.faction_pairs_disconnected,
                                   -a.removal.F, a.name.casefold()))
        self.model.set_rows(actors)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        n = len(actors)
        self.k_spin.setMaximum(max(1, min(20, n - 2)))  # KPP-Neg needs 1 <= K <= n - 2
        self.find_button.setEnabled(n >= 3)  # keep the risk order until the user sorts
        cutters = sum(1 for a in actors if a.removal.pairs_disconnected)
        splitters = sum(1 for a in actors if a.removal.faction_pairs_disconnected)
        self.overview = (f"{cutters} actor{'s' * (cutters != 1)} would cut the map apart if removed; "
                         f"{splitters} would split their own camp. Most at risk first."
                         if actors else "")
        self.splinter_label.setText(self.overview + " Select an actor to see the groups its removal leaves apart.")
        kp = result.key_players if result is not None else None
        if kp is not None:
            self._kp_ids = list(kp.set)
            self.kp_label.setText(
                f"Key players (K = {kp.k}): <b>{name_list(self._kp_ids, self._names, 20)}</b>"
                f" — removing them together leaves F = {fmt_num(kp.F)}"
                + (" (exact: every set checked)" if kp.exact else
                   " (best found by greedy swaps and a tabu search, not proven optimal)") + ".")
            self.kp_show.setEnabled(bool(self._kp_ids))
        else:
            self._kp_ids = []
            self.kp_show.setEnabled(False)
        self._actor_selected(self.table.selected_ids())

    def key_players_running(self, k: int) -> None:
        self.kp_label.setText(f"Looking for the {k} key players in the background…")

    def _actor_selected(self, ids: list) -> None:
        self.splinters.clear()
        if not ids or ids[0] not in self._rows:
            return
        row = self._rows[ids[0]]
        rem = row.removal
        spl = rem.splinters
        name = self._names.get(ids[0], ids[0])
        fpairs = rem.faction_pairs_disconnected
        own = (f" Inside its own camp ({row.faction or 'none set'}), {fmt_num(fpairs)} pairs would be cut off"
               f" on trust ties{' — the camp splinters' if fpairs else ''}.")
        if not spl:
            self.splinter_label.setText(f"Removing <b>{name}</b> leaves no group apart.{own}")
        else:
            self.splinter_label.setText(
                f"Removing <b>{name}</b> cuts {fmt_num(rem.pairs_disconnected)} pairs and leaves "
                f"{len(spl)} groups apart (select one to see it on the map).{own}")
        sizes = list(rem.splinter_sizes)
        if len(sizes) != len(spl):  # (results without sizes: count the members)
            spl, sizes = sorted(spl, key=len, reverse=True), None
        for i, members in enumerate(spl, 1):
            size = sizes[i - 1] if sizes else len(members)  # lists of huge pieces may be cut for memory
            item = QListWidgetItem(f"Group {i}: {size} actor{'s' * (size != 1)} — "
                                   f"{name_list(members, self._names)}"
                                   + (f" (first {len(members)} shown)" if size > len(members) else ""))
            item.setData(Qt.ItemDataRole.UserRole, [str(m) for m in members])
            self.splinters.addItem(item)
        for j, members in enumerate(rem.faction_splinters, 1):
            item = QListWidgetItem(f"Own camp fragment {j}: {name_list(members, self._names)}")
            item.setData(Qt.ItemDataRole.UserRole, [str(m) for m in members])
            self.splinters.addItem(item)

    def _splinter_selected(self) -> None:
        items = self.splinters.selectedItems()
        if not items:
            return
        members = items[0].data(Qt.ItemDataRole.UserRole) or []
        self.link.highlight(members, self.link.ties_among(members))

    def _show_key_players(self) -> None:
        if self._kp_ids:
            self.link.highlight(self._kp_ids, [])
            self.link.select(self._kp_ids, origin=self)

