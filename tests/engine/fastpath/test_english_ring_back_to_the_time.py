"""English "…on Monday the 30th, he'll ring back to the time": the customer's call to come with the hour ("with"
heard "to"), the time asked, no call for the fast path to make. "He'll ring back to the garage" names no slot and
stays refused (an action not for the fast path)."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_en


def test_ring_back_to_the_time_asks_the_time() -> None:
    p = parse_en("Can we get the Korando, EA 839 WC, in for a service on Monday the 30th, he'll ring back to the time.")
    assert p.intent == "book" and p.reason == "missing:time", (p.intent, p.reason)


def test_ring_back_to_anything_else_is_no_slot_not_known() -> None:
    p = parse_en("Book the Korando, EA 839 WC, for a service on Monday the 30th, he'll ring back to the garage.")
    assert not p.handled and p.reason != "missing:time", (p.intent, p.reason)
