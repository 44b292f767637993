"""The agenda asked for part of a day ("cosa abbiamo oggi pomeriggio?", whisper's "Cos'abbiamo oggi pomerici") is
answered naming that part: a day booked only in the morning had been told "Oggi non ci sono appuntamenti" (the app
under Xvfb on the demo workshop, uc32), and a count of the afternoon's said as the whole day's. The day asked whole
is said as before. New sentences (the contract workshop, Monday 2 March 2026)."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("cosa abbiamo oggi pomeriggio?", "Oggi pomeriggio "),
        ("che appuntamenti ci sono domani mattina?", "Domani mattina "),
        ("chi arriva stamattina?", "Stamattina "),  # today's morning as it is said, never "oggi mattina"
    ],
)
async def test_the_part_asked_is_said_with_its_day(
    fast: FastPath, context: CallContext, text: str, opening: str
) -> None:
    out = await fast.handle(text, context)
    assert out.handled and out.reply_text.startswith(opening), out


async def test_the_whole_day_is_said_as_before(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("cosa abbiamo oggi?", context)
    assert out.handled and out.reply_text.startswith("Oggi ") and "pomeriggio" not in out.reply_text[:20], out
