"""A move from a weekday said alone whose week holds no appointment for the vehicle, the one the week after holding
it ("sposta la revisione dell'Antara da giovedì a venerdì 11 dicembre", its Thursday job in the week after): a
new day after that appointment tells which week's weekday was meant, so it is moved at once. A new day before it
(or none said with its date) leaves the doubt: the move is said back whole for a yes ("Quel giorno non c'è: …").
The test workshop's today is Monday 2 March 2026."""

from __future__ import annotations

from engine.fastpath import FastPath
from engine.fastpath.outcome import FastPathOutcome
from wp_api.contract import CallContext


async def _book(fast: FastPath, context: CallContext, start: str) -> int:
    made = await fast.backend.call_tool(
        "create_appointment",
        {"service_id": 1, "vehicle_id": 1, "start": start, "idempotency_key": f"later-move-{start}"},
        context=context,
    )
    assert made.ok, made.error
    return int(made.data["appointment"]["appointment_id"])


def _moved(out: FastPathOutcome) -> list[dict[str, object]]:
    return [c.arguments for c in out.tool_calls if c.name == "reschedule_appointment" and c.result.ok]


async def test_a_new_day_after_the_later_weeks_job_moves_it(fast: FastPath, context: CallContext) -> None:
    booked = await _book(fast, context, "2026-03-10T11:00")  # AB123CD: Tuesday week; nothing this Tuesday
    out = await fast.handle(
        "Il tagliando della Panda AB 123 CD, da martedì rimandalo a giovedì 12 alle 11.", context
    )
    (moved,) = _moved(out)
    assert moved["appointment_id"] == booked and moved["new_start"] == "2026-03-12T11:00", out
    assert not out.clarification, out


async def test_a_new_day_before_it_is_said_back(fast: FastPath, context: CallContext) -> None:
    await _book(fast, context, "2026-03-10T11:00")
    out = await fast.handle("Sposta il tagliando della Panda AB 123 CD da martedì a mercoledì alle 11.", context)
    assert not _moved(out), out
    assert out.clarification and out.clarification.startswith("Quel giorno non c'è"), out
