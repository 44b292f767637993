"""English "scrap" heard with its "scr" lost ("tap", "trap") before a day's job ("Tap Wednesday service for the
Fulvia, Foxtrot Victor 149 Zulu Foxtrot", set 33 clean; "trap Friday's MOT on the Clio"): the cancellation, said back
for a yes, only with a job right after the day and the vehicle named by its plate or model. "Tap Wednesday" with no
job, or no vehicle named, stays as said."""

from __future__ import annotations

import pytest

from engine.fastpath.heard_en import english_heard
from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Tap Wednesday service for the Fulvia, FOXTRAD Victor 149 Zulu FOXTRAD", "FV149ZF"),
        ("Trap Friday's MOT on the Clio, AB 123 CD.", "AB123CD"),
        ("Tap tomorrow's oil change for the Panda, AB 123 CD.", "AB123CD"),
    ],
)
def test_scrap_clipped_before_a_days_job_cancels(text: str, plate: str) -> None:
    assert_parsed(parse_en(text), "cancel", {"plate": plate})


@pytest.mark.parametrize(
    "said",
    [
        ["tap", "wednesday", "for", "the", "fulvia"],  # no job
        ["tap", "wednesday", "s", "service", "i", "ll", "tell", "you", "later"],  # no vehicle
        ["tap", "friday", "s", "brake", "pedal"],
    ],
)
def test_no_job_or_no_vehicle_stays_as_said(said: list[str]) -> None:
    assert english_heard(said) == said
