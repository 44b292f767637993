"""What is not known said with "ancora" before its verb ("il giorno ancora non lo sa", set 31): the day asked,
no negation of the booking. A "non" that negates the request itself, or that says nothing of a slot, stays refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "La Clio del signor Gatti, FR 412 KD, deve fare il cambio olio, ma il giorno ancora non lo sa.",
        "La Punto della Ferri, EB 318 TC, deve fare la revisione prima di Natale, il giorno ancora non l'ha deciso.",
    ],
)
def test_day_not_known_yet_is_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason == "missing:date", (p.intent, p.reason)
    assert "date" not in p.slots, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "La Clio del signor Gatti, FR 412 KD, il cambio olio ancora non lo prenotare.",
        "La Clio del signor Gatti, FR 412 KD, ancora non spostarla a venerdì.",
        "La Clio del signor Gatti, FR 412 KD, deve fare il cambio olio, ma ancora non so se giovedì.",
    ],
)
def test_request_negated_stays_refused(text: str) -> None:
    p = parse_it(text)
    assert p.intent is None, (p.intent, p.reason, p.slots)
