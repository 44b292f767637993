"""A day said with no time ("giovedì mattina") and nothing free that day was a dead end ("Non ci sono posti
liberi per Tagliando per venerdì 11 dicembre", seen speaking to the app): the first free times after it are now
offered, as for a time taken, and the answer finishes the booking. The contract workshop: Monday 2 March 2026,
closed on Thursday 5."""

from __future__ import annotations

from engine.fastpath import FastPath
from wp_api.contract import CallContext


async def test_a_full_day_offers_the_next_free_times(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la Panda AB123CD giovedì mattina", context)
    assert out.reason == "no_slots", (out.reply_text, out.reason)
    assert "C'è posto" in out.reply_text and "venerdì" in out.reply_text, out.reply_text
    assert not any(c.name == "create_appointment" for c in out.tool_calls)


async def test_the_choice_finishes_the_booking(fast: FastPath, context: CallContext) -> None:
    await fast.handle("prenota un tagliando per la Panda AB123CD giovedì mattina", context)
    out = await fast.resume("la prima", context)
    made = [c for c in out.tool_calls if c.name == "create_appointment" and c.result.ok]
    assert made and str(made[0].arguments["start"]).startswith("2026-03-06"), (out.reply_text, out.reason)


async def test_a_bare_yes_to_several_times_asks_which(fast: FastPath, context: CallContext) -> None:
    await fast.handle("prenota un tagliando per la Panda AB123CD giovedì mattina", context)
    out = await fast.resume("sì", context)
    assert not any(c.name == "create_appointment" for c in out.tool_calls), out.reply_text
