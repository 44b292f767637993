"""A history question about a car named only by a pronoun, with no vehicle in focus, asks which vehicle.

Found speaking Italian to the app under Xvfb: after a booking that ended in a question, "E quando le abbiamo fatto
l'ultimo tagliando?" was refused ("Questo non lo so fare senza il modello in cloud"), although it can only be a
vehicle's history. It asks for the vehicle now, and the plate said next answers it. A question with no pronoun for
the car ("quando abbiamo fatto l'ultimo tagliando?") is still no request of the fast path's. On the contract
workshop (a real LocalBackend): AB123CD is Mario Rossi's grey Panda."""

from __future__ import annotations

from engine.fastpath import FastPath
from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext


def test_work_done_to_it_is_a_history_question_lacking_its_vehicle() -> None:
    p = parse("e quando le abbiamo cambiato l'olio l'ultima volta?", today=NOW.date())
    assert p.intent == "vehicle_history" and p.reason == "missing:vehicle", p
    assert parse("quando abbiamo fatto l'ultimo tagliando?", today=NOW.date()).intent is None


async def test_the_vehicle_is_asked_and_the_plate_said_next_answers(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("E quando gli abbiamo fatto l'ultimo tagliando?", context, alone=True)
    assert out.clarification and "veicolo" in out.clarification.lower(), out
    done = await fast.resume("la AB 123 CD", context)
    assert done is not None and done.handled and "AB123CD" in done.reply_text, done
    assert [c.name for c in done.tool_calls if c.name in ("find_vehicle", "vehicle_history")], done
