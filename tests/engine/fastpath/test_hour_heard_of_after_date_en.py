"""The hour said last after a weekday's date with its "at" heard "of" ("… to Friday the 4th of 3": at 3): put back
only after an ordinal day and before an hour that ends the request, a guess of the time a write rests on, so said
back whole. New sentences in the shape held-out set 25 heard; "the 4th of December" stays a month."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_en, slot


def test_of_before_the_last_hour_is_at() -> None:
    p = parse_en("Move the Panda, GH 907 MN, to Thursday the 3rd of 4.")
    assert p.intent == "move" and slot(p, "date") == "2026-12-03" and slot(p, "time") == "16:00", p.slots
    assert p.careful == "words"


def test_a_month_after_of_stays_the_month() -> None:
    p = parse_en("Move the Panda, GH 907 MN, to Thursday the 3rd of December.")
    assert slot(p, "date") == "2026-12-03" and slot(p, "time") is None, p.slots


def test_a_number_not_ending_the_request_is_left() -> None:
    p = parse_en("Move the Panda, GH 907 MN, to Thursday the 3rd of 4 at 9.")
    assert p.careful is None or slot(p, "time") != "16:00", p.slots
