"""The air conditioning that no longer blows cool, said with "fresco" ("l'aria condizionata non butta più
fresco"): what the car fails to do, the reason for the booking, no negation of it. New sentences."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


@pytest.mark.parametrize(
    "text",
    [
        "Per la Panda di Rossi, AB 123 CD, il clima non butta più fresco: ricarica del clima giovedì alle 10.",
        "La Panda di Rossi, AB 123 CD, non fa più aria fresca, prenotale una ricarica clima giovedì alle 10.",
    ],
)
def test_no_cool_air_is_the_reason_of_the_booking(text: str) -> None:
    p = _p(text)
    assert p.intent == "book" and p.slots["service"]["key"] == "aircon" and p.slots["time"] == "10:00", p


def test_a_job_not_to_do_stays_a_negation() -> None:
    p = _p("non fare la ricarica clima alla AB 123 CD giovedì alle 10")
    assert p.intent is None and p.reason == "out_of_scope:negation"
