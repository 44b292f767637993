"""Room for a job asked of the counter with no hour said: time found ("riesci a trovarmi un'ora e mezza?", the
length no hour of the day) or room for what the infinitive after "per" names ("c'è spazio per cambiare una
batteria?"): the first free slot, a read; with an hour said it stays a booking asked (its vehicle asked). Set 24
asked both."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "service", "day", "part"),
    [
        (
            "Per un tagliando, martedì 1 dicembre di mattina, riesci a trovarmi un'ora?",
            "service",
            "2026-12-01",
            "morning",
        ),
        (
            "Per i freni, venerdì 27 dopo pranzo, riuscite a trovarmi un'ora e mezza?",
            "brakes",
            "2026-11-27",
            "afternoon",
        ),
        ("Lunedì 30, il pomeriggio, c'è posto per fare un tagliando?", "service", "2026-11-30", "afternoon"),
        (
            "Venerdì 27, di mattina, c'è spazio per sostituire una batteria?",
            "battery",
            "2026-11-27",
            "morning",
        ),
    ],
)
def test_room_asked_is_the_first_free_slot(text: str, service: str, day: str, part: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "first_free_slot" and parsed.handled
    assert parsed.slots["service"]["key"] == service
    assert parsed.slots["date"] == day and parsed.slots["part_of_day"] == part
    assert "time" not in parsed.slots


def test_room_asked_at_an_hour_stays_a_booking() -> None:
    parsed = parse("Venerdì 27 alle 10 c'è spazio per cambiare una batteria?", language="it", today=TODAY)
    assert parsed.intent == "book" and not parsed.handled  # its vehicle asked, never written


def test_a_booking_word_after_the_room_question_still_books() -> None:
    text = "Venerdì 27, di mattina, c'è spazio per cambiare la batteria alla EB 417 KM? Prenotala."
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book"
