"""``MapScene``: mirrors a :class:`~actormap.gui.undo.QtDocument` for the canvas.

The scene keeps the map's :class:`~actormap.gui.render.Drawing` (what to draw and where)
up to date edit by edit — it receives one changeset per edit and touches only the
actors and ties it names — and one :class:`~.map_layer.MapLayerItem` paints it through the
one renderer. Actor, label and tie items stay as handles for selection, moving and
emphasis (they paint nothing). The scene also holds the look (theme, heat, label scale)
and the emphasis (:class:`~actormap.gui.render.Emphasis`: filter, highlight, named fades),
places the labels (none overlap) and offers hit tests through a grid of actor circles
and labels. It never changes the map.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager

from PySide6.QtCore import QRectF, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from ...core.changeset import Changeset
from ...core.model import Actor
from ..binding import DocumentBinding, FollowsDocument
from ..render import Drawing, Emphasis, Heat, MapRenderer, layers_for
from ..render.drawing import ROUTE_MAX_TIES
from ..render.routes import MAX_BEND_SHARE
from ..render.spatial import Grid
from ..render.theme import LIGHT, Theme
from ..undo import QtDocument
from .agreement_paint import badge_reserver
from .agreements import AgreementLayer
from .items import ActorItem, TieItem
from .map_layer import MapLayerItem
from .scene_emphasis import SceneEmphasis
from .scene_hits import SceneHits

# No Qt scene index: hit tests go through the scene's own grid (``actor_at``, ``tie_at``),
# and Qt's BSP index re-files every moved item at a cost that grows with the items waiting.
INDEX_METHOD = QGraphicsScene.ItemIndexMethod.NoIndex
BULK_ABOVE = 200
LABELS_DEFER_ABOVE = 1500
"""With more actors than this, labels are placed again only once zooming pauses."""
LABELS_DEFER_MS = 150
LABEL_COVER = 0.3
"""On a big map, labels cover at most this share of the view (the most important kept)."""
LABEL_COVER_ABOVE = 200
"""The fade of the time slider: what is not on the map at the date shown."""
LABEL_MIN_PX = 4.0
"""A click this close to a tie's centre line (scene units, plus half its width) hits it."""


class TieItems(Mapping):
    """The scene's tie items, made on first use: a big map has tens of thousands of ties and
    the drawing paints them all without items; an item is made when one is asked for (a
    click, a selection, a test) and then kept. Iterating makes every item; the scene itself
    walks :meth:`made` only."""

    def __init__(self, scene: MapScene):
        self._scene = scene
        self._made: dict[str, TieItem] = {}

    def __getitem__(self, tid: str) -> TieItem:
        item = self._made.get(tid)
        if item is None:
            if tid not in self._scene.drawing.ties or tid not in self._scene.doc.ties:
                raise KeyError(tid)
            item = self._made[tid] = self._scene._make_tie_item(tid)
        return item

    def __contains__(self, tid) -> bool:
        return tid in self._scene.drawing.ties

    def __iter__(self):
        return iter(list(self._scene.drawing.ties))

    def __len__(self) -> int:
        return len(self._scene.drawing.ties)

    def made(self) -> dict[str, TieItem]:
        """The items made so far (id -> item)."""
        return self._made

    def drop(self, tid: str) -> None:
        item = self._made.pop(tid, None)
        if item is not None and item.scene() is self._scene:
            self._scene.removeItem(item)

    def clear(self) -> None:
        for tid in list(self._made):
            self.drop(tid)


