"""A time broken off before its hour, then corrected ("… Monday the 21st at a quarter past... no, half 9", set 46):
the broken-off words taken back, the time said after the marker read, no negation. With nothing said after the
marker ("at a quarter past, no.") it stays refused: the fast path never guesses the hour."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Book the tyres on GY 053 KH Monday the 21st at a quarter past... no, half 9.", "09:30"),
        ("Book the tyres on GY 053 KH Monday the 21st at half past... sorry, at 10.", "10:00"),
    ],
)
def test_a_time_cut_off_then_corrected_is_read_as_corrected(text: str, time: str) -> None:
    assert_parsed(parse_en(text), "book", {"date": "2026-12-21", "time": time, "plate": "GY053KH"})


def test_a_time_cut_off_then_corrected_in_italian() -> None:
    text = "Prenota le gomme per la GY 053 KH lunedì 21 alle e mezza, no, alle 10."
    assert_parsed(parse_it(text), "book", {"date": "2026-12-21", "time": "10:00"})


def test_a_time_cut_off_with_nothing_after_stays_refused() -> None:
    assert parse_en("Book the tyres on GY 053 KH Monday the 21st at a quarter past, no.").intent is None
