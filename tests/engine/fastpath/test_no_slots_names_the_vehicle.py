"""A booking's day with no free time offers the next free times (`steps.no_slots`); the vehicle found is now named
in it (set 37: "Segnami l'Aiways di Ballarin, FH 9 8 1 FR, per la revisione mercoledì 9 nel pomeriggio" was offered
other times with no word of which car a "sì" would book). The contract workshop: Monday 2 March 2026, closed on
Thursday 5."""

from __future__ import annotations

from engine.fastpath import FastPath
from wp_api.contract import CallContext


async def test_the_offer_names_the_vehicle_it_books(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la Panda AB123CD giovedì mattina", context)
    assert out.reason == "no_slots", (out.reply_text, out.reason)
    assert "AB123CD" in out.reply_text and "C'è posto" in out.reply_text, out.reply_text
    assert not any(c.name == "create_appointment" for c in out.tool_calls)


async def test_the_choice_still_books_that_vehicle(fast: FastPath, context: CallContext) -> None:
    await fast.handle("prenota un tagliando per la Panda AB123CD giovedì mattina", context)
    out = await fast.resume("la prima", context)
    made = [c for c in out.tool_calls if c.name == "create_appointment" and c.result.ok]
    assert made and made[0].result.data["appointment"]["plate"] == "AB123CD", (out.reply_text, out.reason)


async def test_a_free_day_is_no_offer(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la Panda AB123CD venerdì mattina", context)
    assert "Non ci sono posti" not in (out.reply_text or ""), out.reply_text
