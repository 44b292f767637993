"""Models whose names are everyday words, held-out set 19's ("la Strada bianca", "la Junior rossa", "la Soul
arancione"; the sentences below are new): named as the car only with a colour beside them or the plate soon after,
so the plate heard nearly is checked against them (and "strada" is no longer respelt "strana"). The road, a junior,
a soul stay words."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import heard_tokens, parse


def _model(text: str) -> str | None:
    desc = parse(text, language="it", today=today()).slots.get("vehicle_description") or {}
    return desc.get("model")


def test_the_car_with_its_colour_or_plate() -> None:
    assert _model("prenota un tagliando per la Strada grigia domani alle 9") == "Strada"
    assert _model("la Junior di Rossi, AB 123 CD, tagliando domani alle 9") == "Junior"
    assert _model("prenota un cambio olio per la Soul nera domani alle 10") == "Soul"


def test_the_road_is_no_car() -> None:
    assert "strada" in heard_tokens("la macchina è ferma per strada")
    assert _model("prenota un tagliando per la Panda AB 123 CD domani alle 9, è per la strada") == "Panda"
