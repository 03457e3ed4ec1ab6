"""Invisible bidi / zero-width characters: refused in names with a clear message, found in texts."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from actormap.core.invisible import ALWAYS, check_no_invisible, describe, invisible_chars
from actormap.core.io import MapFileError, dumps_map, loads_map
from actormap.core.model import Actor, ActorMap, Label, Tie

CONTROLS = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u200b", "\u200e", "\u200f", "\ufeff", "\u2060", "\u061c"]


@pytest.mark.parametrize("c", CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_names_refuse_each_control_character(c):
    with pytest.raises(ValidationError, match=f"invisible character U\\+{ord(c):04X}"):
        Actor(name=f"MS{c}13")
    with pytest.raises(ValidationError, match="invisible character"):
        Actor(name="MS-13", faction=f"Sur{c}eños")  # one-line texts too (faction, short names, labels)
    with pytest.raises(ValidationError, match="invisible character"):
        Label(source="US", label=f"TCO{c}")


def test_the_message_names_the_character_and_its_position():
    with pytest.raises(ValueError) as info:
        check_no_invisible("abc\u202edef\u200b")
    assert str(info.value) == ("holds the invisible character U+202E RIGHT-TO-LEFT OVERRIDE at position 4 "
                               "(and 1 more), which can disguise a name; remove it")


def test_joiners_inside_words_are_allowed_at_the_ends_refused():
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # a ZWNJ inside a Persian word
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # an emoji ZWJ sequence
    assert Actor(name=persian).name == persian and Actor(name=family).name == family
    for bad in ("\u200cabc", "abc\u200d", "ab \u200c cd", "a\u200c\u200cb"):
        with pytest.raises(ValidationError):
            Actor(name=bad)


def test_free_texts_may_hold_them_and_they_are_found():
    a = Actor(name="x", notes="paid \u202eeno\u202c 1000")
    assert invisible_chars(a.notes) == [(5, "\u202e"), (9, "\u202c")]
    assert describe("\u200b") == "U+200B ZERO WIDTH SPACE"
    assert all(invisible_chars(chr(o)) for o in ALWAYS)


def test_a_file_with_a_disguised_name_is_one_line_error():
    data = json.loads(dumps_map(ActorMap(actors=[Actor(id="a", name="A"), Actor(id="b", name="B")],
                                         ties=[Tie(source="a", target="b")])))
    data["actors"][1]["name"] = "Barrio\u200b18"
    with pytest.raises(MapFileError) as info:
        loads_map(json.dumps(data), "f.actormap")
    assert str(info.value) == ("Cannot read 'f.actormap': actors.1.name: holds the invisible character U+200B "
                               "ZERO WIDTH SPACE at position 7, which can disguise a name; remove it")
