"""Whisper's "e mezza del" run together as "mezzate" before the article of the part of the day ("… alle due e mezzate
il pomeriggio", set 42's it-hh06): the repair of its spelling made it "message", the minutes were lost and the booking
written at 14:00 for 14:30 — a wrong write. After "e", "mezzate" is the half hour; elsewhere it is left alone."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import said_as
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Cambia le gomme alla Panda AB 123 CD mercoledì 16 dicembre alle due e mezzate il pomeriggio.", "14:30"),
        ("Tagliando per la Punto AB 123 CD venerdì 4 dicembre alle 3 e mezzate il pomeriggio.", "15:30"),
        ("Revisione della Panda AB 123 CD giovedì 3 dicembre alle nove e mezzade la mattina.", "09:30"),
    ],
)
def test_half_past_run_on_is_half_past(text: str, time: str) -> None:
    assert_parsed(parse_it(text), "book", {"time": time})


def test_mezzate_not_after_e_stays() -> None:
    assert said_as(["le", "mezzate"]) == ["le", "mezzate"]
