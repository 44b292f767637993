"""The car "loaded" into the agenda for its job and day ("Caricami il Xiaoyao grigio di Ciccolella, FR 541 YF, per un
tagliando lunedì 11 gennaio alle 15, e lasciagli un promemoria su WhatsApp per il giorno prima.", set 46): a booking,
with the reminder said after it its second part. A battery charged ("caricami la batteria"), a car put on the lift
("caricalo sul ponte per il tagliando", no day) and a job done yesterday are none."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_the_car_loaded_with_a_reminder_is_a_booking_and_its_reminder() -> None:
    parsed = parse_it("Caricami il Xiaoyao grigio di Ciccolella, FR 541 YF, per un tagliando lunedì 11 gennaio alle 15, "
                      "e lasciagli un promemoria su WhatsApp per il giorno prima.")
    assert_parsed(parsed, "book", {"plate": "FR541YF", "date": "2027-01-11", "time": "15:00"})
    assert [part.intent for part in parsed.parts] == ["book", "send_reminder"]


@pytest.mark.parametrize(
    ("text", "date", "time"),
    [
        ("Caricami la FR 541 YF per la revisione giovedì alle 10.", "2026-11-26", "10:00"),
        ("Caricagli la FR 541 YF per un cambio olio venerdì alle 9.", "2026-11-27", "09:00"),
    ],
)
def test_the_car_loaded_for_its_job_and_day_is_booked(text: str, date: str, time: str) -> None:
    assert_parsed(parse_it(text), "book", {"date": date, "time": time})


@pytest.mark.parametrize(
    "text",
    [
        "Caricami la batteria della FR 541 YF.",
        "Caricalo sul ponte per il tagliando, la FR 541 YF.",
        "Caricami il tagliando della FR 541 YF di ieri.",
    ],
)
def test_no_booking_is_read(text: str) -> None:
    assert parse_it(text).intent != "book", text
