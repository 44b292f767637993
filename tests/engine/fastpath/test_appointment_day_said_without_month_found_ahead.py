"""The day of a job to move or cancel said by its weekday and number with no month ("il tagliando di martedì 24",
"Tuesday the 24th"): the parser reads the nearest such day (Tuesday 24 March, on the test workshop's Monday 2 March
2026), while the car's job may be on a later Tuesday the 24th (24 November). When the car has exactly one upcoming
job on a day so numbered and on that weekday, that is the job meant; none such, or two, and the job is not guessed."""

from __future__ import annotations

from engine.fastpath import FastPath
from engine.fastpath.outcome import FastPathOutcome
from wp_api.contract import CallContext


async def _book(fast: FastPath, context: CallContext, start: str, service_id: int = 1) -> int:
    made = await fast.backend.call_tool(
        "create_appointment",
        {"service_id": service_id, "vehicle_id": 2, "start": start, "idempotency_key": f"ahead-{start}-{service_id}"},
        context=context,
    )
    assert made.ok, made.error
    return int(made.data["appointment"]["appointment_id"])


def _english(local_backend: object) -> FastPath:
    from tests.engine.fastpath.conftest import NOW

    return FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]


def _moved(out: FastPathOutcome) -> list[dict[str, object]]:
    return [c.arguments for c in out.tool_calls if c.name == "reschedule_appointment" and c.result.ok]


async def test_move_from_a_later_months_weekday_and_number(fast: FastPath, context: CallContext) -> None:
    booked = await _book(fast, context, "2026-11-24T10:00")  # EF456GH, a Tuesday the 24th in November
    out = await fast.handle(
        "Il tagliando di martedì 24, EF 456 GH, va spostato a venerdì 27 novembre alle 11.", context
    )
    (moved,) = _moved(out)
    assert moved["appointment_id"] == booked and moved["new_start"] == "2026-11-27T11:00", out


async def test_move_from_it_said_other_ways(fast: FastPath, context: CallContext) -> None:
    booked = await _book(fast, context, "2026-11-24T10:00")
    out = await fast.handle("Sposta il tagliando della EF 456 GH da martedì 24 a giovedì 26 novembre alle 9.", context)
    (moved,) = _moved(out)
    assert moved["appointment_id"] == booked and moved["new_start"] == "2026-11-26T09:00", out


async def test_cancel_of_it_in_english_is_put_for_a_yes(local_backend: object, context: CallContext) -> None:
    fast = _english(local_backend)
    booked = await _book(fast, context, "2026-11-24T10:00")
    out = await fast.handle("The service on Tuesday the 24th for EF 456 GH: cancel it, please.", context)
    # a cancel is always put for a yes
    assert out.pending is not None and out.pending.tool == "cancel_appointment", out
    assert out.pending.arguments == {"appointment_id": booked}, out.pending


async def test_move_in_english(local_backend: object, context: CallContext) -> None:
    fast = _english(local_backend)
    booked = await _book(fast, context, "2026-11-24T10:00")
    out = await fast.handle(
        "Move the service for EF 456 GH from Tuesday the 24th to Thursday the 26th of November at 9.", context
    )
    (moved,) = _moved(out)
    assert moved["appointment_id"] == booked and moved["new_start"] == "2026-11-26T09:00", out


async def test_two_such_jobs_are_not_guessed(fast: FastPath, context: CallContext) -> None:
    await _book(fast, context, "2026-11-24T10:00", service_id=1)
    await _book(fast, context, "2026-11-24T15:00", service_id=3)
    out = await fast.handle("Il lavoro di martedì 24, EF 456 GH, va spostato a venerdì 27 novembre alle 11.", context)
    assert not _moved(out), out


async def test_a_job_on_another_number_is_not_taken(fast: FastPath, context: CallContext) -> None:
    await _book(fast, context, "2026-11-17T10:00")  # a Tuesday, but the 17th
    out = await fast.handle(
        "Il tagliando di martedì 24, EF 456 GH, va spostato a venerdì 27 novembre alle 11.", context
    )
    assert not _moved(out), out


async def test_its_one_job_of_another_service_is_said_back(fast: FastPath, context: CallContext) -> None:
    await _book(fast, context, "2026-11-24T10:00", service_id=3)  # a Revisione, not the Tagliando said
    out = await fast.handle(
        "Il tagliando di martedì 24, EF 456 GH, va spostato a venerdì 27 novembre alle 11.", context
    )
    assert out.reason == "say_back:other_service" and "Confermi" in out.reply_text, out
    assert not any(c.name == "reschedule_appointment" for c in out.tool_calls), out
