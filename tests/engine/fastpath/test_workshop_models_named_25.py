"""Models a workshop holds that the fast path did not know (held-out sets 25 and 26 named them: "The Lupo, CF 271
HM: …" was put back to the Qubo one sound away, so the plate's own Lupo was asked about): the Roomster, Pajero,
Pathfinder, Terios, Modus, Cayenne and Vectra in either language; the Lupo, Tivoli, Thesis, Marea and Carnival are
words too (a wolf, a town, a tide), so they are the car only beside its make, its colour or its plate."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, parse_it, slot


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("The Lupo, GH 907 MN: when did it last have its brakes done?", "Lupo"),
        ("Book the Roomster in for an MOT on Friday at 10.", "Roomster"),
        ("Book an oil change for the black Pathfinder on Monday at 9.", "Pathfinder"),
        ("Cancel Thursday's service on the Lancia Thesis.", "Thesis"),
        ("When was the Modus last in for air con?", "Modus"),
        ("Book the white Tivoli for tyres tomorrow at 4.", "Tivoli"),
    ],
)
def test_an_english_request_names_the_model(text: str, model: str) -> None:
    assert slot(parse_en(text), "model") == model


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Prenota un tagliando per il Pajero grigio venerdì alle 10.", "Pajero"),
        ("La Vectra, GH 907 MN: quando ha fatto l'ultimo cambio olio?", "Vectra"),
        ("Sposta la Cayenne da lunedì a martedì alle 9.", "Cayenne"),
    ],
)
def test_an_italian_request_names_the_model(text: str, model: str) -> None:
    assert slot(parse_it(text), "model") == model


@pytest.mark.parametrize(
    "text",
    [
        "The carnival is on Friday, book the Panda GH 907 MN for tyres on Thursday at 10.",
        "Book the Panda GH 907 MN for tyres on Friday at 10, it's for the thesis student.",
    ],
)
def test_the_everyday_word_alone_names_no_car(text: str) -> None:
    assert slot(parse_en(text), "model") == "Panda", text


def test_the_tide_in_italian_names_no_car() -> None:
    assert (
        slot(parse_it("Prenota il tagliando della Panda GH 907 MN, la marea venerdì alle 10."), "model")
        == "Panda"
    )


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Move the Fiat Idea, GH 907 MN, from tomorrow to Monday at 9.", "Idea"),
        ("Book the Chevy Spark for an oil change on Thursday at 11.", "Spark"),
        ("What have we done on the Renault Master?", "Master"),
    ],
)
def test_a_model_that_is_a_word_alone_is_named_after_its_make(text: str, model: str) -> None:
    assert slot(parse_en(text), "model") == model


def test_the_word_alone_is_no_model() -> None:
    p = parse_en("I have an idea: book the Panda GH 907 MN for tyres tomorrow at 9.")
    assert slot(p, "model") == "Panda"
