"""The core never imports Qt or pyqtgraph: checked by running it with them blocked, and statically."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).parent.parent.parent / "src" / "actormap" / "core"

BLOCKED_RUN = r"""
import importlib, importlib.abc, pkgutil, sys

BLOCKED = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6", "PySide2", "qtpy")

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"blocked in the core: {name}")
        return None

sys.meta_path.insert(0, Block())
try:
    import PySide6  # noqa: F401
except ImportError:
    pass
else:
    raise SystemExit("the blocker does not work")

import actormap.core
names = ["actormap.core"]
def failed(name):
    raise SystemExit(f"cannot import {name}")

for info in pkgutil.walk_packages(actormap.core.__path__, "actormap.core.", onerror=failed):
    importlib.import_module(info.name)
    names.append(info.name)
leaked = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
if leaked:
    raise SystemExit(f"Qt modules loaded: {leaked}")
print(len(names))
print("\n".join(names))
"""


def test_core_imports_with_qt_and_pyqtgraph_blocked():
    out = subprocess.run([sys.executable, "-c", BLOCKED_RUN], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    count, *names = out.stdout.split()
    expected = {"actormap.core"}
    for p in CORE.rglob("*.py"):
        parts = p.relative_to(CORE).with_suffix("").parts
        expected.add(".".join(("actormap", "core", *parts[:-1], *([] if parts[-1] == "__init__" else parts[-1:]))))
    assert int(count) == len(names)
    assert set(names) == expected


QT_MODULE = re.compile(r"^(PySide\d|PyQt\d|shiboken\d|pyqtgraph|qtpy)(\.|$)")
QT_NAME = re.compile(r"^(Qt\w*|Q[A-Z][a-z]\w*|pg)$")


def qt_uses(source: str) -> list[str]:
    """Qt/pyqtgraph imports (plain, ``from``, ``import_module``, ``__import__``) and Qt class names in code.

    Docstrings and comments may name Qt (e.g. "never imports Qt"); code may not.
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if QT_MODULE.match(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.module and QT_MODULE.match(node.module):
            found.append(node.module)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            arg = node.args[0].value
            if func in ("import_module", "__import__") and isinstance(arg, str) and QT_MODULE.match(arg):
                found.append(arg)
        elif isinstance(node, ast.Name) and QT_NAME.match(node.id):
            found.append(node.id)
        elif isinstance(node, ast.Attribute) and QT_NAME.match(node.attr):
            found.append(node.attr)
    return found


def test_no_core_file_imports_qt():
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 10
    offenders = {str(p.relative_to(CORE)): qt_uses(p.read_text(encoding="utf-8")) for p in files}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_static_check_would_catch_an_import():
    assert qt_uses("from PySide6.QtCore import QObject") == ["PySide6.QtCore"]
    assert qt_uses("def f():\n    import pyqtgraph as pg\n") == ["pyqtgraph"]
    assert qt_uses("import importlib\nimportlib.import_module('PySide6.QtWidgets')") == ["PySide6.QtWidgets"]
    assert qt_uses("m = __import__('PyQt5')") == ["PyQt5"]
    assert qt_uses("x = widgets.QWidget()") == ["QWidget"]
    assert qt_uses('"""Never imports Qt or pyqtgraph."""\nimport networkx as nx\nQ = 1') == []
