"""A booking ordered politely, said last ("… needs a diagnostic. Tuesday the 5th of January at 10 suits him, if you'd
book that", set 50, refused as a condition): its "if you'd" cut, the order kept. With a condition after it ("once he
confirms") or anywhere else, the "if" stays one."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    "text",
    [
        "FG 571 FV needs an MOT on Friday the 4th of December at 9, if you could book it in please.",
        "FG 571 FV needs a diagnostic on Friday the 4th of December at 9, if you'd book that.",
        "The MOT for FG 571 FV, Friday the 4th of December at 9, if you would book it for him.",
    ],
)
def test_if_you_would_book_that_said_last_is_the_order(text: str) -> None:
    assert_parsed(parse_en(text), "book", {"date": "2026-12-04", "time": "09:00"})


@pytest.mark.parametrize(
    "text",
    [
        "FG 571 FV needs an MOT on Friday the 4th of December at 9, if you'd book that once he confirms.",
        "If you'd book FG 571 FV for an MOT on Friday at 9 when he calls",
    ],
)
def test_a_condition_after_it_stays_refused(text: str) -> None:
    assert parse_en(text).reason == "out_of_scope:hypothetical"
