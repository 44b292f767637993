""" "tre dicembre" heard as "tredici" and the month's end as a word of its own ("giovedì 13 centri", "13 sembre"), as
"13mbre" already was when run on: put back right after a weekday only, so the date is checked against it. "giovedì
13 alle 9" and a 13 before any other word stay."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        ("un tagliando giovedì 13 centri alle 10", "un tagliando giovedi 3 dicembre alle 10"),
        ("la revisione domenica 16 sembre", "la revisione domenica 6 dicembre"),
    ],
)
def test_december_end_apart_after_weekday_is_put_back(heard: str, want: str) -> None:
    assert " ".join(put_back(tokenize(heard))) == want


@pytest.mark.parametrize("heard", ["giovedì 13 alle 9", "il 13 centri commerciali", "giovedì 14 centri"])
def test_no_december_without_weekday_or_teen(heard: str) -> None:
    assert "dicembre" not in put_back(tokenize(heard))


def test_booking_on_the_third_heard_apart_is_said_back_whole() -> None:
    p = parse_it(
        "La Punto Evo rossa della Rossi, EF 6 3 8 RD, mi fai un tagliando giovedì 13 centri alle 10?"
    )
    assert p.intent == "book" and p.slots.get("date") == "2026-12-03" and p.slots.get("time") == "10:00"
