"""The customer's bringing the car in for a job at a day and hour, told in the third person (set 36: "Il signor
Sgarzi porta l'H9 rosso per le pastiglie: targa DR 673 HX, venerdì 11 dicembre alle 8 e mezza" was refused, no verb
known). A booking, said back for a yes (told of the customer, not ordered); "porta" as an order, as the noun, asked,
or without its job, day and hour books nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate", "service", "date", "time"),
    [
        ("Il signor Conti porta la Clio rossa per le pastiglie: targa EW 275 HS, venerdì 11 dicembre alle 8 e mezza.",
         "EW275HS", "brakes", "2026-12-11", "08:30"),
        ("Il signor Conti porta la Clio, EW 275 HS, per la revisione giovedì 3 dicembre alle 10.", "EW275HS",
         "inspection", "2026-12-03", "10:00"),
        ("La Ferri ci porta la Yaris, FG 321 AB, per il cambio olio lunedì 30 novembre alle 9.", "FG321AB",
         "oil_change", "2026-11-30", "09:00"),
    ],
)  # fmt: skip
def test_car_brought_for_a_job_at_an_hour_is_a_booking_said_back(
    text: str, plate: str, service: str, date: str, time: str
) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", {"plate": plate, "service": service, "date": date, "time": time})
    assert p.careful == "asked", p.careful


def test_car_brought_and_ordered_booked_is_written_as_said() -> None:
    p = parse_it("Conti porta la Clio, EW 275 HS: revisione giovedì 3 dicembre alle 9 e mezza, me la segni?")
    assert_parsed(p, "book", {"plate": "EW275HS", "service": "inspection", "date": "2026-12-03", "time": "09:30"})
    assert p.careful is None, p.careful


@pytest.mark.parametrize(
    "text",
    [
        "Porta la Punto, AB 123 CD, sul ponte per il tagliando di venerdì 4 dicembre alle 9.",
        "La porta della Punto, AB 123 CD, non si chiude, la revisione è venerdì 4 dicembre alle 9.",
        "Il signor Conti porta la Clio, EW 275 HS, giovedì 3 dicembre alle 10.",
        "Quando porta la Clio, EW 275 HS, per la revisione giovedì 3 dicembre alle 10?",
    ],
)
def test_porta_that_tells_no_booking_books_nothing(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "book", (p.intent, p.reason, p.slots)