class MapScene(SceneEmphasis, SceneHits, FollowsDocument, QGraphicsScene):
    emphasisChanged = Signal()  # filter, highlight or a fade changed (the notice may change)

    def __init__(self, qdoc: QtDocument | None = None, parent=None):
        super().__init__(parent)
        self.binding = DocumentBinding(self._on_changeset, self.rebuild)
        self.theme: Theme = LIGHT
        self.drawing = Drawing(LIGHT)
        self.emphasis = Emphasis()
        self.renderer = MapRenderer(self.drawing)
        self.extra_layers: list = []
        self.label_scale = 1.0
        self.label_frame: QRectF | None = None
        self.label_covered: tuple = ()
        self.actor_items: dict[str, ActorItem] = {}
        self.tie_items = TieItems(self)
        self.label_grid = Grid(96.0)
        self.static_version = 0
        self.live_version = 0
        self._live: set[str] = set()
        self._selected: set[str] = set()
        self._live_ids: frozenset[str] | None = frozenset()
        self._dirty_ties: set[str] = set()
        self._flush_pending = False
        self._labels_dirty = True
        self._label_timer = QTimer(self)
        self._label_timer.setSingleShot(True)
        self._label_timer.timeout.connect(self._labels_due)
        self._labels_asked = 0.0
        self.view_zoom = 1.0  # set by the view: device pixels per scene unit
        self._quiet = False  # items changed by the scene itself: records already set
        self.map_layer = MapLayerItem()
        self.addItem(self.map_layer)
        self._moved: set[str] = set()  # actors moved since the agreement hulls last followed
        self.tint: QColor | None = None
        self.actor_tag: Callable[[Actor], str] | None = None
        self.actor_tag_title = ""
        self.agreements = AgreementLayer(self)
        self.setBackgroundBrush(QColor(self.theme.background))
        self.setItemIndexMethod(INDEX_METHOD)
        self.set_document_or_new(qdoc)

    @property
    def doc(self):
        return self.binding.qdoc.doc

    def set_document(self, qdoc: QtDocument) -> None:
        """Show another document (rebuilds every item)."""
        if qdoc is not self.binding.qdoc:
            self.emphasis = self.emphasis.with_heat(None)
        super().set_document(qdoc)

    # ---- repainting ---------------------------------------------------------------------------
    def changed_look(self) -> None:
        """Something drawn changed: the picture of the map is made again on the next paint."""
        self.static_version += 1
        self.map_layer.update()

    def live_ids(self) -> frozenset[str]:
        """Actors being dragged (moved away from the document) with their ties."""
        if self._live_ids is None:
            ids = set(self._live)
            for aid in self._live:
                ids |= self.drawing.ties_at.get(aid, set())
            self._live_ids = frozenset(ids)
        return self._live_ids

    def _set_live(self, live: set[str]) -> None:
        if live != self._live:
            self._live = live
            self._live_ids = None
            self.live_version += 1

    def flush(self) -> None:
        """Bring tie items and labels up to date now (before painting or measuring)."""
        if self._dirty_ties:
            self.flush_ties()
        if self._labels_dirty and not self._label_timer.isActive():
            self.place_labels()

    # ---- mirroring the document ---------------------------------------------------------------
    def _on_changeset(self, cs: Changeset) -> None:
        """Mirror one edit: only the actors and ties it names change."""
        if cs.touches("actors", "ties"):
            self._mirror(cs)
        if cs.touches("actors", "ties", "agreements"):
            self.agreements.on_changeset(cs)
        others = [c for c in cs.items if c not in ("actors", "ties") and cs.items[c]]
        if others or cs.touches("actors", "ties"):
            self._refresh_layers(structural=bool(others))

    def _mirror(self, cs: Changeset) -> None:
        d = self.drawing
        moved: list[tuple[float, float, float, float]] = []  # circles before/after, for re-routing
        self._quiet = True
        try:
            for tid in cs.removed("ties"):
                self.tie_items.drop(tid)
                d.drop_tie(tid)
            for aid in cs.removed("actors"):
                rec = d.actors.get(aid)
                if rec is not None:
                    moved.append((rec.x, rec.y, rec.r, 0.0))
                item = self.actor_items.pop(aid, None)
                if item is not None:
                    self.removeItem(item)
                self.label_grid.remove(aid)
                d.drop_actor(aid)
            for aid in cs.added("actors"):
                self._actor_added(aid)
                rec = d.actors[aid]
                moved.append((rec.x, rec.y, rec.r, 0.0))
            for tid in cs.added("ties"):
                self._tie_added(tid)
            dropped = []  # dragged actors now at their place: their ties are bent round others now
            for aid in cs.changed("actors"):
                rec = d.actors.get(aid)
                before = (rec.x, rec.y, rec.r) if rec is not None else None
                change = cs.items["actors"][aid]
                if rec is not None and (change.old.x, change.old.y) != (change.new.x, change.new.y):
                    before = (change.old.x, change.old.y, rec.r)  # where the map had it (a drag moved the record)
                    dropped.append(aid)
                self._actor_changed(aid)
                rec = d.actors.get(aid)
                if before is not None and rec is not None and before != (rec.x, rec.y, rec.r):
                    moved += [(*before, 0.0), (rec.x, rec.y, rec.r, 0.0)]
            for aid in dropped:
                self._dirty_ties |= d.ties_at.get(aid, set())
                d.reroute(d.ties_at.get(aid, set()))
            for tid in cs.changed("ties"):
                self._tie_changed(tid)
        finally:
            self._quiet = False
        self._set_live({a for a in self._live if a in d.actors and self._differs(a)})
        if moved and d.route_ties:
            self._reroute_near(moved)
        self._emphasis_for(cs)
        self.schedule_labels()
        self.changed_look()

    def _differs(self, aid: str) -> bool:
        a, it = self.doc.actors.get(aid), self.actor_items.get(aid)
        return a is not None and it is not None and (it.pos().x(), it.pos().y()) != (a.x, a.y)

    def _reroute_near(self, circles) -> None:
        """Ties that may now pass through (or no longer need to avoid) these circles."""
        d = self.drawing
        if len(circles) > 0.3 * max(1, len(d.actors)):
            d.reroute_all()
            hit = set(d.ties)
        else:
            hit = set()
            for t in d.ties.values():
                if t.bbox is None:
                    continue
                s, e = d.actors.get(t.source), d.actors.get(t.target)
                if s is None or e is None:
                    continue
                reach = MAX_BEND_SHARE * math.hypot(e.x - s.x, e.y - s.y) + 40
                x0, y0 = min(s.x, e.x) - reach, min(s.y, e.y) - reach
                x1, y1 = max(s.x, e.x) + reach, max(s.y, e.y) + reach
                if any(x0 < cx + r and cx - r < x1 and y0 < cy + r and cy - r < y1 for cx, cy, r, _ in circles):
                    hit.add(t.id)
            d.reroute(hit)
        self._dirty_ties |= hit
        self.flush_ties()

    def _actor_added(self, aid: str) -> None:
        actor = self.doc.actor(aid)
        self.drawing.put_actor(actor)
        if self.actor_tag is not None:
            self.drawing.actors[aid].tag = self.actor_tag(actor) or ""
        item = ActorItem(actor)
        item.set_radius(self.drawing.actors[aid].r)
        self.actor_items[aid] = item
        self.addItem(item)

    def _actor_changed(self, aid: str) -> None:
        item = self.actor_items.get(aid)
        if item is None:
            return
        actor = self.doc.actor(aid)
        dirty = self.drawing.put_actor(actor)
        if self.actor_tag is not None:
            self.drawing.actors[aid].tag = self.actor_tag(actor) or ""
        item.set_radius(self.drawing.actors[aid].r)
        item.set_actor(actor)
        self.drawing.reroute(dirty)
        self._dirty_ties |= dirty
        for tid in self.drawing.ties_at.get(aid, ()):
            self._name_tie(tid)

    def _tie_added(self, tid: str) -> None:
        self._dirty_ties |= self.drawing.put_tie(self.doc.tie(tid))

    def _tie_changed(self, tid: str) -> None:
        if tid not in self.drawing.ties:
            return
        tie = self.doc.tie(tid)
        self._dirty_ties |= self.drawing.put_tie(tie)
        item = self.tie_items.made().get(tid)
        if item is not None:
            item.set_tie(tie)
        self._name_tie(tid)
        self._dirty_ties.add(tid)

    def _make_tie_item(self, tid: str) -> TieItem:
        """The item of a tie, made on first use, in the state its record shows."""
        rec = self.drawing.ties[tid]
        item = TieItem(self.doc.tie(tid))
        quiet, self._quiet = self._quiet, True
        try:
            self.addItem(item)
            item.update_geometry()
            if not rec.visible:
                item.setVisible(False)
            if rec.opacity != 1.0:
                item.setOpacity(rec.opacity)
        finally:
            self._quiet = quiet
        self._name_tie(tid, item)
        return item

    def _name_tie(self, tid: str, item: TieItem | None = None) -> None:
        item = item or self.tie_items.made().get(tid)
        if item is None:
            return
        acts = self.doc.actors
        a, b = acts.get(item.tie.source), acts.get(item.tie.target)
        item.set_tie(item.tie, (a.name, b.name) if a is not None and b is not None else None)

    # ---- building ------------------------------------------------------------------------------
    @contextmanager
    def bulk_geometry(self) -> Iterator[None]:
        """Kept for callers of the old API: geometry changes need no special care now."""
        yield

    def rebuild(self) -> None:
        """Drop every item and rebuild from the document."""
        self.clearSelection()
        self.tie_items.clear()
        for it in list(self.actor_items.values()):
            self.removeItem(it)
        self.actor_items.clear()
        self.label_grid.clear()
        self._set_live(set())
        self._dirty_ties.clear()
        heat = self.emphasis.heat
        if heat is not None:
            heat = Heat({k: v for k, v in heat.values.items() if k in self.doc.actors}, heat.label, heat.low,
                        heat.high)
            self.emphasis = self.emphasis.with_heat(heat)
        self.drawing = Drawing(self.theme)
        # labels keep off agreement badges
        self.drawing.label_reservers.append(badge_reserver(lambda: self.agreements.items.values()))
        self.drawing.heat = self.emphasis.heat
        self.drawing.route_ties = len(self.doc.ties) <= ROUTE_MAX_TIES
        self.renderer.drawing = self.drawing
        self._quiet = True
        try:
            for aid in self.doc.actors:
                self._actor_added(aid)
            for tie in self.doc.ties.values():
                self.drawing.put_tie(tie, route=False)
        finally:
            self._quiet = False
        self.drawing.reroute_all()
        self._tag_records()
        self.apply_emphasis()
        self.agreements.rebuild()
        self._refresh_layers(structural=True)
        if len(self.actor_items) > LABELS_DEFER_ABOVE:
            self.schedule_labels()  # once the view has shown what is visible
        else:
            self.place_labels()

    # ---- layers ---------------------------------------------------------------------------------
    def add_layer(self, layer) -> None:
        """Paint ``layer`` with the map (see :mod:`actormap.gui.render.layers`)."""
        if layer not in self.extra_layers:
            self.extra_layers.append(layer)
            self._refresh_layers(structural=False)

    def remove_layer(self, layer) -> None:
        if layer in self.extra_layers:
            self.extra_layers.remove(layer)
            self._refresh_layers(structural=False)

    def _refresh_layers(self, structural: bool) -> None:
        if structural or not hasattr(self, "_factory_layers"):
            from ..render.layers import _FACTORIES

            self._factory_layers = layers_for(self.doc.snapshot(), self.drawing) if _FACTORIES else []
        self.renderer.layers = [*self._factory_layers, *self.extra_layers]
        self.changed_look()

    # ---- moving -----------------------------------------------------------------------------------
    def actor_moved(self, aid: str) -> None:
        """An actor item moved: its record and ties follow (ties' items before the next paint)."""
        item = self.actor_items.get(aid)
        if item is None or self._quiet:
            return
        p = item.pos()
        rec = self.drawing.actors.get(aid)
        if rec is None:
            return
        dx, dy = p.x() - rec.x, p.y() - rec.y
        a = self.doc.actors.get(aid)
        dragging = a is not None and (a.x, a.y) != (p.x(), p.y())
        tids = self.drawing.move_actor(aid, p.x(), p.y(), route=not dragging)
        self._shift_label(aid, dx, dy)
        self._dirty_ties |= tids
        self._moved.add(aid)
        if a is not None and (a.x, a.y) != (p.x(), p.y()):
            if aid not in self._live:
                self._set_live(self._live | {aid})
        elif aid in self._live:
            self._set_live(self._live - {aid})
        if not self._flush_pending:
            self._flush_pending = True
            QTimer.singleShot(0, self.flush_ties)
        self.map_layer.update()

    def _shift_label(self, aid: str, dx: float, dy: float) -> None:
        """The label moved along with its actor (``Drawing.move_actor``): its item follows."""
        pl = self.drawing.labels.get(aid)
        if pl is None or (dx == 0 and dy == 0):
            return
        item = self.actor_items[aid]
        item.label.set_placement(pl, item.actor.name, self.theme.label_pt)
        self.label_grid.insert(aid, pl.rect)

    def flush_ties(self) -> None:
        """Bring the items of ties marked dirty up to date with their records."""
        self._flush_pending = False
        dirty, self._dirty_ties = self._dirty_ties, set()
        made = self.tie_items.made()
        for tid in dirty:
            item = made.get(tid)
            if item is not None:
                item.update_geometry()
        moved, self._moved = self._moved, set()
        if moved:
            self.agreements.actors_moved(moved)  # the hulls follow their parties live

    def ties_at(self, aid: str) -> set[str]:
        return set(self.drawing.ties_at.get(aid, ()))

    # ---- labels ---------------------------------------------------------------------------------
    def set_label_scale(self, s: float) -> None:
        if abs(s - self.label_scale) <= 0.01 * self.label_scale:
            return
        self.label_scale = s
        for item in self.agreements.items.values():
            item.badge.setScale(s)  # agreement badges scale like labels
        self.agreements.restack()
        self.schedule_labels()

    def set_label_frame(self, frame: QRectF | None, covered: Iterable[QRectF] = ()) -> None:
        """Labels are kept inside ``frame`` (the visible region; None: anywhere) and off the
        ``covered`` regions (what the view lays over the map: legend, captions)."""
        covered = tuple((r.left(), r.top(), r.right(), r.bottom()) for r in covered)
        if frame == self.label_frame and covered == self.label_covered:
            return
        self.label_frame = frame
        self.label_covered = covered
        self.schedule_labels()

    def schedule_labels(self) -> None:
        """Labels are placed again before the next paint (on a big map: once changes pause)."""
        self._labels_dirty = True
        self._labels_asked = time.monotonic()
        if len(self.actor_items) > LABELS_DEFER_ABOVE or self.map_layer.slow():
            self._label_timer.start(LABELS_DEFER_MS)
        else:
            self._label_timer.stop()
            self.map_layer.update()

    def _labels_due(self) -> None:
        """The label timer: place once changes have paused (a slow frame must not count)."""
        waited = (time.monotonic() - self._labels_asked) * 1000
        if waited < LABELS_DEFER_MS:
            self._label_timer.start(int(LABELS_DEFER_MS - waited) + 1)
            return
        self.place_labels()

    def place_labels(self) -> None:
        """Place every visible label (none overlapping, inside the frame) and update items.
        While actors are dragged, this waits for the drop. Far zoomed out on a big map, only
        actors drawn at least :data:`LABEL_MIN_PX` in radius get a label."""
        self._label_timer.stop()
        if self._live or (self.label_frame is None and len(self.actor_items) > LABELS_DEFER_ABOVE):
            self._labels_dirty = True  # after the drop; on a big map, once the view says what it shows
            return
        self._labels_dirty = False
        d = self.drawing
        frame = self.label_frame
        f = (frame.left(), frame.top(), frame.right(), frame.bottom()) if frame is not None else None
        only = None
        if f is not None and len(d.actors) > LABELS_DEFER_ABOVE:
            only = [a for a in d.grid.query(f) if d.actors[a].r * self.view_zoom >= LABEL_MIN_PX]
        cover = LABEL_COVER if len(d.actors) > LABEL_COVER_ABOVE else None
        before = d.labels
        d.place_labels(self.label_scale, f, only, cover, reserved=self.label_covered)
        if d.labels == before:
            return  # the same places (e.g. the view moved, every label still inside): no new picture
        pt = self.theme.label_pt
        self.label_grid.clear()
        for aid, item in self.actor_items.items():
            pl = d.labels.get(aid)
            item.label.set_placement(pl, item.actor.name, pt)
            if pl is not None:
                self.label_grid.insert(aid, pl.rect)
        self.changed_look()

    def label_rects(self) -> dict[str, QRectF]:
        """Scene rectangles of the labels as shown once the view rests (placed now if due)."""
        self.flush()
        if self._labels_dirty:
            self.place_labels()
        out = {}
        for aid, pl in self.drawing.labels.items():
            rec = self.drawing.actors.get(aid)
            if rec is not None and rec.visible:
                out[aid] = pl.qrect()
        return out

    # ---- look ------------------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        old, self.theme = self.theme, theme
        self._paint_background()
        self.drawing.set_theme(theme)
        if theme.line_scale != old.line_scale:
            self.drawing.reroute_all()
            self._dirty_ties |= set(self.tie_items.made())
            self.flush_ties()
        if theme.faded_opacity != old.faded_opacity:
            self.apply_emphasis()
        self.place_labels()
        self.changed_look()  # new colours, whether or not any label moved

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
        tags are, for the legend. The tags are part of the labels (placed, never overlapping).
        """
        self.actor_tag = fn
        self.actor_tag_title = title if fn is not None else ""
        self._tag_records()
        self.schedule_labels()
        self.changed_look()

    def _tag_records(self) -> None:
        fn, acts = self.actor_tag, self.doc.actors
        for aid, rec in self.drawing.actors.items():
            rec.tag = (fn(acts[aid]) or "") if fn is not None and aid in acts else ""
        self.drawing.version += 1

    def restyle(self, labels: bool = False, all_ties: bool = False) -> None:
        """The look changed: repaint (labels placed again if ``labels``)."""
        if labels:
            self.schedule_labels()
        self.changed_look()

    def refresh_all(self) -> None:
        """Recompute everything from the document (records, routes, labels, emphasis)."""
        self.rebuild()

    @property
    def heat_active(self) -> bool:
        return self.emphasis.heat is not None

    @property
    def heat_label(self) -> str:
        return self.emphasis.heat.label if self.emphasis.heat is not None else ""

    @property
    def heat_range(self) -> tuple[float, float]:
        h = self.emphasis.heat
        return (h.low, h.high) if h is not None else (0.0, 0.0)

    def heat_of(self, aid: str) -> float | None:
        return self.emphasis.heat_of(aid)

    def set_heat(self, values: dict[str, float] | None, label: str = "") -> None:
        """Colour and size actors by ``values`` (normalised to 0..1); None: back to notation."""
        heat = None if values is None else Heat.of(values, label, keep=self.actor_items)
        self.emphasis = self.emphasis.with_heat(heat)
        dirty = self.drawing.set_heat(heat, self.doc.actors)
        resized = [aid for aid, item in self.actor_items.items() if item.set_radius(self.drawing.actors[aid].r)]
        if resized:
            self.agreements.actors_moved(resized)
        self._dirty_ties |= dirty
        self.flush_ties()
        self.schedule_labels()
        self.changed_look()

    # ---- records following their items --------------------------------------------------------
    def item_changed(self, item, what: str) -> None:
        """An item was faded, hidden or selected: its record follows."""
        d = self.drawing
        rec = d.actors.get(item.actor_id) if isinstance(item, ActorItem) else d.ties.get(item.tie_id)
        if rec is None:
            return
        if what == "opacity":
            rec.opacity = item.opacity()
        elif what == "visible":
            rec.visible = item.isVisible()
            self.schedule_labels()
        elif what == "selected":  # painted over the map's picture: no new picture needed
            rec.selected = item.isSelected()
            (self._selected.add if rec.selected else self._selected.discard)(rec.id)
            if isinstance(item, ActorItem):
                self.schedule_labels()  # selected actors' labels come first
            self.map_layer.update()
            return
        d.version += 1
        if not self._quiet:
            self.changed_look()

    def selected_draw_ids(self) -> set[str]:
        """Ids of the selected actors and ties still on the map."""
        d = self.drawing
        self._selected = {i for i in self._selected if i in d.actors or i in d.ties}
        return set(self._selected)

    # ---- export -------------------------------------------------------------------------------
    def export_renderer(self, theme: Theme | None = None) -> MapRenderer:
        """A renderer of the map as shown (emphasis, heat, layers), without the selection,
        in ``theme`` (default: the canvas's)."""
        self.flush()
        d = self.drawing.copy()
        for rec in (*d.actors.values(), *d.ties.values()):
            rec.selected = False
        if theme is not None and theme is not self.theme:
            d.set_theme(theme)
            d.reroute_all()
            d.apply_emphasis(self.emphasis, self.doc.actors, self.doc.ties.values())
        from .agreement_paint import AgreementPaint

        items = list(self.agreements.items.values())
        # the badges drawn at the page's label scale, like the labels placed for the page
        extra = [AgreementPaint(items, False), AgreementPaint(items, True, lambda: d.label_scale)] if items else []
        return MapRenderer(d, [*self.renderer.layers, *extra])

    def itemsBoundingRect(self) -> QRectF:  # noqa: N802 (Qt name)
        """Everything drawn: the map's actors and labels plus other items (not the map layer's
        unbounded box)."""
        self.flush()
        rect = self.renderer.bounds()
        for it in self.items():
            if it is self.map_layer or isinstance(it, (ActorItem, TieItem)) or it.parentItem() is not None:
                continue
            if it.isVisible() and not it.boundingRect().isNull() and type(it).__name__ != "LabelItem":
                rect = rect.united(it.sceneBoundingRect())
        return rect

    # ---- selection helpers ----------------------------------------------------------------------
    def selected_ids(self) -> tuple[list[str], list[str]]:
        actors, ties = [], []
        for it in self.selectedItems():
            if isinstance(it, ActorItem):
                actors.append(it.actor_id)
            elif isinstance(it, TieItem):
                ties.append(it.tie_id)
        return sorted(actors), sorted(ties)

