"""English "get the <vehicle> booked for <a job>" (the plate allowed between): plain English for a booking, not
whisper's "booking for" with its "in" lost, so it is no guess said back word by word; and "in the first gap you
have", the English "primo buco", asks the first free slot. New sentences in the shape held-out set 26 said."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, slot


@pytest.mark.parametrize(
    "text",
    [
        "Get the Panda, Golf Hotel 9 0 7 Mike November, booked for new tyres tomorrow at 10.",
        "Could you get the grey Panda GH 907 MN booked for an oil change on Friday at 9?",
    ],
)
def test_get_it_booked_for_books_with_no_guess(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and p.handled, (p.reason, p.slots)
    assert slot(p, "plate") == "GH907MN" and p.careful is None


@pytest.mark.parametrize(
    "text",
    [
        "Get the Panda, GH 907 MN, booked for an MOT in the first gap you have.",
        "Stick the Panda GH 907 MN in for a service in the next gap you've got.",
        "Book the Panda GH 907 MN for a battery in the first free space.",
    ],
)
def test_the_first_gap_is_the_first_free_slot(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and slot(p, "first_free") is True, (p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Did he get the Panda GH 907 MN booked for tyres?",
        "Get the booking for the Panda GH 907 MN.",
    ],
)
def test_a_booking_told_or_looked_at_is_no_booking(text: str) -> None:
    assert parse_en(text).intent != "book"
