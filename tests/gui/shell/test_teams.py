"""Team features in the window: Compare with… (overlay + differences), Merge conflicts dock,
author name and provenance, imports of other tools' files with the kind-mapping question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from shell_maps import small_map, write_map

from actormap.core.document import MapDocument
from actormap.core.edits import AddItems, RemoveItems, UpdateActor, make_actor, make_tie
from actormap.core.io import save_map
from actormap.core.io.kinds import KindMap, UnknownKindsError
from actormap.core.merge import merge3
from actormap.core.model import ActorKind, TieKind
from actormap.gui import author as author_mod
from actormap.gui import compare, conflicts_panel, imports
from actormap.gui.teams import ask_author_once, install


@pytest.fixture
def teams_window(window):
    install(window)
    return window


def edited(amap, *edits, author=""):
    doc = MapDocument(amap)
    doc.author = author
    for e in edits:
        e.apply(doc)
    return doc.snapshot()


def teammates_copy():
    """The small map as a teammate changed it: one actor added, one changed, one moved, one removed."""
    return edited(small_map(),
                  AddItems([make_actor(id="d-police", name="Police", kind=ActorKind.STATE_AGENT, x=300, y=150)],
                           [make_tie(id="t-new", source="d-police", target="a-ms13", kind=TieKind.COERCIVE)]),
                  UpdateActor("a-ms13", {"power": 5}),
                  UpdateActor("b-b18", {"x": 260.0}),
                  RemoveItems(["c-church"]), author="Ben")


# ---- compare -----------------------------------------------------------------------------------
def test_compare_with_opens_a_read_only_copy_and_marks_the_differences(teams_window, tmp_path, qtbot, monkeypatch):
    w = teams_window
    base_path, other = tmp_path / "base.actormap", tmp_path / "ben.actormap"
    write_map(base_path, small_map())
    save_map(teammates_copy(), other)
    w.files.load_path(str(base_path))
    base = w.qdoc
    monkeypatch.setattr(compare, "compare_file_name", lambda *_a: str(other))
    w.actions_["compare"].trigger()
    copy = w.qdoc
    assert isinstance(copy, compare.ReadOnlyDocument) and copy is not base
    assert w.workspace.role(copy) == "copy" and w.workspace.base_of(copy) is base
    layer = w.teams.compare.layer
    assert layer.marks == {"d-police": "added", "t-new": "added", "a-ms13": "changed", "b-b18": "moved",
                           "c-church": "removed", "t-dialogue": "removed"}
    scene = w.canvas.map_scene
    assert not scene.is_faded("d-police") and not scene.is_faded("a-ms13")
    assert scene.is_faded("t-conflict"), "unchanged ties fade"
    lines = w.teams.differences.lines()
    assert "  ~ MS-13: power 4 -> 5 (by Ben)" in lines
    assert "  - Catholic Church" in lines and "  + Police -> MS-13 (coercive) (by Ben)" in lines
    assert w.docks["differencesDock"].isVisible()

    # the copy cannot be edited: the edit is refused with the reason
    messages = []
    assert not copy.try_push(UpdateActor("d-police", {"power": 1}), messages.append)
    assert "read-only copy" in messages[0] and copy.doc.actor("d-police").power == 3

    # clicking a line selects the item on the canvas
    lst = w.teams.differences.list
    row = next(i for i in range(lst.count()) if lst.item(i).text().startswith("  + Police ->"))
    lst.scrollToItem(lst.item(row))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(lst.item(row)).center())
    assert w.selection.tie_ids == ["t-new"]

    # another tab: no marks, nothing faded; back: the marks follow edits of the base map
    w.workspace.activate(base)
    assert layer.marks == {} and not scene.is_faded("t-conflict") and layer.items == []
    base.push(UpdateActor("a-ms13", {"power": 5}))
    w.workspace.activate(copy)
    assert "a-ms13" not in layer.marks and scene.is_faded("a-ms13")
    base.push(UpdateActor("b-b18", {"notes": "changed meanwhile"}))  # while the copy is shown
    assert layer.marks["b-b18"] == "changed"


def test_compare_asks_how_to_read_unknown_kinds_and_a_cancel_opens_nothing(teams_window, tmp_path, monkeypatch):
    w = teams_window
    other = tmp_path / "other.csv"
    other.write_text("source,target,relation\nMS-13,Barrio 18,war\n", encoding="utf-8")
    asked = []
    monkeypatch.setattr(imports, "ask_kind_mapping", lambda _p, err: asked.append(err) or None)
    assert w.teams.compare.compare_with(str(other)) is None
    assert len(w.workspace.documents) == 1 and asked[0].ties == {"war": 1}
    monkeypatch.setattr(imports, "ask_kind_mapping", lambda _p, err: KindMap.parse(["war=conflict"]))
    copy = w.teams.compare.compare_with(str(other))
    assert [t.kind for t in copy.doc.ties.values()] == [TieKind.CONFLICT]


# ---- merge conflicts -----------------------------------------------------------------------------
def conflicted_file(tmp_path):
    base = small_map()
    ours = edited(base, UpdateActor("a-ms13", {"power": 5}), author="Ana")
    theirs = edited(base, UpdateActor("a-ms13", {"power": 1}),
                    AddItems(ties=[make_tie(id="t-x", source="c-church", target="b-b18", kind=TieKind.TRUST)]),
                    author="Ben")
    ours = edited(ours, RemoveItems(["c-church"]), author="Ana")
    merged, conflicts = merge3(base, ours, theirs)
    assert len(conflicts) == 2
    path = tmp_path / "merged.actormap"
    save_map(merged, path)
    return path


def test_the_conflicts_dock_lists_by_name_and_settles_with_undo(teams_window, tmp_path, qtbot):
    w = teams_window
    w.files.load_path(str(conflicted_file(tmp_path)))
    dock, panel = w.docks["conflictsDock"], w.teams.conflicts
    assert dock.isVisible()
    table = panel.table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert ["actor 'MS-13': power", "5 (Ana)", "1 (Ben)"] in rows
    assert ["actor 'Catholic Church'", "deleted", "kept"] in rows
    power_row = next(r for r, row in enumerate(rows) if row[0].endswith("power"))
    table.selectRow(power_row)
    qtbot.mouseClick(panel.theirs, Qt.MouseButton.LeftButton)
    assert w.qdoc.doc.actor("a-ms13").power == 1 and table.rowCount() == 1
    w.actions_["undo"].trigger()
    assert w.qdoc.doc.actor("a-ms13").power == 5 and table.rowCount() == 2
    # the other: keep the actor deleted -> it goes, with the tie only Ben added to it
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "actor 'Catholic Church'")
    table.selectRow(row)
    qtbot.mouseClick(panel.ours, Qt.MouseButton.LeftButton)
    assert "c-church" not in w.qdoc.doc.actors and "t-x" not in w.qdoc.doc.ties


def test_edit_settles_a_conflict_with_a_typed_value(teams_window, tmp_path, qtbot, monkeypatch):
    w = teams_window
    w.files.load_path(str(conflicted_file(tmp_path)))
    panel = w.teams.conflicts
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text().endswith("power"))
    panel.table.selectRow(row)
    monkeypatch.setattr(conflicts_panel, "ask_conflict_value", lambda _p, subject, current: (True, 3))
    qtbot.mouseClick(panel.edit, Qt.MouseButton.LeftButton)
    assert w.qdoc.doc.actor("a-ms13").power == 3
    panel.table.selectRow(0)
    monkeypatch.setattr(conflicts_panel, "ask_conflict_value", lambda *_a: (True, "not a number"))
    messages = []
    panel.message.connect(messages.append)
    qtbot.mouseClick(panel.edit, Qt.MouseButton.LeftButton)
    assert messages and panel.table.rowCount() == 1


def test_conflict_values_typed_as_json_or_text():
    assert conflicts_panel.parse_value("3") == 3
    assert conflicts_panel.parse_value('["a", "b"]') == ["a", "b"]
    assert conflicts_panel.parse_value("MS-13 clique") == "MS-13 clique"


def test_a_file_with_git_conflict_markers_says_so(teams_window, tmp_path, fake_dialogs):
    path = tmp_path / "m.actormap"
    text = write_map(path, small_map()).decode()
    lines = text.splitlines(keepends=True)
    path.write_text("".join(lines[:3]) + "<<<<<<< HEAD\n" + lines[3] + "=======\n" + lines[3] + ">>>>>>> b\n"
                    + "".join(lines[4:]), encoding="utf-8")
    assert not teams_window.files.load_path(str(path))
    (_title, message), = fake_dialogs.asked("show_error")
    assert "git conflict markers" in message and "actormap merge" in message


# ---- author and provenance ---------------------------------------------------------------------
def test_the_author_is_asked_once_and_stamped_on_edits_and_shown(teams_window, monkeypatch):
    w = teams_window
    asked = []
    monkeypatch.setattr(author_mod, "ask_author_name", lambda _p, current: asked.append(current) or "Ana")
    ask_author_once(w)
    ask_author_once(w)
    assert asked == [""] and w.teams.author.name == "Ana"
    assert w.qdoc.doc.author == "Ana"
    aid = w.add_actor()
    prov = w.qdoc.doc.actor(aid).provenance
    assert prov.created_by == "Ana" and prov.created_at is not None
    assert w.inspector.a_provenance.text().startswith("Added by Ana on ")
    w.files.new()
    w.files.new()  # (an untouched Untitled map is reused)
    w.qdoc.push(AddItems([make_actor(id="x", name="X")]))
    assert w.qdoc.doc.actor("x").provenance.created_by == "Ana"


def test_declining_the_name_records_nothing_and_is_not_asked_again(teams_window, monkeypatch):
    w = teams_window
    asked = []
    monkeypatch.setattr(author_mod, "ask_author_name", lambda *_a: asked.append(1))
    ask_author_once(w)
    ask_author_once(w)
    assert asked == [1] and w.teams.author.name == ""
    aid = w.add_actor()
    assert w.qdoc.doc.actor(aid).provenance is None
    assert not w.inspector.a_provenance.isVisible()
    monkeypatch.setattr(author_mod, "ask_author_name", lambda *_a: "Ben")
    w.actions_["author_name"].trigger()
    w.qdoc.push(UpdateActor(aid, {"power": 1}))
    assert w.qdoc.doc.actor(aid).provenance.changed_by == "Ben"


# ---- other tools' files: open, import, drop --------------------------------------------------------
GEXF = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<nodes><node id="a" label="Sinaloa"/><node id="b" label="CJNG"/></nodes>
<edges><edge id="e" source="a" target="b" label="turf war"/></edges></graph></gexf>"""


