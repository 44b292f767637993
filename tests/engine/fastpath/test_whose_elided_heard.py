"""The look-up's opening run together: "di chi è l'Hiace" with the article elided before a model said with a vowel
("Di Chieliace, ..."), and "chi ce l'ha" with "ce l'ha" run into one word after "chi" ("chi cella la ..."). Put
back only at the opening; the plate after it is read as heard. New sentences."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it, slot


def test_whose_before_a_model_said_with_h() -> None:
    p = parse_it("Di Chieliace, EF 456 GH?")
    assert p.intent == "lookup_plate" and slot(p, "plate") == "EF456GH", (p.reason, p.slots)


def test_whose_before_a_model_said_with_a_vowel() -> None:
    p = parse_it("Dichielopel, FA 204 KL?")
    assert p.intent == "lookup_plate" and slot(p, "plate") == "FA204KL", (p.reason, p.slots)


def test_who_has_it_run_together() -> None:
    p = parse_it("Chi cella la FA 204 KL?")
    assert p.intent == "lookup_plate" and slot(p, "plate") == "FA204KL", (p.reason, p.slots)


def test_a_surname_opening_a_booking_stays() -> None:
    p = parse_it("Nichelino vuole il tagliando della Golf, EF 456 GH, lunedì 30 alle 9.")
    assert p.intent == "book", (p.reason, p.slots)
