"""The British half hour with "half" and its hour run into one word ("halften", "halfnine"; "halftang": ten's vowel
and its n blurred), after "at" or its "at" heard "of", a day of the month or a weekday, in a request naming a day: the
half hour, a guess said back whole for a yes. "Halfway", or a run-on word that sounds like no hour, stays as
heard."""

from __future__ import annotations

import pytest

from engine.fastpath.heard_en import half_heard_off
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Move the Polo, GH 417 KL, to Friday the 11th of halftang.", "10:30"),
        ("Move the Polo, GH 417 KL, to Friday the 11th at halfnine.", "09:30"),
        ("Move the Polo, GH 417 KL, to Friday the 11th halften.", "10:30"),
    ],
)
def test_half_and_its_hour_run_together_is_the_half_hour_said_back(text: str, time: str) -> None:
    p = parse_en(text)
    assert_parsed(p, "move", {"plate": "GH417KL", "date": "2026-12-11", "time": time})
    assert p.careful == "words"


@pytest.mark.parametrize(
    "text",
    [
        "the Polo is halfway done on Friday",
        "move the Polo to Friday at halftime",
        "move the Polo to Friday at halfwit",
    ],
)
def test_other_half_words_stay_as_heard(text: str) -> None:
    tokens = tokenize(text)
    assert half_heard_off(tokens) == tokens
