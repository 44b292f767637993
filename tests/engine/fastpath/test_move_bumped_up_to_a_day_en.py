"""An English move said "bump … up to" a day ("Bump Ms. Panzeri's Luxgen service up to Monday, January 11th, at 3
p.m.", set 44; the sentences below are new): the appointment brought forward to the day after "to", as "forward to"
is; and the customer's name ends at her possessive "'s" (the make on file after it is her car). "Up to" with no day
after it, or "bring it up" (only mentioned), moves nothing."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_en


def test_bumped_up_to_a_day() -> None:
    for text, day in (
        ("Bump Ms. Panzeri's Luxgen service up to Monday, January 11th, at 3 p.m.", "2027-01-11"),
        ("Can you bump Mr Rossi's oil change up to Friday the 27th at 10?", "2026-11-27"),
        ("Move the Panda's MOT, AB 123 CD, up to tomorrow at 9.", "2026-11-26"),
        ("Shift the Clio's tyres, AB 123 CD, up to Friday at 11.", "2026-11-27"),
    ):
        p = parse_en(text)
        assert p.intent == "move" and p.handled, (text, p.reason)
        assert p.slots.get("date") == day, (text, p.slots)


def test_name_ends_at_its_possessive() -> None:
    assert parse_en("Move Mrs Rossi's Luxgen service to Monday, January 11th, at 3 p.m.").slots.get("customer") == "Rossi"
    assert parse_en("Move Mr De Luca's oil change to Friday at 9.").slots.get("customer") == "De Luca"


def test_up_to_no_day_moves_nothing() -> None:
    assert parse_en("Bump the price up to 200.").intent != "move"
    assert parse_en("Bring it up to Friday with Mr Rossi.").intent != "move"
