"""The slot held for the car (set 34: "Per la Saxo della Melandri, GD 741 NF, mi tieni libero martedì 22 dicembre alle
9?", no job said) was refused: a booking asked, its job asked back, nothing written. And the slot held if free, for
whom said after it ("C'è posto …? Se è libero, tienilo per lei"), stayed a hypothetical: a booking, as with nothing
after it; anything else said after it keeps the condition."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "day", "time"),
    [
        ("Per la Punto di Rossi, AB 123 CD, mi tieni libero martedì 22 dicembre alle 9?", "2026-12-22", "09:00"),
        ("Mi tieni un posto venerdì alle 10 per la Punto di Rossi, AB 123 CD?", "2026-11-27", "10:00"),
    ],
)
def test_the_slot_held_with_no_job_asks_it(text: str, day: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and not p.handled and p.reason == "missing:service", (p.reason, p.slots)
    assert p.slots["date"] == day and p.slots["time"] == time


def test_the_slot_held_for_a_job_books() -> None:
    assert_parsed(
        parse_it("Tienimi libero giovedì alle 3 per il tagliando della Punto, AB 123 CD."),
        "book", {"plate": "AB123CD", "service": "service", "date": "2026-11-26", "time": "15:00"},
    )


@pytest.mark.parametrize(
    ("text", "service", "day", "time"),
    [
        ("C'è posto martedì 15 dicembre alle 10 e mezza per le pastiglie della Punto, AB 123 CD? Se è libero, tienilo "
         "per lei.", "brakes", "2026-12-15", "10:30"),
        ("C'è posto domani alle 11 per le gomme della Punto di Rossi, AB 123 CD? Se sì, bloccalo per il cliente.",
         "tyres", "2026-11-26", "11:00"),
    ],
)
def test_held_if_free_for_whom_books(text: str, service: str, day: str, time: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": "AB123CD", "service": service, "date": day, "time": time})


@pytest.mark.parametrize(
    "text",
    [
        "Mi tieni la Punto di Rossi, AB 123 CD, in piazzale fino a venerdì?",  # the car kept, no slot
        "C'è posto domani alle 11 per le gomme della Punto di Rossi, AB 123 CD? Se sì, bloccalo per lei e per il "
        "marito.",
        "C'è posto domani alle 11 per le gomme della Punto di Rossi, AB 123 CD? Se sì, bloccalo per lei, se no "
        "domenica.",
    ],
)
def test_no_booking_read_from_the_hold(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason, p.slots)
