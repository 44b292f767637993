"""Room asked as the hour to be offered, closing the request ("Per cambiare delle pastiglie, sabato 12 dicembre in
mattinata a che ora mi puoi dare?", set 38; "… che orario mi puoi dare?", "per un tagliando venerdì, che orario mi
potete fare?"): the first free slot on that day, a read. Said with the car after it ("a che ora mi puoi dare la
Panda?") it asks when the car is ready, no room; with a booking ordered it stays a booking (said back)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Per cambiare delle pastiglie, sabato 12 dicembre in mattinata a che ora mi puoi dare?", "2026-12-12"),
        ("Per le pastiglie, sabato 12 dicembre in mattinata che orario mi puoi dare?", "2026-12-12"),
        ("Per un tagliando venerdì, che orario mi potete fare?", "2026-11-27"),
    ],
)
def test_the_hour_offered_is_the_first_free_slot(text: str, date: str) -> None:
    parsed = parse_it(text)
    assert parsed.intent == "first_free_slot" and parsed.slots.get("date") == date, (parsed.intent, parsed.slots)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("A che ora mi puoi dare la Panda della Rossi?", None),
        ("Prenota il tagliando della FR 383 BX venerdì, a che ora mi puoi dare?", "book"),
    ],
)
def test_the_car_given_back_or_a_booking_is_no_room_asked(text: str, intent: str | None) -> None:
    assert parse_it(text).intent == intent, text
