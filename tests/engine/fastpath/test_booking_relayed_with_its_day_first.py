"""A customer's question relayed with its day and hour said first, then whom and whether we can (set 36: "La
Lavagnoli chiede se lunedì 21 dicembre alle 10 e mezza le possiamo fare il tagliando alla Jolion, DJ 9 3 8 DN" was
refused as a hypothetical): the booking asked, said back for a yes; a move or a price so asked stays refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate", "service", "date", "time"),
    [
        ("La Rossi chiede se giovedì 3 dicembre alle 9 le possiamo fare la revisione alla Clio, EW 275 HS.", "EW275HS",
         "inspection", "2026-12-03", "09:00"),
        ("Il signor Conti chiede se venerdì 4 dicembre alle 11 gli possiamo cambiare le gomme alla Punto, AB 123 CD.",
         "AB123CD", "tyres", "2026-12-04", "11:00"),
        ("Ha chiesto se domani alle 4 gli riusciamo a fare il cambio olio sulla Yaris, FG 321 AB.", "FG321AB",
         "oil_change", "2026-11-26", "16:00"),
    ],
)  # fmt: skip
def test_job_asked_after_its_day_is_a_booking_said_back(
    text: str, plate: str, service: str, date: str, time: str
) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", {"plate": plate, "service": service, "date": date, "time": time})
    assert p.careful == "asked", p.careful


@pytest.mark.parametrize(
    "text",
    [
        "La Rossi chiede se giovedì 3 dicembre alle 9 le possiamo spostare la revisione della Clio, EW 275 HS.",
        "La Rossi chiede se giovedì 3 dicembre alle 9 le possiamo dire quanto costa la revisione della Clio, EW 275 HS.",
    ],
)
def test_other_things_asked_after_the_day_book_nothing(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "book", (p.intent, p.reason, p.slots)
