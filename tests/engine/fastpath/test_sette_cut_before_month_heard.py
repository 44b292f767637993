""""sette" heard with its end cut before the month ("…, per un cambio olio lunedì set dicembre a mezzo giorno", set
40's it-kk10): read as the weekday alone it booked Monday 30 November instead of the 7th, a wrong write. "set" is no
Italian word: before a month it is the 7th; anywhere else (English "set up") it stays as said."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import said_as
from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Segna la Punto di Rossi, AB 123 CD, per un cambio olio lunedì set dicembre a mezzogiorno.", "2026-12-07"),
        ("Prenota il tagliando per la Clio, EW 275 HS, giovedì set gennaio alle 9.", "2027-01-07"),
        ("Metti la revisione alla Punto, AB 123 CD, il set dicembre alle 10.", "2026-12-07"),
    ],
)
def test_set_before_a_month_is_the_seventh(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "book", {"date": date})


def test_set_elsewhere_stays() -> None:
    assert said_as(["set", "up", "an", "appointment"]) == ["set", "up", "an", "appointment"]
    assert said_as(["il", "set", "di", "gomme"]) == ["il", "set", "di", "gomme"]
    p = parse_en("Set up an appointment for the Punto, AB 123 CD, Monday the 7th of December at 9 for a service.")
    assert p.slots.get("date") in (None, "2026-12-07"), p.slots
