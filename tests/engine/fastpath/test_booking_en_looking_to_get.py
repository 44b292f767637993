"""The customer's wish said roughly in English ("I've Mr X on about his Rimac, GE 833 FD, he's looking to get the brake
pads done Monday the 7th at half 10", set 39, left unread): a booking. "looking for" the car books nothing, and a
condition after it stays one."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("I've Mr Conti on about his Punto, AB 123 CD, he's looking to get the brake pads done Monday the 30th at half 10.",
         {"plate": "AB123CD", "service": "brakes", "date": "2026-11-30", "time": "10:30"}),
        ("Mrs Rossi's looking to have the tyres changed on the Clio, EW 275 HS, Thursday the 3rd at 2.",
         {"plate": "EW275HS", "service": "tyres", "date": "2026-12-03", "time": "14:00"}),
        ("He's looking to get an MOT on the Punto, AB 123 CD, Friday the 4th at 9.",
         {"plate": "AB123CD", "service": "inspection", "date": "2026-12-04", "time": "09:00"}),
    ],
)  # fmt: skip
def test_looking_to_get_it_done_is_a_booking(text: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_en(text), "book", slots)


@pytest.mark.parametrize(
    "text",
    [
        "I'm looking for the Punto, AB 123 CD.",
        "He's looking to get the brake pads done on the Punto, AB 123 CD, if we can fit him in Monday.",
    ],
)
def test_other_things_book_nothing(text: str) -> None:
    p = parse_en(text)
    assert not (p.handled and p.intent == "book" and "date" in p.slots), (p.intent, p.reason, p.slots)
