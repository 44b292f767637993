"""An owner whisper wrote in lower case after a car named by a number heard as a digit ("la 1 della tartagione":
the Uno), with a plate heard short: the name tells apart the cars the plate may be (a read answers, a write is said
back). Without a plate the name is not taken, so a car is never picked by its owner alone when the "1" was a model
no one checked."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_owner_after_a_numbered_car_with_a_plate_is_taken() -> None:
    p = parse_it("Quando ha fatto il tagliando la 1 della bertolazzi, EB 517 K?")
    assert p.intent == "vehicle_history" and p.slots.get("customer") == "Bertolazzi"


def test_owner_after_a_numbered_car_without_a_plate_is_not_taken() -> None:
    p = parse_it("Prenota la 1 della bertolazzi per il tagliando lunedì alle 9.")
    assert p.slots.get("customer") is None


def test_a_date_after_the_number_is_no_owner() -> None:
    p = parse_it("Quando ha fatto la revisione la EB 517 KL, la 1 di dicembre?")
    assert p.slots.get("customer") is None
