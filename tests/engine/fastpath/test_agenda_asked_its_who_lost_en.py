"""The day's bookings asked with its "Who've" lost by whisper ("We got booked in for the day after tomorrow.", set
44): the agenda of the day said right after "for"/"on"; a car between, or a job after "for", stays as said."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed
from tests.engine.fastpath.italian import parse_en as _parse


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We got booked in for the day after tomorrow.", "2026-11-27"),
        ("We've got booked in on Friday?", "2026-11-27"),
        ("We got booked for tomorrow", "2026-11-26"),
    ],
)
def test_the_days_bookings_asked_read_the_agenda(text: str, day: str) -> None:
    assert_parsed(_parse(text), "day_appointments", {"date": day})


@pytest.mark.parametrize(
    "text",
    [
        "We've got the Panda booked in for Friday.",
        "We got booked in for an MOT on Friday, the Panda, EW 346 HD",
    ],
)
def test_a_car_or_a_job_after_it_reads_no_agenda(text: str) -> None:
    assert _parse(text).intent != "day_appointments"
