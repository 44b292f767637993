"""A plate's owner asked as which of our customers it is ("Controllami la EA 268 BT: il carro attrezzi dice che è
di un nostro cliente, ma quale?", set 53; "di quale cliente è la …?", "… one of our customers', but which?"): a
look-up, its "ma"/"but" no condition. "Which customer" of a day's booking stays no look-up. Parses on the bench's
Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Controllami la EA 268 BT: il carro attrezzi dice che è di un nostro cliente, ma quale?",
        "Di quale cliente è la EA 268 BT?",
        "A quale cliente appartiene la EA 268 BT?",
        "La EA 268 BT è di un cliente nostro, ma chi?",
        "Il carroattrezzi ha portato la EA 268 BT, dice che è di uno dei nostri clienti, però quale?",
    ],
)
def test_owner_asked_as_which_customer(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.handled and p.slots.get("plate") == "EA268BT", (p.intent, p.reason)


def test_owner_asked_as_which_customer_en() -> None:
    p = parse_en("Check EA 268 BT for me: the tow truck says it's one of our customers', but which?")
    assert p.intent == "lookup_plate" and p.slots.get("plate") == "EA268BT", (p.intent, p.reason)


def test_which_customer_of_a_day_is_no_look_up_en() -> None:
    p = parse_en("Which customer is coming in tomorrow at 9?")
    assert p.intent != "lookup_plate", (p.intent, p.reason)


def test_a_but_of_anything_else_stays_a_condition() -> None:
    p = parse_it("Sposta la revisione della EA 268 BT a venerdì, ma quale revisione non lo so.")
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason)
