"""English bookings said plainly: the job set up ("Let's set up an oil change for the Rossion Q1, …, Monday, December
21st at 3:30 p.m.", set 42) and no plate written down ("A fella with a silver Astra wants a battery Saturday morning
at 9, there's no plate on the note."), and any hour of a day ("… in for its MOT sometime on Wednesday the 16th?", set
43): a booking, its plate or hour asked. "Set up a reminder" stays the reminder, "set up a meeting" no booking,
"there's no plate on the Panda" is no plate unknown, and room asked on a day stays the first free slot."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "text",
    [
        "Let's set up an oil change for the red Fiesta, GE 029 XN, Monday, December 21st at 3:30 p.m.",
        "Can you set up a service for the red Fiesta, GE 029 XN, Friday at 10?",
    ],
)
def test_the_job_set_up_is_a_booking(text: str) -> None:
    parsed = parse(text, language="en", today=TODAY)
    assert parsed.intent == "book", parsed
    assert parsed.slots["plate"] == "GE029XN"


@pytest.mark.parametrize(
    "text",
    [
        "A fella with a silver Astra wants a battery Saturday morning at 9, there's no plate on the note.",
        "The Golf wants tyres Monday at 10, there's no reg on the job sheet.",
    ],
)
def test_no_plate_written_down_asks_it(text: str) -> None:
    parsed = parse(text, language="en", today=TODAY)
    assert parsed.intent == "book", parsed
    assert parsed.reason == "missing:plate"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Set up a reminder for the Fiesta GE 029 XN booking.", "send_reminder"),
        ("Let's set up a meeting with the supplier on Monday at 3.", None),
        ("There's no plate on the Panda, book it for an MOT Friday at 9.", None),
    ],
)
def test_set_up_or_no_plate_otherwise(text: str, intent: str | None) -> None:
    assert parse(text, language="en", today=TODAY).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "Can you fit the red Fiesta, GE 029 XN, in for its MOT sometime on Wednesday the 16th?",
        "Can you fit the red Fiesta, GE 029 XN, in for tyres any time Friday?",
    ],
)
def test_any_hour_of_the_day_is_a_booking_its_hour_asked(text: str) -> None:
    parsed = parse(text, language="en", today=TODAY)
    assert parsed.intent == "book", parsed
    assert parsed.slots.get("time") is None and parsed.slots["date"]


def test_room_asked_on_a_day_stays_the_first_free_slot() -> None:
    parsed = parse("Can you fit the red Fiesta, GE 029 XN, in for its MOT on Wednesday the 16th?", language="en",
                   today=TODAY)
    assert parsed.intent == "first_free_slot"
