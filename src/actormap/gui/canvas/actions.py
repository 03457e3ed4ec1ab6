"""Canvas actions with standard shortcuts, for menus and toolbars.

The actions are added to the view with ``WidgetWithChildrenShortcut`` context, so their
keys work while the canvas has focus and never steal typing from other panels. The set
is made once per view (``MapView`` builds it); calling again returns the same dict.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from ..i18n import translate

StdKey = QKeySequence.StandardKey


def make_canvas_actions(view) -> dict[str, QAction]:
    existing = getattr(view, "canvas_actions", None)
    if existing:
        return existing

    acts: dict[str, QAction] = {}

    def make(name, text, slot, keys=(), tip="", checkable=False):
        a = QAction(text, view)
        seqs = [QKeySequence(k) if not isinstance(k, QKeySequence) else k for k in keys]
        a.setShortcuts(seqs)
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.setStatusTip(tip or text.replace("&", ""))
        a.setToolTip(a.statusTip() + (f" ({seqs[0].toString()})" if seqs else ""))
        a.setCheckable(checkable)
        if checkable:
            a.toggled.connect(slot)
        else:
            a.triggered.connect(lambda _=False: slot())
        view.addAction(a)
        acts[name] = a
        return a

    def std(key):
        return QKeySequence(key)

    make("add_actor", translate("CanvasActions", "&Add actor"), view.add_actor_at, ["A", Qt.Key.Key_Insert],
         translate("CanvasActions", "Add an actor in the middle of the view (or double-click empty space)"))
    make("delete", translate("CanvasActions", "&Delete"), view.delete_selection,
         [std(StdKey.Delete), Qt.Key.Key_Backspace],
         translate("CanvasActions", "Delete the selected actors (with their ties) and ties"))
    make("copy", translate("CanvasActions", "&Copy"), view.copy_selection, [std(StdKey.Copy)],
         translate("CanvasActions", "Copy the selected actors and the ties among them"))
    make("paste", translate("CanvasActions", "&Paste"), view.paste, [std(StdKey.Paste)],
         translate("CanvasActions", "Paste copied actors"))
    make("select_all", translate("CanvasActions", "Select &all"), view.select_all, [std(StdKey.SelectAll)])
    make("rename", translate("CanvasActions", "&Rename actor"), view.rename_selected, [Qt.Key.Key_F2],
         translate("CanvasActions", "Edit the selected actor's name in place"))
    make("zoom_in", translate("CanvasActions", "Zoom &in"), view.zoom_in, [std(StdKey.ZoomIn), "Ctrl+="])
    make("zoom_out", translate("CanvasActions", "Zoom &out"), view.zoom_out, [std(StdKey.ZoomOut)])
    make("fit", translate("CanvasActions", "&Fit to map"), view.fit_to_map, ["Ctrl+0", "F"],
         translate("CanvasActions", "Show the whole map"))
    make("zoom_reset", translate("CanvasActions", "Actual si&ze"), view.zoom_reset, ["Ctrl+1"])
    make("layout_force", translate("CanvasActions", "Force &layout"), view.layout_force, ["Ctrl+L"],
         translate("CanvasActions", "Arrange actors by their ties (force-directed); pinned actors stay"))
    make("layout_faction", translate("CanvasActions", "Layout by &faction"), view.layout_by_faction, ["Ctrl+Shift+L"],
         translate("CanvasActions", "Place factions on a circle with their members clustered; pinned actors stay"))
    leg = make("legend", translate("CanvasActions", "Show le&gend"), view.set_legend_visible, ["L"],
               translate("CanvasActions", "Show or hide the legend"), checkable=True)
    leg.setChecked(view.legend_visible())
    make("faction_areas", translate("CanvasActions", "Faction &areas"), view.set_faction_areas, [],
         translate("CanvasActions", "Show a soft area behind the members of each faction"), checkable=True)
    tie = make("tie_mode", translate("CanvasActions", "Draw &ties"), lambda on: setattr(view, "tie_mode", bool(on)),
               ["T"], translate("CanvasActions", "Tie tool: drag from one actor to another (or Shift+drag, or drag "
                                                 "from an actor's rim)"), checkable=True)
    tie.setChecked(view.tie_mode)
    return acts
