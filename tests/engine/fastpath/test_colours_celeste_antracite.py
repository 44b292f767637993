""" "Celeste" (light blue) and "antracite" (dark grey) are colours the workshop's cars have ("l'HR-V celeste della
signora Ruggirello"): read as the vehicle's colour (blue, grey), checked against the one found, no longer words no
table knows. The vehicle, its plate, then the job with its article and its day ("la Yaris celeste, …: il tagliando
venerdì alle 11") stays no booking (test_counter_phrasing_2: it may be the one booked)."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def test_light_blue_is_blue() -> None:
    p = parse(
        "prenota un tagliando per la Yaris celeste, GB 4 19 KM, venerdì alle 11", language="it", today=today()
    )
    assert p.intent == "book"
    assert (p.slots.get("vehicle_description") or {}).get("colour") == "blue"


def test_anthracite_is_grey() -> None:
    p = parse(
        "prenota le pastiglie per la X3 antracite, FB 418 KW, lunedì alle 9", language="it", today=today()
    )
    assert (p.slots.get("vehicle_description") or {}).get("colour") == "grey"


def test_the_job_with_its_article_after_the_plate_is_still_no_booking() -> None:
    p = parse("la Yaris celeste, GB 4 19 KM: il tagliando venerdì alle 11", language="it", today=today())
    assert p.intent != "book"
