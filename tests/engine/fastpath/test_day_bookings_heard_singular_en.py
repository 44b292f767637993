"""The day's bookings asked for with their s lost ("Give me a rundown of tomorrow's booking, please.", set 34; the
sentences below are new): the day's list, only when a read of it is asked for ("rundown", "run me through", "read
me") and the day's booking ends the request. "cancel tomorrow's booking" and "tomorrow's booking for the Clio" are
one booking and stay as said."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_en


def test_a_rundown_of_the_day_s_booking_is_the_day_s_list() -> None:
    p = parse_en("Give me a rundown of tomorrow's booking, please.")
    assert p.intent == "day_appointments" and p.slots.get("date") == "2026-11-26", (p.intent, p.reason, p.slots)
    p = parse_en("Run me through Monday's booking.")
    assert p.intent == "day_appointments" and p.slots.get("date") == "2026-11-30", (p.intent, p.reason, p.slots)
    p = parse_en("Read me today's booking, thanks")
    assert p.intent == "day_appointments" and p.slots.get("date") == "2026-11-25", (p.intent, p.reason, p.slots)


def test_one_booking_stays_one() -> None:
    p = parse_en("Cancel tomorrow's booking")
    assert p.intent != "day_appointments", (p.intent, p.reason, p.slots)
    p = parse_en("Give me a rundown of tomorrow's booking for the Clio")
    assert p.intent != "day_appointments", (p.intent, p.reason, p.slots)
