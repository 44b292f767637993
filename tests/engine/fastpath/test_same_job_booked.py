"""A booking for a job the vehicle has booked already is said back, the appointment on file named, before it is
made: a move may be said as a booking ("il tagliando della Renegade, venerdì alle 9"), and a second tagliando is
rarely meant ("… portalo a venerdì", the job named and carried to the day, is read as the move it is:
test_counter_phrasing_22a). The Renegade ZA 987 YE has its tagliando on Wednesday 4 March at 10:00 in the contract
workshop."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import wrote_nothing
from wp_api.contract import CallContext


def _booked(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name == "create_appointment" and c.result.ok]


@pytest.mark.parametrize(
    "text",
    [
        "Mettimi il tagliando della Renegade, ZA 987 YE, venerdì alle 9.",
        "Prenota un tagliando per la ZA 987 YE venerdì alle 9.",
    ],
)
async def test_a_second_booking_of_the_same_job_is_said_back_naming_the_first(
    fast: FastPath, context: CallContext, text: str
) -> None:
    out = await fast.handle(text, context)
    assert wrote_nothing(out) and out.reason == "say_back:already_booked", out
    said = out.clarification or ""
    assert said.startswith("C'è già un appuntamento di tagliando mercoledì 4 marzo alle 10:00"), said
    assert "Prenoto: tagliando per la Renegade verde ZA987YE" in said and "venerdì 6 marzo alle 9:00" in said


async def test_a_yes_books_the_second_and_a_no_books_nothing(fast: FastPath, context: CallContext) -> None:
    first = await fast.handle("Prenota un tagliando per la ZA 987 YE venerdì alle 9.", context)
    assert first.clarification
    declined = await fast.resume("no", context)
    assert declined is not None and wrote_nothing(declined)
    again = await fast.handle("Prenota un tagliando per la ZA 987 YE venerdì alle 9.", context)
    assert again.clarification
    done = await fast.resume("sì", context)
    assert done is not None
    (booked,) = _booked(done)
    assert booked.arguments["start"] == "2026-03-06T09:00", booked.arguments


async def test_another_job_for_the_same_vehicle_is_booked_at_once(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Prenota un cambio gomme per la ZA 987 YE venerdì alle 9.", context)
    (booked,) = _booked(out)
    assert booked.arguments["start"] == "2026-03-06T09:00", out


async def test_in_english_too(fast: FastPath, context: CallContext) -> None:
    fast.language = "en"
    out = await fast.handle("Book the Renegade, ZA 987 YE, in for a service on Friday at 9.", context)
    assert wrote_nothing(out) and (out.clarification or "").startswith(
        "There's already a tagliando booked Wednesday 4 March at 10:00"
    ), out