def test_opening_a_gexf_imports_it_after_asking_for_the_unknown_kind(teams_window, tmp_path, fake_dialogs,
                                                                     monkeypatch):
    w = teams_window
    p = tmp_path / "cartels.gexf"
    p.write_text(GEXF, encoding="utf-8")
    seen = []

    def answer(_parent, err):
        seen.append((err.ties, err.actors))
        return KindMap(ties={"turf_war": TieKind.CONFLICT})

    monkeypatch.setattr(imports, "ask_kind_mapping", answer)
    fake_dialogs.open_path = str(p)
    assert w.files.open()
    assert seen == [({"turf war": 1}, {})]
    assert w.files.path is None and w.isWindowModified(), "an import is a new, unsaved map"
    assert [t.kind for t in w.qdoc.doc.ties.values()] == [TieKind.CONFLICT]
    assert {a.name for a in w.qdoc.doc.actors.values()} == {"Sinaloa", "CJNG"}


def test_dropping_an_excel_file_imports_it(teams_window, tmp_path, qtbot):
    from actormap.core.io.convert import write_any

    w = teams_window
    p = tmp_path / "kumu.xlsx"
    write_any(small_map(), p)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p))])
    pos = QPointF(w.rect().center())
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, drop)
    qtbot.waitUntil(lambda: len(w.qdoc.doc.actors) == 3)
    assert w.files.path is None and w.qdoc.doc.snapshot().actors == small_map().actors


