"""The day to come in the customer's own call back: "ricarica clima per la Journey, …, alle 3 e mezza; il giorno lo
richiama lui" (set 30) was refused for "richiama" (a call to make). Said after "il giorno" it tells when the day
comes: the booking is kept and its day asked. "Richiamalo" alone stays a call, refused."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_the_day_told_in_his_call_back_is_asked() -> None:
    p = parse_it("Senti, cambio gomme per la Punto, AB 123 CD, alle 4; il giorno ci ritelefona lei.")
    assert p.intent == "book" and p.reason == "missing:date", (p.intent, p.reason, p.slots)
    assert p.slots.get("time") == "16:00", p.slots


def test_calling_him_back_is_still_refused() -> None:
    p = parse_it("Richiamalo domani alle 3.")
    assert p.intent is None and p.reason == "out_of_scope:unsupported_action", (p.intent, p.reason)
