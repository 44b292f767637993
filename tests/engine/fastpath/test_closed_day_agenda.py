"""A day's agenda of a day the workshop is closed (a Sunday, a holiday) says so ("Domenica 8 marzo siamo chiusi"),
where "non ci sono appuntamenti" let it seem an empty working day a car could be booked into. Known by the diary: no
appointment and no free start that day. Today and past days are never said closed (today's free times may only be
over), nor an open day with nothing booked."""

from __future__ import annotations

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext


async def test_a_sunday_is_said_closed(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("cosa abbiamo domenica 8 marzo?", context)
    assert out.handled and "siamo chiusi" in out.reply_text, out


async def test_a_sunday_is_said_closed_in_english(fast: FastPath, context: CallContext) -> None:
    english = FastPath(fast.backend, language="en", now=lambda: NOW)
    out = await english.handle("who's booked in on Sunday the 8th of March?", context)
    assert out.handled and "we're closed" in out.reply_text, out


async def test_an_open_day_with_nothing_booked_is_not_closed(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("cosa abbiamo sabato 14 marzo?", context)
    assert out.handled and out.reply_text == "Sabato 14 marzo non ci sono appuntamenti.", out


async def test_a_past_sunday_is_not_said_closed(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("cosa avevamo domenica 1 marzo?", context)
    assert "chiusi" not in out.reply_text, out