def test_exporting_gexf_says_what_it_leaves_out(teams_window, tmp_path, fake_dialogs):
    from actormap.core.edits import AddView
    from actormap.core.model import SavedView

    w = teams_window
    w.qdoc.load(small_map())
    w.qdoc.push(AddView(SavedView(name="Gangs")))
    messages = []
    w.files.message.connect(messages.append)
    fake_dialogs.export_path = str(tmp_path / "m.gexf")
    w.actions_["export_data"].trigger()
    assert len(load_map_gexf(tmp_path / "m.gexf").actors) == 3
    assert messages[-1] == "Exported m.gexf; the format cannot hold 1 saved view"


def load_map_gexf(path):
    from actormap.core.io.convert import read_any

    return read_any(path)


def test_the_kind_mapping_dialog_reads_the_choices(qtbot):
    err = UnknownKindsError("x.csv", {"funds": 2}, {"NGO": 1}, 3)
    dlg = imports.KindMappingDialog(err)
    qtbot.addWidget(dlg)
    dlg.tie_combos["funds"].setCurrentIndex(dlg.tie_combos["funds"].findData("symbiotic"))
    dlg.actor_combos["NGO"].setCurrentIndex(dlg.actor_combos["NGO"].findData("civil_society"))
    dlg.missing_combo.setCurrentIndex(dlg.missing_combo.findData("dialogue"))
    assert dlg.kind_map() == KindMap(ties={"funds": TieKind.SYMBIOTIC}, actors={"ngo": ActorKind.CIVIL_SOCIETY},
                                     default_tie=TieKind.DIALOGUE)
