"""Work around reference-counting bugs of PySide6 6.12.0 on Python 3.11.

In that build, wrapped ``void`` methods (``setText``, ``processEvents`` ...) return
``None`` without taking a new reference, and ``SignalInstance.emit()`` /
``.connect()`` do the same with ``True``: every call made from Python drops one
reference to the singleton. On Python 3.12+ the singletons are immortal and nothing
happens; on 3.11 the interpreter aborts ("Fatal Python error: none_dealloc" or
"bool_dealloc") after some thousands of calls, or at exit. We detect the bug with a
probe and, only if present, give ``None``, ``True`` and ``False`` a large reserve of
references (they are never freed anyway).
"""

from __future__ import annotations

import sys


def _singletons_leak() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(8):
        probe.ping.emit()
        probe.setObjectName("probe")
    return sys.getrefcount(True) < true_before or sys.getrefcount(None) < none_before


def apply() -> bool:
    """Apply the workaround if this PySide6 needs it; True when applied."""
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):  # immortal bools / debug build
        return False
    if not _singletons_leak():
        return False
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40  # ob_refcnt is the first field
    return True


APPLIED = apply()
