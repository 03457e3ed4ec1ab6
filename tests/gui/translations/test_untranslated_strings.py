"""No English text reaches the interface without ``translate()``: a scan of the GUI's source.

Every call that puts text on screen -- a widget's text, title, tooltip, status tip,
placeholder or accessible name, a menu, a dock, a table header, a status-bar message, a
dialog, an undo label (``label=``), an error shown to the user -- is looked at; a string
literal or an f-string with words in it, outside ``translate()``/``QT_TRANSLATE_NOOP``
(or the core catalogue's ``message()``), is a text nobody can translate. The scanner is
checked on snippets of each form.

Painted texts (``drawText``: the legend, the canvas hint, the export page), menu sections,
banners and the reasons given for a fade or a highlight count as on screen too. ``EXCEPTIONS``
(modules left out of the scan) is empty: every GUI module is swept.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[3] / "src" / "actormap" / "gui"
EXCEPTIONS = ()

SINK_METHODS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "setTabText", "setTabToolTip", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addTab", "insertTab", "addItem", "addItems",
    "addAction", "addMenu", "addRow", "showMessage", "show_message", "setEmptyLabel", "setLabelText",
    "setInformativeText", "setDetailedText", "setPrefix", "setSuffix", "setSpecialValueText", "addButton", "emit",
    "getText", "getInt", "getItem", "getOpenFileName", "getSaveFileName", "getExistingDirectory", "critical",
    "warning", "information", "question", "about", "add_dock", "set_banner", "setItemText", "show_error", "confirm",
    "setItemData", "addLabel", "plot", "_action", "_panel_action", "button", "setIconText", "show_text",
    "drawText", "addSection", "set_text", "highlight", "set_highlight", "with_highlight", "set_fade", "with_fade",
    "setDescription",
}
SINK_CLASSES = {"QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu",
                "QToolButton", "QDockWidget", "QListWidgetItem", "QTreeWidgetItem", "QTableWidgetItem", "Column",
                "EditError", "ActorMapError", "ExportError", "make_plot"}
SINK_KEYWORDS = {"label", "tip", "tooltip", "title", "text", "name", "reason"}
MARKS = {"translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "message"}
WORD = re.compile(r"[A-Za-z]{3,}")


def _name(func: ast.AST) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


IDENTIFIER = re.compile(r"^[a-z][a-z0-9_-]*$|^[a-z]+(?:[A-Z][a-z0-9]*)+$")
"""A key, an object name or a field ("name", "select_next", "labelsDock", "actormap-task"): a single
lower-case token is taken for one (a one-word text for people would slip through this scan)."""
KEYS = re.compile(r"^(?:(?:Ctrl|Shift|Alt|Meta)\+)*(?:F\d{1,2}|[A-Z0-9]|Ins|Del|Esc|Tab|Space|Return)$")


def _prose(node: ast.AST) -> str | None:
    """The English of a literal or f-string with words in it (markup and {fields} aside)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
        if IDENTIFIER.match(text) or KEYS.match(text):
            return None
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    else:
        return None
    bare = re.sub(r"<[^>]+>|&\w+;|\{[^}]*\}|\bstyle='[^']*'|\bstyle=\"[^\"]*\"", " ", text)
    bare = re.sub(r"#[0-9A-Fa-f]{3,8}\b|\b(?:color|background|px|actormap)\b", " ", bare)
    return text if WORD.search(bare) else None


