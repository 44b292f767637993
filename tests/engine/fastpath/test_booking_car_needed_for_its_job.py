"""The car said needed for its job, first thing ("mi serve la Barina color ruggine di Rubagotti, FR 7 7 0 BH, per una
ricarica del climatizzatore sabato 12 dicembre alle 10 e mezza; e mandagli un promemoria per SMS il giorno prima",
set 35): read as nothing (its message then sought the appointment, and found none). A booking, with its message
added; only the car with its plate needed "per" the job: a part needed ("mi serve una batteria"), the car needed
for no job ("mi serve la Panda per domani") or the need asked are none."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "service", "time"),
    [
        ("Mi serve la Punto grigia di Rossi, AB 123 CD, per un tagliando giovedì 17 dicembre alle 9.", "service",
         "09:00"),
        ("Ci serve la Clio, EW 275 HS, per la revisione lunedì 14 dicembre alle 3 e mezza.", "inspection", "15:30"),
        ("Mi serve la Yaris bianca della Conte, FG 321 AB, per le pastiglie dei freni martedì 15 dicembre alle 11.",
         "brakes", "11:00"),
    ],
)
def test_the_car_needed_for_its_job_is_booked(text: str, service: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.handled, (p.intent, p.reason)
    assert p.slots["service"]["key"] == service and p.slots["time"] == time, p.slots


def test_with_its_message_added_both_are_read() -> None:
    p = parse_it(
        "Mi serve la Punto grigia di Rossi, AB 123 CD, per una ricarica del climatizzatore sabato 12 dicembre alle 10 e "
        "mezza; e mandagli un promemoria per SMS il giorno prima."
    )
    assert [part.intent for part in p.parts] == ["book", "send_reminder"], (p.intent, p.reason, p.parts)
    assert p.parts[0].slots["date"] == "2026-12-12" and p.parts[0].slots["time"] == "10:30", p.parts[0].slots


@pytest.mark.parametrize(
    "text",
    [
        # the car needed for no job
        "Mi serve la Punto, AB 123 CD, per domani alle 9.",
        # the need asked
        "Mi serve la Punto, AB 123 CD, per il tagliando di giovedì?",
        # no plate with the car: whose, not which
        "Mi serve la Punto per un tagliando giovedì alle 9.",
    ],
)
def test_a_need_that_is_no_booking_of_the_car_is_not_one(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and p.handled and p.careful is None), (p.intent, p.reason, p.careful)
