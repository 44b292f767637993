"""The hour said right after a date heard as a year long past (sets 51, 32, 26: "Tuesday 15th December 2011", "Thursday
17th, 2011" for "… at 11"): put back as the hour, the write said back whole for a yes. A year said with a month alone,
or a year of this decade, stays a year."""

from __future__ import annotations

import pytest

from engine.fastpath.heard_en import english_heard
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "date", "time"),
    [
        ("book the DV667XJ for an MOT on Tuesday 15th December 2011", "2026-12-15", "11:00"),
        ("battery swap in the book for the DV667XJ, Thursday 17th, 2011.", "2026-12-17", "11:00"),
        ("book the DV667XJ in for its MOT on Friday the 4th of December, 2010.", "2026-12-04", "10:00"),
    ],
)
def test_the_hour_heard_as_a_past_year_after_the_date(text: str, date: str, time: str) -> None:
    p = parse_en(text)
    assert_parsed(p, "book", {"plate": "DV667XJ", "date": date, "time": time})
    assert p.careful is not None, p  # a guess: the booking is said back whole


@pytest.mark.parametrize(
    "text",
    [
        "the invoice from December 2011 is paid",  # no day said: a month of a year
        "book the DV667XJ on Tuesday 15th December 2026",  # a year of now
        "on the 4th of December 2011 at 10",  # more of a time after it
        "on the 4th of December 2013",  # no hour's number
    ],
)
def test_a_year_stays(text: str) -> None:
    tokens = tokenize(text)
    year = next(t for t in tokens if t.startswith("20"))
    assert year in english_heard(tokens), english_heard(tokens)
