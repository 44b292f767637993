"""A job passed to another day with the "a" before the new weekday not heard ("il tagliando fissato per lunedì della
Panda beige slitta martedì", whisper's for "slitta a martedì", seen speaking to the app): read as the move, its write
said back whole for a yes (a word of it was not heard). Without the day it had, or with someone coming by, no move."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_a_lost_before_the_weekday_is_the_move_said_back() -> None:
    p = parse_it("la revisione di venerdì della Clio grigia passa lunedì")
    assert p.intent == "move" and p.handled, (p.reason, p.slots)
    assert p.slots["date"] == "2026-11-30" and p.careful == "words"


def test_with_its_a_the_move_is_not_said_back_for_it() -> None:
    p = parse_it("la revisione di venerdì della Clio grigia passa a lunedì")
    assert p.intent == "move" and p.careful != "words"


def test_without_the_day_it_had_it_is_no_move() -> None:
    assert parse_it("la revisione della Clio passa lunedì").intent != "move"


def test_someone_coming_by_is_no_move() -> None:
    assert parse_it("la revisione di venerdì della Clio passa lunedì a ritirarla").intent != "move"
