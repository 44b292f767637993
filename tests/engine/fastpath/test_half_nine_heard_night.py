"""The British half hour with nine heard as the word it rhymes with ("at half-night", "at halfnight": half nine,
its n ending heard as t): the hour put back, a guess of the time a write rests on, so said back whole. New
sentences in the shape held-out set 26 heard; "tomorrow night" and "half the night" keep their words."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, slot


@pytest.mark.parametrize(
    "text",
    [
        "Move the Panda, GH 907 MN, from tomorrow to Friday the 27th at half-night.",
        "Book the Panda GH 907 MN for tyres on Monday at halfnight.",
    ],
)
def test_half_night_is_half_nine_said_back(text: str) -> None:
    p = parse_en(text)
    assert p.intent in ("move", "book") and slot(p, "time") == "09:30", (p.reason, p.slots)
    assert p.careful == "words"


def test_night_elsewhere_is_no_hour() -> None:
    p = parse_en("Book the Panda GH 907 MN for tyres on Monday, it was out half the night.")
    assert slot(p, "time") != "09:30", p.slots
