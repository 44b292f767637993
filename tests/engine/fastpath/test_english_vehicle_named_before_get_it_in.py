"""English "get/stick it in" with the vehicle named first, its plate last, then the request (set 36: "The Hindustan
Ambassador, Delta Charlie 7 19 Bravo November, would you ever get it in for brake pads on Thursday the 17th at 9" was
refused): the car named, then booked as "get the Ambassador in …" is; room asked ("can you fit it in …?") stays a
question, and "get" with no car got in books nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "plate", "service", "date", "time"),
    [
        ("The red Panda, AB 123 CD, would you ever get it in for brake pads on Thursday the 17th at 9.", "AB123CD",
         "brakes", "2026-12-17", "09:00"),
        ("The red Panda, AB 123 CD, would you ever stick it in for a service on Friday the 4th at 10?", "AB123CD",
         "service", "2026-12-04", "10:00"),
        ("The Clio, EW 275 HS, get her in for an MOT on Monday the 30th at 11.", "EW275HS", "inspection", "2026-11-30",
         "11:00"),
    ],
)  # fmt: skip
def test_vehicle_named_then_got_in_books(text: str, plate: str, service: str, date: str, time: str) -> None:
    assert_parsed(parse_en(text), "book", {"plate": plate, "service": service, "date": date, "time": time})


def test_room_asked_after_the_vehicle_stays_a_question() -> None:
    p = parse_en("The Clio, EW 275 HS, can you fit it in on Thursday?")
    assert p.intent == "first_free_slot", (p.intent, p.reason)


def test_get_with_no_car_got_in_books_nothing() -> None:
    p = parse_en("The Clio, EW 275 HS, get the history for it in a list.")
    assert p.intent != "book", (p.intent, p.reason)
