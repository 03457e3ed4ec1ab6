"""Help ▸ User guide (F1, at the page of the focused panel) and Help ▸ Keyboard shortcuts.

The guide is Markdown shipped with the program (``actormap/guide/<lang>/*.md``, one
folder per language of :mod:`actormap.core.messages`), shown offline by Qt's own
Markdown reader (``QTextBrowser``, CommonMark + GitHub tables); links between pages
work as in any browser. The language is the program's (:mod:`.language`); a page a
language lacks is shown in English. The shortcuts list is built from the window's
actions, so it can never disagree with what the keys do.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .i18n import translate
from .language import app_language

PAGES = ("index", "editing", "panels", "notation", "analysis", "workshop", "files")
"""The guide's pages, in reading order (each ``<page>.md`` in every language folder)."""

PANEL_PAGES = {
    "inspectorDock": "panels", "mapPropertiesDock": "panels", "actorTableDock": "panels",
    "tieTableDock": "panels", "undoHistoryDock": "panels", "filterDock": "panels",
    "analysisDock": "analysis", "savedViewsDock": "workshop",
    "differencesDock": "files", "conflictsDock": "files",
}
"""Dock object name -> the page F1 opens there (the map itself: ``editing``; else ``index``)."""


def guide_dir(lang: str) -> Path:
    """The folder of the guide in ``lang`` (English when there is none)."""
    base = Path(str(files("actormap") / "guide"))
    folder = base / lang
    return folder if (folder / "index.md").is_file() else base / "en"


def page_path(page: str, lang: str) -> Path:
    """The file of ``page`` in ``lang``, else in English."""
    path = guide_dir(lang) / f"{page}.md"
    return path if path.is_file() else guide_dir("en") / f"{page}.md"


def page_title(path: Path) -> str:
    """The first heading of a page."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


def page_for(widget: QWidget | None, window) -> str:
    """The guide page about the panel that holds ``widget`` (the map: ``editing``)."""
    w = widget
    while w is not None and w is not window:
        if w is window.canvas:
            return "editing"
        if isinstance(w, QDockWidget):
            return PANEL_PAGES.get(w.objectName(), "index")
        w = w.parentWidget()
    return "index"


class GuideWindow(QWidget):
    """The user guide: the list of pages, and the page shown (a non-modal window)."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("userGuide")
        self.lang = lang
        self.setWindowTitle(page_title(page_path("index", lang)))
        self.pages = QListWidget()
        self.pages.setObjectName("guidePages")
        self.pages.setAccessibleName(translate("Help", "Guide pages"))
        for page in PAGES:
            item = QListWidgetItem(page_title(page_path(page, lang)))
            item.setData(Qt.ItemDataRole.UserRole, page)
            self.pages.addItem(item)
        self.pages.setMaximumWidth(280)
        self.pages.setWordWrap(True)
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(translate("Help", "Guide page"))
        self.browser.setOpenExternalLinks(False)  # the program opens no network connection
        self.browser.setOpenLinks(True)
        self.browser.sourceChanged.connect(self._sync_list)
        self.pages.currentItemChanged.connect(self._page_chosen)
        box = QHBoxLayout(self)
        box.addWidget(self.pages)
        box.addWidget(self.browser, 1)
        self.resize(980, 700)

    def open_page(self, page: str) -> None:
        """Show ``page`` and bring the window to the front."""
        url = QUrl.fromLocalFile(str(page_path(page if page in PAGES else "index", self.lang)))
        if self.browser.source() != url:
            self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)
        self.show()
        self.raise_()
        self.activateWindow()

    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).stem

    def _page_chosen(self, item, _previous=None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != self.current_page():
            self.open_page(item.data(Qt.ItemDataRole.UserRole))

    def _sync_list(self, url: QUrl) -> None:
        page = Path(url.toLocalFile()).stem
        for i in range(self.pages.count()):
            if self.pages.item(i).data(Qt.ItemDataRole.UserRole) == page:
                self.pages.blockSignals(True)
                self.pages.setCurrentRow(i)
                self.pages.blockSignals(False)


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """(action, keys, what it does) for every action of the window that has a shortcut."""
    rows = {}
    actions = list(window.actions_.values()) + window.findChildren(QAction)
    for act in actions:
        keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in act.shortcuts() if not s.isEmpty()]
        text = act.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
        if keys and text:
            rows[(text, ", ".join(keys))] = act.statusTip()
    return sorted(((t, k, tip) for (t, k), tip in rows.items()), key=lambda r: r[0].casefold())


