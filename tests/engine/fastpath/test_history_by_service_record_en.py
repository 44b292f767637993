"""A car's history asked by its records' name (set 34: "Run me through the service record on Ms Pietrangeli's
Demio, Golf Victor 6 2 1 Victor Romeo"): "service record(s)", "maintenance records", "repair record" are its history,
a read; a booking that names them as what will be updated stays no history."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    "text",
    [
        "Run me through the service record on Ms Rossi's Panda, AB 123 CD.",
        "Can you pull up the maintenance records for AB 123 CD?",
        "What's on the repair record for the Golf, EF 456 GH?",
    ],
)
def test_the_service_record_asked_is_the_history(text: str) -> None:
    p = parse_en(text)
    assert_parsed(p, "vehicle_history", {})
    assert p.slots.get("plate") in ("AB123CD", "EF456GH") and not p.slots.get("service"), p.slots


def test_a_booking_that_updates_the_record_is_no_history() -> None:
    assert parse_en("Book AB 123 CD in for a service Friday at 10 and update the service record.").intent != "vehicle_history"
