"""A move named by its old day and hour alone ("Quello di martedì 10 alle 11, spostamelo a venerdì 13 alle 10"):
no car and no customer said, so the one appointment booked then is said back for a yes, its plate and owner named,
and moved only after the yes (set 37's blind run moved it at once: a write on a car nobody named). Said with its
plate, the same move is made at once. The test workshop's today is Monday 2 March 2026."""

from __future__ import annotations

from engine.fastpath import FastPath
from engine.fastpath.outcome import FastPathOutcome
from wp_api.contract import CallContext


async def _book(fast: FastPath, context: CallContext, start: str) -> int:
    made = await fast.backend.call_tool(
        "create_appointment",
        {"service_id": 1, "vehicle_id": 2, "start": start, "idempotency_key": f"by-slot-{start}"},
        context=context,
    )
    assert made.ok, made.error
    return int(made.data["appointment"]["appointment_id"])


def _fast(local_backend: object, language: str) -> FastPath:
    from tests.engine.fastpath.conftest import NOW

    return FastPath(local_backend, language=language, now=lambda: NOW)  # type: ignore[arg-type]


def _moved(out: FastPathOutcome) -> list[dict[str, object]]:
    return [c.arguments for c in out.tool_calls if c.name == "reschedule_appointment" and c.result.ok]


async def test_a_move_named_by_its_slot_alone_is_said_back_then_made(
    local_backend: object, context: CallContext
) -> None:
    fast = _fast(local_backend, "it")
    booked = await _book(fast, context, "2026-03-10T11:00")
    out = await fast.handle("Quello di martedì 10 alle 11, spostamelo a venerdì 13 alle 10.", context)
    assert not _moved(out), out
    assert out.clarification and "EF456GH" in out.reply_text and "Confermi" in out.reply_text, out
    after = await fast.resume("sì", context)
    assert after is not None
    (moved,) = _moved(after)
    assert moved["appointment_id"] == booked and moved["new_start"] == "2026-03-13T10:00", after


async def test_a_no_to_the_move_said_back_moves_nothing(local_backend: object, context: CallContext) -> None:
    fast = _fast(local_backend, "it")
    await _book(fast, context, "2026-03-10T11:00")
    out = await fast.handle("L'appuntamento di martedì 10 alle 11 spostalo a venerdì 13 alle 10.", context)
    assert out.clarification and not _moved(out), out
    after = await fast.resume("no", context)
    assert after is None or not _moved(after), after


async def test_english_move_by_its_slot_alone_is_said_back(local_backend: object, context: CallContext) -> None:
    fast = _fast(local_backend, "en")
    await _book(fast, context, "2026-03-10T11:00")
    out = await fast.handle("The one on Tuesday the 10th at 11, move it to Friday the 13th at 10.", context)
    assert not _moved(out), out
    assert out.clarification and "EF456GH" in out.reply_text, out


async def test_the_same_move_with_its_plate_is_made_at_once(local_backend: object, context: CallContext) -> None:
    fast = _fast(local_backend, "it")
    booked = await _book(fast, context, "2026-03-10T11:00")
    out = await fast.handle("Sposta la Golf EF 456 GH da martedì 10 alle 11 a venerdì 13 alle 10.", context)
    assert len(_moved(out)) == 1, out.reply_text
    (moved,) = _moved(out)
    assert moved["appointment_id"] == booked and moved["new_start"] == "2026-03-13T10:00", out
    assert not out.clarification, out
