"""A word of the city alphabet whisper base cut where an apostrophe elides a vowel: its opening "d" written "d'"
("Firenze d'omodosola 839", set 31's noisy copy) or its last vowel run onto the city word after it ("domodò
sol'Axeres 880", set 32): put back as the city word. New sentences in the shape the sets heard; a city word said
as written after "d'" ("d'Ancona") and a known word before an elided city are left as heard."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from engine.fastpath.plates_spoken import find_plates
from tests.engine.fastpath.italian import assert_parsed, parse_it, plates_in


def test_domodossola_opening_written_d_apostrophe() -> None:
    text = "per la Panda di Rossi, Genova d'omodosola 417 Roma Ancona, un tagliando giovedì 10 dicembre alle 9"
    assert plates_in(text) == ["GD417RA"]
    assert_parsed(parse_it(text), "book", {"plate": "GD417RA", "service": "service", "time": "09:00"})


def test_domodossola_end_run_onto_xeres() -> None:
    text = "la Clio della Bianchi, domodò sol'Axeres 562 Milano Torino, venerdì 11 dicembre alle 10"
    assert plates_in(text) == ["DX562MT"]
    assert [m.misheard for m in find_plates(heard_tokens(text))] == [False]


def test_a_city_said_whole_after_d_apostrophe_stays() -> None:
    tokens = heard_tokens("la Fiat d'Ancona, FD 839 NA, tagliando domani alle 9")
    assert tokens[2:4] == ["d", "ancona"]
    assert plates_in("la Fiat d'Ancona, FD 839 NA, tagliando domani alle 9") == ["FD839NA"]


def test_known_word_before_an_elided_city_stays() -> None:
    assert "domodossola" not in heard_tokens("è sempre sol'Ancona che chiama, la FD 839 NA")
