"""``MapScene``: mirrors a :class:`~actormap.gui.undo.QtDocument` as graphics items.

The scene receives one changeset per edit and adds, removes or updates only the items it
names (``set_document`` rebuilds for another document). It also holds the canvas look — theme, heat values,
label scale — and the emphasis state (filter, highlight), and keeps two indexes so a moved
actor touches only its own ties: actor -> tie ids, and actor pair -> tie ids (for bending
parallel ties apart). It never changes the map.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from ...core.changeset import Changeset
from ...core.model import Actor, ActorKind, Confidence, TieKind
from ..binding import DocumentBinding
from ..undo import QtDocument
from .agreements import AgreementLayer
from .items import ActorItem, TieItem
from .notation import PARALLEL_SPACING
from .theme import LIGHT, Theme

# No scene index. Measured on 2,000 actors / 8,000 ties (benchmarks/canvas_bench.py): with
# Qt's BSP index every geometry change re-files the item at a cost growing with the items
# already waiting (heat on: ~20-40 s, mostly prepareGeometryChange), and rebuilding the
# tree after a bulk change took seconds; a linear scan for culling and hit tests costs ~ms.
INDEX_METHOD = QGraphicsScene.ItemIndexMethod.NoIndex
BULK_ABOVE = 200  # geometry changes of more items than this go through ``bulk_geometry``


class MapScene(QGraphicsScene):
    def __init__(self, qdoc: QtDocument | None = None, parent=None):
        super().__init__(parent)
        self.binding = DocumentBinding(self._on_changeset, self.rebuild)
        self.theme: Theme = LIGHT
        self.label_scale = 1.0
        self.actor_items: dict[str, ActorItem] = {}
        self.tie_items: dict[str, TieItem] = {}
        self._ties_at: dict[str, set[str]] = {}
        self._pairs: dict[tuple[str, str], list[str]] = {}
        self._heat: dict[str, float] | None = None
        self.heat_label = ""
        self.heat_range: tuple[float, float] = (0.0, 0.0)
        self._filter: dict | None = None
        self.filter_mode = "fade"
        self._highlight: tuple[set[str], set[str]] | None = None
        self.highlight_mode = "fade"
        self._absent: tuple[set[str], set[str]] | None = None  # not on the map at the date shown
        self.absent_mode = "fade"
        self._dirty_ties: set[str] = set()
        self._moved: set[str] = set()
        self._flush_pending = False
        self.tint: QColor | None = None
        self.actor_tag: Callable[[Actor], str] | None = None
        self.actor_tag_title = ""
        self.agreements = AgreementLayer(self)
        self.setBackgroundBrush(QColor(self.theme.background))
        self.setItemIndexMethod(INDEX_METHOD)
        self.set_document(qdoc if qdoc is not None else QtDocument(parent=self))

    @property
    def qdoc(self) -> QtDocument:
        return self.binding.qdoc

    @property
    def doc(self):
        return self.binding.qdoc.doc

    def set_document(self, qdoc: QtDocument) -> None:
        """Show another document (rebuilds every item)."""
        if qdoc is not self.binding.qdoc:
            self._heat = None
        self.binding.set_document(qdoc)

    def _on_changeset(self, cs: Changeset) -> None:
        """Mirror one edit: only the actors, ties and agreements it names change."""
        if not cs.touches("actors", "ties"):
            if cs.touches("agreements"):
                self.agreements.on_changeset(cs)
            return
        big = sum(len(cs.items.get(c, ())) for c in ("actors", "ties")) > BULK_ABOVE
        with self.bulk_geometry() if big else nullcontext():
            for tid in cs.removed("ties"):
                self._tie_removed(tid)
            for aid in cs.removed("actors"):
                self._actor_removed(aid)
            for aid in cs.added("actors"):
                self._actor_added(aid)
            for tid in cs.added("ties"):
                self._tie_added(tid)
            for aid in cs.changed("actors"):
                self._actor_changed(aid)
            for tid in cs.changed("ties"):
                self._tie_changed(tid)
        self.agreements.on_changeset(cs)

    # ---- building ------------------------------------------------------------------------
    @contextmanager
    def bulk_geometry(self) -> Iterator[None]:
        """Change the geometry of many items at once: the index is dropped meanwhile and
        rebuilt once after (Qt's BSP index re-files a changed item at a cost that grows with
        the number of items already waiting, so n changes one by one cost O(n^2))."""
        if self.itemIndexMethod() == QGraphicsScene.ItemIndexMethod.NoIndex:
            yield
            return
        method = self.itemIndexMethod()
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        try:
            yield
        finally:
            self.setItemIndexMethod(method)

    def rebuild(self) -> None:
        """Drop every item and rebuild from the document."""
        with self.bulk_geometry():
            self._rebuild()

    def _rebuild(self) -> None:
        self.clearSelection()
        for it in list(self.tie_items.values()) + list(self.actor_items.values()):
            self.removeItem(it)
        self.actor_items.clear()
        self.tie_items.clear()
        self._ties_at.clear()
        self._pairs.clear()
        if self._heat is not None:
            self._heat = {k: v for k, v in self._heat.items() if k in self.doc.actors}
        for aid in self.doc.actors:
            self._actor_added(aid)
        for tid in self.doc.ties:
            self._tie_added(tid, update_pair=False)
        for key in self._pairs:
            self._assign_bends(key)
        self.agreements.rebuild()

    def _actor_added(self, aid: str) -> None:
        item = ActorItem(self.doc.actor(aid))
        self.actor_items[aid] = item
        self._ties_at.setdefault(aid, set())
        self.addItem(item)
        item.refresh()
        self._emphasize_actor(item)

    def _actor_removed(self, aid: str) -> None:
        item = self.actor_items.pop(aid, None)
        self._ties_at.pop(aid, None)
        if item is not None:
            self.removeItem(item)

    def _actor_changed(self, aid: str) -> None:
        item = self.actor_items.get(aid)
        if item is None:
            return
        if item.set_actor(self.doc.actor(aid)):
            self.actor_moved(aid)  # ties follow before the next paint (one pass per burst)
        self._emphasize_actor(item)
        for tid in self._ties_at.get(aid, ()):
            self._emphasize_tie(self.tie_items[tid])

    def _tie_added(self, tid: str, update_pair: bool = True) -> None:
        tie = self.doc.tie(tid)
        item = TieItem(tie)
        self.tie_items[tid] = item
        self._ties_at.setdefault(tie.source, set()).add(tid)
        self._ties_at.setdefault(tie.target, set()).add(tid)
        key = _pair(tie.source, tie.target)
        self._pairs.setdefault(key, []).append(tid)
        self.addItem(item)
        if update_pair:
            self._assign_bends(key)
        self._emphasize_tie(item)

    def _tie_removed(self, tid: str) -> None:
        item = self.tie_items.pop(tid, None)
        if item is None:
            return
        t = item.tie
        for end in (t.source, t.target):
            self._ties_at.get(end, set()).discard(tid)
        key = _pair(t.source, t.target)
        lst = self._pairs.get(key, [])
        if tid in lst:
            lst.remove(tid)
        self.removeItem(item)
        if lst:
            self._assign_bends(key)
        else:
            self._pairs.pop(key, None)

    def _tie_changed(self, tid: str) -> None:
        item = self.tie_items.get(tid)
        if item is None:
            return
        old, new = item.tie, self.doc.tie(tid)
        if (old.source, old.target) == (new.source, new.target):
            item.set_tie(new)
        else:  # its ends moved: re-file the same item (selection kept) under its new pair
            self._unfile_tie(tid, old)
            item.set_tie(new)
            self._file_tie(tid, new)
        self._emphasize_tie(item)

    def _file_tie(self, tid: str, tie) -> None:
        self._ties_at.setdefault(tie.source, set()).add(tid)
        self._ties_at.setdefault(tie.target, set()).add(tid)
        key = _pair(tie.source, tie.target)
        self._pairs.setdefault(key, []).append(tid)
        self._assign_bends(key)

    def _unfile_tie(self, tid: str, tie) -> None:
        for end in (tie.source, tie.target):
            self._ties_at.get(end, set()).discard(tid)
        key = _pair(tie.source, tie.target)
        lst = self._pairs.get(key, [])
        if tid in lst:
            lst.remove(tid)
        if lst:
            self._assign_bends(key)
        else:
            self._pairs.pop(key, None)

    def _assign_bends(self, key: tuple[str, str]) -> None:
        """Spread the ties of one actor pair symmetrically: 0 for one, +-15 for two, ..."""
        tids = sorted(self._pairs.get(key, ()))
        n = len(tids)
        for i, tid in enumerate(tids):
            item = self.tie_items[tid]
            off = (i - (n - 1) / 2) * PARALLEL_SPACING
            item.bend = off if item.tie.source == key[0] else -off
            item.update_geometry()

    def actor_moved(self, aid: str) -> None:
        """An actor item moved or resized: its ties (only those) need new geometry.

        While dragging, many mouse moves can arrive between two frames; the ties are
        marked dirty and recomputed once, just before the next paint (or on ``flush_ties``).
        """
        self._dirty_ties.update(self._ties_at.get(aid, ()))
        self._moved.add(aid)
        if not self._flush_pending:
            self._flush_pending = True
            QTimer.singleShot(0, self.flush_ties)

    def flush_ties(self) -> None:
        """Recompute the geometry of every tie marked dirty."""
        self._flush_pending = False
        dirty, self._dirty_ties = self._dirty_ties, set()
        self._update_ties(dirty)
        moved, self._moved = self._moved, set()
        if moved:
            self.agreements.actors_moved(moved)

    def _update_ties(self, tids) -> None:
        items = [it for it in (self.tie_items.get(t) for t in tids) if it is not None]
        if len(items) > BULK_ABOVE:
            with self.bulk_geometry():
                for item in items:
                    item.update_geometry()
        else:
            for item in items:
                item.update_geometry()

    def ties_at(self, aid: str) -> set[str]:
        return set(self._ties_at.get(aid, ()))

    # ---- look ----------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        old, self.theme = self.theme, theme
        self._paint_background()
        self.restyle(labels=True, all_ties=theme.line_scale != old.line_scale)
        if theme.faded_opacity != old.faded_opacity:
            self.apply_emphasis()

    def restyle(self, labels: bool = False, all_ties: bool = False) -> None:
        """The look changed (heat, theme), not the map: actors take their new colour and
        radius; a tie gets new geometry only if an end actor's radius changed (its ends are
        trimmed to the rims) or ``all_ties`` (line widths changed); the rest only repaints."""
        actors = self.actor_items.items()
        with self.bulk_geometry() if len(actors) > BULK_ABOVE else nullcontext():
            resized = [aid for aid, item in actors if item.restyle(labels)]
            if all_ties:
                tids = self.tie_items.keys()
            else:
                tids = set()
                for aid in resized:
                    tids.update(self._ties_at.get(aid, ()))
            for tid in tids:
                self.tie_items[tid].update_geometry()
        if resized:
            self.agreements.actors_moved(resized)
        self.update()  # ties are not cached: one scene update repaints them in the new look

    def refresh_all(self) -> None:
        """Recompute everything (labels, every tie's geometry); ``restyle`` is the fast path."""
        for item in self.actor_items.values():
            item.refresh()
        for item in self.tie_items.values():
            item.update_geometry()
        self.apply_emphasis()
        self.update()

    def set_tint(self, color: QColor | str | None) -> None:
        """Tint the background (a scenario shows so nobody takes it for the base map); None: none."""
        self.tint = QColor(color) if color is not None else None
        self._paint_background()

    def _paint_background(self) -> None:
        bg = QColor(self.theme.background)
        if self.tint is not None:
            t, a = self.tint, self.tint.alphaF()
            bg = QColor.fromRgbF(bg.redF() * (1 - a) + t.redF() * a, bg.greenF() * (1 - a) + t.greenF() * a,
                                 bg.blueF() * (1 - a) + t.blueF() * a)
        self.setBackgroundBrush(bg)

    def set_actor_tags(self, fn: Callable[[Actor], str] | None, title: str = "") -> None:
        """A small tag line under each actor's name: ``fn(actor)`` ("" for none; None: no tags).

        The hook of the label lens (what one source calls each actor); ``title`` says what the
        tags are, for the legend.
        """
        self.actor_tag = fn
        self.actor_tag_title = title if fn is not None else ""
        for item in self.actor_items.values():
            item.refresh()

    def set_label_scale(self, s: float) -> None:
        if abs(s - self.label_scale) <= 0.01 * self.label_scale:
            return
        self.label_scale = s
        for item in self.actor_items.values():
            item.label.setScale(s)
        for item in self.agreements.items.values():
            item.badge.setScale(s)

    @property
    def heat_active(self) -> bool:
        return self._heat is not None

    def heat_of(self, aid: str) -> float | None:
        if self._heat is None:
            return None
        return self._heat.get(aid)

    def set_heat(self, values: dict[str, float] | None, label: str = "") -> None:
        """Colour and size actors by ``values`` (normalised to 0..1); None: back to notation."""
        if values is None:
            self._heat = None
            self.heat_label = ""
            self.heat_range = (0.0, 0.0)
        else:
            clean = {k: float(v) for k, v in values.items()
                     if k in self.actor_items and v is not None and math.isfinite(float(v))}
            lo = min(clean.values(), default=0.0)
            hi = max(clean.values(), default=0.0)
            span = hi - lo
            self._heat = {k: ((v - lo) / span if span > 0 else 0.5) for k, v in clean.items()}
            self.heat_label = label
            self.heat_range = (lo, hi)
        self.restyle()

    # ---- emphasis: filter and highlight --------------------------------------------------
    def set_filter(self, kinds: Iterable | None = None, factions: Iterable | None = None,
                   tie_kinds: Iterable | None = None, confidences: Iterable | None = None,
                   mode: str = "fade") -> None:
        f = {
            "kinds": None if kinds is None else {ActorKind(k) for k in kinds},
            "factions": None if factions is None else set(factions),
            "tie_kinds": None if tie_kinds is None else {TieKind(k) for k in tie_kinds},
            "confidences": None if confidences is None else {Confidence(c) for c in confidences},
        }
        self._filter = None if all(v is None for v in f.values()) else f
        self.filter_mode = mode if mode in ("fade", "hide") else "fade"
        self.apply_emphasis()

    def set_highlight(self, actor_ids: Iterable[str] | None, tie_ids: Iterable[str] = (),
                      mode: str = "fade") -> None:
        """Light these items; fade the rest (``mode="hide"``: hide it, for saved views)."""
        self._highlight = None if actor_ids is None else (set(actor_ids), set(tie_ids))
        self.highlight_mode = "hide" if mode == "hide" and actor_ids is not None else "fade"
        self.apply_emphasis()

    @property
    def highlighted(self) -> tuple[set[str], set[str]] | None:
        return self._highlight

    def set_absent(self, actor_ids: Iterable[str] | None, tie_ids: Iterable[str] = (),
                   mode: str = "fade") -> None:
        """Items not on the map at the date shown (the time slider): faded, or hidden with
        ``mode="hide"``; ``None``: every item is present."""
        self._absent = None if actor_ids is None else (set(actor_ids), set(tie_ids))
        self.absent_mode = "hide" if mode == "hide" else "fade"
        self.apply_emphasis()

    @property
    def absent(self) -> tuple[set[str], set[str]] | None:
        return self._absent

    def actor_passes(self, aid: str) -> bool:
        f = self._filter
        if f is None:
            return True
        a = self.doc.actors.get(aid)
        return a is not None and _allows(f["kinds"], a.kind) and _allows(f["factions"], a.faction)

    def tie_passes(self, tid: str) -> bool:
        f = self._filter
        if f is None:
            return True
        t = self.doc.ties.get(tid)
        return (t is not None and _allows(f["tie_kinds"], t.kind)
                and _allows(f["confidences"], t.confidence)
                and self.actor_passes(t.source) and self.actor_passes(t.target))

    def _set_state(self, item, passes: bool, lit: bool, present: bool = True) -> None:
        hidden = (not passes and self.filter_mode == "hide") or (
            not lit and self.highlight_mode == "hide") or (not present and self.absent_mode == "hide")
        faded = (not passes) or not lit or not present
        if item.isVisible() == hidden:  # Qt calls itemChange even when nothing changes
            item.setVisible(not hidden)
        opacity = self.theme.faded_opacity if faded else 1.0
        if item.opacity() != opacity:
            item.setOpacity(opacity)

    def _emphasize_actor(self, item: ActorItem) -> None:
        lit = self._highlight is None or item.actor_id in self._highlight[0]
        present = self._absent is None or item.actor_id not in self._absent[0]
        self._set_state(item, self.actor_passes(item.actor_id), lit, present)

    def _emphasize_tie(self, item: TieItem) -> None:
        lit = self._highlight is None or item.tie_id in self._highlight[1]
        present = self._absent is None or item.tie_id not in self._absent[1]
        self._set_state(item, self.tie_passes(item.tie_id), lit, present)

    def apply_emphasis(self) -> None:
        for item in self.actor_items.values():
            self._emphasize_actor(item)
        for item in self.tie_items.values():
            self._emphasize_tie(item)

    def is_faded(self, item_id: str) -> bool:
        item = self.actor_items.get(item_id) or self.tie_items.get(item_id)
        return item is not None and item.opacity() < 1.0

    def is_hidden(self, item_id: str) -> bool:
        item = self.actor_items.get(item_id) or self.tie_items.get(item_id)
        return item is not None and not item.isVisible()

    # ---- selection helpers ---------------------------------------------------------------
    def selected_ids(self) -> tuple[list[str], list[str]]:
        actors, ties = [], []
        for it in self.selectedItems():
            if isinstance(it, ActorItem):
                actors.append(it.actor_id)
            elif isinstance(it, TieItem):
                ties.append(it.tie_id)
        return sorted(actors), sorted(ties)


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _allows(chosen: set | None, value) -> bool:
    """A filter field lets ``value`` through: no restriction (None) or among the chosen."""
    return chosen is None or value in chosen
