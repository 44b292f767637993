"""The battery flat said "a terra" is a symptom ("ha la batteria a terra: sostituzione batteria …"), and the
Volkswagen Up named as a car ("la Up gialla"), never the English "up". New sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from engine.fastpath.vehicles import find_vehicle_description
from tests.engine.fastpath.conftest import NOW


def _p(text: str, lang: str = "it"):  # type: ignore[no-untyped-def]
    return parse(text, language=lang, today=NOW.date())


def test_a_flat_battery_told_then_its_replacement_booked() -> None:
    p = _p("La Up bianca di Rossi, AB 123 CD, ha la batteria a terra: sostituzione batteria giovedì alle 9.")
    assert p.intent == "book" and p.slots["service"]["key"] == "battery" and p.slots["time"] == "09:00", p
    assert p.slots["vehicle_description"]["model"] == "Up"


def test_up_in_english_names_no_car() -> None:
    assert find_vehicle_description(["pick", "up", "the", "clio"]).model == "Clio"
    assert find_vehicle_description(["what", "s", "up", "tomorrow"]).is_empty()
