"""A job brought forward from a weekday said alone to a full date after this week's weekday ("bring the Panda
forward from Tuesday to Friday the 6th", on a Monday, its one Tuesday job the week after): nothing is brought
forward from this Tuesday to a later day, so the weekday said is the later week's and the job is moved at once.
Without a word that makes it earlier ("move it from Tuesday to Friday the 6th"), or with the new day said by its
weekday alone, the doubt stays: the move is said back whole for a yes. The test workshop's today is Monday 2
March 2026."""

from __future__ import annotations

from engine.fastpath import FastPath
from engine.fastpath.outcome import FastPathOutcome
from wp_api.contract import CallContext


async def _book(fast: FastPath, context: CallContext, start: str) -> int:
    made = await fast.backend.call_tool(
        "create_appointment",
        {"service_id": 1, "vehicle_id": 1, "start": start, "idempotency_key": f"forward-{start}"},
        context=context,
    )
    assert made.ok, made.error
    return int(made.data["appointment"]["appointment_id"])


def _english(local_backend: object) -> FastPath:
    from tests.engine.fastpath.conftest import NOW

    return FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]


def _moved(out: FastPathOutcome) -> list[dict[str, object]]:
    return [c.arguments for c in out.tool_calls if c.name == "reschedule_appointment" and c.result.ok]


async def test_brought_forward_to_a_date_before_the_later_job_moves_it(
    local_backend: object, context: CallContext
) -> None:
    fast = _english(local_backend)
    booked = await _book(fast, context, "2026-03-10T11:00")  # AB123CD: Tuesday week; nothing this Tuesday
    out = await fast.handle(
        "Bring the Panda forward from Tuesday to Friday the 6th of March at 10, AB 123 CD.", context
    )
    (moved,) = _moved(out)
    assert moved["appointment_id"] == booked and moved["new_start"] == "2026-03-06T10:00", out
    assert not out.clarification, out


async def test_a_move_not_said_earlier_is_said_back(local_backend: object, context: CallContext) -> None:
    fast = _english(local_backend)
    await _book(fast, context, "2026-03-10T11:00")
    out = await fast.handle(
        "Move the Panda from Tuesday to Friday the 6th of March at 10, AB 123 CD.", context
    )
    assert not _moved(out), out
    assert out.clarification, out


async def test_brought_forward_to_a_weekday_alone_is_not_moved(
    local_backend: object, context: CallContext
) -> None:
    fast = _english(local_backend)
    await _book(fast, context, "2026-03-10T11:00")
    out = await fast.handle("Bring the Panda forward from Tuesday to Friday at 10, AB 123 CD.", context)
    assert not _moved(out), out


async def test_brought_forward_to_that_very_day_said_otherwise_moves_it(
    local_backend: object, context: CallContext
) -> None:
    fast = _english(local_backend)
    booked = await _book(fast, context, "2026-03-10T11:00")  # tomorrow is a Tuesday, with nothing booked
    out = await fast.handle(
        "Can we bring the Panda forward? AB 1 2 3 CD, from Tuesday to tomorrow at half 11.", context
    )
    (moved,) = _moved(out)
    assert moved["appointment_id"] == booked and moved["new_start"] == "2026-03-03T11:30", out


async def test_moved_to_that_very_day_not_said_earlier_is_said_back(
    local_backend: object, context: CallContext
) -> None:
    fast = _english(local_backend)
    await _book(fast, context, "2026-03-10T11:00")
    out = await fast.handle(
        "Can we move the Panda? AB 1 2 3 CD, from Tuesday to tomorrow at half 11.", context
    )
    assert not _moved(out), out
