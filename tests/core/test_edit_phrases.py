"""Undo-history names and edit errors through the message catalogue, in English, Spanish and French.

An edit that names itself keeps its catalogue phrase: ``label`` stays the English text the
program always wrote (the CLI, the file's change labels), and ``describe(lang)`` gives the
same name in the user's language. Errors made with ``EditError.coded`` keep their code and
params; ``describe_error`` renders them (``str(err)`` stays English).
"""

from __future__ import annotations

import pytest

from actormap.core.conflicts import ResolveConflict
from actormap.core.document import MapDocument
from actormap.core.edits import (
    AddItem,
    AddItems,
    AddView,
    ApplyChangeset,
    Compound,
    MoveActors,
    MoveView,
    RemoveItems,
    RemoveView,
    SetMeta,
    UpdateActor,
    UpdateTie,
    UpdateView,
    make_actor,
    make_tie,
    paste_items,
)
from actormap.core.errors import EditError
from actormap.core.messages import CATALOGUES, describe_error, fallback, phrase
from actormap.core.messages import en as en_messages
from actormap.core.model import ActorMap, Event, SavedView
from actormap.core.semantics import SEMANTICS
from actormap.core.strategy import AddTie, DropTies, RemoveActors, ToDialogue, Transform, Truce

NB = "\u00a0"
A, B, C = (make_actor(name=n, id=i) for n, i in (("MS-13", "ms"), ("Barrio 18", "b18"), ("Iglesia", "ig")))
T = make_tie(source="ms", target="b18", kind="conflict", id="t1")


def doc() -> MapDocument:
    return MapDocument(ActorMap(title="m", actors=[A, B, C], ties=[T]))


# The English each edit always had (the tests of the GUI and the CLI read these) and its translations.
CASES = [
    (AddItems([make_actor(name="Nuevo", id="n")]), "Add actor 'Nuevo'", "Añadir actor «Nuevo»",
     f"Ajouter l'acteur «{NB}Nuevo{NB}»"),
    (AddItems(ties=[make_tie(source="ms", target="ig", id="t9")]), "Add tie", "Añadir vínculo", "Ajouter un lien"),
    (AddItems([make_actor(name="x", id="x1"), make_actor(name="y", id="y1")], [make_tie(source="x1", target="y1")]),
     "Add 2 actors and 1 tie", "Añadir 2 actores y 1 vínculo", "Ajouter 2 acteurs et 1 lien"),
    (RemoveItems(["ms", "b18"]), "Delete 2 actors", "Eliminar 2 actores", "Supprimer 2 acteurs"),
    (RemoveItems(["ig"], ["t1"]), "Delete 1 actor and 1 tie", "Eliminar 1 actor y 1 vínculo",
     "Supprimer 1 acteur et 1 lien"),
    (MoveActors({"ms": (1.0, 2.0)}), "Move actor", "Mover actor", "Déplacer l'acteur"),
    (MoveActors({"ms": (1.0, 2.0), "ig": (0.0, 0.0)}), "Move 2 actors", "Mover 2 actores", "Déplacer 2 acteurs"),
    (UpdateActor("ms", {"power": 4}), "Edit actor power", "Editar actor: poder", f"Modifier l'acteur{NB}: puissance"),
    (UpdateTie("t1", {"strength": 3, "confidence": "confirmed"}), "Edit tie strength, confidence",
     "Editar vínculo: intensidad, certeza", f"Modifier le lien{NB}: intensité, certitude"),
    (SetMeta({"title": "t"}), "Edit map properties", "Editar propiedades del mapa",
     "Modifier les propriétés de la carte"),
    (AddItem("events", Event(name="Tregua", date="2012-03-08")), "Add event 'Tregua'", "Añadir hecho «Tregua»",
     f"Ajouter l'événement «{NB}Tregua{NB}»"),
    (RemoveActors(["ms"]), "Remove 1 actor", "Retirar 1 actor", "Retirer 1 acteur"),
    (ToDialogue(["t1"]), "Turn 1 tie into dialogue", "Convertir 1 vínculo en diálogo",
     "Transformer 1 lien en dialogue"),
    (Truce(["ms", "b18"]), "Sign 'Truce'", "Firmar «Truce»", f"Signer «{NB}Truce{NB}»"),
    (AddTie("ig", "ms", "dialogue"), "Add dialogue tie", "Añadir vínculo de diálogo", "Ajouter un lien de dialogue"),
    (DropTies("ms", "b18"), "Drop ties", "Cortar vínculos", "Rompre les liens"),
    (Transform("ms", {"kind": "political"}), "Transform actor (kind)", "Transformar actor (tipo)",
     "Transformer l'acteur (type)"),
]


@pytest.mark.parametrize("edit, english, spanish, french", CASES, ids=[c[1] for c in CASES])
def test_edit_names_in_three_languages(edit, english, spanish, french):
    assert edit.label == english == edit.describe() == edit.describe("en")
    assert edit.describe("es") == spanish
    assert edit.describe("fr") == french
    cs = edit.apply(doc())
    assert cs.label == english  # the changeset keeps the English (files, CLI)


def test_paste_move_views_and_conflicts_name_themselves_too():
    assert paste_items([A, B], [T]).describe("es") == "Pegar 2 actores"
    assert paste_items([A], []).describe("fr") == "Coller 1 acteur"
    view = SavedView(name="Taller", id="v1")
    assert AddView(view).describe("es") == "Añadir vista «Taller»"
    assert RemoveView("v1").describe("fr") == "Supprimer la vue"
    assert UpdateView("v1", {"name": "x"}).describe("es") == "Renombrar vista"
    assert UpdateView("v1", {"center_x": 1.0}).describe("fr") == "Modifier la vue"
    assert MoveView("v1", 0).describe("es") == "Reordenar vistas"
    assert ResolveConflict("c", "ours").describe("es") == "Resolver conflicto (nuestra versión)"
    assert ResolveConflict("c", "value").describe("en") == "Resolve conflict (typed value)"


