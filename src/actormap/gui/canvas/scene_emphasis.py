"""What the canvas lights, fades and hides: the filter, the highlight, named fades (the time
slider's "absent"), animated opacities. A part of :class:`~.scene.MapScene` (it holds the
scene's emphasis, drawing records and items); the rules themselves are the renderer's
:class:`~actormap.gui.render.Emphasis`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ...core.changeset import Changeset
from ...core.model import ActorKind, Confidence, TieKind
from ..i18n import translate

ABSENT = "absent"
"""The named fade of what is not on the map at the date shown."""


class SceneEmphasis:
    """Emphasis methods of the map scene (mixed into :class:`~.scene.MapScene`)."""

    def set_filter(self, kinds: Iterable | None = None, factions: Iterable | None = None,
                   tie_kinds: Iterable | None = None, confidences: Iterable | None = None,
                   mode: str = "fade") -> None:
        self.emphasis = self.emphasis.with_filter(
            None if kinds is None else {ActorKind(k) for k in kinds},
            None if factions is None else set(factions),
            None if tie_kinds is None else {TieKind(k) for k in tie_kinds},
            None if confidences is None else {Confidence(c) for c in confidences}, mode)
        self.apply_emphasis()

    @property
    def filter_mode(self) -> str:
        return self.emphasis.filter.mode if self.emphasis.filter is not None else "fade"

    def set_highlight(self, actor_ids: Iterable[str] | None, tie_ids: Iterable[str] = (),
                      mode: str = "fade", reason: str = "") -> None:
        """Light these items; fade the rest (``mode="hide"``: hide it, for saved views).
        ``reason`` says in words what is lit (shown on the canvas and in exports)."""
        self.emphasis = self.emphasis.with_highlight(actor_ids, tie_ids, mode, reason)
        self.apply_emphasis()

    @property
    def highlight_mode(self) -> str:
        h = self.emphasis.highlight
        return h.mode if h is not None else "fade"

    @property
    def highlighted(self) -> tuple[set[str], set[str]] | None:
        h = self.emphasis.highlight
        return None if h is None else (set(h.actors), set(h.ties))

    def set_fade(self, key: str, actor_ids: Iterable[str] | None, tie_ids: Iterable[str] = (),
                 mode: str = "fade", reason: str = "") -> None:
        """Fade (or hide) these items for feature ``key`` (e.g. "timeline": what is not in
        force on the date shown); ``actor_ids=None`` removes that fade. Fades add up with
        the filter and the highlight; ``reason`` is said on the canvas and in exports."""
        self.emphasis = self.emphasis.with_fade(key, actor_ids, tie_ids, mode, reason)
        self.apply_emphasis()

    def clear_fade(self, key: str) -> None:
        self.set_fade(key, None)

    def set_absent(self, actor_ids: Iterable[str] | None, tie_ids: Iterable[str] = (),
                   mode: str = "fade") -> None:
        """Items not on the map at the date shown (the time slider): faded, or hidden with
        ``mode="hide"``; ``None``: every item is present. (A named fade, "absent".)"""
        reason = (translate("MapScene", "what is not on the map at the date shown is hidden") if mode == "hide"
                  else translate("MapScene", "what is not on the map at the date shown is faded"))
        self.set_fade(ABSENT, actor_ids, tie_ids, mode, reason)

    @property
    def absent(self) -> tuple[set[str], set[str]] | None:
        f = self.emphasis.fades.get(ABSENT)
        return None if f is None else (set(f.actors), set(f.ties))

    @property
    def absent_mode(self) -> str:
        f = self.emphasis.fades.get(ABSENT)
        return f.mode if f is not None else "fade"

    def actor_passes(self, aid: str) -> bool:
        f = self.emphasis.filter
        a = self.doc.actors.get(aid)
        return f is None or (a is not None and f.actor_passes(a))

    def tie_passes(self, tid: str) -> bool:
        f = self.emphasis.filter
        t = self.doc.ties.get(tid)
        return f is None or (t is not None and f.tie_passes(t, self.doc.actors))

    def _set_state(self, item, visible: bool, faded: bool) -> None:
        if item.isVisible() != visible:  # Qt calls itemChange even when nothing changes
            item.setVisible(visible)
        opacity = self.theme.faded_opacity if faded else 1.0
        if item.opacity() != opacity:
            item.setOpacity(opacity)

    def _set_tie_state(self, tid: str, visible: bool, faded: bool) -> bool:
        """A tie's look: its record, and its item if it has one. True if something changed."""
        rec = self.drawing.ties.get(tid)
        if rec is None:
            return False
        opacity = self.theme.faded_opacity if faded else 1.0
        changed = rec.visible != visible or rec.opacity != opacity
        rec.visible, rec.opacity = visible, opacity
        item = self.tie_items.made().get(tid)
        if item is not None:
            quiet, self._quiet = self._quiet, True
            try:
                self._set_state(item, visible, faded)
            finally:
                self._quiet = quiet
        return changed

    def _emphasis_for(self, cs: Changeset) -> None:
        e = self.emphasis
        acts = self.doc.actors
        for aid in (*cs.added("actors"), *cs.changed("actors")):
            item = self.actor_items.get(aid)
            if item is not None:
                self._set_state(item, *e.actor_state(acts[aid]))
        touched = set(cs.added("ties")) | set(cs.changed("ties"))
        for aid in cs.changed("actors"):
            touched |= self.drawing.ties_at.get(aid, set())
        for tid in touched:
            if tid in self.doc.ties and self._set_tie_state(tid, *e.tie_state(self.doc.ties[tid], acts)):
                self.drawing.version += 1

    def apply_emphasis(self) -> None:
        e = self.emphasis
        acts = self.doc.actors
        for aid, item in self.actor_items.items():
            self._set_state(item, *e.actor_state(acts[aid]))
        for tid, tie in self.doc.ties.items():
            self._set_tie_state(tid, *e.tie_state(tie, acts))
        self.drawing.version += 1
        self.schedule_labels()
        self.changed_look()
        self.emphasisChanged.emit()

    def opacities(self) -> dict[str, float]:
        """Every actor's and tie's opacity as drawn (0 when hidden), by id."""
        d = self.drawing
        return {i: (r.opacity if r.visible else 0.0) for recs in (d.actors, d.ties) for i, r in recs.items()}

    def set_opacities(self, values: Mapping[str, float]) -> None:
        """Draw these actors and ties at these opacities for now (an animated fade); the
        emphasis is not changed (``apply_emphasis`` puts the exact state back)."""
        d = self.drawing
        quiet, self._quiet = self._quiet, True
        try:
            for i, v in values.items():
                rec = d.actors.get(i) or d.ties.get(i)
                if rec is None:
                    continue
                rec.visible, rec.opacity = True, float(v)
                item = self.actor_items.get(i) or self.tie_items.made().get(i)
                if item is not None:
                    item.setVisible(True)
                    item.setOpacity(float(v))
        finally:
            self._quiet = quiet
        d.version += 1
        self.changed_look()

    def is_faded(self, item_id: str) -> bool:
        rec = self.drawing.actors.get(item_id) or self.drawing.ties.get(item_id)
        return rec is not None and rec.opacity < 1.0

    def is_hidden(self, item_id: str) -> bool:
        rec = self.drawing.actors.get(item_id) or self.drawing.ties.get(item_id)
        return rec is not None and not rec.visible
