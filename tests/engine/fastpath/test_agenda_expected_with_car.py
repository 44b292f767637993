"""Who is expected, asked with a car named ("Chi aspettiamo per il tagliando della Clio?") was read as today's agenda:
it asks when that car comes, its appointments (`vehicle_appointments`). With no car named ("chi aspettiamo
domani?", "chi aspettiamo dopo la Rossi?", "chi aspettiamo oggi per le gomme?") it is the day's list as before. On
the contract workshop (Monday 2 March 2026): Davide Bruno's Renegade ZA987YE is booked Wednesday 4 at 10."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chi aspettiamo per il tagliando della Clio?", "it"),
        ("Chi aspettiamo con la Renegade di Bruno?", "it"),
        ("Chi aspetti per la AB 123 CD?", "it"),
        ("Who are we expecting for the Clio's service?", "en"),
    ],
)
def test_who_is_expected_with_a_car_is_its_appointments(text: str, lang: str) -> None:
    p = parse(text, language=lang, today=NOW.date())
    assert p.intent == "vehicle_appointments", (p.intent, p.reason)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chi aspettiamo domani?", "it"),
        ("Chi aspettiamo dopo la Rossi?", "it"),
        ("Chi aspettiamo oggi per le gomme?", "it"),
        ("Who are we expecting tomorrow?", "en"),
    ],
)
def test_who_is_expected_with_no_car_is_the_days(text: str, lang: str) -> None:
    assert parse(text, language=lang, today=NOW.date()).intent == "day_appointments"


async def test_the_cars_appointment_is_said(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Chi aspettiamo per la Renegade di Bruno?", context, alone=True)
    assert out.handled and "ZA987YE" in out.reply_text and "Oggi ci sono" not in out.reply_text, out.reply_text
