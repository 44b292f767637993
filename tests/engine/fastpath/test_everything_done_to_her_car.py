"""The whole history asked with the customer's pronoun: "mi tiri fuori tutto quello che le abbiamo fatto negli
anni?" (set 30) had no cue ("tutto quello che gli/ci abbiamo fatto" did). Parses on the bench's Wednesday."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_everything_we_did_to_her_car_is_its_history() -> None:
    p = parse_it("Della Punto grigia, AB 123 CD, mi fai vedere tutto quello che le abbiamo fatto finora?")
    assert p.intent == "vehicle_history" and p.slots.get("plate") == "AB123CD", (p.intent, p.reason, p.slots)


def test_everything_the_men_did_is_its_history_too() -> None:
    p = parse_it("La Panda, AB 123 CD: tutto ciò che gli hanno fatto in officina.")
    assert p.intent == "vehicle_history", (p.intent, p.reason)


def test_a_booking_said_with_done_words_is_no_history() -> None:
    p = parse_it("Prenota un tagliando per la Punto, AB 123 CD, lunedì alle 9.")
    assert p.intent == "book", (p.intent, p.reason)