def _texts(node: ast.AST) -> list[ast.AST]:
    """The string nodes an argument carries (through lists, tuples, ``+``, conditionals, f-strings),
    never looking inside a marked call."""
    if isinstance(node, ast.Call):
        if _name(node.func) in MARKS:
            return []
        if _name(node.func) == "format" and isinstance(node.func, ast.Attribute):
            return _texts(node.func.value)
        return []
    if isinstance(node, (ast.Constant, ast.JoinedStr)):
        return [node]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [t for e in node.elts for t in _texts(e)]
    if isinstance(node, ast.BinOp):
        return _texts(node.left) + _texts(node.right)
    if isinstance(node, ast.IfExp):
        return _texts(node.body) + _texts(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [t for v in node.values for t in _texts(v)]
    return []


def untranslated(source: str) -> list[str]:
    """``"line: text"`` for each English text put on screen untranslated in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        receiver = _name(node.func.value) if isinstance(node.func, ast.Attribute) else ""
        if receiver in ("log", "logger", "logging", "warnings"):
            continue  # a log line for developers, not the interface
        args = []
        if name in SINK_METHODS or name in SINK_CLASSES:
            args += node.args
        args += [k.value for k in node.keywords if k.arg in SINK_KEYWORDS]
        for arg in args:
            for text in _texts(arg):
                prose = _prose(text)
                if prose is not None:
                    found.append(f"{text.lineno}: {prose!r}")
    return found


FLAGGED = {
    "a label": 'QLabel("Not analysed yet.")',
    "an action": 'QAction("&Save", self)',
    "a tooltip": 'w.setToolTip("Show the selected actor")',
    "an f-string message": 'self.show_message(f"{n} actors found.")',
    "a header list": 'table.setHorizontalHeaderLabels(["Source", "Label"])',
    "a menu": 'bar.addMenu("&File")',
    "an undo label": 'UpdateView(v.id, {}, label="Set view focus")',
    "a conditional": 'b.setText("Pause" if on else "Play")',
    "a concatenation": 'b.setText("Exported " + path)',
    "a formatted literal": 'b.setText("Exported {path}".format(path=p))',
    "an error": 'raise EditError("this map is a read-only copy")',
    "a signal": 'self.message.emit("Select the parties on the map first.")',
    "a column": 'Column("Actor", lambda r: r.name)',
    "a tip keyword": 'Column(t, f, tip="weighted mean of the parts")',
    "painted text": 'p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "made with actormap")',
    "a menu section": 'menu.addSection(f"Tie from {a} to {b}")',
    "a highlight's reason": 'self.highlight(actors, ties, f"{name} and its ties")',
    "a reason keyword": 'scene.set_fade("absent", ids, reason="not on the map at the date shown")',
    "a fade": 'e.with_fade("timeline", ids, (), "fade", "not in force on this date")',
    "an export error": 'raise ExportError(f"cannot write {name}: it is a folder")',
    "a banner": 'self.banner.set_text("SCENARIO: not the base map")',
    "a file's description": 'gen.setDescription("an actor map")',
}
PASSING = {
    "translated": 'QLabel(translate("Analysis", "Not analysed yet."))',
    "translated and formatted": 'b.setText(translate("Workshop", "Exported {file}").format(file=path))',
    "a marked lookup": 'combo.addItem(translate("Heat", label), key)',
    "the catalogue": 'label.setText(message("tie_meaning.trust"))',
    "no words": 'b.setText("◀"); s.setPrefix("K = "); QLabel("–")',
    "keys and names": 'self._action("next_panel", t, slot, "Shift+F6"); self.add_dock(w, t, "labelsDock")',
    "a log line": 'log.warning("cannot load the translation %s", qm)',
    "data": 'QTreeWidgetItem([g.name, kind]); item.setText(f"{a} → {b}")',
    "an object name": 'w.setObjectName("analysisStatus")',
    "markup around a translation": 'QLabel("<b>" + translate("C", "Blocs") + "</b>")',
    "painted symbols and words": 'p.drawText(r, f, "?"); p.drawText(r, f, translate("Legend", "Legend"))',
    "a translated reason": 'v.highlight(a, t, translate("Canvas", "{name} and its ties").format(name=n))',
}


@pytest.mark.parametrize("case", sorted(FLAGGED))
def test_the_scanner_flags(case):
    assert untranslated(FLAGGED[case]) != [], case


@pytest.mark.parametrize("case", sorted(PASSING))
def test_the_scanner_lets_pass(case):
    assert untranslated(PASSING[case]) == [], case


def test_no_untranslated_text_in_the_interface():
    modules = [p for p in sorted(GUI.rglob("*.py"))
               if not any(str(p.relative_to(GUI)).startswith(e) for e in EXCEPTIONS)]
    assert len(modules) > 60
    found = {str(p.relative_to(GUI)): hits for p in modules
             if (hits := untranslated(p.read_text(encoding="utf-8")))}
    assert found == {}
