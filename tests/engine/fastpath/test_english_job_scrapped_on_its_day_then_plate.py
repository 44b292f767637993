"""English job scrapped with its day and then its plate ("Scrap the Fusion's diagnostic on the 9th, Echo Yankee 2 2 8
Echo Yankee", set 32, and whisper's "on the 9"; "ditch the Clio's MOT on the 3rd of December, AB 123 CD"): the plate
after the day names the vehicle whose job it is, a model known or not. Parts scrapped (an unknown model's tyres), a
job with neither a day nor a plate after it, or an hour ("on the 9 o'clock") cancel nothing; a cancellation always
waits for a yes."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "plate", "old_date"),
    [
        ("Scrap the Fusion's diagnostic on the 9th, Echo Yankee 2 2 8 Echo Yankee.", "EY228EY", "2026-12-09"),
        ("Ditch the Clio's MOT on the 3rd of December, AB 123 CD.", "AB123CD", "2026-12-03"),
        ("Scrap the A2's oil change on December the 4th, EE 261 EF, she's sold it.", "EE261EF", "2026-12-04"),
        ("Nix the Panda's service on the 30th, AB 123 CD.", "AB123CD", "2026-11-30"),
        ("Scrap the fusion's diagnostic on the 9. Echo Yankee 228 Echo Yankee", "EY228EY", "2026-12-09"),  # heard
    ],
)  # fmt: skip
def test_a_job_with_its_day_then_its_plate_is_cancelled(text: str, plate: str, old_date: str) -> None:
    assert_parsed(parse_en(text), "cancel", {"plate": plate, "old_date": old_date})


@pytest.mark.parametrize(
    "text",
    [
        "Scrap the A2's tyres on the 9th, EE 261 EF.",  # parts of a model no table knows
        "Scrap the A2's MOT certificate on the 9th.",  # no plate
        "Scrap the A2's MOT on the third car, EE 261 EF.",  # no day
        "Scrap the A2's MOT on the 9 o'clock, EE 261 EF.",  # an hour
    ],
)
def test_parts_or_no_day_and_plate_cancel_nothing(text: str) -> None:
    assert parse_en(text).intent != "cancel", text
