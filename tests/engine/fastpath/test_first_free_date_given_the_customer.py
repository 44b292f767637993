"""The first free date given the customer of a car named ("Il Melkus giallo mais di Calzavara, DW 033 KZ, ha i freni
che cigolano: dagli la prima data utile per le pastiglie", set 41): labelled a booking at the first free slot, as
set 32's "dammi il primo buco che hai per le pastiglie", so said back whole for a yes, never written at once. Asked
("quand'è la prima data utile per le pastiglie?", as sets 30 to 34 label it) or of no car it stays the first free
slot read."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "text",
    [
        "Il Melkus giallo di Calzavara, DW 033 KZ, ha i freni che cigolano: dagli la prima data utile per le pastiglie.",
        "La Clio di Calzavara, DW 033 KZ, fischia quando frena: dalle il primo giorno utile per le pastiglie.",
        "Per la DW 033 KZ dategli la prima data disponibile per le pastiglie.",
    ],
)
def test_the_first_free_date_given_a_car_is_a_booking_said_back(text: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book" and parsed.handled, parsed
    assert parsed.slots["plate"] == "DW033KZ" and parsed.slots["first_free"] is True
    assert parsed.slots["service"]["key"] == "brakes"
    assert parsed.careful == "asked"


@pytest.mark.parametrize(
    "text",
    [
        "DW 033 KZ: quand'è la prima data utile per le pastiglie?",
        "Quand'è la prima data utile per cambiare le pastiglie?",
        "Dagli la prima data utile per le pastiglie.",
    ],
)
def test_asked_or_of_no_car_it_is_the_first_free_slot(text: str) -> None:
    assert parse(text, language="it", today=TODAY).intent == "first_free_slot"
