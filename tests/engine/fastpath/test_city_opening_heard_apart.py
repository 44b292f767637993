"""A word of the city alphabet whose opening syllable whisper base wrote as a small word of its own over a
workshop's noise ("Empoli di Vorno 537": Livorno, its "li" heard "di"; set 27 and the main set): put back when a
city word is heard beside it. New sentences in the shape the sets heard; the same words with no city word
beside them ("la Panda di Vorno": its owner) are left as heard."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it, plates_in


def test_livorno_heard_di_vorno_between_cities_is_l() -> None:
    text = "la Punto bianca, Empoli di Vorno 482, Roma Napoli, tagliando venerdì 4 dicembre alle 9"
    assert plates_in(text) == ["EL482RN"]
    assert_parsed(parse_it(text), "book", {"plate": "EL482RN", "service": "service", "time": "09:00"})


def test_livorno_heard_di_vorno_before_a_city_is_l() -> None:
    assert plates_in("di chi è la targa Firenze Ancona 3 1 9 di Vorno Torino?") == ["FA319LT"]


def test_di_vorno_with_no_city_beside_stays_a_name() -> None:
    assert "livorno" not in heard_tokens("la Panda di Vorno, tagliando domani alle 9")
