"""English day's list asked by how full the day is ("How packed are we on Monday the 30th? Give me the names and the
times", set 32; "how booked up is Friday?", "how full are you on the 4th?"): the agenda of the day said. With no day
said it is no agenda."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("How packed are we on Monday the 30th? Give me the names and the times.", "2026-11-30"),
        ("How booked up is Friday the 4th?", "2026-12-04"),
        ("How full are you tomorrow, roughly?", "2026-11-26"),
        ("How rammed are the lads on Thursday?", "2026-11-26"),
    ],
)
def test_how_full_a_day_is_asks_its_list(text: str, date: str) -> None:
    assert_parsed(parse_en(text), "day_appointments", {"date": date})


@pytest.mark.parametrize(
    "text",
    [
        "How packed are we at the moment?",  # no day
        "How full is the tank on the Panda, AB 123 CD?",
    ],
)
def test_no_day_said_is_no_list(text: str) -> None:
    assert parse_en(text).intent != "day_appointments", text
