"""Hooks the workshop features into the main window: saved views, presentation, themes, export.

:func:`install` adds a "Saved views" dock, View ▸ Presentation mode (F5), View ▸ Theme,
and File ▸ Export ▸ picture / current view / analysis report. File dialogs are
module-level functions so tests can replace them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog

from ..analysis_worker import run_report_analysis
from ..core.errors import ActorMapError
from .export import MAX_PNG_DPI, MIN_PNG_DPI, export_map, job_for_view, report_bytes, write_bytes
from .i18n import COUNT, translate
from .language import app_language
from .panels.views_panel import ViewsPanel
from .presentation import Presentation
from .saved_views import ViewAnimator, visible_scene_rect
from .tasks import TaskRunner
from .themes import apply_window_theme, get_theme, theme_names


def picture_filter() -> str:
    return translate("Workshop", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)")


def report_filter() -> str:
    return translate("Workshop", "Web page (*.html);;PDF document (*.pdf)")


THEME_NAMES = {"light": QT_TRANSLATE_NOOP("Workshop", "Light"), "dark": QT_TRANSLATE_NOOP("Workshop", "Dark"),
               "projector": QT_TRANSLATE_NOOP("Workshop", "Projector")}
"""What View ▸ Theme calls each theme (translated where shown)."""


def theme_label(name: str) -> str:
    return translate("Workshop", THEME_NAMES[name]) if name in THEME_NAMES else name.capitalize()


def ask_save_path(parent, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def ask_dpi(parent, default: int = 300) -> int | None:
    dpi, ok = QInputDialog.getInt(parent, translate("Workshop", "PNG resolution"),
                                  translate("Workshop", "Dots per inch (300 or more for print):"),
                                  default, MIN_PNG_DPI, MAX_PNG_DPI, 50)
    return dpi if ok else None


class WorkshopSignals(QObject):
    reportExported = Signal(str)
    reportFailed = Signal(str)


class Workshop:
    """The workshop features of one main window."""

    def reportExported(self, path: str) -> None:
        self.signals.reportExported.emit(path)

    def reportFailed(self, error: str) -> None:
        self.signals.reportFailed.emit(error)

    def __init__(self, window):
        self.window = window
        view = window.canvas
        self.signals = WorkshopSignals(window)
        self.report_task = TaskRunner(run_report_analysis, mode="process", parent=window)
        self.report_task.resultReady.connect(self._report_analysed)
        self.report_task.failed.connect(self._report_failed)
        self._report_request = None
        self.animator = ViewAnimator(view)
        self.views_panel = ViewsPanel(window.qdoc, view, self.animator)
        window.follow(self.views_panel)
        window.add_dock(self.views_panel, translate("Workshop", "Saved views"), "savedViewsDock",
                        Qt.DockWidgetArea.RightDockWidgetArea, "inspectorDock")
        self.views_panel.message.connect(window.show_message)
        self.presentation = Presentation(window, view, self.animator)
        act = QAction(translate("Workshop", "&Presentation mode"), window)
        act.setShortcut(QKeySequence(Qt.Key.Key_F5))
        act.setStatusTip(translate("Workshop", "Full screen for workshops; arrow keys step through saved views, Esc "
                                               "leaves"))
        act.triggered.connect(lambda _c=False: self.presentation.toggle())
        window.addAction(act)
        self.presentation.action = act
        menu = window.menus["view"]
        menu.addSeparator()
        menu.addAction(act)
        themes = menu.addMenu(translate("Workshop", "&Theme"))
        group = QActionGroup(window)
        self.theme_actions: dict[str, QAction] = {}
        current = getattr(view.map_scene.theme, "name", "light")
        for name in theme_names():
            a = themes.addAction(theme_label(name))
            a.setCheckable(True)
            a.setChecked(name == current)
            group.addAction(a)
            a.triggered.connect(lambda _c=False, n=name: self.set_theme(n))
            self.theme_actions[name] = a
        export = window.menus["export"]
        export.addSeparator()
        for key, text, slot in (
            ("export_map", translate("Workshop", "Map as &picture (PNG, SVG, PDF)…"), lambda: self.export_picture(False)),
            ("export_view", translate("Workshop", "Current &view as picture…"), lambda: self.export_picture(True)),
            ("export_report", translate("Workshop", "Analysis &report (HTML, PDF)…"), self.export_report),
        ):
            a = export.addAction(text)
            a.triggered.connect(lambda _c=False, s=slot: s())
            window.actions_[key] = a

    def _shown(self, amap):
        """The map as the canvas shows it: as of the time slider's date, when one is set."""
        time = getattr(self.window, "time", None)
        return time.shown_map(amap) if time is not None else amap

    def _shown_meta(self, meta):
        time = getattr(self.window, "time", None)
        return time.shown_meta(meta) if time is not None else meta

    def set_theme(self, name: str) -> None:
        theme = get_theme(name)
        self.window.canvas.set_theme(theme)
        apply_window_theme(theme)  # the dark theme darkens the whole window, not only the map
        self.theme_actions[name].setChecked(True)

    def _suggest(self, suffix: str) -> str:
        path = getattr(self.window.files, "path", None)
        base = Path(path).with_suffix(suffix) if path else Path.home() / (translate("Workshop", "map") + suffix)
        return str(base)

    def export_picture(self, current_view: bool) -> str | None:
        w = self.window
        path = ask_save_path(w, translate("Workshop", "Export the current view") if current_view
                             else translate("Workshop", "Export the map"), self._suggest(".png"), picture_filter())
        if not path:
            return None
        dpi = 300
        if Path(path).suffix.lower() == ".png":
            dpi = ask_dpi(w)
            if dpi is None:
                return None
        view = w.canvas
        try:
            source = visible_scene_rect(view) if current_view else None
            job = job_for_view(view, self._shown_meta(w.qdoc.doc.meta), None, source,
                               translate("Workshop", "current view") if current_view else "")
            export_map(job, path, dpi=dpi)
        except ActorMapError as err:
            w.show_message(str(err))
            return None
        w.show_message(translate("Workshop", "Exported {file}").format(file=path))
        return path

    def export_report(self) -> str | None:
        """Ask for a file, then write the analysis report without blocking the window.

        The analysis runs in the background (the GUI's task mechanism, worker process); the
        picture and the page are made when it is done. ``reportExported(path)`` or a status
        message says when the file is written. Returns the path being written, or None.
        """
        w = self.window
        path = ask_save_path(w, translate("Workshop", "Export the analysis report"), self._suggest(".html"),
                             report_filter())
        if not path:
            return None
        pdf = path.lower().endswith(".pdf")
        if not pdf and not path.lower().endswith((".html", ".htm")):
            path += ".html"
        amap = self._shown(w.qdoc.doc.snapshot())
        self._report_request = (path, pdf, amap, w.qdoc)
        actors = len(amap.actors)
        w.show_message(translate("Workshop", "Analysing for the report (%n actor(s))…", "", COUNT, actors))
        self.report_task.submit(amap)
        return path

    def _report_analysed(self, answer) -> None:
        w = self.window
        if self._report_request is None:
            return
        result, comparison, perspectives = answer
        path, pdf, amap, qdoc = self._report_request
        self._report_request = None
        try:
            if qdoc not in w.workspace.documents:
                raise ActorMapError(translate("Workshop", "the map was closed before its report was ready"))
            if w.qdoc is not qdoc:  # the picture is drawn from the canvas: show the report's map
                w.workspace.activate(qdoc)
            job = job_for_view(w.canvas, amap)
            write_bytes(path, report_bytes(result, amap, job, pdf, comparison, perspectives,
                                           lang=app_language(w.settings.q)))
        except ActorMapError as err:
            w.show_message(str(err))
            self.reportFailed(str(err))
            return
        w.show_message(translate("Workshop", "Exported {file}").format(file=path))
        self.reportExported(path)

    def _report_failed(self, error: str) -> None:
        self._report_request = None
        self.window.show_message(translate("Workshop", "Report not written: {error}").format(error=error))
        self.reportFailed(error)


def install(window) -> Workshop:
    """Add the workshop features to ``window`` (a MainWindow); returns the controller."""
    ws = Workshop(window)
    window.workshop = ws
    return ws
