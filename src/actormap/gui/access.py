"""Keyboard and screen-reader access to the main window.

- **Names and descriptions**: every control gets an accessible name and, where the
  program knows more, a description (its tooltip, or the panel it sits in). Qt
  infers most names (a button's text, a form label's buddy); :func:`name_widget` fills
  in only what Qt leaves empty (icon-only buttons, tables, scroll bars, line edits
  without a label...), for the window's widgets and for every widget a feature adds
  later (named when Qt polishes it, i.e. before it is first shown).
- **The canvas speaks**: its accessible description says which actor is selected, its
  kind and faction, and each of its ties; it is updated on every selection change and
  announced (``DescriptionChanged``), so a screen reader follows the map.
- **Keyboard**: N / P select the next / previous actor (by name) and bring it into
  view; the arrow keys then move it, F2 renames it, Ctrl+T ties it to another actor.
  F6 / Shift+F6 move the focus between the map and the open panels (a panel hidden
  behind another's tab is brought to the front).
- **Visible focus**: a ring drawn around the widget that has the keyboard focus
  whenever it got there from the keyboard (Tab, F6, a shortcut), in the palette's
  highlight colour, on top of any style or theme.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction, QColor, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QSizeGrip,
    QStatusBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from ..core.semantics import SEMANTICS
from .binding import DocumentBinding
from .i18n import COUNT, message, translate

CONTROLS = (QAbstractButton, QAbstractSlider, QTabBar, QMenuBar, QToolBar, QDockWidget, QAbstractItemView,
            QGraphicsView, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QStatusBar)
"""Widget classes that are controls a user reaches, reads or operates."""


def is_control(w: QWidget) -> bool:
    """A widget a screen-reader user meets: an interactive class, or anything that takes focus."""
    return isinstance(w, CONTROLS) or w.focusPolicy() != Qt.FocusPolicy.NoFocus


def accessible_text(w: QWidget, which: QAccessible.Text = QAccessible.Text.Name) -> str:
    """What assistive technology reads for ``w`` (Qt's own inference included)."""
    iface = QAccessible.queryAccessibleInterface(w)
    return (iface.text(which) or "").strip() if iface is not None else ""


def _plain(text: str) -> str:
    """A menu/label text without mnemonics, trailing colons or ellipses."""
    text = re.sub(r"&(?!&)", "", text or "").replace("&&", "&")
    return text.strip().rstrip(":").rstrip("…").rstrip(".").strip()


def _humanise(name: str) -> str:
    name = re.sub(r"(Dock|Panel|Widget)$", "", name or "")
    words = re.sub(r"([a-z])([A-Z])", r"\1 \2", name).replace("_", " ").strip()
    return words[:1].upper() + words[1:].lower() if words else ""


def _dock_of(w: QWidget) -> QDockWidget | None:
    p = w
    while p is not None:
        if isinstance(p, QDockWidget):
            return p
        p = p.parentWidget()
    return None


def _panel_title(w: QWidget) -> str:
    dock = _dock_of(w)
    return _plain(dock.windowTitle()) if dock is not None else ""


def _label_for(w: QWidget) -> str:
    """The text of the label that names ``w``: a QLabel buddy, or its row in a QFormLayout."""
    parent = w.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel):
        if label.buddy() is w and label.text():
            return _plain(label.text())
    layout = parent.layout()
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(w)
        if isinstance(label, QLabel) and label.text():
            return _plain(label.text())
    return ""


def derive_name(w: QWidget) -> str:
    """A name for a control Qt could not name itself."""
    owner = w.parentWidget()
    if owner is not None and owner.focusProxy() is w and accessible_text(owner):
        return accessible_text(owner)
    if isinstance(w, QToolButton) and w.defaultAction() is not None and w.defaultAction().text():
        return _plain(w.defaultAction().text())
    if isinstance(w, QAbstractButton) and w.text():
        return _plain(w.text())
    if isinstance(w, QMenuBar):
        return translate("Access", "Menu bar")
    if isinstance(w, QToolBar):
        return _plain(w.windowTitle()) or translate("Access", "Main toolbar")
    if isinstance(w, QStatusBar):
        return translate("Access", "Status bar")
    if isinstance(w, QSizeGrip):
        return translate("Access", "Resize the window")
    if isinstance(w, QScrollBar):
        return (translate("Access", "Vertical scroll bar") if w.orientation() == Qt.Orientation.Vertical
                else translate("Access", "Horizontal scroll bar"))
    if isinstance(w, QHeaderView):
        return (translate("Access", "Column headers") if w.orientation() == Qt.Orientation.Horizontal
                else translate("Access", "Row headers"))
    if isinstance(w, QTabBar):
        parent = w.parentWidget()
        if isinstance(parent, QTabWidget):
            return translate("Access", "{name} tabs").format(
                name=accessible_text(parent) or _panel_title(w) or translate("Access", "Pages"))
        return translate("Access", "Panel tabs") if isinstance(parent, QMainWindow) else translate("Access", "Tabs")
    if isinstance(w, QDockWidget):
        return _plain(w.windowTitle())
    if isinstance(w, QGraphicsView):
        return translate("Access", "Map canvas")
    for text in (_label_for(w), getattr(w, "placeholderText", lambda: "")(), w.toolTip(), w.statusTip()):
        if text and text.strip():
            return _plain(text)
    if isinstance(w, QAbstractItemView) and _panel_title(w):
        return translate("Access", "{panel} table").format(panel=_panel_title(w))
    return _humanise(w.objectName()) or _panel_title(w) or _humanise(type(w).__name__)


