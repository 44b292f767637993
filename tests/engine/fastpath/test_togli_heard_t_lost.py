"""The cancel "togli" with its t lost over the noise, before what the appointment is taken off: "Ogli dal
calendario l'S-Max di …" (held-out set 23) was refused as something taken off the agenda with no verb heard. Put
back only as the request's first word and only before "dal calendario"/"dall'agenda" or what it acts on; the
command being a guess, the cancel is said back whole for a yes. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_togli_with_its_t_lost_before_the_calendar_is_a_cancel_said_back() -> None:
    p = parse_it("Ogli dal calendario la Punto grigia di Ferri, AB 123 CD: il tagliando lo fa da un altro.")
    assert p.intent == "cancel" and p.slots.get("plate") == "AB123CD", (p.intent, p.reason, p.slots)
    assert p.careful is not None, p.careful


def test_togli_with_its_t_lost_before_the_appointment() -> None:
    p = parse_it("Ogli l'appuntamento della Punto, AB 123 CD.")
    assert p.intent == "cancel", (p.intent, p.reason, p.slots)


def test_the_calendar_with_no_command_heard_is_still_refused() -> None:
    p = parse_it("Il calendario della Punto, AB 123 CD, dal calendario.")
    assert p.intent != "cancel", (p.intent, p.reason)
