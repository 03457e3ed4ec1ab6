"""The interface in Spanish and French: the whole window, plurals, dialogs, undo labels, the restart.

A window is built the way the program starts one (``MainWindow`` installs the translators of
the language setting, then every feature is added). Its menus are compared with those of an
English window item by item; its widgets are walked for any text still equal to an English
source that has a translation (a text made before the translators were installed, or under
the wrong context, would show up there).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from actormap.core.edits import RemoveItems, make_actor, make_tie
from actormap.core.model import ActorMap
from actormap.gui import i18n
from actormap.gui.language import SETTING

NB = "\u00a0"


def menu_items(menu: QMenu, path: tuple = ()) -> list[tuple[tuple, str, object]]:
    """(position path, text, action) of every entry of ``menu`` and its submenus."""
    out = []
    for i, act in enumerate(menu.actions()):
        if act.isSeparator():
            continue
        out.append(((*path, i), act.text(), act))
        if act.menu() is not None:
            out += menu_items(act.menu(), (*path, i))
    return out


def all_menu_items(window) -> list[tuple[tuple, str, object]]:
    out = []
    for i, act in enumerate(window.menuBar().actions()):
        out.append(((i,), act.text(), act))
        out += menu_items(act.menu(), (i,))
    return out


def same_words(lang: str) -> set[str]:
    """Sources whose translation is the same word ("Inspector" in Spanish, "Total", "Notes")."""
    out = set()
    for msg in ET.parse(i18n.ts_file(lang)).getroot().iter("message"):
        if msg.find("translation").text == msg.findtext("source"):
            out.add(msg.findtext("source"))
    return out


def translated_sources(lang: str) -> dict[str, set[str]]:
    """English source -> its translations, for the entries whose translation differs."""
    out: dict[str, set[str]] = {}
    for msg in ET.parse(i18n.ts_file(lang)).getroot().iter("message"):
        tr = msg.find("translation")
        forms = [f.text for f in tr.iter("numerusform")] or [tr.text]
        src = msg.findtext("source")
        if src not in forms:
            out.setdefault(src, set()).update(forms)
    return out


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_no_menu_title_or_entry_is_left_in_english(make_window, lang):
    english = {path: text for path, text, _a in all_menu_items(make_window("en", "en.ini"))}
    window = make_window(lang)
    assert i18n.current_language() == lang
    names = {act for act in window.menus["language"].actions()}
    same = same_words(lang)
    items = all_menu_items(window)
    assert len(items) == len(english) > 60
    left = []
    for path, text, act in items:
        if act.menu() is not None or path[:-1] == ():  # a menu title
            assert text != english[path], f"menu title {text!r} is English"
        elif text == english[path] and act not in names and text not in same:
            left.append(text)
    assert left == []


@pytest.mark.parametrize("lang, titles", [
    ("es", ["&Archivo", "&Editar", "&Ver", "&Mapa", "E&strategia", "Ay&uda"]),
    ("fr", ["&Fichier", "É&dition", "&Affichage", "&Carte", "&Stratégie", "A&ide"]),
    ("en", ["&File", "&Edit", "&View", "&Map", "S&trategy", "&Help"]),
])
def test_the_menu_bar_speaks_the_language_of_the_setting(make_window, lang, titles):
    window = make_window(lang)
    assert [a.text() for a in window.menuBar().actions()] == titles


TEXT_GETTERS = ("text", "toolTip", "statusTip", "placeholderText", "windowTitle", "title", "accessibleName")


def widget_texts(root: QWidget, skip: set = frozenset()) -> list[tuple[str, str]]:
    """(where, text) of every text a widget under ``root`` shows or announces."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w in skip:
            continue
        kind = type(w).__name__
        for getter in TEXT_GETTERS:
            fn = getattr(w, getter, None)
            if callable(fn) and isinstance(w, (QLabel, QAbstractButton, QLineEdit, QGroupBox)) or getter in (
                    "toolTip", "statusTip", "accessibleName", "windowTitle"):
                try:
                    value = fn() if callable(fn) else None
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    out.append((f"{kind}.{getter}", value))
        if isinstance(w, QComboBox):
            out += [(f"{kind} item", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            out += [(f"{kind} tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, (QTableWidget, QTreeWidget)):
            head = w.headerItem() if isinstance(w, QTreeWidget) else None
            if head is not None:
                out += [(f"{kind} header", head.text(i)) for i in range(head.columnCount())]
            else:
                out += [(f"{kind} header", w.horizontalHeaderItem(i).text()) for i in range(w.columnCount())
                        if w.horizontalHeaderItem(i) is not None]
    return out


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_no_widget_shows_an_english_source_text(make_window, qtbot, lang):
    window = make_window(lang)
    window.show()
    qtbot.waitExposed(window)
    window.qdoc.load(ActorMap(title="m", actors=[make_actor(name="A", id="a"), make_actor(name="B", id="b")]))
    sources = translated_sources(lang)
    texts = widget_texts(window)
    found = [(where, text) for where, text in texts if text in sources]
    assert len(texts) > 300
    assert found == []


def test_the_walk_would_see_an_untranslated_widget(make_window):
    window = make_window("es")
    stray = QLabel("Add tie", window.inspector)  # an English source with a Spanish translation
    assert ("QLabel.text", "Add tie") in widget_texts(window)
    assert "Add tie" in translated_sources("es")
    stray.deleteLater()


# ---- plurals, messages, dialogs ----------------------------------------------------------------
@pytest.mark.parametrize("lang, actors, ties, expected", [
    ("en", 1, 0, "1 actor · 0 ties"),
    ("es", 1, 0, "1 actor · 0 vínculos"),  # Spanish: only 1 is singular
    ("es", 2, 1, "2 actores · 1 vínculo"),
    ("fr", 1, 0, "1 acteur · 0 lien"),  # French: 0 and 1 are singular
    ("fr", 2, 3, "2 acteurs · 3 liens"),
])
def test_status_bar_counts_use_the_language_s_plural_rules(make_window, qtbot, lang, actors, ties, expected):
    window = make_window(lang)
    people = [make_actor(name=f"A{i}", id=f"a{i}") for i in range(actors)]
    links = [make_tie(source="a0", target="a1", id=f"t{i}") for i in range(ties)]
    window.qdoc.load(ActorMap(title="m", actors=people, ties=links))
    qtbot.waitUntil(lambda: window.counts.text() == expected)


def test_spanish_dialogs_tooltips_and_messages(make_window, qtbot):
    window = make_window("es")
    window.qdoc.load(ActorMap(title="m", actors=[make_actor(name="MS-13", id="ms"), make_actor(name="B18", id="b")]))
    dlg = window.add_tie()
    assert dlg.windowTitle() == "Añadir vínculo"
    a, b = dlg.source.currentText(), dlg.target.currentText()
    assert {a, b} == {"MS-13", "B18"}
    assert dlg.meaning.text() == f"relación cercana: respeto, confianza, parentesco (mutuo, entre {a} y {b})"
    dlg.reject()
    assert window.inspector.a_power.toolTip() == "1 (débil) a 5 (dominante); se dibuja como el tamaño del círculo"
    assert window.find_box.placeholderText() == "Buscar actor…"
    window.find_box.setText("nadie")
    window.find()
    assert window.statusBar().currentMessage() == "Ningún actor coincide con “nadie”."
    assert window.docks["inspectorDock"].windowTitle() == "Inspector"
    assert window.docks["tieTableDock"].windowTitle() == "Vínculos"
    assert window.docks["eventsDock"].windowTitle() == "Hechos"


def test_french_dialogs_tooltips_and_typography(make_window):
    from actormap.gui.passphrase_dialog import PassphraseDialog

    window = make_window("fr")
    dlg = PassphraseDialog(window, "carte.actormap", confirm=True)
    assert dlg.windowTitle() == "Chiffrer la carte"
    assert dlg.show_box.text() == "Afficher la phrase secrète"
    dlg.field.setText("court")
    assert dlg.hint.text().startswith(f"Robustesse{NB}: faible (environ ")
    assert "il faut au moins 8 caractères" in dlg.hint.text()
    assert window.actions_["save_as"].text() == "Enregistrer &sous…"
    assert window.actions_["encrypt"].statusTip() == "Chiffre cette carte par une phrase secrète (enregistrée comme " \
                                                     "fichier age)"
    assert window.analysis.status.text() == "Pas encore analysée."
    dlg.deleteLater()


def test_qt_s_own_dialog_buttons_follow_the_language(make_window):
    make_window("es")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QCoreApplication.translate("QPlatformTheme", "Discard") == "Descartar"


def test_undo_history_and_edit_errors_in_the_language(make_window, qtbot):
    window = make_window("es")
    window.qdoc.load(ActorMap(title="m", actors=[make_actor(name="X", id="x"), make_actor(name="Y", id="y")]))
    window.qdoc.push(RemoveItems(["x", "y"]))
    assert window.qdoc.undo_stack.undoText() == "Eliminar 2 actores"
    assert window.actions_["undo"].text() == "&Deshacer Eliminar 2 actores"
    said = []
    assert not window.qdoc.try_push(RemoveItems(["nadie"]), said.append)
    assert said == ["Eliminar 1 actor: no se puede eliminar: no existe el elemento nadie"]


# ---- choosing the language ------------------------------------------------------------------------
def test_choosing_a_language_shows_it_when_the_window_starts_again(make_window):
    window = make_window("")
    assert window.menus["file"].title() == "&File"  # the tests' locale is English
    window.actions_["language_fr"].trigger()
    assert window.settings.q.value(SETTING) == "fr"
    assert window.statusBar().currentMessage() == (
        "Language: Français. The user guide and reports use it now; the menus and panels change when actormap "
        "starts again.")
    assert window.menus["file"].title() == "&File"  # the open window keeps its texts
    window.settings.q.sync()
    again = make_window("fr")
    assert again.menus["file"].title() == "&Fichier"
    assert again.menus["view"].title() == "&Affichage"
    again.actions_["language_system"].trigger()
    third = make_window("")
    assert third.menus["file"].title() == "&File"


def test_the_system_locale_decides_when_no_language_is_chosen(make_window, monkeypatch):
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    window = make_window("")
    assert window.menus["file"].title() == "&Archivo"
    assert i18n.current_language() == "es"


@pytest.mark.parametrize("lang, expected", [
    ("es", ["Renombrar «MS-13» como «Mara Salvatrucha»", "Convertir Mara Salvatrucha → B18 en vínculo de conflicto",
            "Cambiar poder de «Mara Salvatrucha»", "Mover «B18»", "Eliminar «B18» y su vínculo",
            "el vínculo Mara Salvatrucha → B18 (conflicto)"]),
    ("fr", ["Renommer «\u00a0MS-13\u00a0» en «\u00a0Mara Salvatrucha\u00a0»",
            "Faire de Mara Salvatrucha → B18 un lien de conflit", "Modifier puissance de «\u00a0Mara Salvatrucha\u00a0»",
            "Déplacer «\u00a0B18\u00a0»", "Supprimer «\u00a0B18\u00a0» et son lien",
            "le lien Mara Salvatrucha → B18 (conflit)"]),
])
def test_undo_entries_name_the_actors_in_the_language(make_window, qtbot, lang, expected):
    """The undo entries the editor words itself (names, not ids) come in the window's language."""
    from actormap.core.edits import MoveActors, UpdateActor, UpdateTie
    from actormap.gui.wording import edit_label, plain_message

    window = make_window(lang)
    window.qdoc.load(ActorMap(title="m", actors=[make_actor(name="MS-13", id="ms"), make_actor(name="B18", id="b")],
                              ties=[make_tie(source="ms", target="b", id="t", kind="trust")]))
    doc, said = window.qdoc.doc, []
    for edit in (UpdateActor("ms", {"name": "Mara Salvatrucha"}), UpdateTie("t", {"kind": "conflict"}),
                 UpdateActor("ms", {"power": 4}), MoveActors({"b": (10.0, 20.0)}), RemoveItems(["b"])):
        edit.label = edit_label(doc, edit)
        tie_named = plain_message("'t'", doc)  # how an error names the tie (by its ends, not its id)
        window.qdoc.push(edit)
        said.append(window.qdoc.undo_stack.undoText())
    assert said + [tie_named] == expected


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_table_columns_show_their_whole_titles(make_window, lang):
    """Spanish and French titles are longer ("Vínculos", "Puissance"): no column cuts its own."""
    window = make_window(lang)
    for table in (window.actor_table, window.tie_table):
        header = table.view.horizontalHeader()
        model = table.view.model()
        for col in range(model.columnCount() - 1):  # the last one stretches
            title = model.headerData(col, Qt.Orientation.Horizontal)
            assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(title), (lang, title)


def test_the_inspector_says_a_refused_date_in_spanish(make_window, qtbot):
    """A model check (an actor that would end before it starts) reaches the inspector's error
    line in the window's language, naming the actor."""
    window = make_window("es")
    window.qdoc.load(ActorMap(title="m", actors=[make_actor(name="MS-13", id="ms", start="2012-03-09")]))
    window.selection.set(["ms"], [], None)
    insp = window.inspector
    insp.a_end.setFocus()
    insp.a_end.selectAll()
    qtbot.keyClicks(insp.a_end, "2011-01-01")
    qtbot.keyClick(insp.a_end, Qt.Key.Key_Return)
    assert insp.error.text() == ("Sin cambios: el actor «MS-13» termina (2011-01-01) antes de empezar "
                                 "(2012-03-09)")
    assert window.qdoc.doc.actor("ms").end is None
