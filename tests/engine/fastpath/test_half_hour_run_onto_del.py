"""An hour's "e mezza del" run together before its part of the day, its d heard t ("… a lunedì 14 alle 3 e mezzate
pomeriggio", set 41's spoken transcript): the half hour in the afternoon (15:30), never the bare hour 15:00. The run-on
word said anywhere but before a part of the day is no half hour."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Sposta la revisione della Rivale, EY 708 RN, a lunedì 14 alle 3 e mezzate pomeriggio.", "15:30"),
        ("Prenota un tagliando per la Panda, AB 123 CD, domani alle 4 e mezzade pomeriggio.", "16:30"),
        ("Sposta le gomme della Golf, EF 456 GH, a venerdì alle 9 e mezzate mattina.", "09:30"),
    ],
)
def test_half_hour_run_onto_del_is_the_half_hour(text: str, time: str) -> None:
    assert parse_it(text).slots.get("time") == time


def test_run_on_word_elsewhere_is_no_half_hour() -> None:
    assert "mezza" not in heard_tokens("le mezzate sono finite")
