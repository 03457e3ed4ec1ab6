"""The Qt shell (PySide6). Importing it first guards against a PySide6 6.12 refcount bug."""

from . import pyside_fix  # noqa: F401
