"""Compiled translations: built from the .ts on first use into a cache, or shipped by a bundle.

The ``.qm`` files are not in the repository. :func:`actormap.gui.i18n.qm_file` takes the one a
bundle ships beside the ``.ts`` (or alone), else builds one with PySide6's lrelease into the
cache under the digest of the ``.ts`` (rebuilt when the ``.ts`` changes, never rebuilt
otherwise). Without lrelease and without a shipped file the interface stays in English.
"""

from __future__ import annotations

import logging
import os
import shutil

import pytest
from PySide6.QtCore import QCoreApplication

from actormap.gui import i18n


@pytest.fixture
def sources(tmp_path, monkeypatch):
    """A copy of the .ts files the loader reads instead of the package's."""
    folder = tmp_path / "i18n"
    shutil.copytree(i18n.I18N_DIR, folder, ignore=shutil.ignore_patterns("*.qm"))
    monkeypatch.setattr(i18n, "I18N_DIR", folder)
    return folder


def test_a_translation_is_built_once_into_the_cache(sources, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    built = i18n.qm_file("es", cache)
    assert built.parent == cache and built.name.startswith("actormap_es-") and built.suffix == ".qm"
    stamp = built.stat().st_mtime_ns

    def no_build(*_a):
        raise AssertionError("built again")

    monkeypatch.setattr(i18n, "_build", no_build)
    assert i18n.qm_file("es", cache) == built and built.stat().st_mtime_ns == stamp
    if os.name == "posix":
        assert oct(cache.stat().st_mode & 0o777) == "0o700"  # a private folder, made by the store


def test_a_changed_ts_gives_a_new_build(sources, tmp_path):
    cache = tmp_path / "cache"
    first = i18n.qm_file("fr", cache)
    ts = sources / "actormap_fr.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace("&amp;Fichier", "&amp;Fichiers"), encoding="utf-8")
    second = i18n.qm_file("fr", cache)
    assert second != first and second.is_file()


def test_the_built_file_translates(sources, tmp_path):
    i18n.install("es", cache_dir=tmp_path / "cache")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    assert i18n.translate("MainWindow", "%n actor(s)", "", i18n.COUNT, 3) == "3 actores"
    i18n.install("fr", cache_dir=tmp_path / "cache")  # the Spanish translators are removed
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    i18n.install("en", cache_dir=tmp_path / "cache")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert i18n.translate("MainWindow", "%n actor(s)", "", i18n.COUNT, 1) == "1 actor"


def test_a_bundle_s_shipped_file_is_used_without_lrelease(sources, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    built = i18n.qm_file("es", cache)
    shipped = sources / "actormap_es.qm"
    shutil.copy(built, shipped)
    (sources / "actormap_es.ts").unlink()  # a bundle ships the .qm only
    monkeypatch.setattr(i18n, "lrelease_program", lambda: None)
    assert i18n.qm_file("es", tmp_path / "other") == shipped
    assert not (tmp_path / "other").exists()


def test_a_shipped_file_older_than_its_ts_is_not_used(sources, tmp_path):
    shipped = sources / "actormap_fr.qm"
    shutil.copy(i18n.qm_file("fr", tmp_path / "cache"), shipped)
    os.utime(shipped, (1, 1))  # older than the .ts
    assert i18n.qm_file("fr", tmp_path / "cache") != shipped
    os.utime(shipped, None)  # newer: a build of this very .ts
    assert i18n.qm_file("fr", tmp_path / "cache") == shipped


def test_without_lrelease_and_without_a_qm_the_interface_stays_english(sources, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(i18n, "lrelease_program", lambda: None)
    assert i18n.qm_file("es", tmp_path / "cache") is None
    with caplog.at_level(logging.WARNING, logger="actormap.gui.i18n"):
        loaded = i18n.install("es", cache_dir=tmp_path / "cache")
    assert all("actormap" not in p.name for p in loaded)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert i18n.current_language() == "es"  # the core catalogue still speaks Spanish
    assert any("stay in English" in r.getMessage() for r in caplog.records)


def test_a_plural_text_must_be_given_its_count_the_way_lupdate_reads_it():
    with pytest.raises(TypeError):
        i18n.translate("MainWindow", "%n actor(s)", "", 3)
    assert i18n.translate("Nowhere", "plain") == "plain"
