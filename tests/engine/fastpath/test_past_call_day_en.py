"""The day of a call or visit told of in passing in English ("for the fella who rang this morning, Monday the 7th at
11"): a day gone by, never the request's day (it made two days of one booking). Today's day said for the request
itself ("book him in this afternoon at 3") stays the request's."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    "text",
    [
        "Book a service for the lady who rang this morning, Tuesday the 8th at 10.",
        "Book a service for the chap who called in this morning on Tuesday the 8th at 10.",
        "Book a service for the gentleman that phoned earlier today, Tuesday the 8th at 10.",
    ],
)
def test_the_day_of_a_call_told_of_is_no_day_of_the_booking(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "book"
    assert (p.slots.get("date"), p.slots.get("time")) == ("2026-12-08", "10:00"), (p.reason, p.slots)
    assert p.reason == "missing:vehicle"  # whose car it is still asked


def test_today_said_for_the_booking_stays_its_day() -> None:
    p = parse_en("Book the Polo, GH 417 KL, for a service this afternoon at 3.")
    assert (p.slots.get("date"), p.slots.get("time")) == ("2026-11-25", "15:00"), p.slots


def test_a_call_told_of_without_the_booking_day_leaves_the_day_asked() -> None:
    p = parse_en("Book a service for the lady who rang this morning, at 10.")
    assert p.slots.get("date") != "2026-11-25" and not p.handled, p.slots
