"""A model that is an everyday word, said as the last word of the words read ("… sabato alle 9 in punto"): the last
word, sliced alone, passes for a model said whole (on purpose: the description is often cut right before its plate,
"la diagnosi del Partner" then "del 4, GL 344 JV"). Right after "in" it is a word of its own ("in punto", "in
corsa"): a car is never "in Punto", so "alle 9 in punto" names no Punto to check the plate's car against. The
workshop's Captiva, Alhambra and Born are models (the Born only with an Italian article)."""

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


def test_the_car_said_last_is_still_the_car() -> None:
    assert _model("prenota un tagliando domani alle 9 per la Punto") == "Punto"
    assert _model("segnami un cambio olio giovedì alle 10 sulla Golf") == "Golf"


def test_a_weak_model_cut_before_its_day_and_plate_is_still_the_car() -> None:
    p = parse(
        "Il signor Gallo disdice la revisione del Partner del 9, GB 4 19 KM.", language="it", today=today()
    )
    assert p.intent == "cancel"
    assert (p.slots.get("vehicle_description") or {}).get("model") == "Partner"
    assert p.slots.get("old_date") == "2026-12-09"


def test_the_born_is_a_car_only_with_an_italian_article() -> None:
    assert _model("revisione per la Born grigia, GA 5 1 2 TR, sabato alle 9 in punto") == "Born"
    desc = parse("he was born in Leeds, book an MOT for AB12 CDE", language="en", today=today()).slots
    assert (desc.get("vehicle_description") or {}).get("model") != "Born"
