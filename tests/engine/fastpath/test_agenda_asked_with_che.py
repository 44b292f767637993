"""The agenda asked with the "che" of everyday Italian ("che abbiamo lunedì in officina?", found speaking to the app):
"che" opening the question, a verb of coming or having after it and a day named within three words, is "chi"; a
participle there asks what was done, and "che" after a vehicle is the relative it is."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    ["che abbiamo lunedì in officina?", "Allora, che abbiamo domani?", "che abbiamo sabato mattina?",
     "che arriva oggi pomeriggio?", "che abbiamo in officina dopodomani?"],
)  # fmt: skip
def test_che_opening_an_agenda_question_asks_the_day(text: str) -> None:
    assert parse_it(text).intent == "day_appointments"


@pytest.mark.parametrize(
    "text",
    [
        "che abbiamo fatto lunedì alla Panda?",
        "che abbiamo cambiato sabato?",
        "la Panda che arriva domani la mettiamo dopo",
    ],
)
def test_what_was_done_and_the_relative_che_are_no_agenda(text: str) -> None:
    assert parse_it(text).intent != "day_appointments"
