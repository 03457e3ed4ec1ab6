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
from ...i18n import COUNT, translate
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
            Column(translate("Fragmentation", "Actor"), lambda r: r.name, str, numeric=False),
            Column(translate("Fragmentation", "Camp"), lambda r: r.faction, str, numeric=False),
            Column(translate("Fragmentation", "Pairs cut off"), lambda r: r.removal.pairs_disconnected,
                   tip=translate("Fragmentation", "pairs of actors who could reach each other and no longer can")),
            Column(translate("Fragmentation", "Own camp cut off"), lambda r: r.removal.faction_pairs_disconnected,
                   tip=translate("Fragmentation", "inside its own camp, on trust ties: does its organisation split?")),
            Column(translate("Fragmentation", "F after removal"), lambda r: r.removal.F,
                   tip=translate("Fragmentation", "share of the remaining pairs that cannot reach each other (0-1)")),
            Column(translate("Fragmentation", "Splinters"), lambda r: len(r.removal.splinters),
                   tip=translate("Fragmentation", "groups left apart when the actor is removed")),
        ])
        self.table = IdTable(self.model, link.selection)
        self.table.setObjectName("fragmentationTable")
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(1, 95)
        self.table.setColumnWidth(2, 85)
        self.table.setColumnWidth(3, 100)
        self.table.idsActivated.connect(self._actor_selected)

        self.splinter_label = QLabel(translate("Fragmentation",
                                               "Select an actor to see the splinters its removal would leave."))
        self.splinter_label.setWordWrap(True)
        self.splinters = QListWidget()
        self.splinters.setObjectName("splinterList")
        self.splinters.itemSelectionChanged.connect(self._splinter_selected)

        self.k_spin = QSpinBox()
        self.k_spin.setRange(1, 20)
        self.k_spin.setValue(3)
        self.k_spin.setPrefix("K = ")
        self.k_spin.setToolTip(translate("Fragmentation", "how many actors to remove together"))
        self.find_button = QPushButton(translate("Fragmentation", "Find key players"))
        self.find_button.setObjectName("findKeyPlayers")
        self.find_button.setToolTip(translate("Fragmentation",
                                              "the K actors whose joint removal breaks the map apart most (KPP-Neg)"))
        self.find_button.clicked.connect(lambda: self.keyPlayersRequested.emit(self.k_spin.value()))
        self.kp_label = QLabel(translate("Fragmentation", "Key players: not computed. Choose K and press Find."))
        self.kp_label.setWordWrap(True)
        self.kp_label.setObjectName("keyPlayersLabel")
        self.kp_show = QPushButton(translate("Fragmentation", "Show on map"))
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
        self.overview = (translate("Fragmentation", "%n actor(s) would cut the map apart if removed;", "", COUNT,
                                   cutters)
                         + " " + translate("Fragmentation", "%n would split their own camp. Most at risk first.", "",
                                           COUNT, splitters)
                         if actors else "")
        self.splinter_label.setText(self.overview + " " + translate(
            "Fragmentation", "Select an actor to see the groups its removal leaves apart."))
        kp = result.key_players if result is not None else None
        if kp is not None:
            self._kp_ids = list(kp.set)
            how = (translate("Fragmentation", "exact: every set checked") if kp.exact else
                   translate("Fragmentation", "best found by greedy swaps and a tabu search, not proven optimal"))
            self.kp_label.setText(translate(
                "Fragmentation", "Key players (K = {k}): {names} — removing them together leaves F = {F} ({how})."
            ).format(k=kp.k, names=f"<b>{name_list(self._kp_ids, self._names, 20)}</b>", F=fmt_num(kp.F), how=how))
            self.kp_show.setEnabled(bool(self._kp_ids))
        else:
            self._kp_ids = []
            self.kp_show.setEnabled(False)
        self._actor_selected(self.table.selected_ids())

    def key_players_running(self, k: int) -> None:
        self.kp_label.setText(translate("Fragmentation", "Looking for the %n key player(s) in the background…", "", COUNT, k))

    def _actor_selected(self, ids: list) -> None:
        self.splinters.clear()
        if not ids or ids[0] not in self._rows:
            return
        row = self._rows[ids[0]]
        rem = row.removal
        spl = rem.splinters
        name = self._names.get(ids[0], ids[0])
        fpairs = rem.faction_pairs_disconnected
        camp = row.faction or translate("Fragmentation", "none set")
        own = " " + (translate(
            "Fragmentation", "Inside its own camp ({camp}), {pairs} pairs would be cut off on trust ties — the camp "
            "splinters.") if fpairs else translate(
            "Fragmentation", "Inside its own camp ({camp}), {pairs} pairs would be cut off on trust ties.")
        ).format(camp=camp, pairs=fmt_num(fpairs))
        bold = f"<b>{name}</b>"
        if not spl:
            self.splinter_label.setText(translate("Fragmentation", "Removing {name} leaves no group apart.").format(
                name=bold) + own)
        else:
            groups = len(spl)
            self.splinter_label.setText(translate(
                "Fragmentation", "Removing {name} cuts {pairs} pairs and leaves %n group(s) apart (select one to see it "
                "on the map).", "", COUNT, groups).format(name=bold, pairs=fmt_num(rem.pairs_disconnected)) + own)
        sizes = list(rem.splinter_sizes)
        if len(sizes) != len(spl):  # (results without sizes: count the members)
            spl, sizes = sorted(spl, key=len, reverse=True), None
        for i, members in enumerate(spl, 1):
            size = sizes[i - 1] if sizes else len(members)  # lists of huge pieces may be cut for memory
            text = translate("Fragmentation", "Group {number}: {actors} — {names}").format(
                number=i, actors=translate("Fragmentation", "%n actor(s)", "", COUNT, size),
                names=name_list(members, self._names))
            if size > len(members):
                text += " " + translate("Fragmentation", "(first {count} shown)").format(count=len(members))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, [str(m) for m in members])
            self.splinters.addItem(item)
        for j, members in enumerate(rem.faction_splinters, 1):
            item = QListWidgetItem(translate("Fragmentation", "Own camp fragment {number}: {names}").format(
                number=j, names=name_list(members, self._names)))
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

