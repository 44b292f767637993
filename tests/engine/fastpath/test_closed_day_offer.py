"""A booking on a day the workshop is closed (a holiday on file, "martedì 8 dicembre" for the Immacolata, found
speaking to the app): said as a closed day, not "fuori orario", with the nearest free times offered as before; a time
outside the working hours keeps its own words."""

from __future__ import annotations

from engine.fastpath import FastPath
from engine.fastpath.context import WRITES
from wp_api.contract import CallContext


async def test_a_booking_on_a_closed_day_says_so_and_offers_times(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle(
        "Prenota un tagliando per la Panda AB 123 CD giovedì 5 alle 10", context
    )  # closed
    assert out.reason == "closed_day", out
    assert "chiusi" in out.reply_text and "fuori orario" not in out.reply_text, out
    assert "C'è posto" in out.reply_text, out
    assert not [c for c in out.tool_calls if c.name in WRITES and c.result.ok], out


async def test_a_time_after_hours_is_still_outside_hours(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Prenota un tagliando per la Panda AB 123 CD mercoledì 4 alle 20", context)
    assert "chiusi" not in out.reply_text, out
