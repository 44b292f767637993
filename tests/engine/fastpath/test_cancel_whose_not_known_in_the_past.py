"""A cancel of an appointment named by its day and hour, whose it was not known, said in the past ("non so di chi
fosse", "non mi ricordo di chi era", set 36): the cancel, its vehicle asked (never refused). "Non so se …" stays a
negation."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Elimina l'appuntamento di giovedì 3 dicembre alle 11, non so di chi fosse.",
        "Cancella l'appuntamento di giovedì 3 alle 11, non mi ricordo di chi era.",
        "Togli l'appuntamento di giovedì 3 alle 11, non so chi fosse.",
    ],
)
def test_cancel_whose_not_known(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "cancel", (p.intent, p.reason)
    assert p.slots.get("old_date") == "2026-12-03" and p.slots.get("old_time") == "11:00", p.slots
    assert "plate" not in p.slots


def test_not_known_whether_stays_a_negation() -> None:
    p = parse_it("Elimina l'appuntamento di giovedì 3 dicembre alle 11, non so se fosse confermato.")
    assert not p.handled and p.reason == "out_of_scope:negation", (p.intent, p.reason)
