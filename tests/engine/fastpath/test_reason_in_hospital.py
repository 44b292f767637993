"""The customer in hospital, said as the reason for a cancellation ("…, la signora è ricoverata", held-out set 26;
the sentences below are new): a reason, no action of its own, so the cancellation is read."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it, slot


def test_in_hospital_is_a_reason() -> None:
    p = parse_it("Cancella l'appuntamento di venerdì della Panda, AB 123 CD, il signore è ricoverato.")
    assert p.intent == "cancel" and p.handled, (p.intent, p.reason, p.slots)
    assert slot(p, "plate") == "AB123CD"


def test_in_hospital_alone_asks_nothing() -> None:
    p = parse_it("La signora Rossi è ricoverata.")
    assert not p.handled or p.intent is None, (p.intent, p.reason)
