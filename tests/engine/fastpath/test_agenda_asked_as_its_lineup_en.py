"""The day's agenda asked as its lineup (set 42: "What's the lineup for Monday the 7th of December?"): "the lineup",
"tomorrow's lineup" name the day's list; with no such word the request is read as before."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("What's the lineup for Monday the 7th of December?", "2026-12-07"),
        ("Give me tomorrow's lineup", "2026-11-26"),
        ("What's the lineup on Friday?", "2026-11-27"),
    ],
)
def test_the_lineup_asked_is_the_days_agenda(text: str, date: str) -> None:
    assert_parsed(parse_en(text), "day_appointments", {"date": date})


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Book AB 123 CD in for a service on Friday at 10", "book"),
        ("Line up the MOT for AB 123 CD on Friday at 10 and book it", "book"),
    ],
)
def test_a_booking_said_stays_a_booking(text: str, intent: str) -> None:
    assert parse_en(text).intent == intent
