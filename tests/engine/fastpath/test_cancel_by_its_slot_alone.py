"""A cancel said by its day and hour alone, no car, plate or name ("disdici l'appuntamento di mercoledì alle 10"):
the one job at that hour is named with its car and owner and asked about first; the yes picks it and the cancel is
then said back for a yes of its own. Nothing is set up for a cancel on an hour alone: an hour misremembered would
put someone else's job up for cancelling. A cancel that says its car, and a move by its slot, are as before (the
contract workshop: Monday 2 March 2026; Wednesday 4 March at 10:00 holds one job, vehicle 9's tagliando)."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    "text",
    [
        "Disdici l'appuntamento di mercoledì alle 10.",
        "Cancella l'appuntamento di mercoledì 4 alle dieci, il nome non me lo ricordo.",
        "Togli l'appuntamento di mercoledì alle 10, quello della signora che ha chiamato stamattina.",
        "Cancella l'appuntamento di mercoledì alle dieci, il nome adesso non mi torna in mente.",
        "Cancel Wednesday's appointment at 10.",
        "Cancel Wednesday's 10 o'clock, I didn't catch the name.",
    ],
)
async def test_the_one_job_at_the_hour_is_asked_about_before_any_cancel_is_set_up(
    fast: FastPath, context: CallContext, text: str
) -> None:
    out = await fast.handle(text, context)
    assert wrote_nothing(out) and out.pending is None, out
    assert out.reason == "ambiguous_appointment" and out.clarification, out
    assert "10:00" in out.clarification and "?" in out.clarification, out


async def test_the_yes_picks_the_job_and_its_cancel_is_said_back_for_a_yes_of_its_own(
    fast: FastPath, context: CallContext
) -> None:
    asked = await fast.handle("Disdici l'appuntamento di mercoledì alle 10.", context)
    assert asked.clarification and asked.clarification.startswith("Intendi l'appuntamento di mercoledì"), asked
    card = await fast.resume("sì", context)
    assert card is not None and card.pending is not None and card.pending.tool == "cancel_appointment", card
    assert card.pending.arguments == {"appointment_id": 103}, card.pending
    assert wrote_nothing(card), card


async def test_a_no_leaves_the_job_alone(fast: FastPath, context: CallContext) -> None:
    await fast.handle("Disdici l'appuntamento di mercoledì alle 10.", context)
    out = await fast.resume("no", context)
    assert out is None or (wrote_nothing(out) and out.pending is None), out


async def test_an_hour_with_no_job_is_still_said_to_have_none(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Disdici l'appuntamento di mercoledì alle 16.", context)
    assert wrote_nothing(out) and out.pending is None and out.reason == "no_appointment", out


async def test_a_move_by_its_slot_alone_is_said_back_whole_as_before(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Sposta l'appuntamento di mercoledì alle 10 a giovedì alle 11.", context)
    assert wrote_nothing(out) and out.reason != "ambiguous_appointment", out
