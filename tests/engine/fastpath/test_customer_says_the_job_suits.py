"""The customer's yes to a job at a day and hour, relayed ("Ha chiamato la Battistella, quella della Hommell arancio
pesca, FJ 040 PW: le va bene la revisione mercoledì 16 dicembre alle 15", set 41): a booking, told of the customer
and not ordered, so said back whole for a yes. Never after "non" (the day that does not suit), never asked, never
with a day said before it (the job had: a move), never without the job right after it."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "service", "day", "hour"),
    [
        ("La signora Battistella, quella della Clio rossa, FJ 040 PW: le va bene la revisione mercoledì 16 "
         "dicembre alle 15.", "inspection", "2026-12-16", "15:00"),
        ("La Battistella, FJ 040 PW, le andrebbe bene il tagliando lunedì 14 alle 9.", "service", "2026-12-14", "09:00"),
        ("Il signor Rossi della FJ 040 PW: gli sta bene il cambio gomme giovedì 3 alle 10.", "tyres", "2026-12-03",
         "10:00"),
    ],
)
def test_her_yes_to_the_job_is_a_booking_said_back(text: str, service: str, day: str, hour: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book" and parsed.handled, parsed
    assert parsed.slots["plate"] == "FJ040PW" and parsed.slots["service"]["key"] == service
    assert (parsed.slots["date"], parsed.slots["time"]) == (day, hour)
    assert parsed.careful == "asked"


@pytest.mark.parametrize(
    "text",
    [
        "Ha chiamato la Battistella, FJ 040 PW: non le va bene la revisione mercoledì 16 dicembre alle 15.",
        "FJ 040 PW: le va bene la revisione mercoledì 16 dicembre alle 15?",
        "FJ 040 PW: le va bene spostarla a mercoledì alle 15.",
        "FJ 040 PW, le va bene la revisione.",
    ],
)
def test_no_yes_to_a_job_at_a_day_and_hour_books_nothing(text: str) -> None:
    assert parse(text, language="it", today=TODAY).intent != "book"
