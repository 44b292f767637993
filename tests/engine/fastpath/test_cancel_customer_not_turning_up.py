"""Why a cancellation is asked, said as the customer not turning up ("Bergamaschi per il tagliando non si presenta:
togli l'appuntamento dell'Evantra, …", set 40): a reason, no negation of the request; said with no cancel after
it, nothing is done. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Rossi per il tagliando non si presenta: togli l'appuntamento della Golf, DP 863 HS.", "DP863HS"),
        ("Il signor Rossi non si presenterà per la revisione della Panda, AB 123 CD: cancellala.", "AB123CD"),
        ("La cliente della Clio, EF 456 GH, non si presenta più: annulla il tagliando.", "EF456GH"),
    ],
)
def test_not_turning_up_is_the_why_of_a_cancel(text: str, plate: str) -> None:
    p = parse_it(text)
    assert p.intent == "cancel" and p.handled, (p.intent, p.reason)
    assert p.slots.get("plate") == plate, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Rossi per il tagliando della Golf, DP 863 HS, non si presenta.",  # told, nothing asked
        "Non cancellare la revisione della Panda, AB 123 CD, anche se non si presenta.",  # the cancel negated
    ],
)
def test_not_turning_up_alone_asks_nothing(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "cancel" and p.handled), (p.intent, p.reason)
