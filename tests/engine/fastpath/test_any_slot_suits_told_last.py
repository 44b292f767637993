"""Any slot told to suit the customer, said last ("Mr Ingravallo's Javelin, …, needs brake pads. Take the first free
slot, he's not fussy", set 50, refused as a negation): no negation of the request. Said first, before an order, its
"not" stays one."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "ER 091 LB needs brake pads. Take the first free slot, he's not fussy.",
        "ER 091 LB needs an MOT, book the first free slot, she isn't bothered.",
    ],
)
def test_not_fussy_said_last_is_no_negation(text: str) -> None:
    assert_parsed(parse_en(text), "book", {"first_free": True})


def test_not_fussy_in_italian() -> None:
    p = parse_it("La ER 091 LB deve fare il tagliando: prendi il primo posto libero, tanto non ha preferenze.")
    assert_parsed(p, "book", {"first_free": True, "service": "service"})


def test_said_first_the_negation_stays() -> None:
    assert parse_en("He's not fussy, but don't book ER 091 LB on Friday at 9").reason == "out_of_scope:negation"
