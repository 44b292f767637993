"""English history asked as all the work done ("Um, pull up everything we've done on the Maserati, EG 630 RX", set
33; "all the work we've done on …", "everything that's been done to …"): the vehicle's history, read only. Without
a vehicle, or said of something else, it is no history."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    "text",
    [
        "Um, pull up everything we've done on the Maserati, EG 630 RX.",
        "Can you show me all the work we've done on EG 630 RX?",
        "Everything that's been done to the Maserati, EG 630 RX, please.",
        "Read me out everything we have ever done on EG 630 RX.",
    ],
)
def test_all_the_work_done_on_a_vehicle_is_its_history(text: str) -> None:
    assert_parsed(parse_en(text), "vehicle_history", {"plate": "EG630RX"})


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for everything we've done today.",  # no vehicle
        "Book the Maserati, EG 630 RX, in for a service on Friday at 9, that's all we've done.",
    ],
)
def test_without_a_vehicle_or_with_a_write_it_is_no_history(text: str) -> None:
    assert parse_en(text).intent != "vehicle_history", text
