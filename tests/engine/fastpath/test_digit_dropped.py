"""A plate whisper heard with a digit dropped ("e fx97fa" for "e effe ics sei nove sette effe a"), found
in the app, spoken by Kokoro: it was read as a second action after "e" (a word no table knows) and the
whole booking refused. A token with digits is never a verb, and two letters, two digits, two letters is
read as a plate with a digit missing: the workshop's plates decide which, and nothing is written on it
without the person's yes. On the contract workshop (a real LocalBackend)."""

from __future__ import annotations

from typing import Any

from engine.fastpath import FastPath
from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext

WRITES = {"create_appointment", "reschedule_appointment", "cancel_appointment", "send_message", "schedule_reminder"}


def _writes(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name in WRITES]


def test_a_plate_after_e_is_no_second_action() -> None:
    p = parse("prenota un tagliando per la panda grigia e ab23cd domani alle 10", today=NOW.date())
    assert p.reason is None or not p.reason.startswith("unknown_action"), p.reason
    assert p.intent == "book" and p.slots.get("plate") == "AB23CD"


def test_a_word_after_e_is_still_a_second_action() -> None:
    p = parse("prenota il tagliando per la AB123CD domani alle 9 e lava la macchina", today=NOW.date())
    assert not p.handled and p.reason == "unknown_action:lava"


def test_two_digits_alone_are_no_plate() -> None:
    p = parse("prenota un tagliando per la panda grigia domani alle 10 e 30", today=NOW.date())
    assert "plate" not in p.slots


async def test_the_plate_with_a_digit_dropped_alone_is_said_back_before_any_write(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle("prenota un tagliando e ab23cd domani alle 10", context)
    assert not _writes(out), out
    assert out.clarification and "AB123CD" in out.clarification, out
    done = await fast.resume("sì", context)
    assert done is not None
    (booked,) = _writes(done)
    assert booked.name == "create_appointment" and booked.result.ok
    assert booked.arguments["start"].endswith("T10:00")


async def test_with_the_vehicle_said_too_the_workshop_s_data_decide(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la panda grigia e ab23cd domani alle 10", context)
    (booked,) = _writes(out)  # the only grey Panda whose plate the digits fit: the ranking is sure
    assert booked.arguments["vehicle_id"] == 1 and booked.result.ok
    assert "AB123CD" in out.reply_text
