"""The owner asked with "proprietario" heard without its last o before "di una/un" ("trovami proprietari di una
macchina", the plate to come): the look-up, asking for the plate. New sentences in the shape set 21 heard."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it as _parse


def test_the_owner_asked_with_the_plate_to_come_asks_for_it() -> None:
    p = _parse("Cercami proprietari di un furgone, la targa te la dico fra un attimo.")
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", (p.intent, p.reason)


def test_the_owner_asked_with_the_plate_reads_it() -> None:
    p = _parse("Dimmi proprietari di una Panda, AB 123 CD.")
    assert p.intent == "lookup_plate" and p.slots.get("plate") == "AB123CD", (p.intent, p.reason, p.slots)


def test_owners_of_many_cars_stay_a_campaign() -> None:
    p = _parse("Manda un SMS a tutti i proprietari di una Panda.")
    assert p.intent is None and p.reason == "out_of_scope:campaign"
