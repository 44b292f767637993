"""An appointment named by today's weekday alone ("il tagliando di lunedì", said on a Monday) is today's or next
week's: the diary tells which when only one of the two holds it; with both, which one is asked, nothing written. The
contract workshop's clock is Monday 2 March 2026, 08:00; the appointments are booked first, through the fast path."""

from __future__ import annotations

from typing import Any

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import parse_it, wrote_nothing
from wp_api.contract import CallContext


def _moved(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name == "reschedule_appointment" and c.result.ok]


async def _book(fast: FastPath, context: CallContext, text: str) -> None:
    out = await fast.handle(text, context)
    if out.reason == "say_back:already_booked":  # a second tagliando for the same car: said back, a yes books it
        out = await fast.resume("sì", context)
        assert out is not None
    assert any(c.name == "create_appointment" and c.result.ok for c in out.tool_calls), out


async def test_todays_appointment_is_moved_when_only_today_holds_one(fast: FastPath, context: CallContext) -> None:
    await _book(fast, context, "Prenota un tagliando per la Panda AB 123 CD oggi alle 11.")
    out = await fast.handle("Sposta il tagliando di lunedì della Panda AB 123 CD a martedì alle 15.", context)
    (moved,) = _moved(out)
    assert moved.arguments["new_start"].startswith("2026-03-03T15:00"), moved.arguments
    assert str(moved.result.data["previous_start"]).startswith("2026-03-02T11:00"), moved.result.data


async def test_next_weeks_appointment_is_moved_when_only_it_holds_one(fast: FastPath, context: CallContext) -> None:
    await _book(fast, context, "Prenota un tagliando per la Panda AB 123 CD lunedì 9 marzo alle 11.")
    out = await fast.handle("Sposta il tagliando di lunedì della Panda AB 123 CD a martedì 10 alle 15.", context)
    (moved,) = _moved(out)
    assert moved.arguments["new_start"].startswith("2026-03-10T15:00"), moved.arguments
    assert str(moved.result.data["previous_start"]).startswith("2026-03-09T11:00"), moved.result.data


async def test_both_days_holding_one_is_asked_never_picked(fast: FastPath, context: CallContext) -> None:
    await _book(fast, context, "Prenota un tagliando per la Panda AB 123 CD oggi alle 11.")
    await _book(fast, context, "Prenota un tagliando per la Panda AB 123 CD lunedì 9 marzo alle 11.")
    out = await fast.handle("Sposta il tagliando di lunedì della Panda AB 123 CD a martedì 10 alle 15.", context)
    assert wrote_nothing(out) and out.clarification, out


def test_todays_weekday_as_a_new_day_is_still_asked() -> None:
    # the new day said as today's weekday (Wednesday 25 November): this week's is today, which is asked
    p = parse_it("Sposta il tagliando della Panda, FB 318 KD, da venerdì a mercoledì alle 9.")
    assert not p.handled and p.reason == "ambiguous:which_day", (p.reason, p.slots)
    p = parse_it("Prenota il tagliando per la Panda, FB 318 KD, mercoledì alle 9.")
    assert not p.handled and p.reason == "ambiguous:which_day", (p.reason, p.slots)
