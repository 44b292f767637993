"""English "scrap" with its "scr" heard "t" ("Tap the tyre job on the Crafter …", "Trap the MOT for …"): opening
the request right before "the" and a job the workshop does, the vehicle named by its plate or model; a
cancellation, which always waits for a yes. "Tap the brake pedal", or a job with no vehicle named, stays as said."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    "text",
    [
        "Tap the tyre job on the Polo, GH 417 KL, the customer's sorted it elsewhere.",
        "Trap the oil change for the Polo GH 417 KL, she's done it herself.",
    ],
)
def test_scrap_heard_tap_before_a_job_and_the_vehicle_is_a_cancellation(text: str) -> None:
    assert_parsed(parse_en(text), "cancel", {"plate": "GH417KL"})


@pytest.mark.parametrize(
    "text",
    [
        "Tap the brake pedal on the Polo, GH 417 KL, it feels soft.",
        "Tap the tyre job into the diary.",  # no vehicle named
        "Can you tap the oil change on the Polo GH 417 KL?",  # not opening the request
    ],
)
def test_tap_elsewhere_cancels_nothing(text: str) -> None:
    assert parse_en(text).intent != "cancel", text
