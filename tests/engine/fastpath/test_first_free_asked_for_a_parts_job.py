"""The first free slot asked for a part's job said by its infinitive ("Prima data utile per cambiare le pastiglie?
Ho un cliente in linea che aspetta.", set 53): "per cambiare" is what the slot is for, no order to book; the
customer waiting on the line, said after it, is told, no action asked. The infinitive said as an order still books
("Cambiare la batteria alla AB 123 CD lunedì alle 2"). Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Prima data utile per cambiare le pastiglie? Ho un cliente in linea che aspetta.", "brakes"),
        ("Prima data utile per cambiare le pastiglie?", "brakes"),
        ("Il primo posto libero per sostituire la batteria? Ce l'ho al telefono in attesa.", "battery"),
        ("Primo buco per montare le gomme invernali alla Panda, AB 123 CD?", "tyres"),
        ("Qual è la prima data utile per cambiare le gomme? C'è la signora in linea che aspetta.", "tyres"),
    ],
)
def test_first_free_asked_for_a_job_said_by_its_verb(text: str, service: str) -> None:
    p = parse_it(text)
    assert p.intent == "first_free_slot" and p.handled, (p.intent, p.reason)
    assert p.slots["service"]["key"] == service, p.slots


def test_the_infinitive_said_as_an_order_still_books() -> None:
    p = parse_it("Cambiare la batteria alla AB 123 CD lunedì alle 2.")
    assert p.intent == "book" and p.slots.get("date") == "2026-11-30", (p.intent, p.reason, p.slots)


def test_a_wait_asked_of_us_is_still_no_fast_path_action() -> None:
    p = parse_it("Aspetta il cliente in linea e chiedigli se va bene sabato.")
    assert not p.handled, (p.intent, p.reason)
