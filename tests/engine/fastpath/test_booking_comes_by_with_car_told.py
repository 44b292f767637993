"""The customer coming by with the car said first, then the job and the day ("Castellucci passa con la Rosengart nera,
GY 0 53 KH, per il climatizzatore: giovedì 11 febbraio alle 3 gli va bene", set 46): a booking relayed, said back for
a yes, never written unasked. Coming with someone ("con la moglie"), to collect it, or asked, it is none."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Castellucci passa con la GY 053 KH per il climatizzatore giovedì 11 febbraio alle 3.",
        "Castellucci passa con la Panda nera, GY 0 53 KH, per il climatizzatore: giovedì 11 febbraio alle 3 "
        "gli va bene.",
    ],
)
def test_coming_by_with_the_car_for_its_job_is_said_back(text: str) -> None:
    parsed = parse_it(text)
    assert_parsed(parsed, "book", {"plate": "GY053KH", "date": "2027-02-11", "time": "15:00"})
    assert parsed.careful == "asked"


@pytest.mark.parametrize(
    "text",
    [
        "Passa con la GY 053 KH per ritirarla giovedì alle 3.",
        "Castellucci passa con la moglie per il climatizzatore giovedì alle 3.",
        "Castellucci passa con la GY 053 KH per il climatizzatore?",
    ],
)
def test_no_booking_is_read(text: str) -> None:
    assert parse_it(text).intent != "book", text
