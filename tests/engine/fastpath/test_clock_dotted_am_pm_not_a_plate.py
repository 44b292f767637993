"""An hour and its minutes written without their colon before "p.m."/"a.m." with its dots ("at 330 p.m.", "at 3 30
p.m."): whisper's time, never a plate's digits and letters (the plate AT330PM was read once, the real plate half
heard; "at 3 30 p.m." booked 15:00). A plate's digits before no dotted "p.m." stay a plate's."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import booked, parse_en, plates_in
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "clock"),
    [("at 330 p.m.", "3:30pm"), ("at 3 30 p.m.", "3:30pm"), ("by 1130 a.m.", "11:30am"), ("at 3.30 p.m.", "3:30pm")],
)
def test_the_dotted_clock_is_a_time(text: str, clock: str) -> None:
    assert tokenize(text)[-1] == clock


def test_no_plate_is_read_of_the_time() -> None:
    text = "Book an oil change for the Urus, Foxtrot Yankee 9 6 7, on Friday December 4th at 330 p.m."
    assert "AT330PM" not in plates_in(text)
    assert parse_en(text).slots.get("time") == "15:30"
    assert parse_en("Book an oil change for the Urus on Friday December 4th at 3 30 p.m.").slots.get("time") == "15:30"


@pytest.mark.parametrize(
    ("text", "plate"),
    [("whose is AK 330 PM?", "AK330PM"), ("Echo Mike 5 8 3 Tango Charlie, Friday at 10 a.m.", "EM583TC")],
)
def test_a_plate_without_a_dotted_clock_stays(text: str, plate: str) -> None:
    assert plate in plates_in(text)


def test_digits_of_a_plate_before_an_hour_are_not_joined() -> None:
    assert tokenize("Echo Mike 5 8 3 10 a.m.")[-2:] == ["3", "10am"]


async def test_booked_at_half_past(local_backend: object, context: CallContext) -> None:
    from tests.engine.fastpath.conftest import NOW

    fast = FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]
    out = await fast.handle("Book a tyre change for EF456GH on Wednesday March 4th at 3 30 p.m.", context)
    made = booked(out)
    assert made and made[0].arguments["start"] == "2026-03-04T15:30", out.tool_calls
