"""English "scrap the A2's MOT, EE 261 EF": a cancellation named by its service, owned by a model no table knows
(its possessive) or by nobody, the plate said right after the service; a cancellation always waits for a yes.
"Scrap the old tyres" (parts) or a model's job with no plate after it cancel nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    "text",
    [
        "Mr Rossi rang, scrap the Q2's MOT, Alpha Bravo 1 2 3 Charlie Delta.",
        "Scrap the Q2's oil change, AB 123 CD, he's sold it.",
        "Scrap the MOT, AB 123 CD, she's done it elsewhere.",
    ],
)
def test_a_service_with_its_plate_after_it_is_cancelled(text: str) -> None:
    assert_parsed(parse_en(text), "cancel", {"plate": "AB123CD"})


@pytest.mark.parametrize(
    "text",
    [
        "Scrap the old tyres, AB 123 CD.",  # parts, no job
        "Scrap the Q2's tyres, AB 123 CD.",
        "Scrap the Q2's MOT certificate.",  # no plate after the job
        "Scrap the Q2's MOT",
    ],
)
def test_parts_or_a_job_with_no_plate_cancel_nothing(text: str) -> None:
    assert parse_en(text).intent != "cancel", text
