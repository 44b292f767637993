"""A model's second word no table knew ("Tiguan Allspace"), split by whisper's run-on repair into English "all
space" and refused as a bulk request (set 27): the whole name is a model."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_tiguan_allspace_is_a_model() -> None:
    p = parse_it("Tagliando per il Tiguan Allspace di Bruni, DV 512 KA, martedì 1 alle 10")
    assert_parsed(p, "book", {"plate": "DV512KA", "model": "Tiguan Allspace", "service": "service"})


def test_all_appointments_stays_bulk() -> None:
    p = parse_it("cancella tutti gli appuntamenti di domani")
    assert not p.handled


def test_legacy_is_the_model_not_the_customer() -> None:
    p = parse_it("Sposta la diagnosi della Legacy di Morandi, HV 203 PA, da venerdì a lunedì 30, stessa ora")
    assert p.intent == "move" and p.slots.get("customer") == "Morandi", p.slots
    assert p.slots["vehicle_description"]["model"] == "Legacy"
