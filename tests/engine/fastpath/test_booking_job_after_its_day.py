"""A booking dictated with its day and time said before the job, the plate maybe said last (set 33: "La MR2 gialla
della Lamanuzzi stamattina non è partita: dopodomani alle 2 una batteria nuova, DS 8 3 0 DY.") was refused: read
in the dictation's order (vehicle, plate, job, day) it is a booking, said back whole for a yes, since the words came
in another order. When it failed ("stamattina non è partita") is no day of the booking. The job with its definite
article ("domani alle 9 il tagliando": maybe the one booked), a day already set ("di venerdì") or two jobs stay as
they were."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "service", "day", "time"),
    [
        ("La Punto gialla della Rossi stamattina non è partita: dopodomani alle 2 una batteria nuova, AB 123 CD.",
         "battery", "2026-11-27", "14:00"),
        ("La Punto di Rossi, AB 123 CD: dopodomani alle 2 una batteria nuova.", "battery", "2026-11-27", "14:00"),
        ("La Punto di Rossi frena male: giovedì alle 3 pastiglie, AB 123 CD.", "brakes", "2026-11-26", "15:00"),
        ("La Punto di Rossi non parte: domani alle 9 e mezza una diagnosi, AB 123 CD.",
         "diagnosis", "2026-11-26", "09:30"),
    ],
)
def test_the_job_after_its_day_is_said_back(text: str, service: str, day: str, time: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", {"plate": "AB123CD", "service": service, "date": day, "time": time})
    assert p.careful == "verbless", (p.careful, p.reason)


def test_when_it_failed_is_no_day_of_the_booking() -> None:
    p = parse_it("La Punto della Rossi stamattina non è partita, AB 123 CD: una batteria nuova dopodomani alle 2.")
    assert_parsed(p, "book", {"plate": "AB123CD", "service": "battery", "date": "2026-11-27", "time": "14:00"})


@pytest.mark.parametrize(
    "text",
    [
        "La Punto di Rossi, AB 123 CD: domani alle 9 il tagliando.",  # maybe the one booked
        "La Punto di Rossi stamattina non è partita: dopodomani alle 2 la batteria, AB 123 CD.",
        "La Punto di Rossi: di venerdì alle 2 una batteria nuova, AB 123 CD.",  # a day already set
        "La Punto di Rossi, AB 123 CD, è venuta ieri alle 2 per una batteria nuova.",
        "La Punto di Rossi, AB 123 CD: domani alle 9 un tagliando e una revisione.",  # two jobs
    ],
)
def test_no_booking_read_from_other_orders(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason, p.slots)


async def test_the_job_after_its_day_writes_nothing_before_a_yes(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("La Renegade di Bruno non parte: venerdì 6 marzo alle 3 una batteria nuova, ZA 987 YE.",
                            context, alone=True)
    assert out.handled and wrote_nothing(out), out
    assert "ZA987YE" in out.reply_text and "Confermi" in out.reply_text, out.reply_text
