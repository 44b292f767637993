"""An English weekday with its day and "and" after it ("Who's coming on Thursday the third and at what times?", found
by rd44 on set 41's en-jj17 heard over noise): the "and" was taken for the minutes of an hour ("10 and a half"), the
day dropped and the weekday read alone — the agenda of Thursday 26 November for the 3rd of December. Only a cardinal
followed by minutes ("a half", "a quarter", a number) is an hour; anything else after "and" leaves the day dated."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    "text",
    [
        "Who is coming on Thursday the third and at what times?",
        "Which cars are we expecting on Thursday the 3rd and when?",
        "What's booked in for Thursday the third and is anything free?",
    ],
)
def test_a_day_before_and_stays_the_day(text: str) -> None:
    assert parse_en(text).slots.get("date") == "2026-12-03", parse_en(text).slots


def test_a_weekday_hour_and_its_minutes_is_still_no_day() -> None:
    p = parse_en("Book the Punto AB 123 CD for a service Thursday 10 and a half.")
    assert p.slots.get("date") != "2026-12-10" and not p.handled, p.slots
