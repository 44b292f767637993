"""A van's model said with the masculine article ("il Partner di Valsecchi, EJ 547 TC": il furgone) names the
vehicle when its plate comes right after; "il partner" alone is a person. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from engine.fastpath.vehicles import find_vehicle_description
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_the_van_named_with_il_before_its_plate_books() -> None:
    p = _p("Il Transit di Bianchi, AB 123 CD, tagliando giovedì 5 alle 9.")
    assert p.intent == "book" and p.slots["plate"] == "AB123CD" and p.slots["time"] == "09:00", p
    assert p.slots["vehicle_description"]["model"] == "Transit"


def test_il_partner_with_no_plate_is_a_person() -> None:
    assert find_vehicle_description(["il", "partner", "del", "signor", "rossi", "ha", "chiamato"]).is_empty()
