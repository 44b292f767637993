"""A plate looked up while the customer waits on the phone ("Controllami un attimo la targa GK 560 PF, che il cliente
aspetta al telefono", set 40): who is waiting, told, no call to make and no waiting asked; "aspetta" said as a
command, or a call asked for, stays refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Controllami un attimo la targa Genova Kursaal 5 6 0 Palermo Firenze, che il cliente aspetta al telefono.",
        "Di chi è la GK 560 PF? Il signore mi attende in linea.",
        "Mi controlli la targa GK 560 PF, che la cliente sta aspettando al telefono?",
    ],
)
def test_the_customer_waiting_on_the_line_is_no_refusal(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.slots.get("plate") == "GK560PF"


@pytest.mark.parametrize(
    "text", ["Chiama il cliente della GK 560 PF al telefono", "Aspetta, controllami la GK 560 PF", "Telefona alla Rossi"]
)
def test_a_call_or_a_wait_asked_stays_refused(text: str) -> None:
    assert parse_it(text).intent is None


def test_aspetta_in_a_plates_correction_stays_unknown() -> None:
    from engine.fastpath.vocabulary import known_words

    assert "aspetta" not in known_words()
