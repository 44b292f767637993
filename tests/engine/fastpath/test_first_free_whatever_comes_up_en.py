"""The first free slot said as whatever turns up first (set 48: "The Wikov needs its oil changed, Delta Tango 7 8 7
Bravo November. Grab whatever opening comes up first." asked for a day): a booking at the first free slot."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("The Wikov needs its oil changed, Delta Tango 7 8 7 Bravo November. Grab whatever opening comes up first.",
         "DT787BN"),
        ("Book the Panda AB 123 CD in for an MOT, the first slot that comes up.", "AB123CD"),
        ("Put the Panda AB 123 CD down for brakes, first one that comes up.", "AB123CD"),
    ],
)
def test_booked_at_the_first_free_slot(text: str, plate: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and p.handled and p.slots.get("first_free"), (p.intent, p.reason, p.slots)
    assert p.slots["plate"] == plate, p.slots


def test_a_question_of_what_came_up_is_no_booking() -> None:
    p = parse_en("Did anything come up for the Panda AB 123 CD?")
    assert p.intent != "book", (p.intent, p.reason)
