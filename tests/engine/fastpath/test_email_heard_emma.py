"""The message's channel "email" heard as the name Emma and an "e" ("per Emma e il giorno prima"): put back only
where the message's day or time follows it, and then the message is said back whole for a yes."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_emma_e_before_the_day_before_is_email() -> None:
    p = parse_it("Mandale un promemoria per Emma e la sera prima, Taigo FS614MY.")
    assert p.intent == "send_reminder" and p.slots.get("channel") == "email", (p.intent, p.reason, p.slots)


def test_emma_and_a_person_stays_unheard() -> None:
    p = parse_it("Manda la conferma per Emma e il marito della Taigo FS614MY.")
    assert p.slots.get("channel") is None, p.slots
