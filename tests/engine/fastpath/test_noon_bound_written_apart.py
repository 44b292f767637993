"""Noon written as two words after a bound ("prima di mezzo giorno", set 35): the bound of noon, so the morning
before it ("un cambio gomme giovedì 17 prima di mezzo giorno: a che ora lo posso fare?"); "un lavoro di mezzo
giorno" (half a day's work) stays as said."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Un cambio gomme per giovedì 17 dicembre prima di mezzo giorno, a che ora lo posso fare.",
        "Una revisione venerdì 4 dicembre prima di mezzo giorno: c'è posto?",
        "Il primo posto libero per le pastiglie lunedì 30, entro mezzo giorno",
    ],
)
def test_before_noon_is_the_morning(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "first_free_slot" and p.slots.get("part_of_day") == "morning", (p.intent, p.slots)


def test_half_a_day_stays_as_said() -> None:
    said = "un lavoro di mezzo giorno"
    assert put_back(heard_tokens(said)) == said.split()


def test_noon_bound_is_one_word() -> None:
    assert put_back(heard_tokens("dopo mezzo giorno")) == ["dopo", "mezzogiorno"]
