"""The model's refusals (an empty name, an interval that holds no day) said in the user's
language: the English text stays the same; es and fr come from the catalogue."""

from __future__ import annotations

import pytest

from actormap.core.document import MapDocument
from actormap.core.edits import UpdateActor, UpdateTie, make_actor, make_tie
from actormap.core.errors import EditError
from actormap.core.messages import describe_error
from actormap.core.model import ActorMap

NB = "\u00a0"


def _refusal(edit) -> EditError:
    doc = MapDocument(ActorMap(actors=[make_actor(id="ms", name="MS-13", start="2012-03-09"),
                                       make_actor(id="b", name="B18")],
                               ties=[make_tie(id="t1", source="ms", target="b", start="2012-03-09")]))
    with pytest.raises(EditError) as caught:
        edit.apply(doc)
    return caught.value


@pytest.mark.parametrize("edit, en, es, fr", [
    (UpdateActor("ms", {"end": "2011-01-01"}),
     "actor 'MS-13' ends (2011-01-01) before it starts (2012-03-09)",
     "el actor «MS-13» termina (2011-01-01) antes de empezar (2012-03-09)",
     f"l'acteur «{NB}MS-13{NB}» se termine (2011-01-01) avant de commencer (2012-03-09)"),
    (UpdateTie("t1", {"end": "2012-03-09"}),
     "tie t1 ends on the day it starts (2012-03-09), so it is on the map on no day",
     "el vínculo t1 termina el mismo día en que empieza (2012-03-09): no estaría en el mapa ningún día",
     f"le lien t1 se termine le jour même où il commence (2012-03-09){NB}: il ne serait sur la carte aucun jour"),
    (UpdateActor("b", {"name": ""}), "name: cannot be empty", "nombre: no puede estar vacío",
     "nom: ne peut pas être vide"),
    (UpdateActor("b", {"power": 9}), "power: must be at most 5", "poder: debe ser como máximo 5",
     "puissance: doit valoir au plus 5"),
])
def test_a_refused_value_is_said_in_each_language(edit, en, es, fr):
    err = _refusal(edit)
    assert str(err).startswith(en) and describe_error(err, "en") == str(err)  # English as before
    assert describe_error(err, "es").startswith(es)
    assert describe_error(err, "fr").startswith(fr)


def test_an_event_ending_before_its_date_is_said_in_each_language():
    from actormap.core.edits import UpdateItem
    from actormap.core.model import Event

    doc = MapDocument(ActorMap(events=[Event(id="e1", name="Truce signed", date="2012-03-09")]))
    with pytest.raises(EditError) as caught:
        UpdateItem("events", "e1", {"end": "2012-01-01"}).apply(doc)
    err = caught.value
    assert "event 'Truce signed' ends (2012-01-01) before it starts (2012-03-09)" in str(err)
    assert "el hecho «Truce signed» termina (2012-01-01) antes de empezar (2012-03-09)" in describe_error(err, "es")
    assert f"l'événement «{NB}Truce signed{NB}» se termine (2012-01-01)" in describe_error(err, "fr")


def test_a_map_file_with_a_bad_value_is_refused_in_each_language(tmp_path):
    """A file error names the file and says the model's refusal in the asked language; the
    English (``str``) is what it always was."""
    import json

    from actormap.core.io import MapFileError, load_map, save_map

    path = tmp_path / "m.actormap"
    save_map(ActorMap(actors=[make_actor(id="a", name="A")]), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["actors"][0]["power"] = 9
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MapFileError) as caught:
        load_map(path)
    err = caught.value
    assert str(err) == f"Cannot read '{path}': actors.0.power: must be at most 5"
    assert describe_error(err, "es") == f"No se puede leer '{path}': actors.0.power: debe ser como máximo 5"
    assert describe_error(err, "fr") == f"Impossible de lire '{path}': actors.0.power: doit valoir au plus 5"


def test_the_command_line_says_a_bad_file_in_the_asked_language(tmp_path, capsys):
    import json

    from actormap.cli import main
    from actormap.core.io import save_map

    path = tmp_path / "m.actormap"
    save_map(ActorMap(actors=[make_actor(id="a", name="A")]), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["actors"][0]["name"] = ""
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["analyze", str(path), "--lang", "es"]) == 2
    assert capsys.readouterr().err == f"actormap: No se puede leer '{path}': actors.0.name: no puede estar vacío\n"
