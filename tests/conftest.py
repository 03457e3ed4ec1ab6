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
