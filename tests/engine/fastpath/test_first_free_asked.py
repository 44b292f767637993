"""A first free slot asked about, with only a loose booking verb ("deve fare", "bisogna fare"), is a question:
the slot is found and said, nothing is booked. Said with a booking verb ("prenota"), it books the first free
slot as before. (The wrong write this closes was found blind by held-out set 6: "… che deve fare il tagliando:
quando c'è il primo posto?" was booked.)"""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "C'è qui la Panda bianca, AB 123 CD, che deve fare la revisione: quando c'è il primo posto?",
        "La Golf del signor Neri deve fare il cambio olio, quand'è il primo posto libero?",
        "Bisogna fare i freni alla Punto, EF 456 GH. Qual è il primo buco che hai?",
        "Per la Clio rossa bisogna fare il tagliando, quando hai il primo posto?",
    ],
)
def test_a_first_free_slot_asked_about_is_a_question_not_a_booking(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "first_free_slot", (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Prenota la revisione per la Panda bianca, AB 123 CD, al primo posto libero.",
        "Prenotami il cambio olio per la EF 456 GH, quando c'è il primo posto.",
    ],
)
def test_a_booking_at_the_first_free_slot_still_books(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.slots.get("first_free"), (p.intent, p.reason, p.slots)
