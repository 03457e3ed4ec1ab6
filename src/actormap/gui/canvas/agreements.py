"""Mirrors a document's agreements as hulls on the map scene (:class:`.items.AgreementItem`).

The scene calls :meth:`AgreementLayer.rebuild` when it shows another document,
:meth:`AgreementLayer.on_changeset` with each edit, and :meth:`AgreementLayer.actors_moved`
while actors are dragged, so a hull follows its parties live. An agreement whose hull
overlaps another's on the same actors is drawn a little wider (nesting by id order).
"""

from __future__ import annotations

from collections.abc import Iterable

from ...core.changeset import Changeset
from .items.agreement_item import AgreementItem, stack_badges


class AgreementLayer:
    def __init__(self, scene):
        self.scene = scene
        self.items: dict[str, AgreementItem] = {}
        self._at: dict[str, set[str]] = {}  # actor id -> agreement ids (parties)

    # ---- mirroring ----------------------------------------------------------------------
    def rebuild(self) -> None:
        for item in self.items.values():
            self._drop(item)
        self.items.clear()
        self._at.clear()
        for ag in self.scene.doc.items("agreements").values():
            self._add(AgreementItem(ag))
        self._reindex()
        self.place(self.items)

    def on_changeset(self, cs: Changeset) -> None:
        dirty: set[str] = set()
        if cs.touches("agreements"):
            for gid in cs.removed("agreements"):
                item = self.items.pop(gid, None)
                if item is not None:
                    self._drop(item)
            for gid in cs.added("agreements"):
                self._add(AgreementItem(self.scene.doc.get("agreements", gid)))
            for gid in cs.changed("agreements"):
                self.items[gid].set_agreement(self.scene.doc.get("agreements", gid))
            self._reindex()
            dirty = set(self.items)  # nesting may change anywhere
        if cs.touches("actors"):
            for aid in (*cs.changed("actors"), *cs.removed("actors"), *cs.added("actors")):
                dirty |= self._at.get(aid, set())
        self.place(dirty)

    def actors_moved(self, actor_ids: Iterable[str]) -> None:
        dirty: set[str] = set()
        for aid in actor_ids:
            dirty |= self._at.get(aid, set())
        self.place(dirty)

    def restyle(self) -> None:
        self.place(self.items)

    def _add(self, item: AgreementItem) -> None:
        self.items[item.agreement_id] = item
        self.scene.addItem(item)
        self.scene.addItem(item.badge)

    def _drop(self, item: AgreementItem) -> None:
        self.scene.removeItem(item.badge)
        self.scene.removeItem(item)

    # ---- geometry ------------------------------------------------------------------------
    def _reindex(self) -> None:
        self._at.clear()
        for gid, item in self.items.items():
            for p in item.agreement.parties:
                self._at.setdefault(p, set()).add(gid)

    def nesting(self, gid: str) -> int:
        """How many agreements with a smaller id share a party with this one."""
        mine = set(self.items[gid].agreement.parties)
        return sum(1 for other, it in self.items.items() if other < gid and mine & set(it.agreement.parties))

    def place(self, gids: Iterable[str]) -> None:
        actors = self.scene.actor_items
        for gid in list(gids):
            item = self.items.get(gid)
            if item is None:
                continue
            circles = []
            for p in item.agreement.parties:
                a = actors.get(p)
                if a is not None:
                    pos = a.pos()
                    circles.append((pos.x(), pos.y(), a.radius()))
            item.set_circles(circles, self.nesting(gid))
        self.restack()

    def restack(self) -> None:
        """Badges that would cover each other at the scene's label scale are raised apart."""
        for badge, pos in stack_badges([it.badge for it in self.items.values()], self.scene.label_scale).items():
            if badge.pos() != pos:
                badge.setPos(pos)
