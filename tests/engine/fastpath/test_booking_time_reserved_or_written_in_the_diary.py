"""Time kept for a car, or the job written in the diary (set 36: "Riservami un'ora per il tagliando dell'Escalade, EE
715 YJ, giovedì 17 dicembre alle 9 e mezza" was refused, no verb known; "La Wira grigia della Bordigoni, GJ 791 KS:
scrivimela in agenda per un cambio olio, lunedì 30 novembre alle 10" was read as that day's agenda). Both book; the
fuel "riserva", "scrivigli" (a message) and the agenda asked stay what they were."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate", "service", "date", "time"),
    [
        ("Riservami un'ora per il tagliando della Punto, AB 123 CD, giovedì 17 dicembre alle 9 e mezza.", "AB123CD",
         "service", "2026-12-17", "09:30"),
        ("Riservagli la mattina di venerdì 4 dicembre alle 9 per la revisione della Clio, EW 275 HS.", "EW275HS",
         "inspection", "2026-12-04", "09:00"),
        ("Riservami la Yaris, FG 321 AB, lunedì 30 novembre alle 10 per un cambio olio.", "FG321AB", "oil_change",
         "2026-11-30", "10:00"),
        ("Scrivila in agenda per un tagliando, la Punto, AB 123 CD, venerdì 4 dicembre alle 11.", "AB123CD", "service",
         "2026-12-04", "11:00"),
        ("La Clio di Rossi, EW 275 HS: scrivimelo sull'agenda per la revisione, giovedì 3 dicembre alle 9.", "EW275HS",
         "inspection", "2026-12-03", "09:00"),
        ("Inseriscila in agenda, la Yaris, FG 321 AB, cambio gomme martedì 1 dicembre alle 15.", "FG321AB", "tyres",
         "2026-12-01", "15:00"),
    ],
)  # fmt: skip
def test_time_reserved_or_written_in_the_diary_books(text: str, plate: str, service: str, date: str, time: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": plate, "service": service, "date": date, "time": time})


def test_time_reserved_with_no_job_asks_the_job() -> None:
    p = parse_it("Riservami un'ora per la Punto, AB 123 CD, giovedì 17 dicembre alle 9.")
    assert p.intent == "book" and p.reason == "missing:service", (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "La Punto, AB 123 CD, è in riserva: la spia è accesa.",
        "La ruota di riserva della Punto, AB 123 CD, è a terra.",
        "Scrivigli che il tagliando della Punto, AB 123 CD, è fatto.",
    ],
)
def test_reserve_and_writing_that_books_nothing_stay_no_booking(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "book", (p.intent, p.reason, p.slots)


def test_the_agenda_asked_stays_the_agenda() -> None:
    p = parse_it("Cosa c'è in agenda lunedì 30 novembre?")
    assert p.intent == "day_appointments", (p.intent, p.reason)
