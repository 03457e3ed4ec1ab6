"""Test-wide setup: Qt runs headless (offscreen) in every test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _fast_scrypt(monkeypatch):
    """Encrypted maps written by tests use scrypt work 2^10, not 2^18 (a second each).

    The format and every other step are unchanged; ``test_store_age.py`` checks the
    real default once, with the age tool.
    """
    from actormap.core.io import age

    monkeypatch.setattr(age, "WORK_FACTOR", 10)


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch):
    """The program's language follows the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): tests run
    in a neutral one (English), whatever the machine's; a test of another language sets it."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def _delete_closed_widgets():
    """Widgets pytest-qt closed at the end of a test are deleted then, not at the end of the
    session: a window left alive keeps its application-wide event filters (accessibility
    names, focus ring) and every later test pays for them, more with each window."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
