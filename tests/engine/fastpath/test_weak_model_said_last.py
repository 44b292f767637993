"""A model that is an everyday word said as the sentence's last word ("… sabato alle 9 in punto"): the last word
was sliced alone as a pair of words and so passed for the model said plainly, bypassing the check a weak model
("punto", "golf", "tipo") gets. Now it gets the same check as anywhere else: "in punto" is the hour's, no Punto;
"la Punto" said last is still the car."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def _model(text: str) -> str | None:
    desc = parse(text, language="it", today=today()).slots.get("vehicle_description") or {}
    return desc.get("model")


def test_on_the_hour_is_no_punto() -> None:
    p = parse(
        "Cambio olio per la Zoe blu, FA 4 1 8 KW, venerdì alle 10 in punto.", language="it", today=today()
    )
    assert p.intent == "book"
    assert p.slots.get("plate") == "FA418KW"
    assert (p.slots.get("vehicle_description") or {}).get("model") != "Punto"
    assert p.slots.get("time") == "10:00"


def test_a_weak_model_said_last_with_nothing_of_a_car_is_none() -> None:
    assert _model("revisione per GB 512 TR lunedì alle 11, è di tipo") is None


def test_the_car_said_last_is_still_the_car() -> None:
    assert _model("prenota un tagliando domani alle 9 per la Punto") == "Punto"
    assert _model("segnami un cambio olio giovedì alle 10 sulla Golf") == "Golf"


def test_the_born_is_a_car_only_with_an_italian_article() -> None:
    assert _model("revisione per la Born grigia, GA 5 1 2 TR, sabato alle 9 in punto") == "Born"
    desc = parse("he was born in Leeds, book an MOT for AB12 CDE", language="en", today=today()).slots
    assert (desc.get("vehicle_description") or {}).get("model") != "Born"
