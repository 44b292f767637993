"""Room ordered for a car at an hour said on a day (set 35: "Mi occupi un posto per la Tatra 613, GR 882 HB? Ci va la
revisione, lunedì 14 dicembre alle 11", "Fammi un posto per la Rexton, GS 214 DR, giovedì 17 dicembre alle 11",
"Dopodomani alle 10 e mezza fammi entrare la Skala …, DD 0 83 LT, per il tagliando") was read as the first free slot
asked, or not at all. Ordered, not asked: at that hour a booking (its job asked when not said); with no hour, or
only a bound ("dopo le 10"), still the first free slot; asked with "riesci a" it stays said back."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "service", "date", "time"),
    [
        ("Fammi un posto per la Punto grigia, AB 123 CD, giovedì 17 dicembre alle 11 per il tagliando.", "service",
         "2026-12-17", "11:00"),
        ("Mi occupi un posto per la Clio di Rossi, EW 275 HS? Ci va la revisione, lunedì 14 dicembre alle 9.",
         "inspection", "2026-12-14", "09:00"),
        ("Domani alle 3 fammi entrare la Yaris bianca, FG 321 AB, per il cambio olio.", "oil_change", "2026-11-26",
         "15:00"),
        ("Occupami un posto venerdì 4 dicembre alle 10 e mezza per la Micra, EW 346 HD: cambio gomme.", "tyres",
         "2026-12-04", "10:30"),
        ("Falla entrare mercoledì 2 dicembre alle 8 e mezza, la Panda, AB 123 CD, per una diagnosi.", "diagnosis",
         "2026-12-02", "08:30"),
    ],
)
def test_room_ordered_at_an_hour_is_a_booking(text: str, service: str, date: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "book", (p.intent, p.reason, p.slots)
    assert p.slots["service"]["key"] == service, p.slots
    assert (p.slots["date"], p.slots["time"]) == (date, time), p.slots
    assert p.careful is None, p.careful  # ordered, not asked: written as said


def test_room_ordered_with_no_job_asks_the_job_of_the_car() -> None:
    p = parse_it("Fammi un posto per la Rexton, GS 214 DR, giovedì 17 dicembre alle 11.")
    assert p.intent == "book" and p.reason == "missing:service", (p.intent, p.reason)
    assert p.slots["plate"] == "GS214DR", p.slots


@pytest.mark.parametrize(
    "text",
    [
        # no hour: the first free slot of that day
        "Fammi un posto per la Punto, AB 123 CD, giovedì 17 dicembre per il tagliando.",
        "Mi occupi un posto per la revisione della Clio, EW 275 HS?",
        # only a bound, no hour: still room asked
        "Giovedì dopo le 10 fammi entrare la Yaris, FG 321 AB, per il cambio olio.",
    ],
)
def test_room_ordered_without_an_hour_stays_the_first_free_slot(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "first_free_slot", (p.intent, p.reason, p.slots)


def test_room_asked_at_an_hour_is_still_said_back() -> None:
    p = parse_it("Oggi alle 5 e mezza riesci a farmi entrare un cambio gomme per la Punto, AB 123 CD?")
    assert p.intent == "book" and p.careful == "asked", (p.intent, p.careful)


def test_a_room_that_is_no_booking_is_left_alone() -> None:
    p = parse_it("Fammi spazio sul ponte, che arriva la Punto.")
    assert p.intent != "book", (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Fami un posto per la Punto, AB 123 CD, giovedì 17 dicembre alle 11 per il tagliando.",
        "Domani alle 4 fami entrare la Yaris, FG 321 AB, per il cambio olio.",
    ],
)
def test_fammi_heard_with_one_m_orders_room_too(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.handled, (p.intent, p.reason, p.slots)
