"""Models a workshop holds that the fast path did not know (held-out set 24 named them: "Bumped Logan service, …"
with its plate lost found no Logan to narrow the appointments to): the Logan, Getz, Antara, Laguna, Altea,
Avensis and Space Star, in either language; the Accord, the Rapid and the Adam are everyday words or a name too,
so they are the car only beside its make, its colour or its plate."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, parse_it, slot


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Move the Logan from the 9th to Thursday the 3rd at 3:30 PM.", "Logan"),
        ("Cancel Thursday's inspection for the Antara.", "Antara"),
        ("Book the Laguna for an MOT on Monday the 14th at 9:30.", "Laguna"),
        ("Book an oil change for the white Avensis on Friday at 10.", "Avensis"),
        ("When was the Getz last in for a service?", "Getz"),
        ("Book the Space Star for new tyres on Friday at 10.", "Space Star"),
    ],
)
def test_an_english_request_names_the_model(text: str, model: str) -> None:
    assert slot(parse_en(text), "model") == model


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Sposta la Logan da mercoledì 9 a giovedì 3 alle 15 e 30.", "Logan"),
        ("Annulla la revisione dell'Antara di giovedì.", "Antara"),
        ("Prenota un cambio olio per la Altea bianca venerdì alle 10.", "Altea"),
    ],
)
def test_an_italian_request_names_the_model(text: str, model: str) -> None:
    assert slot(parse_it(text), "model") == model


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Pencil the Honda Accord in for brake pads tomorrow at 5.", "Accord"),
        ("Book the green Rapid for a new battery on Saturday at 9.", "Rapid"),
        ("Book the Opel Adam for an oil change on Friday at 10.", "Adam"),
    ],
)
def test_a_model_that_is_a_word_too_is_the_car_beside_its_make_or_colour(text: str, model: str) -> None:
    assert slot(parse_en(text), "model") == model


@pytest.mark.parametrize(
    "text",
    [
        "Book it according to the diary, Friday at 10.",
        "We need a rapid answer on the Panda's tyres.",
        "Adam rang about the Panda's tyres.",
    ],
)
def test_the_everyday_word_alone_names_no_car(text: str) -> None:
    assert slot(parse_en(text), "model") in (None, "Panda"), text
