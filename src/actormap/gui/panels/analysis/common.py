"""Pieces shared by the analysis tabs: a read-only rows model, an id-synced table, help box.

The tabs show the typed analysis result (:class:`~actormap.core.analysis.result.AnalysisResult`)
as it is, reading it by attribute; they compute nothing about the map. Tables
follow the shared :class:`~actormap.gui.selection.Selection` both ways.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....core.analysis.result import AnalysisResult
from ...i18n import COUNT, translate
from .help_texts import HELP

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RAW_ROLE = Qt.ItemDataRole.UserRole + 3
ROW_ROLE = Qt.ItemDataRole.UserRole + 4

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
"""Colour-blind-safe palette (Okabe & Ito 2008)."""


def fmt_num(value: Any, digits: int = 3) -> str:
    """A number for a table cell; ``None`` shows as an en dash ("not defined")."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return translate("Analysis", "yes") if value else translate("Analysis", "no")
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if math.isnan(value):
            return "–"
        if value == int(value) and abs(value) >= 10:
            return f"{int(value):,}"
        return f"{value:.{digits}f}"
    return str(value)



def still_chart(plot, title: str, grid_y: bool, grid_alpha: float, left_width: int) -> None:
    """Style a pyqtgraph plot (a ``PlotItem``) that only shows: its title, grey axes, a grid;
    no context menu, buttons or mouse zoom."""
    import pyqtgraph as pg

    plot.setTitle(title, color="#222", size="9pt")
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    plot.showGrid(x=True, y=grid_y, alpha=grid_alpha)
    for ax in ("left", "bottom"):
        plot.getAxis(ax).setPen(pg.mkPen("#444"))
        plot.getAxis(ax).setTextPen(pg.mkPen("#222"))
    plot.getAxis("left").setWidth(left_width)

@dataclass(frozen=True)
class Column:
    title: str
    get: Callable[[Any], Any]
    fmt: Callable[[Any], str] = fmt_num
    numeric: bool = True
    tip: str = ""


def _sort_key(value: Any, numeric: bool) -> Any:
    if numeric:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return float("-inf")
        try:
            return float(value)
        except (TypeError, ValueError):
            return float("-inf")
    return str(value or "").casefold()


