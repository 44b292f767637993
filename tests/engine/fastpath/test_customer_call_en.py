"""A customer's call told in English: the call still to come about what is not known ("…, he'll ring about the
time": the time asked, no call to make), and a call asking for a new job ("some woman phoned after a full
service on Friday …": a booking wanted, its vehicle asked, and when whole said back, never written at once)."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_en


def test_call_about_the_time_asks_the_time() -> None:
    p = parse_en(
        "Can you put the Panda, AB 123 CD, in for an oil change on Monday the 30th? She'll phone about the time."
    )
    assert p.intent == "book" and p.reason == "missing:time" and p.slots.get("date") == "2026-11-30"


def test_call_about_the_day_asks_the_day() -> None:
    p = parse_en("Book the Panda AB 123 CD for an MOT at 9, he'll call back about the day")
    assert p.intent == "book" and p.reason == "missing:date"


def test_call_about_anything_else_stays_refused() -> None:
    p = parse_en("Book the Panda AB 123 CD for an MOT on Friday at 9, she'll call about the brakes")
    assert not p.handled and p.reason == "out_of_scope:unsupported_action"


def test_call_asking_for_a_job_is_a_booking_with_its_vehicle_asked() -> None:
    p = parse_en("A chap rang up about a new battery for Tuesday the 1st at 10, he never gave us the reg")
    assert p.intent == "book" and p.reason == "missing:vehicle"
    assert p.slots.get("date") == "2026-12-01" and p.slots.get("time") == "10:00"


def test_call_asking_for_a_job_whole_is_said_back() -> None:
    p = parse_en("Mrs Rossi phoned about an MOT for the Panda AB 123 CD on Friday the 27th at 9")
    assert p.intent == "book" and p.careful == "asked"


def test_call_about_a_job_already_had_is_no_booking() -> None:
    assert parse_en("Mr Rossi rang about the MOT on the Panda AB 123 CD").intent != "book"
