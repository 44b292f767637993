"""The car asked to be taken in at an hour said ("Dopodomani alle 11 riesci a prendere la Cisitalia 202 di
Mazzucato? DW 3 4 5 MW, è per la batteria", set 41): a booking asked for, said back whole for a yes, like "riesci a
infilarmi …" at an hour. Whisper's "rieci prendere", "Riesi prendere" (its "a" lost) are put back. Only with the car
named right after it and an hour said on a day: "riesci a prendere il pezzo dal fornitore …" takes no car in, and
with no hour nothing is booked."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "service", "day", "hour"),
    [
        ("Dopodomani alle 11 riesci a prendere la Punto di Mazzucato? DW 3 4 5 MW, è per la batteria.", "battery",
         "2026-11-27", "11:00"),
        ("Ce la fai a prendere la DW 345 MW sabato alle 9 per il tagliando?", "service", "2026-11-28", "09:00"),
        ("Riuscite a prendere la Panda grigia, DW 345 MW, lunedì alle 10 per le gomme?", "tyres", "2026-11-30",
         "10:00"),
        ("Dopodomani alle 11 rieci prendere la Punto di Mazzucato, DW 345 MW, è per la batteria.", "battery",
         "2026-11-27", "11:00"),
    ],
)
def test_the_car_taken_in_at_an_hour_is_a_booking_said_back(text: str, service: str, day: str, hour: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book", parsed
    assert parsed.slots["plate"] == "DW345MW" and parsed.slots["service"]["key"] == service
    assert (parsed.slots["date"], parsed.slots["time"]) == (day, hour)
    assert parsed.careful == "asked"


@pytest.mark.parametrize(
    "text",
    [
        "Riesci a prendere il pezzo dal fornitore domani alle 9 per la DW 345 MW?",
        "Riesci a prendere la DW 345 MW sabato per il tagliando?",
        "Riesci a prendere la telefonata domani alle 9?",
    ],
)
def test_no_car_named_or_no_hour_books_nothing(text: str) -> None:
    assert parse(text, language="it", today=TODAY).intent != "book"
