"""The customer's question relayed, then answered by an order ("la signora Colciago chiede se le fate il cambio olio
…, venerdì 18 a mezzogiorno. Dille di sì e segnala", set 44): the booking ordered, not asked; "dille di sì" alone
leaves it asked (said back for a yes), and nothing written is ever ordered by "dille di sì e poi vediamo"."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it

_ASKED = "La signora Colciago chiede se le fate il cambio olio sulla Panda, FX 0 42 DG, venerdì 18 dicembre a mezzogiorno."
_WANT: dict[str, object] = {"plate": "FX042DG", "service": "oil_change", "date": "2026-12-18", "time": "12:00"}


@pytest.mark.parametrize("order", ["Dille di sì e segnala.", "Digli pure di sì e prenota.", "Dille di sì e mettila."])
def test_the_question_answered_by_an_order_is_ordered(order: str) -> None:
    p = parse_it(f"{_ASKED} {order}")
    assert_parsed(p, "book", _WANT)
    assert p.careful is None, p.careful


@pytest.mark.parametrize("answer", ["Dille di sì.", ""])
def test_the_question_alone_stays_asked(answer: str) -> None:
    p = parse_it(f"{_ASKED} {answer}".strip())
    assert_parsed(p, "book", _WANT)
    assert p.careful == "asked", p.careful


def test_a_yes_then_something_else_writes_nothing_straight() -> None:
    p = parse_it(f"{_ASKED} Dille di sì e poi vediamo.")
    assert not p.handled or p.careful == "asked", (p.reason, p.careful)
