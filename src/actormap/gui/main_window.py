"""The main window: actions, menus and docks around the map canvas — nothing else.

The window holds a workspace of open documents (:mod:`.workspace`), shown as tabs above
the canvas; the canvas and every panel follow the active one (``set_document``).
Files live in :mod:`.file_ops`, autosave and recovery in :mod:`.recovery`, the
panels in :mod:`.panels`; every change to a map is a core edit pushed on its
document's undo stack. Later features add docks with :meth:`MainWindow.add_dock`,
actions to ``menus["view"]`` / ``menus["export"]``, and follow
``workspace.activeChanged``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStyle,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from ..core.edits import AddItems, RemoveItems, make_actor
from ..core.errors import ActorMapError
from . import access, dialogs, help_menu, i18n, language, open_sample, protect_actions, window_layout
from .binding import DocumentBinding
from .canvas.view import MapView
from .document_tabs import DocumentTabs
from .file_ops import FileController, fill_recent_menu
from .i18n import COUNT, error_text, translate
from .panels.actor_table import ActorTable
from .panels.add_tie import AddTieDialog
from .panels.filter_panel import FilterPanel
from .panels.inspector import Inspector
from .panels.map_properties import MapProperties
from .panels.tie_table import TieTable
from .recovery import AUTOSAVE_DELAY_MS, Recovery, offer_recovery
from .selection import Selection
from .settings import WindowSettings
from .tasks import TaskRunner
from .undo import QtDocument
from .wording import edit_label, plain_message
from .workspace import QtWorkspace


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None, data_dir: str | Path | None = None,
                 autosave_ms: int = AUTOSAVE_DELAY_MS, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("actormapMainWindow")
        self.settings = WindowSettings(settings)
        i18n.use_language(language.app_language(self.settings.q))  # before any text is made
        self.workspace = QtWorkspace(self)
        self.workspace.new_document()
        self._followers: list = []
        self.selection = Selection(self)
        self.files = FileController(self.workspace, self, self.settings)
        self.recovery = Recovery(self.workspace, data_dir, autosave_ms, self)
        self.canvas = MapView(self.qdoc, self)
        self.canvas_actions = self.canvas.canvas_actions
        self.tabs = DocumentTabs(self.workspace, self.files.close, self)
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.tabs)
        box.addWidget(self.canvas, 1)
        self.setCentralWidget(central)
        self.actions_: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self.docks: dict[str, QDockWidget] = {}
        self._build_actions()
        self._build_menus()
        protect_actions.install(self)  # encryption, privacy, redacted export (File menu)
        self._build_toolbar()
        self._build_docks()
        self._build_status()
        self._connect()
        open_sample.install(self)  # File ▸ Open sample
        language.install(self)  # View ▸ Language
        help_menu.install(self)  # Help ▸ User guide (F1), Keyboard shortcuts
        access.install(self)  # accessible names, the canvas described, N/P, F6, visible focus
        self.drops = window_layout.MapDrops(self, self.canvas.viewport(), lambda p: self.files.open(p))
        self.resize(1400, 880)
        self._layout_restored = False
        self._update_title()
        self.recovery.start()

    @property
    def qdoc(self) -> QtDocument:
        """The active document (the one the canvas and panels show)."""
        return self.workspace.active

    def follow(self, panel) -> None:
        """Call ``panel.set_document(qdoc)`` whenever another document becomes active."""
        self._followers.append(panel)

    # ---- building ----------------------------------------------------------------------
    def _action(self, key: str, text: str, slot, shortcut=None, icon: QStyle.StandardPixmap | None = None,
                tip: str = "") -> QAction:
        act = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            act.setShortcuts(shortcut)  # every platform binding (e.g. Ctrl+Shift+Z and Ctrl+Y)
        elif shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            act.setIcon(self.style().standardIcon(icon))
        if tip:
            act.setStatusTip(tip)
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)
        self.actions_[key] = act
        return act

    def _build_actions(self) -> None:
        K, SP = QKeySequence.StandardKey, QStyle.StandardPixmap
        a = self._action
        a("new", translate("MainWindow", "&New map"), self.files.new, K.New, SP.SP_FileIcon,
          translate("MainWindow", "Start an empty map"))
        a("open", translate("MainWindow", "&Open…"), self.files.open, K.Open, SP.SP_DialogOpenButton,
          translate("MainWindow", "Open a map file"))
        a("save", translate("MainWindow", "&Save"), self.files.save, K.Save, SP.SP_DialogSaveButton,
          translate("MainWindow", "Save the map"))
        a("save_as", translate("MainWindow", "Save &As…"), self.files.save_as, K.SaveAs, None,
          translate("MainWindow", "Save the map under a new name"))
        a("import", translate("MainWindow", "&Import GraphML, GEXF, Excel or CSV…"), self.files.import_map, None,
          None, translate("MainWindow", "Read a map from another tool (Gephi, yEd, SocNetV, Kumu, a spreadsheet)"))
        a("export_data", translate("MainWindow", "Export as GraphML, GEXF, Excel or CSV…"), self.files.export_data,
          None, None, translate("MainWindow", "Write the map for another tool"))
        a("close", translate("MainWindow", "&Close map"), self.files.close, K.Close, None,
          translate("MainWindow", "Close this map (asks to save changes)"))
        a("next_map", translate("MainWindow", "Next open map"), lambda: self.tabs.step(1), "Ctrl+Tab", None,
          translate("MainWindow", "Show the next open map"))
        a("previous_map", translate("MainWindow", "Previous open map"), lambda: self.tabs.step(-1),
          "Ctrl+Shift+Tab", None, translate("MainWindow", "Show the previous open map"))
        a("quit", translate("MainWindow", "&Quit"), self.close, K.Quit, None, translate("MainWindow", "Quit actormap"))
        group = self.workspace.undo_group  # Undo/Redo follow the active document
        undo = group.createUndoAction(self, translate("MainWindow", "&Undo"))
        redo = group.createRedoAction(self, translate("MainWindow", "&Redo"))
        undo.setShortcuts(K.Undo)
        redo.setShortcuts(K.Redo)
        undo.setIcon(QIcon.fromTheme("edit-undo", self.style().standardIcon(SP.SP_ArrowBack)))
        redo.setIcon(QIcon.fromTheme("edit-redo", self.style().standardIcon(SP.SP_ArrowForward)))
        for key, act in (("undo", undo), ("redo", redo)):
            self.addAction(act)
            self.actions_[key] = act
        a("add_tie", translate("MainWindow", "Add &tie…"), self.add_tie, "Ctrl+T", None,
          translate("MainWindow", "Tie two chosen actors with a kind (keyboard)"))
        a("find", translate("MainWindow", "&Find actor…"), self.focus_find, K.Find, None,
          translate("MainWindow", "Find an actor by name"))
        # the canvas's own actions (their keys work while the canvas has focus)
        icons = {"add_actor": SP.SP_FileDialogNewFolder, "delete": SP.SP_TrashIcon}
        for key, act in self.canvas_actions.items():
            if key in icons:
                act.setIcon(self.style().standardIcon(icons[key]))
            self.actions_.setdefault(key, act)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        f = self.menus["file"] = bar.addMenu(translate("MainWindow", "&File"))
        for key in ("new", "open"):
            f.addAction(self.actions_[key])
        self.menus["recent"] = f.addMenu(translate("MainWindow", "Open &Recent"))
        self.menus["recent"].aboutToShow.connect(
            lambda: fill_recent_menu(self.menus["recent"], self.settings, self.files.open))
        f.addSeparator()
        for key in ("save", "save_as"):
            f.addAction(self.actions_[key])
        f.addSeparator()
        f.addAction(self.actions_["import"])
        self.menus["export"] = f.addMenu(translate("MainWindow", "&Export"))
        self.menus["export"].addAction(self.actions_["export_data"])
        f.addSeparator()
        f.addAction(self.actions_["close"])
        f.addAction(self.actions_["quit"])
        e = self.menus["edit"] = bar.addMenu(translate("MainWindow", "&Edit"))
        for key in ("undo", "redo"):
            e.addAction(self.actions_[key])
        e.addSeparator()
        for key in ("add_actor", "add_tie", "tie_mode", "rename", "delete", None, "copy", "paste", "select_all",
                    None, "find"):
            e.addSeparator() if key is None else e.addAction(self.actions_[key])
        v = self.menus["view"] = bar.addMenu(translate("MainWindow", "&View"))
        for key in ("zoom_in", "zoom_out", "zoom_reset", "fit", None, "legend", "faction_areas"):
            v.addSeparator() if key is None else v.addAction(self.actions_[key])
        v.addSeparator()
        self.menus["panels"] = v.addMenu(translate("MainWindow", "&Panels"))
        m = self.menus["map"] = bar.addMenu(translate("MainWindow", "&Map"))
        for key in ("layout_force", "layout_faction"):
            m.addAction(self.actions_[key])
        self.menus["help"] = bar.addMenu(translate("MainWindow", "&Help"))
        self.menus["help"].addAction(translate("MainWindow", "&About actormap"), self._about)

    TOOLBAR_LABELS = {"new": QT_TRANSLATE_NOOP("Toolbar", "New"), "open": QT_TRANSLATE_NOOP("Toolbar", "Open"),
                      "save": QT_TRANSLATE_NOOP("Toolbar", "Save"), "undo": QT_TRANSLATE_NOOP("Toolbar", "Undo"),
                      "redo": QT_TRANSLATE_NOOP("Toolbar", "Redo"),
                      "add_actor": QT_TRANSLATE_NOOP("Toolbar", "Add actor"),
                      "tie_mode": QT_TRANSLATE_NOOP("Toolbar", "Draw ties"),
                      "add_tie": QT_TRANSLATE_NOOP("Toolbar", "Add tie"),
                      "delete": QT_TRANSLATE_NOOP("Toolbar", "Delete"), "fit": QT_TRANSLATE_NOOP("Toolbar", "Fit"),
                      "legend": QT_TRANSLATE_NOOP("Toolbar", "Legend")}
    """The short words the toolbar buttons show (the menus keep the longer texts)."""

    def _build_toolbar(self) -> None:
        tb = self.addToolBar(translate("MainWindow", "Main toolbar"))
        tb.setObjectName("mainToolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)  # every button says what it does
        for key, text in self.TOOLBAR_LABELS.items():
            self.actions_[key].setIconText(translate("Toolbar", text))
        for key in ("new", "open", "save", None, "undo", "redo", None, "add_actor", "tie_mode", "add_tie",
                    "delete", None, "fit", "legend"):
            if key is None:
                tb.addSeparator()
            else:
                tb.addAction(self.actions_[key])
        self.find_box = QLineEdit()
        self.find_box.setObjectName("findBox")
        self.find_box.setPlaceholderText(translate("MainWindow", "Find actor…"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMaximumWidth(220)
        self.find_box.returnPressed.connect(self.find)
        # top right of the menu bar: always in view, however many toolbar labels a window holds
        self.menuBar().setCornerWidget(self.find_box, Qt.Corner.TopRightCorner)
        self.toolbar = tb

    def add_dock(self, widget: QWidget, title: str, name: str,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
                 tabify_with: str | None = None) -> QDockWidget:
        """Add a panel as a dock (remembered between runs by ``name``) with a View ▸ Panels toggle."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        if tabify_with in self.docks:
            self.tabifyDockWidget(self.docks[tabify_with], dock)
        self.menus["panels"].addAction(dock.toggleViewAction())
        self.docks[name] = dock
        dock.dockLocationChanged.connect(lambda _a: QTimer.singleShot(0, lambda: window_layout.whole_tab_titles(self)))
        return dock

    def _build_docks(self) -> None:
        self.inspector = Inspector(self.qdoc, self.selection)
        self.actor_table = ActorTable(self.qdoc, self.selection)
        self.tie_table = TieTable(self.qdoc, self.selection)
        # keys of the tables (Insert, Delete) work while a table has focus, like the canvas's
        delete = translate("MainWindow", "Delete")
        self.actor_table.add_actions([self._panel_action(self.actor_table, translate("MainWindow", "Add actor"),
                                                         self.add_actor, "Ins"),
                                      self.actions_["add_tie"],
                                      self._panel_action(self.actor_table, delete, self.delete_selection,
                                                         QKeySequence.StandardKey.Delete)])
        self.tie_table.add_actions([self.actions_["add_tie"],
                                    self._panel_action(self.tie_table, delete, self.delete_selection,
                                                       QKeySequence.StandardKey.Delete)])
        self.filters = FilterPanel(self.qdoc)
        self.map_properties = MapProperties(self.qdoc)
        self.undo_view = QUndoView(self.workspace.undo_group)
        self.undo_view.setEmptyLabel(translate("MainWindow", "<map opened>"))
        R, B = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        self.add_dock(self.inspector, translate("MainWindow", "Inspector"), "inspectorDock", R)
        self.add_dock(window_layout.scrolled(self.map_properties), translate("MainWindow", "Map properties"), "mapPropertiesDock",
                      R, "inspectorDock")
        self.add_dock(self.actor_table, translate("MainWindow", "Actors"), "actorTableDock", B)
        self.add_dock(self.tie_table, translate("MainWindow", "Ties"), "tieTableDock", B, "actorTableDock")
        self.add_dock(self.undo_view, translate("MainWindow", "Undo history"), "undoHistoryDock", B, "tieTableDock")
        self.add_dock(window_layout.scrolled(self.filters), translate("MainWindow", "Filter"), "filterDock", R,
                      "mapPropertiesDock")
        self.docks["inspectorDock"].raise_()
        self.docks["actorTableDock"].raise_()
        window_layout.size_docks(self, 1400, 880)

    def _panel_action(self, panel: QWidget, text: str, slot, key) -> QAction:
        act = QAction(text, panel)
        act.setShortcut(QKeySequence(key))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.setToolTip(f"{text} ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        act.triggered.connect(lambda _c=False: slot())
        panel.addAction(act)
        return act

    def _build_status(self) -> None:
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)

    def _connect(self) -> None:
        self.workspace.documentsChanged.connect(self._update_title)
        self.workspace.activeChanged.connect(self._document_shown)
        self._binding = DocumentBinding(self._after_change)
        self._binding.set_document(self.qdoc)
        self.files.pathChanged.connect(self._update_title)
        self.files.pathChanged.connect(self.recovery.set_document_path)
        self.files.saved.connect(lambda _p: self.recovery.autosave_now())
        self.files.opened.connect(self._opened)
        for src in (self.files, self.inspector, self.actor_table, self.tie_table, self.map_properties,
                    self.canvas, self.recovery):
            signal = getattr(src, "message", None) or getattr(src, "failed", None)
            signal.connect(self.show_message)
        self.canvas.selectionChangedIds.connect(self._canvas_selection)
        self.selection.changed.connect(self._selection_to_canvas)
        self.filters.filterChanged.connect(self.canvas.set_filter)
        self.filters.neighbourhoodRequested.connect(self._highlight_neighbourhood)
        self.filters.highlightCleared.connect(self.canvas.clear_highlight)
        self._after_change()

    def restore_layout(self) -> None:
        """Restore geometry and dock layout once every dock exists (done on first show)."""
        if not self._layout_restored:
            self._layout_restored = True
            first = not self.settings.q.contains("window/geometry")
            if not self.settings.restore_window(self) and first:
                window_layout.first_start(self)

    def showEvent(self, event) -> None:
        self.restore_layout()
        super().showEvent(event)
        QTimer.singleShot(0, lambda: window_layout.whole_tab_titles(self))

    # ---- state shown ------------------------------------------------------------------------
    def _update_title(self, *_args) -> None:
        if self.qdoc is None:
            return
        self.setWindowTitle(f"{self.tabs.label(self.qdoc).removesuffix(' *')}[*] — actormap")
        self.setWindowModified(self.files.is_dirty())

    def _canvas_selection(self, actor_ids: list, tie_ids: list) -> None:
        self.selection.set(actor_ids, tie_ids, origin=self.canvas)

    def _after_change(self, cs=None) -> None:
        """One edit happened (one changeset): counts, and the selection loses what was deleted."""
        doc = self.qdoc.doc
        n, m = len(doc.actors), len(doc.ties)
        actors, ties = translate("MainWindow", "%n actor(s)", "", COUNT, n), translate("MainWindow", "%n tie(s)", "", COUNT, m)
        self.counts.setText(f"{actors} · {ties}")
        if cs is None or cs.removed("actors") or cs.removed("ties"):
            self.selection.prune(doc.actors, doc.ties)

    def _document_shown(self, qdoc: QtDocument) -> None:
        """Another document became active: the canvas and every panel follow it."""
        self.selection.set([], [], None)
        self._binding.set_document(qdoc)
        for panel in (self.canvas, self.inspector, self.actor_table, self.tie_table, self.filters,
                      self.map_properties, *self._followers):
            panel.set_document(qdoc)
        self._after_change()
        self._update_title()

    def _opened(self, _path) -> None:
        self.selection.set([], [], None)
        self._after_change()
        QTimer.singleShot(0, self.canvas.fit_to_map)

    def show_message(self, text: str) -> None:
        """A message in the status bar, with names in place of any id."""
        self.statusBar().showMessage(plain_message(text, self.qdoc.doc if self.qdoc is not None else None), 8000)

    def _selection_to_canvas(self, actor_ids: list, tie_ids: list, origin: object) -> None:
        if origin is not self.canvas:
            self.canvas.select_ids(actor_ids, tie_ids)

    def _highlight_neighbourhood(self) -> None:
        if len(self.selection.actor_ids) == 1:
            self.canvas.highlight_neighbourhood(self.selection.actor_ids[0])
        else:
            self.show_message(translate("MainWindow", "Select one actor to highlight its neighbourhood."))

    # ---- editing from the keyboard -----------------------------------------------------------
    def _free_spot(self) -> tuple[float, float]:
        c = self.canvas.mapToScene(self.canvas.viewport().rect().center())
        x, y = round(c.x()), round(c.y())
        taken = {(round(a.x), round(a.y)) for a in self.qdoc.doc.actors.values()}
        while (x, y) in taken:
            x, y = x + 40, y + 40
        return float(x), float(y)

    def add_actor(self) -> str:
        x, y = self._free_spot()
        actor = make_actor(name=self.canvas.unique_name(), x=x, y=y)
        self.qdoc.push(AddItems([actor]))  # "Add actor New actor"
        self.selection.set([actor.id], [], None)
        self.docks["inspectorDock"].show()
        self.docks["inspectorDock"].raise_()
        self.inspector.focus_name()
        return actor.id

    def add_tie(self) -> AddTieDialog | None:
        if len(self.qdoc.doc.actors) < 2:
            self.show_message(translate("MainWindow", "A tie needs two actors: add actors first."))
            return None
        chosen = self.selection.actor_ids
        dlg = AddTieDialog(self.qdoc, chosen[0] if chosen else None, chosen[1] if len(chosen) > 1 else None, self)
        dlg.tie_requested.connect(self._push_tie)
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()
        return dlg

    def _push_tie(self, tie) -> None:
        try:
            edit = AddItems(ties=[tie])
            edit.label = edit_label(self.qdoc.doc, edit)
            self.qdoc.push(edit)
        except ActorMapError as err:
            self.show_message(translate("MainWindow", "Not added: {error}").format(error=error_text(err)))
            return
        self.selection.set([], [tie.id], None)

    def delete_selection(self) -> None:
        doc = self.qdoc.doc
        actors = [a for a in self.selection.actor_ids if a in doc.actors]
        ties = [t for t in self.selection.tie_ids if t in doc.ties]
        if actors or ties:
            edit = RemoveItems(actors, ties)
            edit.label = edit_label(doc, edit)
            self.qdoc.push(edit)

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def find(self) -> list[str]:
        ids = list(self.canvas.find_actors(self.find_box.text()))
        if not ids:
            self.show_message(translate("MainWindow", "No actor matches “{text}”.").format(text=self.find_box.text()))
            return ids
        self.selection.set(ids, [], None)
        self.canvas.center_on_actor(ids[0])
        found = len(ids)
        self.show_message(translate("MainWindow", "%n actor(s) found.", "", COUNT, found))
        return ids

    # ---- files ---------------------------------------------------------------------------------
    def start(self, path: str | None = None) -> None:
        """Offer to recover an unfinished session, else open ``path`` (if any): read in the
        background while the window shows what it is opening (:mod:`.startup`)."""
        if not self.offer_recovery() and path:
            from .startup import StartupLoad

            self.startup = StartupLoad(self, path)
            self.startup.start()

    def offer_recovery(self) -> bool:
        """Offer to restore unsaved work of a session that crashed; True if restored."""
        restored = offer_recovery(self.recovery, self.files, self)
        if restored:
            self.show_message(translate("MainWindow", "Recovered the unsaved map; save it to keep it."))
        return restored

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save_all():
            event.ignore()
            return
        self.settings.save_window(self)
        self.recovery.close()
        for runner in self.findChildren(TaskRunner):  # no worker outlives its window
            runner.shutdown()
        event.accept()

    def _about(self) -> None:
        from .. import __version__

        dialogs.show_about(self, f"actormap {__version__}\n\n" + translate(
            "MainWindow", "Map the actors of violent and fragile settings and the ties between them. "
            "Works offline; makes no network connection."))
