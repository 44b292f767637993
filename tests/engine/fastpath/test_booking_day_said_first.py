"""A booking said without a verb, its day and time said first (set 34: "Dopodomani alle 11 in punto, cambio gomme
sulla Alpine azzurro polvere, FN 424 RF. Grazie.") was refused: read as the same booking with its day said last
("cambio gomme sulla Alpine, FN 424 RF, dopodomani alle 11"). A day said as one already set ("di venerdì"), a
question, or a vehicle told of with no job asked stays as it was."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "service", "day", "time"),
    [
        ("Dopodomani alle 11 in punto, cambio gomme sulla Punto di Rossi, AB 123 CD. Grazie.", "tyres", "2026-11-27",
         "11:00"),
        ("Domani alle 9 e mezza, un tagliando per la Punto di Rossi, AB 123 CD.", "service", "2026-11-26", "09:30"),
        ("Venerdì 27 alle 3, pastiglie per la Punto, AB 123 CD.", "brakes", "2026-11-27", "15:00"),
        ("Lunedì 30 alle 10 precise, revisione sulla Punto di Rossi, AB 123 CD.", "inspection", "2026-11-30", "10:00"),
    ],
)
def test_the_day_said_first_books(text: str, service: str, day: str, time: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": "AB123CD", "service": service, "date": day, "time": time})


@pytest.mark.parametrize(
    "text",
    [
        "Di venerdì alle 3, il tagliando della Punto, AB 123 CD.",  # the day of one already set
        "Domani alle 9 un tagliando per la Punto, AB 123 CD?",  # asked
        "Domani alle 9 la Punto di Rossi, AB 123 CD, ha il tagliando.",  # told of the one booked
    ],
)
def test_no_booking_read_from_the_day_first(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason, p.slots)