def test_a_label_given_by_the_caller_is_shown_as_given():
    """The GUI passes its own (already translated) labels; they are never replaced."""
    edit = RemoveItems(["ms"], label="Borrar al capo")
    assert edit.describe("fr") == edit.describe("en") == "Borrar al capo"
    assert Compound([UpdateActor("ms", {"power": 5})], "Varios").describe("es") == "Varios"
    assert ApplyChangeset(RemoveItems(["ms"]).apply(doc())).describe("es") == "Delete 1 actor"  # the changeset's
    later = UpdateActor("ms", {"power": 2})
    later.label = "Changed afterwards"  # a caller that sets .label itself wins over the phrase
    assert later.describe("es") == "Changed afterwards"


ERRORS = [
    (lambda: RemoveItems(["nobody"]).apply(doc()), "cannot delete: no such item nobody",
     "no se puede eliminar: no existe el elemento nobody", f"suppression impossible{NB}: aucun élément nobody"),
    (lambda: MoveActors({"nobody": (0.0, 0.0)}).apply(doc()), "cannot move: no actor nobody",
     "no se puede mover: no existe el actor nobody", f"déplacement impossible{NB}: aucun acteur nobody"),
    (lambda: AddItems([A]).apply(doc()), "an id of the new items is already in use",
     "un identificador de los elementos nuevos ya está en uso", "un identifiant des nouveaux éléments est déjà utilisé"),
    (lambda: UpdateActor("nobody", {"power": 2}).apply(doc()), "no actor 'nobody'",
     "no existe el actor «nobody»", f"acteur «{NB}nobody{NB}» introuvable"),
    (lambda: RemoveActors([]), "choose at least one actor to remove", "elija al menos un actor para retirar",
     "choisissez au moins un acteur à retirer"),
    (lambda: Truce(["ms"]), "a truce needs at least two parties", "una tregua necesita al menos dos partes",
     "une trêve demande au moins deux parties"),
    (lambda: ToDialogue(["t1"]).apply(MapDocument(ActorMap(title="m", actors=[A, B], ties=[
        make_tie(source="ms", target="b18", kind="trust", id="t1")]))),
     "the trust tie from 'MS-13' to 'Barrio 18' is not a conflict or coercive tie",
     "el vínculo de confianza de «MS-13» a «Barrio 18» no es un vínculo de conflicto ni coercitivo",
     f"le lien de confiance de «{NB}MS-13{NB}» à «{NB}Barrio 18{NB}» n'est ni un lien de conflit ni un lien de "
     "coercition"),
    (lambda: DropTies("ig", "ms").apply(doc()), "no tie from 'Iglesia' to 'MS-13' to drop",
     "no hay ningún vínculo de «Iglesia» a «MS-13» que cortar", f"aucun lien de «{NB}Iglesia{NB}» à «{NB}MS-13{NB}» "
     "à rompre"),
]


@pytest.mark.parametrize("make, english, spanish, french", ERRORS, ids=[e[1] for e in ERRORS])
def test_edit_errors_in_three_languages(make, english, spanish, french):
    with pytest.raises(EditError) as caught:
        make()
    err = caught.value
    assert str(err) == english and err.code.startswith("edit_error.")
    assert describe_error(err, "es") == spanish
    assert describe_error(err, "fr") == french
    assert describe_error(err, "de") == english  # an unknown language falls back to English


def test_an_error_without_a_code_is_shown_as_it_is():
    assert describe_error(EditError("something odd"), "es") == "something odd"
    assert describe_error(ValueError("plain"), "fr") == "plain"


SAMPLE_PARAMS = {"collection": "agreements", "name": "Pacto", "fields": ["name", "start"], "actors": 3, "ties": 1,
                 "counts": [["actors", 1], ["events", 2]], "count": 2, "kind": "coercive", "choice": "theirs",
                 "id": "x1", "by_collection": "events", "by_id": "e1", "target_collection": "actors", "target": "a9",
                 "source": "A", "edit": "Sign 'x'"}


@pytest.mark.parametrize("key", sorted(k for k in en_messages.EDITS if k.startswith(("edit.", "edit_error."))))
def test_every_edit_phrase_renders_in_every_language(key):
    texts = {lang: phrase(key, lang, **SAMPLE_PARAMS) for lang in CATALOGUES}
    for lang, text in texts.items():
        assert text and not text.startswith(key) and text != fallback(key, SAMPLE_PARAMS), (lang, text)
    if key != "edit.fields":
        assert texts["es"] != texts["en"] and texts["fr"] != texts["en"], texts


def test_the_meaning_of_each_tie_kind_is_the_engine_s_and_is_translated():
    for kind, sem in SEMANTICS.items():
        assert phrase(f"tie_meaning.{kind.value}", "en") == sem.meaning
        for lang in ("es", "fr"):
            assert phrase(f"tie_meaning.{kind.value}", lang) != sem.meaning


def test_vocabulary_of_the_editor_follows_the_field_s_words():
    assert phrase("tie_kind.parasitic", "es") == "parasitario"
    assert phrase("tie_kind.coercive", "fr") == "coercition"
    assert phrase("agenda.political", "es") == "política"  # la agenda política
    assert phrase("kind.political", "es") == "político"  # el actor político
    assert phrase("confidence.rumoured", "fr") == "rumeur"
