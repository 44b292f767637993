"""The counter's dictation with the job's definite article and a vehicle the fast path does not know by name
("Hispano Suiza della Dalmonte, GC 8 2 8 SJ, le gomme invernali sabato 5 dicembre alle 9", set 42), or the part said
due ("Xheos grigia della Marangoni, GL 755 KF, la batteria è da cambiare: venerdì 18 dicembre, 9 e mezza"), or the
diagnosis said with its unit ("… diagnosi alla centralina, giovedì …"): a booking said back whole for a yes, as with
a vehicle it knows. "Il tagliando è sabato …" or "il tagliando di sabato …" tell of the one booked: no booking."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "service", "day", "hour"),
    [
        ("Hispano Suiza della Dalmonte, GC 8 2 8 SJ, le gomme invernali sabato 5 dicembre alle 9.", "tyres",
         "2026-12-05", "09:00"),
        ("Zorbetta blu della Dalmonte, GC 828 SJ, la revisione lunedì 30 alle 11.", "inspection", "2026-11-30",
         "11:00"),
        ("Xheos grigia della Marangoni, GC 828 SJ, la batteria è da cambiare: venerdì 18 dicembre, 9 e mezza.",
         "battery", "2026-12-18", "09:30"),
        ("La Panda grigia della Marangoni, GC 828 SJ, le pastiglie sono da sostituire, lunedì 14 alle 10.", "brakes",
         "2026-12-14", "10:00"),
        ("Bizzarrini blu della Bellodi, GC 828 SJ: diagnosi alla centralina, giovedì 17 dicembre, 17 e 30.",
         "diagnosis", "2026-12-17", "17:30"),
    ],
)
def test_the_dictated_job_is_a_booking_said_back(text: str, service: str, day: str, hour: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book", parsed
    assert parsed.slots["plate"] == "GC828SJ" and parsed.slots["service"]["key"] == service
    assert (parsed.slots["date"], parsed.slots["time"]) == (day, hour)
    assert parsed.careful is not None


@pytest.mark.parametrize(
    "text",
    [
        "Hispano Suiza della Dalmonte, GC 8 2 8 SJ, il tagliando di sabato 5 dicembre alle 9.",
        "Hispano Suiza della Dalmonte, GC 8 2 8 SJ, il tagliando è sabato 5 dicembre alle 9.",
        "La Panda grigia della Marangoni, GC 828 SJ, la batteria è scarica, lunedì 14 alle 10.",
        "La Panda grigia della Marangoni, GC 828 SJ, le pastiglie sono state fatte lunedì 14 alle 10.",
    ],
)
def test_the_job_told_of_is_no_booking(text: str) -> None:
    assert parse(text, language="it", today=TODAY).intent != "book"
