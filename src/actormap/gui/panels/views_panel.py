"""The saved-views panel: create, rename, reorder, delete and show saved views.

Every change is a core edit (``AddView``, ``UpdateView``, ``MoveView``,
``RemoveView``) pushed on the document's undo stack; the list mirrors
``QtDocument.views`` and rebuilds on ``viewsChanged``. Showing a view moves the
canvas there with a smooth animation (:class:`~actormap.gui.saved_views.ViewAnimator`).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.edits import AddView, Edit, MoveView, RemoveView, UpdateView
from ...core.model import SavedView, ViewFocus
from ..binding import DocumentBinding, FollowsDocument
from ..i18n import COUNT, translate
from ..saved_views import ViewAnimator, camera_to_save
from .fields import enum_label, push_button
from .item_list import unused_name

ID_ROLE = Qt.ItemDataRole.UserRole


class ViewsPanel(FollowsDocument, QWidget):
    message = Signal(str)

    def __init__(self, qdoc, view, animator: ViewAnimator | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.binding = DocumentBinding(lambda cs: self.refresh() if cs.touches('views') else None,
                                       self.refresh)
        self.view = view
        self.animator = animator or ViewAnimator(view)
        self._filling = False

        self.list = QListWidget(self)
        self.list.setObjectName("savedViewsList")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemChanged.connect(self._item_renamed)
        self.list.itemActivated.connect(lambda item: self.show_view(item.data(ID_ROLE)))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        button = partial(push_button, self)
        self.add_button = button(translate("ViewsPanel", "Add"), translate(
            "ViewsPanel", "Save the current camera (and the selected actors as focus) as a view"), self.add_view)
        self.show_button = button(translate("ViewsPanel", "Show"), translate("ViewsPanel", "Move the map to this view"),
                                  lambda: self.show_view())
        self.update_button = button(translate("ViewsPanel", "Update camera"),
                                    translate("ViewsPanel", "Store the current camera in this view"),
                                    self.update_camera)
        self.focus_button = button(translate("ViewsPanel", "Focus on selection"),
                                   translate("ViewsPanel", "Show the selected actors; fade the rest"),
                                   self.focus_on_selection)
        self.up_button = button(translate("ViewsPanel", "Up"),
                                translate("ViewsPanel", "Move this view earlier in the presentation"),
                                lambda: self.move(-1))
        self.down_button = button(translate("ViewsPanel", "Down"),
                                  translate("ViewsPanel", "Move this view later in the presentation"),
                                  lambda: self.move(1))
        self.delete_button = button(translate("ViewsPanel", "Delete"), translate("ViewsPanel", "Delete this view"),
                                    self.delete_view)
        self.pin_button = button(translate("ViewsPanel", "Pin date"), translate(
            "ViewsPanel", "Show this view at the date the time slider shows (a presentation steps through time too)"),
            self.toggle_pin)
        self.date_source = None  # callable -> date | None: the date shown (set by the time slider)
        self.hide_box = QCheckBox(translate("ViewsPanel", "Hide what is out of focus (instead of fading it)"), self)
        self.hide_box.toggled.connect(self._hide_toggled)

        grid = QGridLayout()
        for i, b in enumerate((self.add_button, self.show_button, self.update_button, self.focus_button,
                               self.up_button, self.down_button, self.delete_button, self.pin_button)):
            grid.addWidget(b, i // 4, i % 4)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addLayout(grid)
        lay.addWidget(self.hide_box)

        self.binding.set_document(qdoc if qdoc is not None else view.qdoc)

    # ---- mirror the document -------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_id()
        self._filling = True
        try:
            self.list.clear()
            for v in self.qdoc.doc.views:
                item = QListWidgetItem(v.name)
                item.setData(ID_ROLE, v.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(_describe(v))
                self.list.addItem(item)
                if v.id == current:
                    self.list.setCurrentItem(item)
        finally:
            self._filling = False
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select_view(self, view_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == view_id:
                self.list.setCurrentRow(i)
                return

    def _saved(self, view_id: str | None) -> SavedView | None:
        for v in self.qdoc.doc.views:
            if v.id == view_id:
                return v
        return None

    def _update_buttons(self) -> None:
        v = self._saved(self.current_id())
        for b in (self.show_button, self.update_button, self.focus_button, self.delete_button, self.pin_button):
            b.setEnabled(v is not None)
        self.pin_button.setText(translate("ViewsPanel", "Unpin {date}").format(date=v.as_of.isoformat())
                                if v is not None and v.as_of else translate("ViewsPanel", "Pin date"))
        n = len(self.qdoc.doc.views)
        i = self.list.currentRow()
        self.up_button.setEnabled(v is not None and i > 0)
        self.down_button.setEnabled(v is not None and i < n - 1)
        self.hide_box.blockSignals(True)
        self.hide_box.setEnabled(v is not None)
        self.hide_box.setChecked(bool(v and v.focus.hide_others))
        self.hide_box.blockSignals(False)

    # ---- edits ---------------------------------------------------------------------------
    def _push(self, edit: Edit) -> bool:
        return self.qdoc.try_push(edit, self.message.emit)

    def _unique_name(self) -> str:
        return unused_name(translate("ViewsPanel", "View {number}"), {v.name for v in self.qdoc.doc.views})

    def add_view(self, name: str | None = None) -> str | None:
        """Save the current camera (and the selected actors as focus) as a new view."""
        cx, cy, width, height = camera_to_save(self.view)
        selected = self.view.selected_ids()[0]
        try:
            view = SavedView(name=name or self._unique_name(), center_x=cx, center_y=cy,
                             width=width, height=height, focus=ViewFocus(actor_ids=sorted(selected)))
        except ValueError as err:
            self.message.emit(translate("ViewsPanel", "Add view: {error}").format(error=err))
            return None
        if not self._push(AddView(view)):
            return None
        self.select_view(view.id)
        return view.id

    def _item_renamed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        vid = item.data(ID_ROLE)
        old = self._saved(vid)
        if old is None or item.text() == old.name:
            return
        if not self._push(UpdateView(vid, {"name": item.text()})):
            self.refresh()  # put the old name back

    def rename(self, name: str, view_id: str | None = None) -> bool:
        vid = view_id or self.current_id()
        return vid is not None and self._push(UpdateView(vid, {"name": name}))

    def update_camera(self) -> None:
        vid = self.current_id()
        if vid is None:
            return
        cx, cy, width, height = camera_to_save(self.view)
        self._push(UpdateView(vid, {"center_x": cx, "center_y": cy, "width": width, "height": height},
                              label=translate("ViewsPanel", "Update view camera")))

    def focus_on_selection(self) -> None:
        v = self._saved(self.current_id())
        if v is None:
            return
        focus = v.focus.model_copy(update={"actor_ids": sorted(self.view.selected_ids()[0])})
        self._push(UpdateView(v.id, {"focus": focus}, label=translate("ViewsPanel", "Set view focus")))

    def _hide_toggled(self, on: bool) -> None:
        v = self._saved(self.current_id())
        if v is None or v.focus.hide_others == on:
            return
        self._push(UpdateView(v.id, {"focus": v.focus.model_copy(update={"hide_others": on})},
                              label=translate("ViewsPanel", "Hide out-of-focus items") if on
                              else translate("ViewsPanel", "Fade out-of-focus items")))

    def toggle_pin(self) -> None:
        """Pin the date the time slider shows to this view, or unpin the view's date."""
        v = self._saved(self.current_id())
        if v is None:
            return
        if v.as_of is not None:
            self._push(UpdateView(v.id, {"as_of": None}, label=translate("ViewsPanel", "Unpin the view's date")))
            return
        when = self.date_source() if self.date_source is not None else None
        if when is None:
            self.message.emit(translate("ViewsPanel", "Turn on “As of” on the time slider and choose the date to pin."))
            return
        self._push(UpdateView(v.id, {"as_of": when},
                              label=translate("ViewsPanel", "Pin the view to {date}").format(date=when.isoformat())))

    def move(self, delta: int) -> None:
        vid = self.current_id()
        if vid is None:
            return
        i = self.qdoc.doc.view_index(vid)
        j = i + delta
        if 0 <= j < len(self.qdoc.doc.views):
            self._push(MoveView(vid, j))
            self.select_view(vid)

    def delete_view(self) -> None:
        vid = self.current_id()
        if vid is not None:
            self._push(RemoveView(vid))

    # ---- showing ---------------------------------------------------------------------------
    def show_view(self, view_id: str | None = None, animate: bool = True) -> None:
        v = self._saved(view_id or self.current_id())
        if v is not None:
            self.animator.go_to(v, animate=animate)


def _describe(v: SavedView) -> str:
    parts = [translate("ViewsPanel", "centre ({x}, {y}), showing {width} x {height}").format(
        x=f"{v.center_x:.0f}", y=f"{v.center_y:.0f}", width=f"{v.width:.0f}", height=f"{v.height:.0f}")]
    f = v.focus
    focused = len(f.actor_ids)
    if focused:
        parts.append(translate("ViewsPanel", "%n actor(s) in focus", "", COUNT, focused))
    if f.factions:
        parts.append(translate("ViewsPanel", "factions: {names}").format(names=", ".join(f.factions)))
    if f.tie_kinds:
        parts.append(translate("ViewsPanel", "ties: {kinds}").format(
            kinds=", ".join(enum_label(k).lower() for k in f.tie_kinds)))
    if f.hide_others:
        parts.append(translate("ViewsPanel", "the rest hidden"))
    if v.as_of is not None:
        parts.append(translate("ViewsPanel", "the map as of {date}").format(date=v.as_of.isoformat()))
    if v.notes:
        parts.append(v.notes)
    return "\n".join(parts)
