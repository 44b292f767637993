"""An appointment carried to another day by the customer, said with "portare"/"passare" and the day it had before
("il tagliando di lunedì lo porta martedì primo dicembre alle 2", "uno dei clienti di sabato vuole passare a
lunedì", set 30): a move, its old day the one said with "di"; "la porta sabato" alone stays no move, and so does
"passa" alone (someone coming by, test_job_passes_with_its_day_named)."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_the_job_of_a_day_brought_on_another_is_a_move() -> None:
    p = parse_it("Ha chiamato Ferri, la Punto AB 123 CD: la revisione di venerdì la porta lunedì 30 alle 3.")
    assert p.intent == "move" and p.slots.get("plate") == "AB123CD", (p.intent, p.reason, p.slots)
    assert p.slots.get("date") == "2026-11-30", p.slots


def test_the_customer_wishing_to_pass_to_another_day_is_a_move() -> None:
    p = parse_it("La Punto AB 123 CD di giovedì vorrebbe passare a venerdì alle 10.")
    assert p.intent == "move", (p.intent, p.reason, p.slots)


def test_brought_on_a_day_with_no_day_before_is_no_move() -> None:
    p = parse_it("La Punto di Ferri, AB 123 CD, la porta sabato alle 9.")
    assert p.intent != "move", (p.intent, p.reason)


def test_we_carry_the_job_of_a_day_too() -> None:
    p = parse_it("La revisione di lunedì la portiamo a mercoledì alle 10, la Punto AB 123 CD.")
    assert p.intent == "move" and p.slots.get("date") == "2026-12-02", (p.intent, p.reason, p.slots)


def test_the_customer_bringing_it_from_a_day_stays_no_move() -> None:
    p = parse_it("Da lunedì la porta a martedì alle 9.")
    assert p.intent != "move", (p.intent, p.reason)


def test_passare_heard_for_passale_after_its_from_day_is_a_move() -> None:
    p = parse_it("Le gomme della Punto, AB 123 CD: da giovedì passare a venerdì 4 dicembre alle 9.")
    assert p.intent == "move" and p.slots.get("date") == "2026-12-04", (p.intent, p.reason, p.slots)
