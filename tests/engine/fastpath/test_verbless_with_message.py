"""A booking said without a verb, the vehicle and its plate first, then its message ("AB 123 CD, la Panda di
Rossi: cambio olio giovedì alle 10, e mandagli la conferma"): most likely a new booking, yet it may tell of
the one booked, so it is said back whole for a yes. With the service's definite article ("…: il cambio olio
giovedì, mandagli la conferma"), or no time said, it stays the message about the appointment that exists."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import parse_it
from wp_api.contract import CallContext

WRITES = {"create_appointment", "reschedule_appointment", "cancel_appointment", "send_message", "schedule_reminder"}


def _writes(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name in WRITES]


@pytest.mark.parametrize(
    ("said", "message"),
    [
        ("AB 123 CD, la Panda di Rossi: cambio olio giovedì alle 10, e mandagli la conferma.", "send_confirmation"),
        ("EF 456 GH, la Clio: un tagliando venerdì 4 alle 9 e mezza e mandale la conferma per SMS.",
         "send_confirmation"),
        ("AB 123 CD: pastiglie lunedì alle 15, e mettigli un promemoria il giorno prima.", "send_reminder"),
    ],
)  # fmt: skip
def test_the_vehicle_first_then_a_bare_service_and_a_message_is_a_booking_said_back(said: str, message: str) -> None:
    p = parse_it(said)
    assert p.handled and p.intent == "book" and p.careful == "verbless", (p.reason, p.intent, p.slots)
    assert [part.intent for part in p.parts] == ["book", message]


@pytest.mark.parametrize(
    "said",
    [
        "AB 123 CD, la Panda di Rossi: il cambio olio giovedì alle 10, mandagli la conferma.",  # the one booked
        "AB 123 CD, la Panda di Rossi: il cambio olio di giovedì, mandagli la conferma.",
        "AB 123 CD: cambio olio giovedì, e mandagli la conferma.",  # no time: the one booked that day
    ],
)
def test_the_message_about_the_appointment_booked_stays_a_message(said: str) -> None:
    p = parse_it(said)
    assert p.intent == "send_confirmation", (p.reason, p.intent, p.slots)


async def test_it_is_said_back_and_a_yes_makes_the_booking_and_its_message(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle("AB 123 CD, la Panda di Rossi: tagliando giovedì 3 dicembre alle 11, e mandagli la "
                            "conferma su WhatsApp.", context)  # fmt: skip
    assert out.handled and out.clarification and not _writes(out), out
    assert "Prenoto" in out.clarification and out.clarification.endswith("Confermi?"), out.clarification
    done = await fast.resume("sì", context)
    assert done is not None and done.handled, done
    names = [c.name for c in _writes(done)]
    assert names == ["create_appointment", "send_message"], names
    assert _writes(done)[0].arguments["start"].endswith("T11:00")
