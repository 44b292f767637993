"""A plate written as one word whose last two letters whisper ran on as their names ("GF411MIpsilon" for GF 411 M Y,
held-out set 44; the plates below are new): read as those two letters, where the plate's pattern alone would take the
first two letters of the name ("MI", "EM")."""

from __future__ import annotations

import pytest

from engine.fastpath.normalize import tokenize
from engine.fastpath.plate_symbols import _last_two_run_on
from engine.fastpath.plates_spoken import find_plates


@pytest.mark.parametrize(
    ("said", "plate"),
    [
        ("conferma per mail la revisione della Clio, DK402Ripsilon", "DK402RY"),
        ("la targa è EL733emmeipsilon", "EL733MY"),
        ("la GB518accaerre di Rossi", "GB518HR"),
        ("disdici la FT207zetaesse", "FT207ZS"),
    ],
)
def test_the_last_two_letters_said_by_their_names(said: str, plate: str) -> None:
    assert [p.plate for p in find_plates(tokenize(said))] == [plate]


@pytest.mark.parametrize("word", ["ab123cdi", "ab123ciao", "ab123cd", "ab123", "ab123xyz"])
def test_no_letter_name_no_reading(word: str) -> None:
    # "di" and "pi" are too like a letter and an "i" to be read as names run on; words that are no names stay as they are
    assert _last_two_run_on(word) is None