def derive_description(w: QWidget, name: str) -> str:
    """A description: what the control does (its tip), or where it is (its panel)."""
    if isinstance(w, QToolButton) and w.defaultAction() is not None:
        act = w.defaultAction()
        tip = act.statusTip() or act.toolTip()
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if tip:
            return f"{_plain(tip)}{f' ({keys})' if keys and keys not in tip else ''}"
    for text in (w.toolTip(), w.statusTip()):
        if text and text.strip() and _plain(text) != name:
            return text.strip()
    panel = _panel_title(w)
    if panel:
        return (translate("Access", "{name}, in the {panel} panel").format(name=name, panel=panel) if panel != name
                else translate("Access", "The {panel} panel").format(panel=panel))
    return ""


def name_widget(w: QWidget) -> None:
    """Give a control the accessible name and description Qt could not infer (never overrides)."""
    if not is_control(w):
        return
    if not w.accessibleName() and not accessible_text(w):
        w.setAccessibleName(derive_name(w))
    if not w.accessibleDescription() and not accessible_text(w, QAccessible.Text.Description):
        desc = derive_description(w, accessible_text(w) or w.accessibleName())
        if desc:
            w.setAccessibleDescription(desc)


def name_tree(root: QWidget) -> None:
    """Name every control under ``root`` (and ``root`` itself)."""
    for w in [root, *root.findChildren(QWidget)]:
        name_widget(w)


class _Namer(QObject):
    """Names the window's widgets when Qt polishes them, and sweeps the tree after each show."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        QApplication.instance().installEventFilter(self)
        window.destroyed.connect(self._detach)
        self._pending = False

    def _detach(self, *_args) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def sweep_soon(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._sweep)

    def _sweep(self) -> None:
        self._pending = False
        try:
            name_tree(self.window)
        except RuntimeError:  # the window is being destroyed
            pass

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, QWidget):
            try:
                if obj.window() is self.window:
                    name_widget(obj)
            except RuntimeError:
                pass
        elif kind == QEvent.Type.Show and obj is self.window:
            self.sweep_soon()
        return False


# ---- the canvas for screen readers -------------------------------------------------------------

def _camp(actor) -> str:
    return actor.faction or message(f"kind.{actor.kind.value}")


def _tie_phrase(tie, actor_id: str, names: dict[str, str]) -> str:
    sem = SEMANTICS[tie.kind]
    other = tie.target if tie.source == actor_id else tie.source
    who = names.get(other, other)
    kind = message(f"tie_kind.{tie.kind.value}")
    if not sem.directed:
        return translate("Access", "{kind} with {actor}").format(kind=kind, actor=who)
    return (translate("Access", "{kind} toward {actor}") if tie.source == actor_id
            else translate("Access", "{kind} from {actor}")).format(kind=kind, actor=who)


def describe_selection(amap, actor_ids, tie_ids) -> str:
    """What the canvas says about the selection: the actor, its kind and camp, each of its ties."""
    names = {a.id: a.name for a in amap.actors}
    actors = {a.id: a for a in amap.actors}
    ties = {t.id: t for t in amap.ties}
    chosen = [actors[i] for i in actor_ids if i in actors]
    if len(chosen) == 1:
        a = chosen[0]
        own = sorted((t for t in amap.ties if a.id in (t.source, t.target)),
                     key=lambda t: (names.get(t.target if t.source == a.id else t.source, ""), t.id))
        kind = message(f"kind.{a.kind.value}")
        head = translate("Access", "Selected actor: {name}, {kind}").format(name=a.name, kind=kind)
        if a.faction:
            head += ", " + translate("Access", "faction {faction}").format(faction=a.faction)
        if a.external:
            head += ", " + translate("Access", "external")
        if not own:
            return head + ". " + translate("Access", "No ties.")
        parts = "; ".join(_tie_phrase(t, a.id, names) for t in own)
        count = len(own)
        return f"{head}. " + translate("Access", "%n tie(s): {ties}.", "", COUNT, count).format(ties=parts)
    if chosen:
        more = len(chosen) - 10
        shown = ", ".join(a.name for a in chosen[:10]) + (
            " " + translate("Access", "and %n more", "", COUNT, more) if more > 0 else "")
        count = len(chosen)
        return translate("Access", "%n actor(s) selected: {names}.", "", COUNT, count).format(names=shown)
    chosen_ties = [ties[i] for i in tie_ids if i in ties]
    if chosen_ties:
        t = chosen_ties[0]
        sem = SEMANTICS[t.kind]
        first = (translate("Access", "Selected tie: {source}, {kind} toward {target}") if sem.directed
                 else translate("Access", "Selected tie: {source}, {kind} with {target}")).format(
            source=names.get(t.source, t.source), kind=message(f"tie_kind.{t.kind.value}"),
            target=names.get(t.target, t.target))
        more = len(chosen_ties) - 1
        return first + (", " + translate("Access", "and %n more tie(s)", "", COUNT, more) if more else "") + "."
    n, m = len(amap.actors), len(amap.ties)
    return translate("Access", "No selection. The map has {actors} and {ties}; press N or P to select the next or "
                               "previous actor.").format(actors=translate("Access", "%n actor(s)", "", COUNT, n),
                                                         ties=translate("Access", "%n tie(s)", "", COUNT, m))


class SelectionAnnouncer(QObject):
    """Keeps the canvas's accessible description on the current selection, and announces it."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        window.selection.changed.connect(self.update)
        self._binding = DocumentBinding(self.update, self.update)  # names, ties and counts change too
        self._binding.set_document(window.qdoc)
        window.workspace.activeChanged.connect(self._binding.set_document)
        window.canvas.setAccessibleName(translate("Access", "Map canvas"))
        self.update()

    def text(self) -> str:
        w = self.window
        return describe_selection(w.qdoc.doc.snapshot(), w.selection.actor_ids, w.selection.tie_ids)

    def update(self, *_args) -> None:
        canvas = self.window.canvas
        text = self.text()
        if text == canvas.accessibleDescription():
            return
        canvas.setAccessibleDescription(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(canvas, QAccessible.Event.DescriptionChanged))


