"""English "how long ago were its brake pads swapped?", "how long since we did its MOT?": when a job was last done
on a car, asked (its history, a read); never a job's duration refused. "How long will the service take?" is still
the duration, not for the fast path."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    "text",
    [
        "The Scirocco, AB 123 CD, how long ago were its brake pads swapped here?",
        "How long since we did the MOT on AB 123 CD?",
    ],
)
def test_how_long_ago_a_job_was_done_is_its_history(text: str) -> None:
    assert_parsed(parse_en(text), "vehicle_history", {"plate": "AB123CD"})


def test_how_long_a_job_takes_stays_refused() -> None:
    p = parse_en("How long will the service take on AB 123 CD?")
    assert p.intent != "vehicle_history" and not p.handled, (p.intent, p.reason)
