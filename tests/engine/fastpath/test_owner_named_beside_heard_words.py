"""The owner's name read from the raw text next to words whisper ran together: "ha chiamato" heard "accamato" (so
the caller's surname was no name and counted as an unknown word) and the surname written right before the plate
("di Amoruso GH712FR", read as one two-word name with digits and dropped). Read so, a move with one stray word is
taken as any other; the sentences below are new."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import _customer, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Senti, accamato la Brambilla per la Clio, la revisione del 9 la spostiamo a lunedì 14 alle 9",
            "Brambilla",
        ),
        ("acchiamato il Ferrari: la Panda AB 123 CD la facciamo venerdì", "Ferrari"),
        ("La Punto di Colombo AB123CD, il tagliando di giovedì me lo porti a venerdì alle 10", "Colombo"),
    ],
)
def test_the_owner_is_read_beside_the_words_whisper_ran_together(text: str, name: str) -> None:
    assert _customer(text) == name


def test_a_move_naming_its_owner_by_the_plate_is_taken() -> None:
    p = _p("Il Doblo di Colombo AB123CD, il tagliando di giovedì 5 me lo porti a mercoledì 11 alle 2 e mezza")
    assert p.intent == "move" and p.handled and p.slots["customer"] == "Colombo", p
    assert p.slots["plate"] == "AB123CD" and p.slots["date"] == "2026-03-11" and p.slots["time"] == "14:30", p


@pytest.mark.parametrize(
    "text",
    [
        "la revisione della Ferenze Torino 0 6 3 Livorno Como",  # a plate's cities: no owner
        "il tagliando della Punto Bianca",  # a model and its colour
    ],
)
def test_no_owner_is_made_of_a_plate_or_a_known_word(text: str) -> None:
    assert _customer(text) is None
