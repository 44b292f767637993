"""A plate's digits written by whisper as Roman numerals after a NATO word, the way a pope or a king is numbered
("Golf Papa II V I X-ray Tango": 2 5 1; "II V1": a numeral with the next digit written on). Put back only where
they complete a plate whose letters are said as NATO words, at least one numeral being no letter's name ("V" and
"I" alone stay letters); a write resting on them is said back whole for a yes."""

from __future__ import annotations

import pytest

from engine.fastpath.heard_en import guessed, roman_digits_heard
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_en, plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Look up Golf Hotel IV I VII Kilo Lima for me.", "GH417KL"),
        ("Look up Golf Hotel IV I7 Kilo Lima for me.", "GH417KL"),
        ("Who owns the Clio, Delta Romeo III II IX Sierra Tango?", "DR329ST"),
    ],
)
def test_roman_numerals_between_nato_letters_are_the_plates_digits(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_a_booking_on_roman_digits_is_said_back() -> None:
    p = parse_en("Book the Polo for brake pads tomorrow at 5, Golf Hotel IV I VII Kilo Lima.")
    assert_parsed(p, "book", {"plate": "GH417KL", "date": "2026-11-26", "time": "17:00"})
    assert p.careful == "words"
    assert guessed(tokenize("Book the Polo for brake pads tomorrow at 5, Golf Hotel IV I VII Kilo Lima."))


@pytest.mark.parametrize(
    "text",
    [
        "Golf Papa V I X-ray Tango",  # V and I alone: letters, no numeral
        "Book the Polo for Henry VIII on Friday",  # no NATO word before
        "Charles II rang about the Polo",
    ],
)
def test_letters_and_numerals_elsewhere_stay_as_heard(text: str) -> None:
    tokens = tokenize(text)
    assert roman_digits_heard(tokens) == tokens
