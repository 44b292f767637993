"""A move or a message for a job the vehicle has not booked ("sposta la revisione della Kuga" of a Kuga booked only
for tyres) found its one appointment and acted on it at once: a helper met it tuning on set 21, the tyre change
moved for a revisione said. The appointment on file is now said back whole for a yes, its job named; the job said
right (or no job said) still acts at once. The contract workshop: Monday 2 March 2026, the Renegade ZA987YE has a
tagliando on Wednesday 4 at 10:00 (a real LocalBackend)."""

from __future__ import annotations

from engine.fastpath import FastPath
from wp_api.contract import CallContext

_WRITES = ("reschedule_appointment", "send_message", "schedule_reminder")


def _written(out: object) -> list[str]:
    return [c.name for c in getattr(out, "tool_calls", []) if c.name in _WRITES and c.result.ok]


async def test_a_move_of_another_job_is_said_back_naming_the_one_on_file(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("sposta la revisione di mercoledì della ZA987YE a martedì alle 11", context)
    assert out.handled and not _written(out), out.tool_calls
    assert out.reason == "say_back:other_service"
    assert out.reply_text.startswith("Di revisione non ce n'è in programma") and "tagliando" in out.reply_text
    done = await fast.resume("sì", context)
    assert done is not None and _written(done) == ["reschedule_appointment"], done


async def test_a_confirmation_for_another_job_is_said_back(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("manda la conferma whatsapp alla ZA987YE per il cambio gomme di mercoledì", context)
    assert out.handled and not _written(out) and out.reason == "say_back:other_service", (out.reply_text, out.reason)


async def test_the_job_on_file_or_none_said_still_moves_at_once(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("sposta il tagliando di mercoledì della ZA987YE a martedì alle 11", context)
    assert _written(out) == ["reschedule_appointment"], (out.reply_text, out.reason)


async def test_no_job_said_moves_at_once(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("sposta l'appuntamento di mercoledì della ZA987YE a martedì alle 11", context)
    assert _written(out) == ["reschedule_appointment"], (out.reply_text, out.reason)


async def test_in_english_too(local_backend: object, context: CallContext) -> None:
    from tests.engine.fastpath.conftest import NOW

    fast = FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]
    out = await fast.handle("move Wednesday's MOT on ZA987YE to Tuesday at 11", context)
    assert not _written(out) and out.reply_text.startswith("There's no MOT"), (out.reply_text, out.reason)
