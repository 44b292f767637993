"""A booking or move to be said back for a yes, on a day the workshop is closed ("martedì 8 dicembre", a holiday),
was met with "è già occupato e non vedo alternative vicine" (seen speaking to the app): the day is now said closed,
with the first free times of the days after. The contract workshop: Monday 2 March 2026, closed on Thursday 5."""

from __future__ import annotations

from engine.fastpath import FastPath
from wp_api.contract import CallContext


async def test_a_closed_day_is_said_closed_with_the_next_free_times(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle("sposta la revisione di mercoledì della ZA987YE a giovedì alle 11", context)
    assert out.reason == "closed_day", (out.reply_text, out.reason)
    assert "chiusi" in out.reply_text and "occupato" not in out.reply_text
    assert "venerdì" in out.reply_text or "lunedì" in out.reply_text, out.reply_text
    assert not any(c.name == "reschedule_appointment" for c in out.tool_calls)


async def test_an_open_day_is_still_said_back(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("sposta la revisione di mercoledì della ZA987YE a venerdì alle 15", context)
    assert out.reason == "say_back:other_service" and "Confermi" in out.reply_text, (
        out.reply_text,
        out.reason,
    )
