"""The customer wanting to come earlier or later than booked, then the job named and "mettila" a day ("La Gallo
vorrebbe venire prima: il tagliando della Yaris, …, mettilo lunedì alle 9"): the appointment moved, as after a reason
it is off ("non può venire: mettila a martedì"). Before, it was a second booking of the same job said back. A new
job asked for after it ("mettigli un tagliando") stays a booking."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def test_earlier_then_put_is_a_move() -> None:
    p = parse(
        "La Gallo vorrebbe venire prima: il tagliando della Yaris, GB 4 19 KM, mettilo lunedì 30 alle 9.",
        language="it",
        today=today(),
    )
    assert p.intent == "move"
    assert p.slots.get("plate") == "GB419KM"
    assert p.slots.get("date") == "2026-11-30"
    assert p.slots.get("time") == "09:00"


def test_later_then_put_is_a_move() -> None:
    p = parse(
        "Pini preferisce passare più tardi: la revisione della Clio, FA 123 BC, mettila venerdì alle 5.",
        language="it",
        today=today(),
    )
    assert p.intent == "move"


def test_a_new_job_asked_stays_a_booking() -> None:
    p = parse(
        "Rossi vorrebbe venire prima: mettigli un tagliando martedì alle 9 per la Panda AB 123 CD",
        language="it",
        today=today(),
    )
    assert p.intent == "book"
