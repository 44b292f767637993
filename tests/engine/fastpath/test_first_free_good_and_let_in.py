"""The first free slot named good ("la prima mezz'ora buona che trovi in calendario, prenotagliela", "alla prima
occasione buona", set 50) and the car let in there ("falla entrare alla prima occasione buona": read as the first
free slot asked): a booking at the first free slot when ordered; asked, or let in on a day, as before."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("La EK 366 KD ha la batteria a terra: la prima mezz'ora buona che trovi in calendario, prenotagliela.",
         "battery"),
        ("La DM 336 KM, le pastiglie: falla entrare alla prima occasione.", "brakes"),
        ("La DM 336 KM, tagliando: fammela entrare appena c'è posto", "service"),
        ("La DM 336 KM ha le pastiglie finite: fallo entrare alla prima occasione buona.", "brakes"),
    ],
)  # fmt: skip
def test_let_in_at_the_first_good_slot_is_a_booking(text: str, service: str) -> None:
    assert_parsed(parse_it(text), "book", {"service": service, "first_free": True})


@pytest.mark.parametrize(
    "text",
    [
        "Qual è la prima mezz'ora libera per un tagliando?",
        "La DM 336 KM per il tagliando quando posso farla entrare alla prima occasione?",
        "La DM 336 KM ha le pastiglie finite, falla entrare alla prima occasione?",
    ],
)
def test_asked_it_stays_the_first_free_slot(text: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {"first_free": True})
