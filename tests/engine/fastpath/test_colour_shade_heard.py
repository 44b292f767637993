"""A colour said with its shade after it ("verde oliva", "grigio topo", "bianco ghiaccio"): the shade is the car's
description too, so what is said after it (its owner, what it does) is read after the vehicle; and the models set 29
named unknown (the Dedra put back to a Tesla one sound away, the Macan, the Mach-E, the Ioniq 5 with its number).
New sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from engine.fastpath.vehicles import find_vehicle_description
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_shade_ends_the_description() -> None:
    d = find_vehicle_description(["la", "punto", "grigio", "topo", "della", "signora", "rota"])
    assert (d.colour, d.model, d.end) == ("grey", "Punto", 4), d


def test_shade_then_symptom_then_job_is_a_booking() -> None:
    p = _p("La Clio verde oliva di Bettinelli vibra quando frena, FE 412 KP: pastiglie giovedì alle 11.")
    assert p.intent == "book" and p.slots["plate"] == "FE412KP" and p.slots["time"] == "11:00", p
    assert p.slots["vehicle_description"]["colour"] == "green", p


def test_dedra_is_no_tesla() -> None:
    p = _p("Segnami un tagliando per la Dedra blu notte di Ferraris, FA 128 GT, giovedì alle 10.")
    assert p.intent == "book" and p.slots["vehicle_description"]["model"] == "Dedra", p


def test_new_models_named() -> None:
    for said, model in (("la Macan", "Macan"), ("il Mach-E", "Mustang Mach-E"), ("la Ioniq 5", "Ioniq 5")):
        p = _p(f"Prenota una revisione per {said} di Ferraris, FA 128 GT, giovedì alle 10.")
        assert p.intent == "book" and p.slots["vehicle_description"]["model"] == model, p
        assert "stray_number" not in (p.reason or ""), p


def test_shade_word_alone_is_no_colour() -> None:
    d = find_vehicle_description(["la", "punto", "topo"])
    assert d.colour is None and d.end == 2, d
