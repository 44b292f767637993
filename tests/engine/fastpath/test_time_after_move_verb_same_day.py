"""The one time said after a move's verb that follows the appointment's day is its new time, on the same day ("la
revisione di giovedì falla mezz'ora più tardi, alle 5", set 31; "le gomme di mercoledì 9 spostale alle 4 e mezza"):
before, it was taken for the time the appointment had, and the new day asked. Said before the verb ("… di mercoledì
alle 10, spostalo") it is still the old one. A weekday said alone whose job is the week after is said back, never
moved at once. The test workshop's today is Monday 2 March 2026."""

from __future__ import annotations

from engine.fastpath import FastPath
from engine.fastpath.outcome import FastPathOutcome
from wp_api.contract import CallContext


async def _book(fast: FastPath, context: CallContext, start: str, service_id: int = 1) -> int:
    made = await fast.backend.call_tool(
        "create_appointment",
        {"service_id": service_id, "vehicle_id": 1, "start": start, "idempotency_key": f"same-day-{start}"},
        context=context,
    )
    assert made.ok, made.error
    return int(made.data["appointment"]["appointment_id"])


def _moved(out: FastPathOutcome) -> list[dict[str, object]]:
    return [c.arguments for c in out.tool_calls if c.name == "reschedule_appointment" and c.result.ok]


async def test_the_time_after_the_verb_is_the_new_one(fast: FastPath, context: CallContext) -> None:
    booked = await _book(fast, context, "2026-03-04T10:00")  # AB123CD's tagliando, Wednesday 4
    for text, start in (
        ("Il tagliando della Panda di mercoledì, AB 123 CD, spostalo alle 4.", "2026-03-04T16:00"),
        ("Il tagliando di mercoledì 4 della Panda, AB 123 CD, fallo alle 11.", "2026-03-04T11:00"),
        ("La Panda di Rossi, AB 123 CD: il tagliando di mercoledì fallo mezz'ora più tardi, alle 11 e mezza.",
         "2026-03-04T11:30"),
    ):
        out = await fast.handle(text, context)
        (moved,) = _moved(out)
        assert moved["appointment_id"] == booked and moved["new_start"] == start, (text, out)


async def test_the_time_before_the_verb_is_the_old_one(fast: FastPath, context: CallContext) -> None:
    await _book(fast, context, "2026-03-04T10:00")
    out = await fast.handle("Il tagliando di mercoledì alle 10 della AB 123 CD, spostalo.", context)
    assert not _moved(out), out
    assert out.clarification, out  # the new day asked


async def test_a_weekday_whose_job_is_the_week_after_is_said_back(fast: FastPath, context: CallContext) -> None:
    await _book(fast, context, "2026-03-11T10:00")  # nothing this Wednesday: next week's
    out = await fast.handle("Il tagliando di mercoledì della AB 123 CD fallo alle 4.", context)
    assert not _moved(out), out
    assert out.clarification, out
