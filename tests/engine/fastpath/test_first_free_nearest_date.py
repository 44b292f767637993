"""The nearest free date asked, "la data più ravvicinata che abbiamo" (set 44), "il giorno libero più ravvicinato":
a first free slot, only with what is free or had after it (a car's nearest appointment is its own, booked)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed
from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Una revisione, la data più ravvicinata che abbiamo qual è?", "inspection"),
        ("Per un tagliando, qual è il giorno libero più ravvicinato?", "service"),
        ("Per un cambio olio, la data più vicina disponibile?", "oil_change"),
    ],
)
def test_the_nearest_free_date_is_the_first_free_slot(text: str, service: str) -> None:
    assert_parsed(_parse(text), "first_free_slot", {"service": service})


@pytest.mark.parametrize(
    "text",
    [
        "Qual è l'appuntamento più ravvicinato della Rossi?",
        "La data più ravvicinata della Panda di Rossi qual è?",
    ],
)
def test_a_cars_nearest_date_is_no_free_slot(text: str) -> None:
    assert _parse(text).intent != "first_free_slot"