class RowsModel(QAbstractTableModel):
    """Read-only table of result rows (result models or small row objects); each has an id.

    ``key(row)`` gives the row's id (default: its ``id`` attribute). Sorting is
    done here in Python, one key per row (a sort proxy would call ``data()``
    twice per comparison: seconds for 2,000 rows). The sort column is kept
    when new rows arrive; ``sort(-1)`` keeps the order given.
    """

    def __init__(self, columns: Sequence[Column], key: Callable[[Any], Any] = attrgetter("id"), parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.key = key
        self.rows: list[Any] = []
        self._given: list[Any] = []
        self._index: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._apply_sort()
        self.endResetModel()

    def _apply_sort(self) -> None:
        column, order = self._sort
        rows = list(self._given)
        if 0 <= column < len(self.columns):
            col = self.columns[column]
            rows.sort(key=lambda r: _sort_key(col.get(r), col.numeric),
                      reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows = rows
        self._index = {str(self.key(r)): i for i, r in enumerate(rows)}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == self._sort and self.rows:
            return
        self.beginResetModel()
        self._sort = (column, order)
        self._apply_sort()
        self.endResetModel()

    def row_of(self, item_id: str) -> int:
        return self._index.get(item_id, -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            col = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return col.title
            if role == Qt.ItemDataRole.ToolTipRole and col.tip:
                return col.tip
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == ID_ROLE:
            return str(self.key(row))
        if role == ROW_ROLE:
            return row
        value = col.get(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return col.fmt(value)
        if role == SORT_ROLE:
            return _sort_key(value, col.numeric)
        if role == RAW_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = col.fmt(value)
            return f"{col.title}: {text}" if len(text) < 60 else text
        return None


class IdTable(QTableView):
    """A sortable table of :class:`RowsModel` whose row selection follows a Selection."""

    idsActivated = Signal(list)  # the user selected these rows (actor ids)

    def __init__(self, model: RowsModel, selection=None, parent: QWidget | None = None,
                 multi: bool = True):
        super().__init__(parent)
        self.rows_model = model
        self.setModel(model)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the order given
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                              else QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        head = self.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setStretchLastSection(True)
        self.selection = selection
        self._syncing = False
        self.selectionModel().selectionChanged.connect(self._rows_selected)
        model.modelReset.connect(self._reselect)
        if selection is not None:
            selection.changed.connect(self._selection_changed)

    def setColumnWidth(self, column: int, width: int) -> None:
        """A column is never narrower than its header's text (translated titles are longer)."""
        super().setColumnWidth(column, max(width, self.horizontalHeader().sectionSizeFromContents(column).width()))

    def selected_ids(self) -> list[str]:
        rows = sorted(self.selectionModel().selectedRows(), key=lambda i: i.row())
        return [r.data(ID_ROLE) for r in rows]

    def _rows_selected(self, *_args) -> None:
        if self._syncing:
            return
        ids = self.selected_ids()
        if self.selection is not None and ids:
            self.selection.set(ids, [], origin=self)
        self.idsActivated.emit(ids)

    def _reselect(self) -> None:
        if self.selection is not None:
            self.select_ids(self.selection.actor_ids)

    def _selection_changed(self, actor_ids: list, _tie_ids: list, origin: object) -> None:
        if origin is not self:
            self.select_ids(actor_ids)

    def select_ids(self, ids: Sequence[str]) -> None:
        """Select the rows of ``ids`` without echoing the change back."""
        sel = QItemSelection()
        first = None
        last_col = max(0, self.rows_model.columnCount() - 1)
        for item_id in ids:
            r = self.rows_model.row_of(item_id)
            if r < 0:
                continue
            idx = self.rows_model.index(r, 0)
            sel.select(idx, idx.siblingAtColumn(last_col))
            first = first or idx
        self._syncing = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.selectionModel().select(sel, flags)
            if first is not None:
                self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.scrollTo(first)
        finally:
            self._syncing = False

    def visual_ids(self) -> list[str]:
        """Ids in the order shown (after sorting)."""
        return [str(self.rows_model.key(r)) for r in self.rows_model.rows]


class HelpBox(QWidget):
    """'What this means': a short explanation with its reference, folded on demand."""

    def __init__(self, key: str, parent: QWidget | None = None, expanded: bool = False):
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setObjectName(f"helpToggle_{key}")
        self.toggle.setText(translate("Analysis", "What this means: {topic}").format(
            topic=HELP[key].shown_title().lower()))
        self.toggle.setToolTip(translate(
            "Analysis", "Show or hide a short explanation of these measures and where they come from"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(expanded)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.label = QLabel(HELP[key].html())
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setObjectName(f"help_{key}")
        f = self.label.font()
        f.setPointSizeF(max(7.0, f.pointSizeF() * 0.92))
        self.label.setFont(f)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.toggle)
        lay.addWidget(self.label)
        self.toggle.toggled.connect(self._toggled)
        self._toggled(expanded)

    def _toggled(self, on: bool) -> None:
        self.label.setVisible(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)


def approximated(result: AnalysisResult | None) -> list[str]:
    """Names of the measures the engine approximated on this map (``result.approximate``)."""
    return [k for k, v in result.approximate if v] if result is not None else []


def actor_names(result: AnalysisResult | None) -> dict[str, str]:
    """id -> name from the result's actor rows."""
    return result.names() if result is not None else {}



def name_list(ids: Sequence[str], names: dict[str, str], limit: int = 8) -> str:
    shown = [names.get(i, i) for i in list(ids)[:limit]]
    more = len(ids) - len(shown)
    return ", ".join(shown) + (" " + translate("Analysis", "and %n more", "", COUNT, more) if more > 0 else "")


class CanvasLink:
    """The tabs' way to point at things on the map: highlight, select, heat.

    ``canvas`` is the MapView (or anything with some of ``highlight``,
    ``clear_highlight``, ``set_heat``); missing methods are skipped so a tab
    works alone in tests and before the canvas exists.
    """

    def __init__(self, canvas=None, qdoc=None, selection=None):
        self.canvas = canvas
        self.qdoc = qdoc
        self.selection = selection
        self.highlighted: tuple[list[str], list[str]] | None = None

    def _call(self, name: str, *args) -> None:
        fn = getattr(self.canvas, name, None)
        if callable(fn):
            fn(*args)

    def highlight(self, actor_ids, tie_ids=(), reason: str = "") -> None:
        actor_ids, tie_ids = list(actor_ids), list(tie_ids)
        scene = getattr(self.canvas, "map_scene", None)
        cleared = scene is not None and scene.highlighted is None  # Esc or a click on the canvas
        if self.highlighted == (actor_ids, tie_ids) and not cleared:
            return  # re-fading a big map is not free
        self.highlighted = (actor_ids, tie_ids)
        if not actor_ids and not tie_ids:
            self.clear_highlight()
            return
        if reason:
            self._call("highlight", actor_ids, tie_ids, reason)
        else:
            self._call("highlight", actor_ids, tie_ids)

    def clear_highlight(self) -> None:
        self.highlighted = None
        self._call("clear_highlight")

    def ties_among(self, actor_ids) -> list[str]:
        """Ties with both ends in ``actor_ids`` (to light up a group together with its members)."""
        if self.qdoc is None:
            return []
        ids = set(actor_ids)
        doc = self.qdoc.doc
        out: list[str] = []
        for a in ids:
            if a in doc.actors:
                out.extend(t.id for t in doc.ties_of(a) if t.source in ids and t.target in ids)
        return sorted(set(out))

    def select(self, actor_ids, origin=None) -> None:
        if self.selection is not None:
            self.selection.set(list(actor_ids), [], origin=origin)
