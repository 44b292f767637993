"""The plate looked up as what is on file under it ("Che c'è sotto la targa FR 300... 83 BX?", set 38; "cosa abbiamo
sotto questa targa, FR 383 BX?"), no day's list for its "che c'è"; and a customer's plate to be checked, not said yet
("Devo controllare la targa di un cliente, me la guardi?", set 38; "mi guardi la targa di una cliente?"): the plate
is asked for. A day named with the plate stays the day's list; a booking asked with no plate stays one."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Che c'è sotto la targa FR 300... 83 BX?",
        "Che c'è sotto la targa FR 383 BX?",
        "Cosa abbiamo sotto questa targa, FR 383 BX?",
    ],
)
def test_what_is_under_a_plate_is_its_look_up(text: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": "FR383BX"})


@pytest.mark.parametrize(
    "text",
    [
        "Devo controllare la targa di un cliente, me la guardi?",
        "Mi guardi la targa di una cliente?",
        "Devo cercare la targa di un signore.",
        "devo controllare la targa di un clicente, me la guardi.",  # "cliente" misheard
    ],
)
def test_a_customers_plate_to_check_is_asked_for(text: str) -> None:
    parsed = parse_it(text)
    assert parsed.intent == "lookup_plate" and parsed.reason == "missing:plate", text


def test_a_customers_plate_said_is_looked_up() -> None:
    assert_parsed(parse_it("Devo controllare la targa di un cliente: FR 383 BX."), "lookup_plate", {"plate": "FR383BX"})


@pytest.mark.parametrize(
    "text",
    [
        "Che c'è domani per la FR 383 BX?",  # the day's list
        "Controlla la targa di un cliente e prenotalo domani alle 9.",  # a booking, asked back
        "Ho controllato la targa del cliente.",  # told, of one known
    ],
)
def test_a_day_or_a_booking_is_no_look_up(text: str) -> None:
    assert parse_it(text).intent != "lookup_plate", text
