"""The change verb said inside the job's own name ("… chiede se gli cambiamo l'olio venerdì 4 dicembre alle 2 del
pomeriggio. La targa è EY 7 0 8 RN", set 41): "gli cambiamo" was read only before a part's job ("gli cambiamo le
gomme"), so "l'olio" right after its own verb booked nothing. With a day and an hour after it, a booking (relayed
from the customer: said back); asked, or with no day and hour ("da quanti mesi non le cambiamo l'olio?"), none."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


def test_the_customers_question_relayed_is_a_booking_said_back() -> None:
    parsed = parse(
        "Ehm, il signor Marcuzzi con la Rivale chiede se gli cambiamo l'olio venerdì 4 dicembre alle 2 del "
        "pomeriggio. La targa è EY 7 0 8 RN.",
        language="it", today=TODAY,
    )
    assert parsed.intent == "book" and parsed.handled, parsed
    assert parsed.slots["plate"] == "EY708RN" and parsed.slots["service"]["key"] == "oil_change"
    assert (parsed.slots["date"], parsed.slots["time"]) == ("2026-12-04", "14:00")
    assert parsed.careful == "asked"


@pytest.mark.parametrize(
    ("text", "day", "hour"),
    [
        ("Alla EY 708 RN gli cambiamo l'olio lunedì 30 alle 9.", "2026-11-30", "09:00"),
        ("La Panda del Rossi, EY 708 RN: le cambiamo l'olio giovedì 3 dicembre alle 10 e mezza.", "2026-12-03", "10:30"),
        ("Ha chiamato la Ferri, EY 708 RN, chiede se le cambiamo l'olio sabato 5 alle 11.", "2026-12-05", "11:00"),
    ],
)
def test_the_oil_changed_on_a_day_at_an_hour_is_booked(text: str, day: str, hour: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book", parsed
    assert parsed.slots["service"]["key"] == "oil_change"
    assert (parsed.slots["date"], parsed.slots["time"]) == (day, hour)


@pytest.mark.parametrize(
    "text",
    [
        "Da quanti mesi non le cambiamo l'olio alla EY 708 RN?",
        "Quando gli cambiamo l'olio alla EY 708 RN?",
        "Alla EY 708 RN gli cambiamo l'olio venerdì?",
        "Alla EY 708 RN gli cambiamo l'olio.",
    ],
)
def test_asked_or_with_no_day_and_hour_it_books_nothing(text: str) -> None:
    assert parse(text, language="it", today=TODAY).intent != "book"
