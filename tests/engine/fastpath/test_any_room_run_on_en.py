"""The opening "any room" run into one word by whisper ("Nirum for a tyre swap on Friday, the 11th in the
afternoon.", set 37; "Anyroom", "Eniroom") was refused: room asked, the first free slot. The word anywhere else, or
before what no room is asked of, stays as said."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("Nirum for a tire swap on Friday, the 11th in the afternoon.",
         {"service": "tyres", "date": "2026-12-11", "part_of_day": "afternoon"}),
        ("Anyroom for an oil change tomorrow?", {"service": "oil_change", "date": "2026-11-26"}),
        ("Eniroom on Monday the 30th for an MOT?", {"service": "inspection", "date": "2026-11-30"}),
    ],
)
def test_any_room_run_together_asks_room(text: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_en(text), "first_free_slot", slots)


def test_the_word_before_no_room_word_stays() -> None:
    assert parse_en("Nirum is a customer, book him an MOT on Monday at 9").intent != "first_free_slot"
