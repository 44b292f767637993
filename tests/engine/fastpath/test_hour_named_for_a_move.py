"""A move's new hour said the counter's way in set 50: "orario le 2" ("Riprogramma le pastiglie …: da giovedì 6 a
giovedì 13 maggio, orario le 2"), "make it 9 in the morning instead" after the day it had ("Friday the 7th of May:
make it 9 in the morning instead, same day"), and "riprogramma" a move's verb. "Make it" with a count, or after a
booking asked, moves nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Riprogramma le pastiglie della DG 877 LT: da giovedì 6 a giovedì 13 maggio, orario le 2.", "14:00"),
        ("Riprogrammala, la DG 877 LT: da giovedì 6 a giovedì 13 maggio, orario le 10 e mezza.", "10:30"),
        ("Sposta la revisione della DG 877 LT da giovedì 6 a giovedì 13 maggio, orario le 9", "09:00"),
    ],
)
def test_hour_said_as_orario_le(text: str, time: str) -> None:
    assert_parsed(parse_it(text), "move", {"time": time, "date": "2027-05-13"})


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("The diagnostic on DK 358 DY, Friday the 7th of May: make it 9 in the morning instead, same day.", "09:00"),
        ("DK 358 DY, the MOT on Friday the 7th of May, make it 4 p.m. instead.", "16:00"),
    ],
)
def test_make_it_an_hour_instead_is_a_move(text: str, time: str) -> None:
    p = parse_en(text)
    assert_parsed(p, "move", {"time": time})
    assert "2027-05-07" in (p.slots.get("old_date"), p.slots.get("date")), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Book an MOT for DK 358 DY on Friday the 7th of May: make it 9 in the morning instead.",
        "DK 358 DY, the MOT on Friday the 7th of May, make it 2 hours later.",
    ],
)
def test_make_it_with_a_booking_or_a_count_is_no_such_move(text: str) -> None:
    p = parse_en(text)
    assert not (p.intent == "move" and p.handled and p.slots.get("time") == "09:00"), p
