"""A request of another kind said while our question is open, lacking a detail of its own ("Per quale veicolo?" for a
history read, then "dove lo posso mettere un cambio … lunedì pomeriggio?" with its job garbled): its own question is
asked, where the old question had been asked again as if the person had not spoken (seen speaking to the app). An
answer to the question ("la AB123CD", "il primo posto libero" for a booking's day) still answers it. The contract
workshop: Monday 2 March 2026, 08:00."""

from __future__ import annotations

from engine.fastpath import FastPath
from wp_api.contract import CallContext


async def test_a_free_slot_question_after_a_vehicle_question_is_its_own(
    fast: FastPath, context: CallContext
) -> None:
    asked = await fast.handle("quand'è che gli abbiamo fatto il tagliando?", context, alone=True)
    assert asked.reason == "missing:vehicle", asked
    own = await fast.resume("dove lo posso mettere un lavoro domani pomeriggio?", context, alone=True)
    assert own is None
    new = await fast.handle("dove lo posso mettere un lavoro domani pomeriggio?", context, alone=True)
    assert new.reason != "missing:vehicle", new


async def test_the_plate_still_answers_the_vehicle_question(fast: FastPath, context: CallContext) -> None:
    await fast.handle("quand'è che gli abbiamo fatto il tagliando?", context, alone=True)
    done = await fast.resume("la AB123CD", context, alone=True)
    assert done is not None and done.handled, done


async def test_the_first_free_slot_still_answers_a_bookings_day(fast: FastPath, context: CallContext) -> None:
    await fast.handle("prenota un tagliando per la AB123CD", context, alone=True)
    done = await fast.resume("il primo posto libero", context, alone=True)
    assert done is not None, done
