"""The first free slot asked in English in set 50: "how soon's our next opening for that?" after the job the customer
wants (read as a booking with no car), and the free slots asked by what is open ("Thursday the 10th of December,
after lunch: what MOT slots are open?", refused). A booking told with the first free slot stays a booking."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("Guy on the phone wants new tires put on, how soon's our next opening for that?", {"service": "tyres"}),
        ("She wants an MOT, how soon is the first free slot?", {"service": "inspection"}),
        ("Thursday the 10th of December, after lunch: what MOT slots are open?",
         {"service": "inspection", "date": "2026-12-10", "part_of_day": "afternoon"}),
        ("Which slots are free on Friday the 4th for a service?", {"service": "service", "date": "2026-12-04"}),
        ("What openings do we have tomorrow morning for brake pads?", {"date": "2026-11-26"}),
    ],
)  # fmt: skip
def test_asked_how_soon_or_what_is_open_is_the_first_free_slot(text: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_en(text), "first_free_slot", slots)


@pytest.mark.parametrize(
    "text",
    [
        "He wants an MOT on GH 930 TP, book the first free slot",
        "Book GH 930 TP for an MOT, slots are free on Friday the 4th at 9",
    ],
)
def test_a_booking_told_stays_a_booking(text: str) -> None:
    assert parse_en(text).intent == "book"
