"""Whose booking it is, not known, said last: "cancella quello di venerdì alle 3, non so di chi sia", "uno dei
clienti di sabato vuole passare a lunedì, non ricordo chi" (set 30) were refused as negations. Now the slot not
known is the vehicle, asked (or the day's appointments offered to choose from); never written."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_cancel_of_a_slot_whose_owner_is_not_known_asks() -> None:
    p = parse_it("Togli quello di giovedì alle 4 e mezza, non mi ricordo di chi è.")
    assert p.intent == "cancel" and p.reason is not None and p.reason.startswith("missing:"), (p.intent, p.reason)


def test_move_of_one_of_the_days_customers_not_known_asks() -> None:
    p = parse_it("Uno dei clienti di venerdì vuole passare a martedì 15 alle 9, non ricordo chi.")
    assert p.intent == "move", (p.intent, p.reason, p.slots)
    assert p.slots.get("date") == "2026-12-15", p.slots


def test_not_knowing_who_comes_is_still_a_negation() -> None:
    p = parse_it("Non so chi viene domani.")
    assert p.intent is None and p.reason == "out_of_scope:negation", (p.intent, p.reason)
