"""The day that does not suit said in English with the vehicle it is for, the new day to come from the customer ("Mrs
Gambarotta can't do the 9th of February for the KR200, Foxtrot X-ray 5 7 2 Juliett Mike; she'll ring back with a new
date", set 41): a move of the appointment that day, its new day asked, nothing written. Without the new day to come
("… for the KR200, FX 572 JM." alone) or with more than the job and vehicle after the day, it is no such move."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    ("text", "plate", "old_date"),
    [
        (
            "Mrs Gambarotta can't do the 9th of February for the Kuga, Foxtrot X-ray 5 7 2 Juliett Mike; she'll ring "
            "back with a new date.",
            "FX572JM", "2027-02-09",
        ),
        ("Mr Rossi can't do Friday for the Panda, AB 123 CD; he'll ring back with a new date.", "AB123CD", "2026-11-27"),
        (
            "Mrs Bianchi can't make Monday the 30th for the brakes on the Golf, EF 456 GH; she'll call back with a new "
            "day.",
            "EF456GH", "2026-11-30",
        ),
    ],
)
def test_day_off_for_a_vehicle_with_the_new_day_to_come_is_a_move_asked(text: str, plate: str, old_date: str) -> None:
    p = parse_en(text)
    assert p.intent == "move" and not p.handled, (p.intent, p.reason, p.slots)
    assert (p.slots.get("plate"), p.slots.get("old_date"), p.slots.get("date")) == (plate, old_date, None), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Gambarotta can't do the 9th of February for the KR200, FX 572 JM.",  # no new day to come: told only
        # more than the job and the vehicle after the day: something else said of it
        "Mr Rossi can't do Friday for the Panda, AB 123 CD, because his wife needs it to drive the kids to "
        "school; he'll ring back with a new date.",
    ],
)
def test_without_the_new_day_to_come_or_with_more_said_it_is_no_move(text: str) -> None:
    p = parse_en(text)
    assert p.intent != "move", (p.intent, p.reason, p.slots)
