"""A weekday said alone for a job booked the week after ("la batteria del Carnival, da venerdì la spostiamo a
lunedì 30"; "conferma il tagliando di giovedì", booked for Thursday week, none this Thursday): when the job said is
the one booked, weekday and job both name that appointment, so the write goes ahead with no "Quel giorno non c'è".
The weekday with no job ("l'appuntamento di martedì"), another job, or a move to a weekday alone ("da martedì a
mercoledì": which week's Wednesday?) keep the doubt and are said back whole for a yes.
The test workshop's today is Monday 2 March 2026; AB123CD is booked for its tagliando on Tuesday 10 March."""

from __future__ import annotations

from engine.fastpath import FastPath
from engine.fastpath.outcome import FastPathOutcome
from wp_api.contract import CallContext


async def _book(fast: FastPath, context: CallContext, start: str = "2026-03-10T11:00") -> int:
    made = await fast.backend.call_tool(
        "create_appointment",
        {"service_id": 1, "vehicle_id": 1, "start": start, "idempotency_key": f"later-job-{start}"},
        context=context,
    )
    assert made.ok, made.error
    return int(made.data["appointment"]["appointment_id"])


def _written(out: FastPathOutcome, tool: str) -> list[dict[str, object]]:
    return [c.arguments for c in out.tool_calls if c.name == tool and c.result.ok]


async def test_a_move_of_the_job_said_to_a_dated_day_goes_ahead(fast: FastPath, context: CallContext) -> None:
    booked = await _book(fast, context)
    out = await fast.handle("Il tagliando della Panda AB 123 CD, da martedì lo anticipiamo a venerdì 6 alle 11.", context)
    (moved,) = _written(out, "reschedule_appointment")
    assert moved["appointment_id"] == booked and moved["new_start"] == "2026-03-06T11:00", out
    assert not out.clarification, out


async def test_a_confirmation_of_the_job_said_is_sent(fast: FastPath, context: CallContext) -> None:
    booked = await _book(fast, context)
    out = await fast.handle("Manda un SMS alla Panda AB 123 CD che gli conferma il tagliando di martedì.", context)
    (sent,) = _written(out, "send_message")
    assert sent["appointment_id"] == booked, out
    assert not out.clarification, out


async def test_a_shift_of_the_job_said_is_no_later_week_doubt(fast: FastPath, context: CallContext) -> None:
    # "mezz'ora più tardi" keeps the appointment's day: no "Quel giorno non c'è" (a shift is said back for itself)
    await _book(fast, context)
    out = await fast.handle("Il tagliando della Panda AB 123 CD di martedì glielo facciamo mezz'ora più tardi.", context)
    assert out.clarification and "martedì 10 marzo alle 11:30" in out.clarification, out
    assert not out.clarification.startswith("Quel giorno non c'è"), out


async def test_the_weekday_with_no_job_is_said_back(fast: FastPath, context: CallContext) -> None:
    await _book(fast, context)
    out = await fast.handle("Manda un SMS alla Panda AB 123 CD che gli conferma l'appuntamento di martedì.", context)
    assert not _written(out, "send_message"), out
    assert out.clarification and out.clarification.startswith("Quel giorno non c'è"), out


async def test_another_job_is_said_back(fast: FastPath, context: CallContext) -> None:
    await _book(fast, context)
    out = await fast.handle("Manda un SMS alla Panda AB 123 CD che gli conferma la revisione di martedì.", context)
    assert not _written(out, "send_message"), out
    assert out.clarification and "Confermi?" in out.clarification, out


async def test_a_move_to_a_weekday_alone_is_said_back(fast: FastPath, context: CallContext) -> None:
    await _book(fast, context)
    out = await fast.handle("Il tagliando della Panda AB 123 CD, da martedì spostalo a mercoledì alle 11.", context)
    assert not _written(out, "reschedule_appointment"), out
    assert out.clarification and out.clarification.startswith("Quel giorno non c'è"), out


async def test_a_shift_onto_another_job_is_answered_before_the_yes(fast: FastPath, context: CallContext) -> None:
    # the same day's new time checked before it is said back, the job's own time free: "mezz'ora più tardi" onto
    # a time another job holds offers other times at once, never a "Confermi?" met with "già occupato" after the yes
    await _book(fast, context)  # 11:00–12:00 with the first mechanic
    for k, (service, start, staff) in enumerate(((1, "2026-03-10T11:30", 2), (2, "2026-03-10T12:00", 1))):
        other = await fast.backend.call_tool(
            "create_appointment",
            {"service_id": service, "vehicle_id": 2, "start": start, "staff_id": staff,
             "idempotency_key": f"later-job-other-{k}"},
            context=context,
        )  # fmt: skip
        assert other.ok, other.error  # the other mechanic at 11:30, the first one's next job at 12:00
    out = await fast.handle("Il tagliando della Panda AB 123 CD di martedì glielo facciamo mezz'ora più tardi.", context)
    assert not _written(out, "reschedule_appointment"), out
    assert out.clarification and "Confermi?" not in out.clarification and "11:30" in out.clarification, out
