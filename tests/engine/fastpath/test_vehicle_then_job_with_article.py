"""A booking said without a verb, the vehicle with its plate first, then the job with its definite article and only
its day and time, said last ("l'HR-V celeste della signora Ruggirello, EM 736 TR: le gomme invernali giovedì 3
dicembre alle 2 e mezza"): most likely the job asked for, yet it may tell what the one booked is, so it is said back
whole for a yes (careful "verbless"), never written at once. Before, it was refused. Anything said after it ("… è
confermato") or the day said as the one it has ("di giovedì") is no such booking. "Celeste" and "antracite" are
colours (the workshop's cars have them)."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def test_vehicle_plate_then_the_job_and_its_day() -> None:
    p = parse(
        "Allora, la Yaris celeste del signor Pellizzari, GB 4 19 KM: il tagliando venerdì 4 dicembre alle 11 e mezza.",
        language="it",
        today=today(),
    )
    assert p.intent == "book"
    assert p.handled
    assert p.careful == "verbless"
    assert p.slots.get("plate") == "GB419KM"
    assert p.slots.get("date") == "2026-12-04"
    assert p.slots.get("time") == "11:30"
    assert (p.slots.get("vehicle_description") or {}).get("colour") == "blue"


def test_anthracite_is_grey() -> None:
    p = parse("la X3 antracite, FB 418 KW: le pastiglie lunedì alle 9", language="it", today=today())
    assert (p.slots.get("vehicle_description") or {}).get("colour") == "grey"


def test_the_day_it_has_is_no_booking() -> None:
    p = parse("la Yaris celeste, GB 4 19 KM: il tagliando di venerdì alle 11", language="it", today=today())
    assert p.intent != "book"


def test_something_said_after_is_no_booking() -> None:
    p = parse(
        "la Yaris celeste, GB 4 19 KM: il tagliando venerdì alle 11 è confermato",
        language="it",
        today=today(),
    )
    assert p.intent != "book"


def test_without_its_time_no_booking_at_once() -> None:
    p = parse("la Yaris celeste, GB 4 19 KM: il tagliando venerdì", language="it", today=today())
    assert not (p.intent == "book" and p.handled and p.careful is None)


def test_the_owner_on_the_line_first_is_left_as_it_was() -> None:
    p = parse(
        "Ho al telefono Gallo: la Yaris, GB 4 19 KM, il tagliando venerdì alle 11",
        language="it",
        today=today(),
    )
    assert not (p.intent == "book" and p.handled)
