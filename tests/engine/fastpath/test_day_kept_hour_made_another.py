"""The appointment's day kept, only its hour made another ("Le gomme della Demio, GV 621 VR, mercoledì 9 tienile
pure, ma falle alle 4 e mezza invece che la mattina", set 34; the sentences below are new): a move on the same day,
its "ma" no condition, the part of the day said after "invece che" the old one's. Another day said after the verb,
or no verb at all, moves nothing. The test workshop's today is Monday 2 March 2026."""

from __future__ import annotations

from engine.fastpath import FastPath
from engine.fastpath.outcome import FastPathOutcome
from wp_api.contract import CallContext


async def _book(fast: FastPath, context: CallContext, start: str) -> int:
    made = await fast.backend.call_tool(
        "create_appointment",
        {"service_id": 2, "vehicle_id": 1, "start": start, "idempotency_key": f"kept-{start}"},
        context=context,
    )
    assert made.ok, made.error
    return int(made.data["appointment"]["appointment_id"])


def _moved(out: FastPathOutcome) -> list[dict[str, object]]:
    return [c.arguments for c in out.tool_calls if c.name == "reschedule_appointment" and c.result.ok]


async def test_the_day_kept_and_the_hour_moved(fast: FastPath, context: CallContext) -> None:
    booked = await _book(fast, context, "2026-03-04T09:00")  # AB123CD's tyres, Wednesday 4 in the morning
    for text, start in (
        ("Le gomme della Panda, AB 123 CD, mercoledì 4 tienile pure, ma falle alle 4 e mezza invece che la mattina.",
         "2026-03-04T16:30"),
        ("Il cambio gomme della Panda, AB 123 CD: mercoledì lascialo pure, ma spostalo alle 11.", "2026-03-04T11:00"),
        ("Le gomme di Rossi, AB 123 CD, mercoledì 4 tienile pure, però mettile alle 3 invece che di mattina.",
         "2026-03-04T15:00"),
    ):
        out = await fast.handle(text, context)
        (moved,) = _moved(out)
        assert moved["appointment_id"] == booked and moved["new_start"] == start, (text, out)


async def test_another_day_or_no_verb_moves_nothing(fast: FastPath, context: CallContext) -> None:
    await _book(fast, context, "2026-03-04T09:00")
    for text in (
        "Le gomme della Panda, AB 123 CD, mercoledì 4 tienile pure, ma falle venerdì.",
        "Le gomme della Panda, AB 123 CD, mercoledì 4 alle 4 e mezza invece che la mattina.",
        "Le gomme della Panda, AB 123 CD, tienile pure, ma falle alle 4 e mezza.",
    ):
        out = await fast.handle(text, context)
        assert not _moved(out), (text, out)
