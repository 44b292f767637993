"""A move said back for a yes (here: the job said is not the one booked) to a time already taken was met, after
the "sì", with "è già occupato" (seen speaking to the app). Its time is now checked first, as a booking's is:
the taken time is said at once with the nearest free ones, and nothing is said back. A free time is still said
back. The contract workshop: Monday 2 March 2026, the Renegade ZA987YE's tagliando on Wednesday 4 at 10:00."""

from __future__ import annotations

from engine.fastpath import FastPath
from wp_api.contract import CallContext


async def _taken_slot(fast: FastPath, context: CallContext) -> None:
    """Tuesday 3 March at 11:00 taken for a tagliando: booked for other cars through the fast path until the
    diary refuses one (every mechanic who does it busy)."""
    for plate in ("Panda AB123CD", "SD512FA", "DP321TB", "EF456GH", "CX808BZ", "FT789MN", "GM555NP"):
        out = await fast.handle(f"prenota un tagliando per la {plate} martedì alle 11", context)
        if not any(c.name == "create_appointment" and c.result.ok for c in out.tool_calls):
            assert out.reason == "slot_taken", (out.reply_text, out.reason)
            return
    raise AssertionError("11:00 never filled up")


async def test_a_taken_time_is_said_before_any_yes(fast: FastPath, context: CallContext) -> None:
    await _taken_slot(fast, context)
    out = await fast.handle("sposta la revisione di mercoledì della ZA987YE a martedì alle 11", context)
    assert out.reason in ("slot_taken",), (out.reply_text, out.reason)
    assert "Confermi" not in out.reply_text and not any(c.name == "reschedule_appointment" for c in out.tool_calls)


async def test_a_free_time_is_still_said_back(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("sposta la revisione di mercoledì della ZA987YE a martedì alle 15", context)
    assert out.reason == "say_back:other_service" and "Confermi" in out.reply_text, (out.reply_text, out.reason)
