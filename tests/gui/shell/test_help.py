"""Help: the offline user guide in each language (F1 at the page of the focused panel, links that
work from the keyboard) and the keyboard shortcuts built from the window's actions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from actormap.gui.help_menu import PAGES, GuideWindow, guide_dir, page_for, shortcut_rows
from actormap.gui.language import app_language, set_language

ROOT = Path(__file__).resolve().parents[3]
LANGS = ("en", "es", "fr")


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_exists_in_every_language_and_its_links_resolve(lang):
    folder = guide_dir(lang)
    assert folder.name == lang
    for page in PAGES:
        text = (folder / f"{page}.md").read_text(encoding="utf-8")
        assert text.startswith("# ")
        for target in re.findall(r"\]\(([^)#]+\.md)\)", text):
            assert (folder / target).is_file(), (page, target)
        if page != "index":
            assert "](index.md)" in text  # every page leads back to the contents


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_translated_pages_are_not_copies_of_the_english(lang):
    for page in PAGES:
        en = (guide_dir("en") / f"{page}.md").read_text(encoding="utf-8")
        text = (guide_dir(lang) / f"{page}.md").read_text(encoding="utf-8")
        assert en.splitlines()[0] != text.splitlines()[0]
        english_lines = {line for line in en.splitlines() if len(line) > 40}
        assert not english_lines & set(text.splitlines()), page


def test_the_english_guide_holds_the_readme_usage_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = readme[readme.index("## Using the editor"):].splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| To |"))
    table = []
    for line in lines[start + 2:]:
        if not line.startswith("| "):
            break
        table.append(line)
    rows = [line.split("|")[1].strip() for line in table]
    guide = (guide_dir("en") / "editing.md").read_text(encoding="utf-8")
    assert len(rows) >= 20
    for row in rows:
        assert f"| {row} |" in guide, row


@pytest.fixture
def window(featured_window):
    return featured_window


def _guide(w) -> GuideWindow:
    return w.help.guide


def test_f1_opens_the_guide_at_the_page_of_the_focused_panel(window, qtbot):
    w = window
    w.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(w.canvas.hasFocus)
    qtbot.keyClick(w.canvas, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: w.help.guide is not None and w.help.guide.isVisible())
    assert _guide(w).current_page() == "editing"
    assert "Drawing and editing a map" in _guide(w).browser.toPlainText()
    # from a panel: its own page
    for dock, page in (("analysisDock", "analysis"), ("inspectorDock", "panels"), ("savedViewsDock", "workshop"),
                       ("filterDock", "panels"), ("conflictsDock", "files")):
        assert page_for(w.docks[dock].widget(), w) == page
    assert page_for(None, w) == "index"
    dock = w.docks["analysisDock"]
    dock.raise_()
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    focusable = [c for c in dock.widget().findChildren(QWidget)
                 if c.isVisible() and c.focusPolicy() & Qt.FocusPolicy.TabFocus]
    focusable[0].setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is focusable[0])
    qtbot.keyClick(focusable[0], Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: _guide(w).current_page() == "analysis")


def test_links_are_followed_from_the_keyboard(window, qtbot):
    guide = window.help.open_guide("notation")
    qtbot.waitUntil(guide.isVisible)
    guide.browser.setFocus()
    qtbot.waitUntil(guide.browser.hasFocus)
    qtbot.keyClick(guide.browser, Qt.Key.Key_Tab)  # the first link: back to the contents
    qtbot.keyClick(guide.browser, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: guide.current_page() == "index")
    assert guide.pages.currentItem().data(Qt.ItemDataRole.UserRole) == "index"
    guide.pages.setCurrentRow(PAGES.index("analysis"))  # the page list opens a page too
    qtbot.waitUntil(lambda: guide.current_page() == "analysis")


def test_guide_language_follows_the_locale_and_the_view_menu(window, qtbot, monkeypatch):
    w = window
    monkeypatch.setenv("LANG", "fr_SN.UTF-8")
    assert app_language(w.settings.q) == "fr"
    guide = w.help.open_guide("index")
    assert "Guide d'utilisation d'actormap" in guide.browser.toPlainText()
    w.actions_["language_es"].trigger()
    assert app_language(w.settings.q) == "es"
    guide = w.help.open_guide("index")
    assert guide.lang == "es" and "Guía de uso de actormap" in guide.browser.toPlainText()
    set_language(w.settings.q, "")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert w.help.open_guide("index").lang == "en"


def test_keyboard_shortcuts_lists_every_action_key(window, qtbot):
    w = window
    qtbot.keyClick(w, Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.help.shortcuts is not None and w.help.shortcuts.isVisible())
    table = w.help.shortcuts.table
    listed = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    expected = {("User guide", "F1"), ("Next panel", "F6"), ("Previous panel", "Shift+F6"),
                ("Select next actor", "N"), ("Select previous actor", "P"), ("Add tie", "Ctrl+T")}
    assert expected <= listed
    assert {(t, k) for t, k, _tip in shortcut_rows(w)} <= listed
    for act in w.actions_.values():
        if not act.shortcut().isEmpty():
            assert any(act.shortcut().toString() in keys for _t, keys in listed), act.text()
