"""The day a job is moved from, said with "da" glued on and its "dì" heard apart, the day it goes to said a few
words later ("La batteria della Ligier, GK 637SH, Damarte di la portiamo a giovedì 10 dicembre allo stesso orario",
set 34's transcript; the sentences below are new): "da martedì", so the request is the move it is, the old day
checked against the car's appointment as for any move. With no day it goes to after it, "damarte di" is left as
heard (no day is guessed)."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("heard", "words"),
    [
        ("la batteria della Clio Damarte di la portiamo a giovedì 10 alle 9", ["da", "martedi"]),
        ("il tagliando della Panda davener di lo spostiamo a lunedì 14", ["da", "venerdi"]),
        ("le gomme dalmercole di me le metti al sabato 12", ["dal", "mercoledi"]),
    ],
)
def test_the_day_moved_from_is_put_back(heard: str, words: list[str]) -> None:
    tokens = heard_tokens(heard)
    start = tokens.index(words[0])
    assert tokens[start : start + len(words)] == words


def test_the_request_is_the_move() -> None:
    p = parse_it("La batteria della Clio, AB 123 CD, Damarte di la portiamo a giovedì 10 dicembre allo stesso orario")
    assert p.intent == "move" and p.slots.get("old_date") == "2026-12-01", (p.intent, p.reason, p.slots)
    assert p.slots.get("date") == "2026-12-10", p.slots


@pytest.mark.parametrize(
    "heard",
    [
        "la batteria della Clio damarte di la facciamo alle 9",  # no day it goes to
        "la batteria della Clio damarte di",
        "la batteria della Clio damarte di la portiamo a casa e poi giovedì",  # "a" before no weekday
    ],
)
def test_no_day_gone_to_leaves_it_as_heard(heard: str) -> None:
    assert "martedi" not in heard_tokens(heard)
