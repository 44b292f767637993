"""The counter's polite "ci sarebbe" opening a booking ("Buongiorno, ci sarebbe la Torres verde della X, FB 906 VG,
da mettere per la revisione venerdì 27 alle 10", set 39, refused as a hypothetical): "c'è", the car "da mettere"
(or "da prenotare") for the job, a booking. Said elsewhere, or with no booking "da" after it, or a condition after,
it stays a hypothetical."""

from __future__ import annotations

import pytest

from engine.fastpath.intents import there_would_be
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate", "service", "date", "time"),
    [
        ("Buongiorno, ci sarebbe la Clio verde della Rossi, EW 275 HS, da mettere per la revisione venerdì 27 alle 10.",
         "EW275HS", "inspection", "2026-11-27", "10:00"),
        ("Allora, ci sarebbe da prenotare un tagliando per la Punto, AB 123 CD, lunedì 30 alle 9.", "AB123CD",
         "service", "2026-11-30", "09:00"),
        ("Ci sarebbe la Punto del signor Conti, AB 123 CD, da mettere per il cambio gomme giovedì 3 alle 11.",
         "AB123CD", "tyres", "2026-12-03", "11:00"),
    ],
)  # fmt: skip
def test_there_would_be_a_car_to_book_is_a_booking(text: str, plate: str, service: str, date: str, time: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": plate, "service": service, "date": date, "time": time})


@pytest.mark.parametrize(
    "text",
    [
        "Ci sarebbe posto venerdì 27 alle 10 per la revisione della Clio, EW 275 HS?",  # room asked
        "Ci sarebbe la Clio, EW 275 HS, da mettere per la revisione venerdì 27 alle 10, se il cliente conferma.",
        "Se ci sarebbe da mettere la Clio, EW 275 HS, per la revisione venerdì 27 alle 10, fallo.",
        "La Rossi dice che ci sarebbe da mettere la Clio, EW 275 HS, per la revisione venerdì 27 alle 10.",
    ],
)
def test_elsewhere_it_stays_a_hypothetical(text: str) -> None:
    p = parse_it(text)
    assert not (p.handled and p.intent == "book"), (p.intent, p.reason, p.slots)


def test_only_opening_with_a_booking_da_after_it() -> None:
    assert there_would_be(["buongiorno", "ci", "sarebbe", "la", "clio", "da", "mettere"]) == (1, 3)
    assert there_would_be(["ci", "sarebbe", "da", "vedere", "se", "c", "e", "posto"]) is None
    assert there_would_be(["la", "rossi", "ci", "sarebbe", "da", "mettere"]) is None
