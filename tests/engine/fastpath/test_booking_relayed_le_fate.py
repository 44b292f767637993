"""A customer's question relayed to the workshop in its second person plural, whom first ("Ha chiamato la signora
X, …, EV 342 FK: chiede se le fate il tagliando sabato 5 dicembre alle 9 e mezza", set 39, refused as a
hypothetical), or its "le" after the hour read as the hour's ("chiede se sabato alle 9 e mezza le facciamo il
tagliando"): the booking asked, said back for a yes. A price, a question with no car, or a condition stay as they
were."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate", "service", "date", "time"),
    [
        ("La signora Rossi, EW 275 HS: chiede se le fate il tagliando sabato 5 dicembre alle 9 e mezza.", "EW275HS",
         "service", "2026-12-05", "09:30"),
        ("Il signor Conti chiede se gli fate la revisione alla Punto, AB 123 CD, venerdì 4 dicembre alle 10.",
         "AB123CD", "inspection", "2026-12-04", "10:00"),
        ("La Rossi vuole sapere se le fate il cambio gomme sulla Clio, EW 275 HS, lunedì 30 alle 3.", "EW275HS",
         "tyres", "2026-11-30", "15:00"),
        ("La Rossi chiede se sabato 5 dicembre alle 9 e mezza le facciamo il tagliando alla Clio, EW 275 HS.",
         "EW275HS", "service", "2026-12-05", "09:30"),
    ],
)  # fmt: skip
def test_job_asked_of_the_workshop_is_a_booking_said_back(
    text: str, plate: str, service: str, date: str, time: str
) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", {"plate": plate, "service": service, "date": date, "time": time})
    assert p.careful == "asked", p.careful


@pytest.mark.parametrize(
    "text",
    [
        "La Rossi chiede se le fate uno sconto sul tagliando della Clio, EW 275 HS.",  # a price
        "La Rossi chiede se le fate il tagliando sabato alle 9, se il marito le lascia la macchina.",  # a condition
        "La Rossi chiede se le fate anche la revisione.",  # no car, no day: nothing written
    ],
)
def test_other_things_so_asked_write_nothing(text: str) -> None:
    p = parse_it(text)
    assert not (p.handled and p.intent == "book" and {"plate", "date", "time"} <= set(p.slots)), (p.reason, p.slots)
