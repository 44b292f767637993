"""The plate said not taken down, in English with "never" ("Can you squeeze a silver Golf in for brake pads on
Saturday at 11? I never got the reg.", set 41): no negation of the request (it was refused), the booking read and
its plate asked, as "I didn't get the reg". A "never" of the request itself still refuses."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "text",
    [
        "Can you squeeze a silver Golf in for brake pads on Saturday at 11? I never got the reg.",
        "Book the silver Golf in for brake pads on Saturday at 11, I never wrote down the reg.",
        "Stick the silver Golf in for brake pads Saturday at 11, never caught the registration.",
    ],
)
def test_the_booking_is_read_and_its_plate_asked(text: str) -> None:
    parsed = parse(text, language="en", today=TODAY)
    assert parsed.intent == "book" and "plate" not in parsed.slots, parsed
    assert parsed.reason == "missing:plate"
    assert (parsed.slots["date"], parsed.slots["time"]) == ("2026-11-28", "11:00")


@pytest.mark.parametrize(
    "text",
    [
        "Never book the silver Golf in on Saturday at 11.",
        "He never got the car back, book the silver Golf in for brake pads on Saturday at 11.",
    ],
)
def test_a_never_of_the_request_still_refuses(text: str) -> None:
    assert parse(text, language="en", today=TODAY).intent is None
