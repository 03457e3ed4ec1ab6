"""Only ``core/io/store.py`` writes files: a scan of the source for every way Python and Qt write.

The scan reads each module's syntax tree (nothing is imported). It flags: importing
``tempfile`` or ``shutil``; ``os`` calls that create, rename or replace files or folders;
``open(...)`` (builtin, ``io``, ``codecs``, ``os.fdopen`` or a ``Path``) with a writing mode;
``Path`` writers (``write_text``, ``write_bytes``, ``touch``, ``mkdir``, ``chmod``, links);
Qt's file writers (``QSaveFile``, ``QFile``, ``QTemporaryFile``, ``QLockFile``,
``QImageWriter``, ``setFileName``, ``setOutputFileName``) and a Qt ``save(...)`` /
``QPdfWriter(...)`` aimed at anything but an in-memory buffer. Calls on a store object
(a receiver whose name contains ``store``) are what everyone else must use, so they pass.
The scanner is itself checked on snippets of each forbidden form.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).parent.parent.parent / "src" / "actormap"
STORE = SRC / "core" / "io" / "store.py"

OS_WRITERS = {"replace", "rename", "renames", "open", "fdopen", "mkdir", "makedirs", "link", "symlink",
              "chmod", "truncate", "mkfifo", "mknod", "write"}
PATH_WRITERS = {"write_text", "write_bytes", "touch", "mkdir", "chmod", "symlink_to", "hardlink_to",
                "link_to"}
QT_WRITERS = {"QSaveFile", "QFile", "QTemporaryFile", "QTemporaryDir", "QLockFile", "QImageWriter",
              "setFileName", "setOutputFileName"}
WRITING_MODE = set("wax+")


def _name(node: ast.AST) -> str:
    """Dotted source text of a name or attribute chain (``self.store.write_bytes``)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    if isinstance(node, ast.Call):
        return _name(node.func) + "()"
    if isinstance(node, ast.BoolOp):  # (store or MapStore()).write_bytes
        return "(" + " or ".join(_name(v) for v in node.values) + ")"
    return "?"


def _mode(call: ast.Call, position: int) -> str | None:
    for kw in call.keywords:
        if kw.arg == "mode" and isinstance(kw.value, ast.Constant):
            return str(kw.value.value)
    if len(call.args) > position and isinstance(call.args[position], ast.Constant):
        return str(call.args[position].value)
    return None


def _to_buffer(call: ast.Call) -> bool:
    first = call.args[0] if call.args else None
    return isinstance(first, ast.Name) and "buf" in first.id.lower()


def violations(source: str) -> list[str]:
    """Every file-writing construct in ``source`` (``"line: what"``)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Import | ast.ImportFrom):
            mods = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [f"{line}: imports {m}" for m in mods if m.split(".")[0] in ("tempfile", "shutil")]
            if isinstance(node, ast.ImportFrom) and node.module == "os":
                found += [f"{line}: imports os.{a.name}" for a in node.names if a.name in OS_WRITERS]
        if isinstance(node, ast.Name | ast.Attribute):
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name in QT_WRITERS:
                found.append(f"{line}: uses {name}")
        if not isinstance(node, ast.Call):
            continue
        func = _name(node.func)
        head, _, attr = func.rpartition(".")
        if "store" in head.lower():
            continue
        if func in ("open", "io.open", "codecs.open"):
            mode = _mode(node, 1)
            if mode is not None and WRITING_MODE & set(mode):
                found.append(f"{line}: {func}(..., {mode!r})")
        elif head == "os" and attr in OS_WRITERS:
            found.append(f"{line}: {func}()")
        elif attr == "open" and head:
            mode = _mode(node, 0)
            if mode is not None and WRITING_MODE & set(mode):
                found.append(f"{line}: {func}({mode!r})")
        elif attr in PATH_WRITERS and head:
            found.append(f"{line}: {func}()")
        elif attr == "save" and node.args and not _to_buffer(node):
            found.append(f"{line}: {func}(...) to a file")
        elif func == "QPdfWriter" and not _to_buffer(node):
            found.append(f"{line}: QPdfWriter(...) to a file")
    return found


FORBIDDEN = {
    "open for writing": "open(p, 'w')",
    "open with mode keyword": "open(p, mode='ab')",
    "io.open": "io.open(p, 'x')",
    "path open": "Path(p).open('w', encoding='utf-8')",
    "os.replace": "os.replace(a, b)",
    "os.rename": "os.rename(a, b)",
    "os.open": "os.open(p, os.O_WRONLY)",
    "os.makedirs": "os.makedirs(p, exist_ok=True)",
    "from os import replace": "from os import replace",
    "tempfile": "import tempfile",
    "from tempfile": "from tempfile import mkstemp",
    "shutil": "import shutil",
    "write_text": "p.write_text('x')",
    "write_bytes": "Path(p).write_bytes(b'x')",
    "write_bytes on an expression": "(a or b).write_bytes(b'x')",
    "mkdir": "self.dir.mkdir(parents=True)",
    "touch": "p.touch()",
    "QSaveFile": "f = QSaveFile(p)",
    "QFile": "QtCore.QFile(p)",
    "QImage.save": "img.save(path, 'PNG')",
    "QPdfWriter to a file": "QPdfWriter('out.pdf')",
    "setOutputFileName": "printer.setOutputFileName(p)",
}
ALLOWED = {
    "reading": "open(p, 'rb'); open(p); Path(p).read_text(); p.open('r')",
    "the store": "self.store.write_bytes(p, b); MapStore().write(p, m); (store or MapStore()).write_bytes(p, b)",
    "a buffer": "img.save(buf, 'PNG'); QPdfWriter(buf)",
    "painter state": "painter.save(); painter.restore()",
    "a dialog": "dlg.open()",
    "string replace": "text.replace('a', 'b')",
}


@pytest.mark.parametrize("case", sorted(FORBIDDEN))
def test_the_scanner_flags_every_way_of_writing(case):
    assert violations(FORBIDDEN[case]), case


@pytest.mark.parametrize("case", sorted(ALLOWED))
def test_the_scanner_lets_reading_and_the_store_pass(case):
    assert violations(ALLOWED[case]) == []


def test_no_module_but_the_store_writes_files():
    modules = sorted(SRC.rglob("*.py"))
    assert STORE in modules and len(modules) > 50
    found = {
        str(p.relative_to(SRC)): v
        for p in modules
        if p != STORE and (v := violations(p.read_text(encoding="utf-8")))
    }
    assert found == {}, "write files through actormap.core.io.MapStore instead"


def test_the_store_itself_is_seen_writing():
    """The scan would notice writes: the one module allowed to write does."""
    assert len(violations(STORE.read_text(encoding="utf-8"))) >= 5
