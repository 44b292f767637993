"""English "Can we get the Korando, EA 839 WC, in for a service …": a model no table knows after "the" (or "his",
"her"), its plate right after, is the car, never put back as a service it sounds like ("collaudo"); so the
service said is the one booked. A word heard after "the" with no car after it is still put back."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_en, slot


def test_a_model_before_its_plate_is_no_service() -> None:
    p = parse_en("Can we get the Korando, Echo Alpha 8 3 9 Whiskey Charlie, in for a service on Monday the 30th at 9?")
    assert p.intent == "book" and slot(p, "plate") == "EA839WC", p
    assert (p.slots.get("service") or {}).get("key") == "service", p.slots


def test_the_model_alone_is_still_a_booking_of_the_service_said() -> None:
    p = parse_en("Book his Korando, EA 839 WC, for an MOT on Monday the 30th at 9.")
    assert p.intent == "book" and (p.slots.get("service") or {}).get("key") == "inspection", p.slots
    assert p.reason != "ambiguous:two_services", p.reason
