"""A model opening on a letter ("S-Max", "C-Max", "T-Roc") with that letter said by its Italian name and run onto
the rest over noise: "quello dell'ESMAX argento" (held-out set 23), "la cimax grigia". Its own sound, so put back
even after "della", where only a model's exact sound is taken; a surname there stays a customer. Parses on the
bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("heard", "model"),
    [
        ("quello dell'esmax argento", "s-max"),
        ("la cimax grigia", "c-max"),
        ("della tiroc bianca", "t-roc"),
    ],
)
def test_the_model_put_back(heard: str, model: str) -> None:
    assert model in heard_tokens(heard)


def test_a_surname_after_della_stays() -> None:
    assert "coppola" in heard_tokens("il tagliando della Coppola, AB 123 CD")


def test_a_booking_for_the_model_said_by_its_letter() -> None:
    p = parse_it(
        "Ha chiamato il signor Ferri, quello dell'esmax argento, AB 123 CD: vuole fare la ricarica del clima giovedì alle 11."
    )
    assert p.intent == "book" and p.slots.get("vehicle_description", {}).get("model") == "S-Max", (
        p.intent,
        p.reason,
        p.slots,
    )
