"""A person told by what they are, not named ("quella del Signore Anziano", "la Panda del ragazzo"), whisper
capitalising the words at times: no surname, so no owner to look the vehicle up by ("Non trovo nessun veicolo
Signore Anziano"); the request goes on without one (which appointment, which vehicle, is asked). A surname after
"del"/"della" stays the owner. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Disdici l'appuntamento di venerdì della macchina bianca, quella del Signore Anziano.",
        "Cancella il tagliando della Panda del Ragazzo, AB 123 CD.",
        "Sposta la revisione della Clio della Donna Anziana a lunedì 30 alle 10.",
    ],
)
def test_a_person_told_is_no_customer(text: str) -> None:
    p = parse_it(text)
    assert "customer" not in p.slots, p.slots


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Disdici l'appuntamento di venerdì della macchina bianca, quella del Signor Anzani.", "Anzani"),
        ("Cancella il tagliando della Panda del Rossi.", "Rossi"),
    ],
)
def test_a_surname_stays_the_owner(text: str, customer: str) -> None:
    assert parse_it(text).slots.get("customer") == customer, parse_it(text).slots
