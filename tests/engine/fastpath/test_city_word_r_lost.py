"""A word of the Italian spelling alphabet heard over workshop noise with its "r" before a consonant unsaid
("Kursaal" as "Cossal", "Palermo" as "Palemo"): still that city's letter inside a plate spelt by cities. An
ordinary word near such a sound is no letter. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from engine.fastpath.plates_spoken import city_by_sound
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date(), unknown_ok=True)


def test_kursaal_heard_without_its_r() -> None:
    assert city_by_sound("cossal") == "K" and city_by_sound("cursal") == "K"


def test_a_plate_spelt_by_cities_with_kursaal_heard_so() -> None:
    p = _p("di chi è la Genova Cossal 412 Torino Palemo?")
    assert p.intent == "lookup_plate" and p.slots.get("plate") == "GK412TP", p


def test_ordinary_words_near_the_sound_are_no_letters() -> None:
    for word in ("casale", "costa", "corsa", "cassa", "posta"):
        assert city_by_sound(word) is None, word
