"""A surname whisper wrote in lower case right after the appointment it owns ("sposta l'appuntamento di
pellegrini"): read as the customer, as after a title; a day, a time or what the appointment is for never is."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 12, 5)


def _slots(text: str) -> dict[str, object]:
    return parse(text, language="it", today=TODAY).slots


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("sposta l'appuntamento di fontana di lunedì a mercoledì alle undici", "Fontana"),
        ("annulla la prenotazione di lombardi di martedì", "Lombardi"),
        ("cancella l'appuntamento della sanna di domani", "Sanna"),
    ],
)
def test_lower_case_owner_of_the_appointment(text: str, customer: str) -> None:
    assert _slots(text)["customer"] == customer


@pytest.mark.parametrize(
    "text",
    [
        "sposta l'appuntamento di domani a venerdì alle dieci",
        "annulla l'appuntamento di lunedì della Panda",
        "cancella l'appuntamento di consegna della Panda di lunedì",
        "sposta l'appuntamento di stamattina a giovedì alle nove",
    ],
)
def test_a_day_or_a_purpose_is_no_customer(text: str) -> None:
    assert "customer" not in _slots(text)
