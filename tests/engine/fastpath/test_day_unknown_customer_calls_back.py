"""The day not known yet, the customer to call back with it, after a pause ("La Cannizzaro deve sostituire la
batteria della Elf, CH 603 CY. Quando, ancora non lo sa: la richiama lei.", set 51): no call of ours to make, no
negation; the booking is read with its day asked. A call asked of us ("chiamala tu") stays refused. Sentences are
new; parsed on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Rossi deve cambiare la batteria della Panda, AB 123 CD. Quando, ancora non lo sa: la richiama lei.",
        "Il tagliando per la Clio, EF 456 GH: quando non lo sa ancora, ci richiama lui.",
    ],
)
def test_booking_with_its_day_to_come(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason == "missing:date", (p.intent, p.reason)


def test_a_call_asked_of_us_stays_refused() -> None:
    p = parse_it("Rossi deve cambiare la batteria della Panda, AB 123 CD. Quando non lo sa: chiamala tu domani.")
    assert not p.handled and p.intent is None, (p.intent, p.reason)
