"""Models held-out set 19 named unknown: the Alfa Romeo Junior and Kia Soul (English words too: named by an Italian
article, or an English one with their colour or plate), and the Fiat Strada, a workshop's pick-up held-out set 19 named ("la Strada bianca di Vezzoli, DT 478 SL: tagliando
…"): unknown, it was put back as "strana" and the booking refused. A road too, so the car only with its colour, its
make or its plate beside it (new sentences; the bench's Wednesday 25 November 2026)."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


def test_strada_with_its_colour_is_the_car() -> None:
    p = parse_it("la Strada rossa di Bonetti, EF 312 KL, cambio olio giovedì 26 alle 10")
    assert_parsed(p, "book", {"model": "Strada", "colour": "red", "plate": "EF312KL"})


def test_fiat_strada() -> None:
    assert_parsed(
        parse_it("Prenota la Fiat Strada, EF 312 KL, per la revisione lunedì alle 9"),
        "book",
        {"model": "Strada"},
    )


def test_a_road_is_no_car() -> None:
    assert "strada" in heard_tokens("si è fermata lungo la strada")
    p = parse_it("la cliente si è fermata lungo la strada con la Panda, manda il carro attrezzi")
    assert p.slots.get("vehicle_description", {}).get("model") != "Strada"


def test_junior_and_soul_with_an_italian_article() -> None:
    p = parse_it("La Junior grigia di Manca, FB 204 TR, ha una spia accesa: diagnosi lunedì alle 9")
    assert_parsed(p, "book", {"model": "Junior", "service": "diagnosis"})
    p = parse_it("la Soul blu di Sanna, FC 118 PA, tagliando giovedì 26 alle 11")
    assert_parsed(p, "book", {"model": "Soul"})


def test_junior_as_an_english_word_is_no_car() -> None:
    p = parse_en("book the junior mechanic for tomorrow")
    assert p.slots.get("vehicle_description", {}).get("model") != "Junior"
