"""A confirmation or a reminder for a job said by its service and day, the vehicle only described ("manda una
conferma su WhatsApp per il tagliando della Renegade di mercoledì", found speaking to the app with two Renegades on
file): the Renegade booked for that service that day is the one meant, said back whole for a yes before the message
goes; with none booked so, which Renegade is asked."""

from __future__ import annotations

from typing import Any

from engine.fastpath import FastPath
from wp_api.contract import CallContext

SENDS = {"send_message", "send_confirmation", "schedule_reminder"}


async def _second_renegade(backend: Any, context: CallContext) -> None:
    done = await backend.call_tool(
        "add_vehicle",
        {"customer_id": 2, "plate": "GK404LM", "make": "Jeep", "model": "Renegade", "colour": "verde"},
        context=context,
    )
    assert done.ok, done


async def test_the_renegade_booked_that_day_is_said_back_for_the_confirmation(
    fast: FastPath, local_backend: Any, context: CallContext
) -> None:
    await _second_renegade(local_backend, context)
    out = await fast.handle(
        "manda una conferma su WhatsApp per il tagliando della Renegade di mercoledì", context
    )
    said = (out.clarification or "") + out.reply_text
    assert "ZA987YE" in said and "GK404LM" not in said, out
    assert "prenotato quel giorno" in said, out  # why it is said back: no plate was given
    assert not [c for c in out.tool_calls if c.name in SENDS and c.result.ok], out  # a yes first


async def test_no_renegade_booked_that_day_asks_which(
    fast: FastPath, local_backend: Any, context: CallContext
) -> None:
    await _second_renegade(local_backend, context)
    out = await fast.handle(
        "manda una conferma su WhatsApp per il tagliando della Renegade di venerdì", context
    )
    said = (out.clarification or "") + out.reply_text
    assert not [c for c in out.tool_calls if c.name in SENDS and c.result.ok], out
    assert "ZA987YE" in said and "GK404LM" in said, out  # which of the two, asked
