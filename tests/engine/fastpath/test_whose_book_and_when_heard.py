""""Who's booked and at what time" heard "whose book and at what time" after the day's list ("Read me tomorrow's list,
whose book and at what time?", set 35): the day's bookings asked, not a booking. Only with "and" then when ("at",
"when", "what") after "book"; "whose book and pen is this" stays as said."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Read me tomorrow's list, whose book and at what time?", "2026-11-26"),
        ("Monday the 30th, who's book and when?", "2026-11-30"),
        ("Friday the 4th, whose book and what time are they in?", "2026-12-04"),
    ],
)  # fmt: skip
def test_whose_book_and_when_asks_the_days_bookings(text: str, date: str) -> None:
    assert_parsed(parse_en(text), "day_appointments", {"date": date})


def test_whose_book_and_anything_else_stays_as_said() -> None:
    said = "whose book and pen is this"
    assert put_back(heard_tokens(said)) == said.split()
