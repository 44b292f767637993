"""English hour said bare with its part of the day right after the day of the month ("Tuesday, December 15, 2 in the
afternoon", set 33): the hour, no "at" needed, since the day is already said. A number right after the month ("on
December 2 in the afternoon") is the day itself, and a bare number with no day before it stays no hour."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import booked, parse_en, slot
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "date", "time"),
    [
        ("Go ahead and schedule an AC recharge for the Panda, AB 123 CD, Tuesday, December 15, 2 in the afternoon.",
         "2026-12-15", "14:00"),
        ("Book the Panda, AB 123 CD, in for an oil change on Friday 4 December, 10 in the morning.", "2026-12-04",
         "10:00"),
        ("Put the Panda, AB 123 CD, down for an MOT tomorrow, 3 in the afternoon.", "2026-11-26", "15:00"),
        ("Book the Panda, AB 123 CD, in for a service on Wednesday the 9th, 9 in the morning.", "2026-12-09", "09:00"),
    ],
)  # fmt: skip
def test_a_bare_hour_with_its_part_after_the_day_is_the_time(text: str, date: str, time: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and slot(p, "date") == date and slot(p, "time") == time, (p.reason, p.slots)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Book the Panda, AB 123 CD, in for an oil change on December 2 in the afternoon.", "2026-12-02"),
        ("Book the Panda, AB 123 CD, in for an oil change on Wednesday, 2 in the afternoon.", None),
    ],
)
def test_a_number_that_may_be_the_day_is_no_hour(text: str, date: str | None) -> None:
    p = parse_en(text)
    assert slot(p, "time") is None, p.slots
    if date is not None:
        assert slot(p, "date") == date, p.slots


async def test_the_booking_is_made_at_that_hour(local_backend: object, context: CallContext) -> None:
    from tests.engine.fastpath.conftest import NOW

    fast = FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]
    out = await fast.handle("Book an oil change for the Panda, AB 123 CD, Wednesday, March 4, 2 in the afternoon.", context)
    made = booked(out)
    assert len(made) == 1 and made[0].arguments["start"] == "2026-03-04T14:00", (out.reply_text, out.tool_calls)