EXTRA_KEYS = [
    (QT_TRANSLATE_NOOP("Help", "Move the selected actors"), QT_TRANSLATE_NOOP("Help", "Arrow keys (Shift: larger steps)"),
     QT_TRANSLATE_NOOP("Help", "On the map")),
    (QT_TRANSLATE_NOOP("Help", "Pan the map"), QT_TRANSLATE_NOOP("Help", "Space + drag, or middle-drag"),
     QT_TRANSLATE_NOOP("Help", "On the map")),
    (QT_TRANSLATE_NOOP("Help", "Clear the selection or a highlight"), "Esc", QT_TRANSLATE_NOOP("Help", "On the map")),
    (QT_TRANSLATE_NOOP("Help", "Next / previous saved view"),
     QT_TRANSLATE_NOOP("Help", "→ / ←, Page Down / Page Up, Space / Backspace"),
     QT_TRANSLATE_NOOP("Help", "In presentation mode")),
]
"""Keys that are not actions (handled by the map or presentation mode); translated where shown."""


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: a table built from the window's actions."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("Help", "Keyboard shortcuts"))
        rows = shortcut_rows(window) + [tuple(translate("Help", t) for t in row) for row in EXTRA_KEYS]
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(translate("Help", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([translate("Help", "Action"), translate("Help", "Keys"),
                                              translate("Help", "What it does")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.table)
        box.addWidget(buttons)
        self.resize(820, 600)


class Help:
    """The Help menu's guide and shortcuts for one window."""

    def __init__(self, window):
        self.window = window
        self.guide: GuideWindow | None = None
        self.shortcuts: ShortcutsDialog | None = None

    def open_guide(self, page: str | None = None) -> GuideWindow:
        """The guide at ``page`` (default: the page of the panel that has the focus)."""
        lang = app_language(self.window.settings.q)
        if self.guide is None or self.guide.lang != lang:
            if self.guide is not None:
                self.guide.close()
            self.guide = GuideWindow(lang, self.window)
        self.guide.open_page(page or page_for(QApplication.focusWidget(), self.window))
        return self.guide

    def open_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts is not None:
            self.shortcuts.close()
        self.shortcuts = ShortcutsDialog(self.window)
        self.shortcuts.finished.connect(self._shortcuts_closed)
        self.shortcuts.open()
        return self.shortcuts

    def _shortcuts_closed(self, *_args) -> None:
        if self.shortcuts is not None:
            self.shortcuts.deleteLater()
            self.shortcuts = None


def install(window) -> Help:
    """Help ▸ User guide (F1) and Help ▸ Keyboard shortcuts, before Help ▸ About."""
    help_ = Help(window)
    window.help = help_
    menu = window.menus["help"]
    first = menu.actions()[0] if menu.actions() else None
    guide = QAction(translate("Help", "&User guide"), window)
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    if guide.shortcut().isEmpty():
        guide.setShortcut(QKeySequence("F1"))
    guide.setStatusTip(translate("Help", "Open the user guide at the page of the panel you are in (offline)"))
    guide.triggered.connect(lambda _c=False: help_.open_guide())
    keys = QAction(translate("Help", "&Keyboard shortcuts"), window)
    keys.setShortcut(QKeySequence("Ctrl+F1"))
    keys.setStatusTip(translate("Help", "List every keyboard shortcut"))
    keys.triggered.connect(lambda _c=False: help_.open_shortcuts())
    for key, act in (("user_guide", guide), ("shortcuts", keys)):
        window.addAction(act)
        window.actions_[key] = act
        menu.insertAction(first, act)
    if first is not None:
        menu.insertSeparator(first)
    return help_
