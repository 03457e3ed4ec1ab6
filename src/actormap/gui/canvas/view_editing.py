"""What the canvas edits itself: add, delete, rename, copy and paste actors, the layouts and
their undo (which moves the camera back too), the faction areas. A part of
:class:`~.view.MapView`; every change is one core edit pushed through the view.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QGuiApplication

from ...core.edits import AddItems, RemoveItems, make_actor, paste_items
from ...core.errors import EditError
from ..i18n import COUNT, error_text, translate
from . import clipboard
from .interactions import NameEditor


class ViewEditing:
    """Editing commands of the map view (mixed into :class:`~.view.MapView`)."""

    def unique_name(self, base: str | None = None) -> str:
        """``base`` (default: \"New actor\"), numbered when the map has that name already."""
        base = base or translate("Canvas", "New actor")
        names = {a.name for a in self.map_scene.doc.actors.values()}
        if base not in names:
            return base
        i = 2
        while f"{base} {i}" in names:
            i += 1
        return f"{base} {i}"

    def add_actor_at(self, scene_pos: QPointF | None = None, edit_name: bool = True) -> str | None:
        """Add an actor (at ``scene_pos`` or the view centre), select it and start naming it."""
        if scene_pos is None:
            scene_pos = self.mapToScene(self.viewport().rect().center())
            while self.actor_at_scene(scene_pos) is not None:
                scene_pos += QPointF(60, 40)
        try:
            actor = make_actor(name=self.unique_name(), x=scene_pos.x(), y=scene_pos.y())
        except EditError as err:
            self.message.emit(translate("Canvas", "Add actor: {error}").format(error=error_text(err)))
            return None
        if not self.push(AddItems([actor]), word=True):
            return None
        self._set_selection({actor.id}, set(), emit=True)
        if edit_name:
            self.rename_actor(actor.id)
        return actor.id

    def delete_selection(self) -> None:
        actors, ties = self.selected_ids()
        if not actors and not ties:
            self.message.emit(translate("Canvas", "Nothing selected to delete"))
            return
        self.push(RemoveItems(actors, ties), word=True)

    def rename_selected(self) -> None:
        actors = self.selected_ids()[0]
        if len(actors) != 1:
            self.message.emit(translate("Canvas", "Select one actor to rename"))
            return
        self.rename_actor(actors[0])

    def rename_actor(self, actor_id: str) -> None:
        if actor_id not in self.map_scene.actor_items:
            return
        if self.name_editor is not None:
            self.name_editor.commit()
        self.ensureVisible(self.map_scene.actor_items[actor_id], 80, 80)
        ed = NameEditor(self, actor_id)
        self.name_editor = ed
        ed.done.connect(lambda: setattr(self, "name_editor", None) if self.name_editor is ed else None)

    def copy_selection(self) -> None:
        doc = self.map_scene.doc
        actors, ties = self.selected_ids()
        if not actors:
            self.message.emit(translate("Canvas", "Select actors to copy"))
            return
        chosen = set(actors)
        tie_objs = [t for t in doc.ties.values() if t.source in chosen and t.target in chosen]
        QGuiApplication.clipboard().setMimeData(
            clipboard.to_mime([doc.actor(a) for a in actors], sorted(tie_objs, key=lambda t: t.id)))
        self._paste_serial = 0
        na, nt = len(actors), len(tie_objs)
        self.message.emit(translate("Canvas", "Copied {actors} and {ties}").format(
            actors=translate("Canvas", "%n actor(s)", "", COUNT, na), ties=translate("Canvas", "%n tie(s)", "", COUNT, nt)))

    def paste(self) -> None:
        try:
            actors, ties = clipboard.from_mime(QGuiApplication.clipboard().mimeData())
        except EditError as err:
            self.message.emit(translate("Canvas", "Paste: {error}").format(error=error_text(err)))
            return
        self._paste_serial += 1
        off = 40.0 * self._paste_serial
        edit = paste_items(actors, ties, offset=(off, off))
        if self.push(edit):
            self._set_selection({a.id for a in edit.actors}, {t.id for t in edit.ties}, emit=True)

    # ---- layouts -------------------------------------------------------------------------
    def layout_force(self) -> None:
        from .layouts import apply_force_layout

        apply_force_layout(self)

    def layout_by_faction(self) -> None:
        from .layouts import apply_faction_layout

        apply_faction_layout(self)

    def _undo_moved(self, index: int) -> None:
        """Undo/redo of an edit that moved the camera too (a layout): the camera follows."""
        from ..saved_views import set_camera

        try:
            stack = self.qdoc.undo_stack
            last, self._undo_index = self._undo_index, index
            if index == last - 1:  # undone
                cmd, which = stack.command(index), 0
            elif index == last + 1:  # redone
                cmd, which = stack.command(index - 1), 1
            else:
                return
        except RuntimeError:  # the document is being deleted
            return
        cameras = getattr(cmd, "cameras", None)
        if cameras is None:
            return
        if cameras[which] is None:  # the layout's own camera: the map fitted (to this window)
            self.fit_to_map()
        else:
            set_camera(self, *cameras[which])

    def set_faction_areas(self, on: bool) -> None:
        """Show (or hide) a soft area behind each faction (View ▸ Faction areas)."""
        from .faction_areas import FactionAreas

        if on and self.faction_areas is None:
            self.faction_areas = FactionAreas()
            self.map_scene.add_layer(self.faction_areas)
        elif not on and self.faction_areas is not None:
            self.map_scene.remove_layer(self.faction_areas)
            self.faction_areas = None
        act = self.canvas_actions.get("faction_areas") if hasattr(self, "canvas_actions") else None
        if act is not None and act.isChecked() != on:
            act.setChecked(on)
