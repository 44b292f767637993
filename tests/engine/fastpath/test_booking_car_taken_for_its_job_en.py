"""The car taken for its job, in English ("Could we take the Izhmash Orbita, …, for a service on Friday the 8th of
January? He'll ring back with a time", set 51, was read only by the guess): as "get … in", its "in" maybe left out before
"for": a booking, its time asked when to come. "Take" with no car right after it ("take the reminder … off") is none."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    "text",
    [
        "Could we take the Fiat Punto, Echo Romeo 5 7 4 Bravo Kilo, for a service on Friday the 8th of January? He'll "
        "ring back with a time.",
        "Can we take the Fiat Punto, ER 574 BK, in for a service on Friday the 8th of January? He'll ring back with a "
        "time.",
    ],
)
def test_the_time_to_come_is_asked(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and p.reason == "missing:time", (p.intent, p.reason, p.slots)
    assert p.slots["plate"] == "ER574BK" and p.slots["date"] == "2027-01-08", p.slots


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Take the Punto, ER 574 BK, for a service on Friday at 9.", "service"),
        ("Take ER 574 BK in for an MOT on Friday at 9.", "inspection"),
    ],
)
def test_told_is_a_booking(text: str, service: str) -> None:
    assert_parsed(parse_en(text), "book", {"plate": "ER574BK", "service": service, "time": "09:00"})


@pytest.mark.parametrize(
    "text",
    [
        "Take the Punto, ER 574 BK, off the lift.",
        "Take the reminder for ER 574 BK off.",
        "Could we take the Fiat Punto, ER 574 BK, for a service on Friday the 8th of January?",  # asked, no time to come
    ],
)
def test_no_booking_taken(text: str) -> None:
    p = parse_en(text)
    assert p.intent != "book", (p.intent, p.reason, p.slots)
