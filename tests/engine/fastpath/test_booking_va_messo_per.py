"""What must be done, said of the car ("Il Nevera di X, GE 833 FD, va messo per la diagnosi mercoledì 16 dicembre,
l'ora non me l'ha detta", set 39, left unread): a booking ("va messo per" the job), its hour asked when said not
known. "va messo a giovedì" (a day, no "per" the job) is no such booking word."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("La Punto di Conti, AB 123 CD, va messa per la revisione venerdì 4 dicembre alle 10.",
         {"plate": "AB123CD", "service": "inspection", "date": "2026-12-04", "time": "10:00"}),
        ("Il Clio della Rossi, EW 275 HS, va messo per il tagliando lunedì 30 alle 9.",
         {"plate": "EW275HS", "service": "service", "date": "2026-11-30", "time": "09:00"}),
        ("La Punto, AB 123 CD, va prenotata per il cambio gomme giovedì 3 dicembre alle 3.",
         {"plate": "AB123CD", "service": "tyres", "date": "2026-12-03", "time": "15:00"}),
    ],
)  # fmt: skip
def test_va_messo_per_the_job_is_a_booking(text: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "book", slots)


@pytest.mark.parametrize(
    "text",
    [
        "La Punto di Conti, AB 123 CD, va messa per la diagnosi mercoledì 16 dicembre, l'ora non me l'ha detta.",
        "La Clio, EW 275 HS, va prenotata per il tagliando mercoledì 16 dicembre, l'orario lo decide lei.",
    ],
)
def test_its_hour_said_not_known_is_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason == "missing:time" and p.slots.get("date") == "2026-12-16", (p.reason, p.slots)


def test_va_messo_with_no_job_after_is_no_booking_word() -> None:
    p = parse_it("La Punto di Conti, AB 123 CD, va messa a posto.")
    assert not (p.handled and p.intent == "book"), (p.intent, p.reason)
