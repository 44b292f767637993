"""A booked job said to need a new date in English, the customer to ring back with it ("The Baojun's battery job needs
a new date, Echo Whiskey 3 8 4 X-ray Mike; she'll ring back with one", set 44; the sentences below are new): a move
of that appointment, its new day asked, nothing written ("one" stands for the new date named before). "Needs a new
battery" is a part, and "needs a date" a booking still to make: no move."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_en


def test_new_date_to_come_is_a_move_asked() -> None:
    for text in (
        "Mr Rossi's oil change on the Panda, AB 123 CD, needs another day; he'll call back with one.",
        "The Panda's MOT, AB 123 CD, needs a new date, she'll ring back with one.",
    ):
        p = parse_en(text)
        assert p.intent == "move" and not p.handled and p.slots.get("date") is None, (text, p.reason, p.slots)
    p = parse_en("The Panda's MOT, AB 123 CD, needs a new date: move it to Friday at 9.")
    assert p.intent == "move" and p.slots.get("date") == "2026-11-27", p.slots


def test_no_new_date_no_move() -> None:
    assert parse_en("The Panda, AB 123 CD, needs a new battery; she'll ring back with one.").intent != "move"
    assert parse_en("The Panda, AB 123 CD, needs a date for its MOT.").intent != "move"
