"""The owner's "di chi è la" run into one word with its d heard nasal ("Nikiela Golf Verde", the app under Xvfb,
uc32): put back as its d and r forms are ("Dikiela", "Richiela"), so the car said after it is looked up. A name
opening the same way ("Nicola ha chiamato") is left as heard. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_the_owner_asked_with_its_d_heard_n_is_looked_up() -> None:
    p = parse_it("Nikiela Renegade verde")
    assert p.intent == "lookup_plate" and p.handled, (p.intent, p.reason, p.slots)
    assert parse_it("Nichela AB 123 CD?").slots.get("plate") == "AB123CD"


def test_a_name_opening_alike_is_left() -> None:
    assert heard_tokens("Nicola ha chiamato per la Panda")[:1] == ["nicola"]
    assert parse_it("Nicola ha chiamato per la Panda").intent != "lookup_plate"
