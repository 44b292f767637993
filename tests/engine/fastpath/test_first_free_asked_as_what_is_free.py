"""What is free asked of whoever looks at the agenda is the first free slot ("Per una diagnosi, giovedì 24 di
mattina, cosa trovi libero?", set 41, was refused): "cosa trovi / vedi / c'è (di) libero", its day and part of day
read. Only after "cosa": "il primo orario che trovi libero" names the slot a put-in takes, a booking as before."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        (
            "Per una diagnosi, giovedì 24 di mattina, cosa trovi libero?",
            {"service": "diagnosis", "date": "2026-12-24", "part_of_day": "morning"},
        ),
        ("Per un tagliando cosa vedi di libero venerdì?", {"service": "service", "date": "2026-11-27"}),
        ("Domani cosa c'è di libero per un cambio olio?", {"service": "oil_change", "date": "2026-11-26"}),
        ("Lunedì pomeriggio cosa mi trovi libero per le gomme?", {"date": "2026-11-30", "part_of_day": "afternoon"}),
    ],
)
def test_what_is_free_asked_is_the_first_free_slot(text: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "first_free_slot", slots)


def test_the_slot_a_put_in_takes_is_still_a_booking() -> None:
    p = parse_it("Inseriscilo al primo orario che trovi libero, la GH 499 ZR per un tagliando")
    assert p.intent == "book" and p.slots.get("first_free"), (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Cosa trovi nel bagagliaio della Panda?",  # nothing free asked
        "Che cosa hai trovato sulla Clio di Rossi?",
    ],
)
def test_nothing_free_asked_is_no_first_free_slot(text: str) -> None:
    assert parse_it(text).intent != "first_free_slot"
