"""The first free slot taken in English (set 34: "Grab the first free slot for an air con regas on the Trabant, DL 693
AT") was read as the slot asked: a booking there, as "prendi il primo buco" is. "Grab" or "take" with no first free
slot right after it books nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Grab the first free slot for an air con regas on the Punto, AB 123 CD.", "aircon"),
        ("Take the next free slot for an MOT on the Punto, AB 123 CD.", "inspection"),
        ("Grab me the earliest slot you have for brake pads on the Punto, AB 123 CD.", "brakes"),
    ],
)
def test_the_first_free_slot_taken_books(text: str, service: str) -> None:
    assert_parsed(parse_en(text), "book", {"plate": "AB123CD", "service": service, "first_free": True})


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("When's the first free slot for an MOT on the Punto, AB 123 CD?", "first_free_slot"),
        ("Take the Punto, AB 123 CD, off Friday.", "cancel"),
    ],
)
def test_no_booking_read_from_grab_or_take(text: str, intent: str) -> None:
    assert parse_en(text).intent == intent
