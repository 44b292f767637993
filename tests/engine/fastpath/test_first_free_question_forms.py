"""The first free slot asked in forms set 18 used: "il primo momento utile per sostituire una batteria, quando ce
l'hai?" (the infinitive after "per" is what the slot is for, no booking command; "quando ce l'hai" asks, its "?"
lost or not), "a che ora riesci a prenderla?", "ce la faccio a infilare …" heard "c'è la faccio". New
sentences."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


@pytest.mark.parametrize(
    "text",
    [
        "Il primo momento utile per cambiare le gomme, quando ce l'hai?",
        "Il primo momento utile per cambiare le gomme quando c'è l'ai.",
        "Per un cambio olio, giovedì 5 di pomeriggio, a che ora riesci a prenderla?",
        "Giovedì pomeriggio c'è la faccio a infilare un tagliando.",
    ],
)
def test_the_first_free_slot_asked(text: str) -> None:
    p = _p(text)
    assert p.intent == "first_free_slot" and p.handled, p


def test_a_booking_command_with_the_first_free_slot_still_books() -> None:
    p = _p("prenotami il primo posto libero per la AB 123 CD per cambiare le gomme, quando ce l'hai")
    assert p.intent == "book" and p.slots.get("first_free") is True, p


def test_taking_something_else_is_no_slot_asked() -> None:
    assert _p("riesci a prendere il telefono?").intent is None
