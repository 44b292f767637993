"""A message said to go ahead of the job, no reminder's word said ("Ping Mr Buonocore by text forty-eight hours before
the LaSalle's aircon, F X 4 6 1 K Z, so he doesn't forget.", set 46; "text him the day before the MOT"): a reminder,
hours ahead read as whole days (48 hours: 2 days). Hours that are no whole day ("36 hours before") are never
scheduled as another count; a message of something else ("text him that it's ready") or one told of ("he texted the
day before") are none."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Ping Mr Buonocore by text forty-eight hours before the LaSalle's aircon, F X 4 6 1 K Z, so he doesn't "
         "forget.", 2),
        ("Text him 24 hours before the MOT on FX 461 KZ.", 1),
        ("Text Mr Buonocore the day before the aircon, FX 461 KZ, so he doesn't forget.", 1),
    ],
)
def test_a_message_ahead_of_the_job_is_its_reminder(text: str, days: int) -> None:
    parsed = parse_en(text)
    assert parsed.intent == "send_reminder" and parsed.handled, parsed.reason
    assert parsed.slots["reminder"]["days_before"] == days
    assert parsed.slots.get("plate") == "FX461KZ"


def test_a_booking_then_its_message_ahead_is_two_parts() -> None:
    parsed = parse_en("Book the aircon on FX 461 KZ Friday at 9 and text him the day before.")
    assert [part.intent for part in parsed.parts] == ["book", "send_reminder"]


@pytest.mark.parametrize(
    "text",
    [
        "Ping Mr Buonocore by text 36 hours before the aircon, FX 461 KZ.",
        "Text him that the car on FX 461 KZ is ready.",
        "He texted the day before, FX 461 KZ.",
    ],
)
def test_no_reminder_is_scheduled(text: str) -> None:
    assert parse_en(text).intent != "send_reminder", text
