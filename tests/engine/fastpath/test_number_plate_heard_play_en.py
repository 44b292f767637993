""" "Number plate" heard "number play" (its t lost) ending what the customer did not leave: the plate asked for, as
"she never gave us the number plate" is; "the number play" anywhere else keeps its words."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_en


def test_number_play_not_left_is_the_plate_asked() -> None:
    p = parse_en(
        "A lady rang about a new battery for Tuesday the 1st at 10, she didn't leave the number place"
    )
    assert p.intent == "book" and p.reason == "missing:vehicle"
    assert p.slots.get("date") == "2026-12-01" and p.slots.get("time") == "10:00"


def test_number_play_elsewhere_keeps_its_words() -> None:
    assert heard_tokens("what's the number play for the Panda")[-4:] == ["play", "for", "the", "panda"]