# ---- keyboard: actors, docks -----------------------------------------------------------------------

def step_actor(window, step: int) -> str | None:
    """Select the next (``step`` 1) or previous (-1) actor by name; returns its id."""
    doc = window.qdoc.doc
    order = [a.id for a in sorted(doc.actors.values(), key=lambda a: (a.name.casefold(), a.id))]
    if not order:
        window.show_message(translate("Access", "The map has no actors yet: press A to add one."))
        return None
    current = window.selection.actor_ids
    if current and current[-1] in order:
        i = (order.index(current[-1]) + step) % len(order)
    else:
        i = 0 if step > 0 else len(order) - 1
    aid = order[i]
    window.selection.set([aid], [], None)
    window.canvas.center_on_actor(aid)
    window.show_message(describe_selection(doc.snapshot(), [aid], []))
    return aid


def _focus_target(widget: QWidget) -> QWidget:
    """The first control of a panel that takes keyboard focus (the panel itself otherwise)."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QAbstractScrollArea):
        return widget
    for child in widget.findChildren(QWidget):
        if child.isVisibleTo(widget) and child.isEnabled() and child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return child
    return widget


def dock_cycle(window) -> list[QWidget]:
    """The stops of F6: the map, then each open panel (left, top, right, bottom area; then by
    position; the panels tabbed together one after the other), in an order that does not change
    when F6 brings a tabbed panel to the front."""
    area_order = {Qt.DockWidgetArea.LeftDockWidgetArea: 0, Qt.DockWidgetArea.TopDockWidgetArea: 1,
                  Qt.DockWidgetArea.RightDockWidgetArea: 2, Qt.DockWidgetArea.BottomDockWidgetArea: 3}
    docks = [d for d in window.findChildren(QDockWidget) if d.toggleViewAction().isChecked() and d.widget()]

    def key(d: QDockWidget):
        group = sorted([d, *window.tabifiedDockWidgets(d)], key=lambda g: g.objectName())
        shown = next((g for g in group if not g.visibleRegion().isEmpty()), group[0])
        pos = shown.geometry()
        return (area_order.get(window.dockWidgetArea(d), 4), pos.y(), pos.x(), group[0].objectName(),
                d.objectName())

    return [window.canvas, *sorted(docks, key=key)]


def cycle_docks(window, step: int) -> QWidget | None:
    """Move the focus to the next (``step`` 1) or previous (-1) stop of :func:`dock_cycle`."""
    stops = dock_cycle(window)
    focus = QApplication.focusWidget()
    here = 0
    for i, stop in enumerate(stops):
        if focus is not None and (focus is stop or stop.isAncestorOf(focus)):
            here = i
            break
    else:
        here = -1 if step > 0 else 0
    nxt = stops[(here + step) % len(stops)]
    if isinstance(nxt, QDockWidget):
        nxt.show()
        nxt.raise_()
        target = _focus_target(nxt.widget())
    else:
        target = nxt
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    window.show_message(translate("Access", "{name} panel").format(name=_plain(nxt.windowTitle()))
                        if isinstance(nxt, QDockWidget) else translate("Access", "Map canvas"))
    return nxt


# ---- visible focus --------------------------------------------------------------------------------

KEYBOARD_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                    Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.OtherFocusReason)


class FocusRing(QWidget):
    """A ring around the focused widget, shown when the focus moved by keyboard (like CSS
    ``:focus-visible``), hidden on a mouse click. Transparent to the mouse; follows the
    widget when it moves or resizes."""

    WIDTH = 2

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(translate("Access", "Focus indicator"))
        self.window_ = window
        self.target: QWidget | None = None
        self.hide()
        QApplication.instance().installEventFilter(self)
        window.destroyed.connect(self._detach)

    def _detach(self, *_args) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def colour(self) -> QColor:
        return self.palette().color(self.palette().ColorRole.Highlight)

    def follow(self, w: QWidget | None) -> None:
        if self.target is not None and self.target is not w:
            try:
                self.target.removeEventFilter(self)
            except RuntimeError:
                pass
        self.target = w
        if w is None:
            self.hide()
            return
        w.installEventFilter(self)
        self.place()

    def place(self) -> None:
        w = self.target
        try:
            if w is None or not w.isVisible():
                self.hide()
                return
            top_left = w.mapTo(self.window_, w.rect().topLeft())
        except RuntimeError:
            self.target = None
            self.hide()
            return
        pad = self.WIDTH + 1
        self.setGeometry(QRect(top_left, w.size()).adjusted(-pad, -pad, pad, pad))
        self.show()
        self.raise_()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(self.colour(), self.WIDTH))
        p.setBrush(Qt.BrushStyle.NoBrush)
        half = self.WIDTH / 2
        p.drawRoundedRect(self.rect().adjusted(half, half, -half, -half), 3, 3)
        p.end()

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        try:
            if kind == QEvent.Type.FocusIn and isinstance(obj, QWidget) and obj.window() is self.window_:
                if event.reason() in KEYBOARD_REASONS and obj is not self:
                    self.follow(obj)
                else:
                    self.follow(None)
            elif kind == QEvent.Type.MouseButtonPress and self.target is not None:
                self.follow(None)
            elif obj is self.target and kind in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show):
                self.place()
            elif obj is self.target and kind in (QEvent.Type.Hide, QEvent.Type.FocusOut):
                self.hide()
        except RuntimeError:
            pass
        return False


# ---- installing ---------------------------------------------------------------------------------

def _action(window, key: str, text: str, slot, keys, tip: str, widget: QWidget | None = None) -> QAction:
    act = QAction(text, widget or window)
    act.setShortcuts([QKeySequence(k) for k in keys])
    if widget is not None:
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    act.setStatusTip(tip)
    act.triggered.connect(lambda _c=False: slot())
    (widget or window).addAction(act)
    window.actions_[key] = act
    return act


def install(window) -> None:
    """Names, the speaking canvas, N / P, F6 / Shift+F6 and the focus ring for ``window``."""
    window.access_namer = _Namer(window)
    window.selection_announcer = SelectionAnnouncer(window)
    window.focus_ring = FocusRing(window)
    canvas = window.canvas
    nxt = _action(window, "select_next", translate("Access", "Select &next actor"), lambda: step_actor(window, 1),
                  ["N"], translate("Access", "Select the next actor by name and show it (then arrows move it, Ctrl+T "
                                             "ties it)"), canvas)
    prev = _action(window, "select_previous", translate("Access", "Select &previous actor"),
                   lambda: step_actor(window, -1), ["P"],
                   translate("Access", "Select the previous actor by name and show it"), canvas)
    f6 = _action(window, "next_panel", translate("Access", "Next &panel"), lambda: cycle_docks(window, 1), ["F6"],
                 translate("Access", "Move the keyboard focus to the next panel (the map, then each open panel)"))
    sf6 = _action(window, "previous_panel", translate("Access", "Previous pa&nel"), lambda: cycle_docks(window, -1),
                  ["Shift+F6"], translate("Access", "Move the keyboard focus to the previous panel"))
    edit = window.menus.get("edit")
    if edit is not None:
        edit.addSeparator()
        edit.addActions([nxt, prev])
    view = window.menus.get("view")
    if view is not None:
        view.addSeparator()
        view.addActions([f6, sf6])
    name_tree(window)
