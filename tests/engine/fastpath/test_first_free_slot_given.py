"""The first free slot asked to be given a car named ("La Vel Satis viola di Caporaso, DM 904 KJ, ha i freni che
fischiano: dammi il primo buco che hai per le pastiglie", set 32): a booking there, said back whole for a yes (the
slot named, so the person asking only hears it too), never written at once. Asked ("dimmi il primo posto libero",
"mi dai il primo buco …?") or of no car it stays the first free slot; with a booking word said ("dammi la prima
disponibilità e prenotala") it is booked as before."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "text",
    [
        "La Clio di Caporaso, DM 904 KJ, ha i freni che fischiano: dammi il primo buco che hai per le pastiglie.",
        "Per la DM 904 KJ dammi il primo posto libero per le pastiglie.",
        "La Panda di Caporaso, DM 904 KJ: dacci la prima disponibilità per le pastiglie.",
    ],
)
def test_the_first_free_slot_given_a_car_is_a_booking_said_back(text: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book" and parsed.handled
    assert parsed.slots["plate"] == "DM904KJ" and parsed.slots["first_free"] is True
    assert parsed.slots["service"]["key"] == "brakes"
    assert parsed.careful == "asked"


@pytest.mark.parametrize(
    "text",
    [
        "La Panda di Caporaso, DM 904 KJ: dimmi il primo posto libero per le pastiglie.",
        "La Panda di Caporaso, DM 904 KJ: mi dai il primo buco che hai per le pastiglie?",
        "Dammi il primo buco che hai per le pastiglie.",
    ],
)
def test_asked_or_of_no_car_it_is_the_first_free_slot(text: str) -> None:
    assert parse(text, language="it", today=TODAY).intent == "first_free_slot"


def test_with_a_booking_word_it_is_booked_at_once() -> None:
    parsed = parse(
        "La Soul della Scalzo, FY 073 HN, ha le gomme lisce: dammi la prima disponibilità e prenotala.",
        language="it", today=TODAY,
    )
    assert parsed.intent == "book" and parsed.slots["first_free"] is True
    assert parsed.careful is None
