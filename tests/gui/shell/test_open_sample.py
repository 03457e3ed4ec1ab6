"""File ▸ Open sample: the shipped maps, each opened as a new untitled map that is never written back."""

from __future__ import annotations

from actormap.core.io import load_map
from actormap.samples import samples


def test_open_sample_menu_opens_an_untitled_copy(window, qtbot, fake_dialogs, tmp_path):
    menu = window.menus["samples"]
    menu.aboutToShow.emit()
    acts = [a for a in menu.actions() if a.isEnabled()]
    found = samples()
    assert len(acts) == len(found) == 4
    assert acts[0].text().startswith(found[0].title)
    assert window.menus["file"].actions().index(menu.menuAction()) == \
        window.menus["file"].actions().index(window.menus["recent"].menuAction()) + 1
    before = found[0].path.read_bytes()
    acts[0].trigger()
    qdoc = window.qdoc
    assert qdoc.path is None and not qdoc.is_dirty()
    assert len(qdoc.doc.actors) == len(load_map(found[0].path).actors)
    assert "save it under a name of your own" in window.statusBar().currentMessage()
    # saving asks for a name: the shipped file is never written
    fake_dialogs.save_path = str(tmp_path / "mine.actormap")
    window.files.save()
    assert fake_dialogs.asked("save_file_name")
    assert (tmp_path / "mine.actormap").is_file() and found[0].path.read_bytes() == before
