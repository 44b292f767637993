"""Workshop models written with letters and digits that no table knew (GR86, Q30, V90): unknown, the model opened
the plate's run and was made part of it ("la GR86, Z 445, LV" read GR86Z445LV). Known, it describes the car and
the plate is read without it. New sentences."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it, slot


def test_the_gr86_is_no_part_of_the_plate() -> None:
    p = parse_it("Controlla la GR86, Z 318, BT, quanti chilometri aveva all'ultimo tagliando.")
    assert slot(p, "plate") == "Z318BT" and slot(p, "model") == "GR86", p.slots


def test_the_q30_describes_the_car() -> None:
    p = parse_it("Prenota un tagliando per la Q30 bianca, FA 204 KL, lunedì 30 alle 9.")
    assert slot(p, "plate") == "FA204KL" and slot(p, "model") == "Q30", p.slots


def test_a_plate_with_the_same_letters_stays_whole() -> None:
    p = parse_it("Di chi è la GR 861 ZT?")
    assert p.intent == "lookup_plate" and slot(p, "plate") == "GR861ZT", p.slots
