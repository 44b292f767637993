"""The car got on the calendar, the diary or the books for a job (set 37: "Let's get the Urus, FY 967 EX, on the
calendar for an oil change Friday, December 4th, at 9 a.m." was no request): a booking, as "get … booked for" is.
Got anywhere else ("get the Panda on the phone"), or the calendar asked of ("what's on the calendar for Friday?"),
it is none. So is the car got "set up for" or "booked in for" a job (set 45: "Let's get the Stutz Bearcat, FR 4 0 6 EV, set
up for a brake job …")."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    ("text", "service", "date", "time"),
    [
        ("Let's get the Urus, FY 967 EX, on the calendar for an oil change Friday, December 4th, at 9 a.m.",
         "oil_change", "2026-12-04", "09:00"),
        ("Get the Panda, AB 123 CD, in the diary for a tyre change on Monday the 14th at 10.", "tyres", "2026-12-14",
         "10:00"),
        ("Can you get her, AB 123 CD, on the books for brake pads Friday the 4th at 11?", "brakes", "2026-12-04",
         "11:00"),
        ("Let's get the Panda AB 123 CD on the schedule for a service Friday at 9.", "service", "2026-11-27", "09:00"),
        # set up or booked in for the job (set 45)
        ("Let's get the old Panda, FR 4 0 6 EV, set up for an oil change Tuesday, January 5th at 10:30 a.m.",
         "oil_change", "2027-01-05", "10:30"),
        ("Get the Panda, AB 123 CD, booked in for a tyre change on Monday the 14th at 10.", "tyres", "2026-12-14",
         "10:00"),
    ],
)
def test_got_on_the_calendar_is_booked(text: str, service: str, date: str, time: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and p.handled, (p.intent, p.reason)
    assert p.slots["service"]["key"] == service, p.slots
    assert (p.slots.get("date"), p.slots.get("time")) == (date, time), p.slots


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Get the Panda AB 123 CD on the phone.", None),
        ("Get the calendar for Friday.", None),
        ("What's on the calendar for Friday?", "day_appointments"),
        ("He'll get the Panda AB 123 CD set up for an oil change himself.", None),
        ("Did we get the Panda AB 123 CD set up for an oil change on Friday?", None),
    ],
)
def test_not_got_on_the_calendar(text: str, intent: str | None) -> None:
    p = parse_en(text)
    assert p.intent == intent, (p.intent, p.reason)
