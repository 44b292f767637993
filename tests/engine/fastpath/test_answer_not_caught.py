"""An answer to the fast path's question heard as no words of any request ("Martedì 8." heard "Martediozzo") asks
the question again and keeps it open, when no model will take the turn (seen in the app: the question was dropped
for "Questo non lo so fare senza il modello in cloud", and the "sì" said next met "Non ho niente in sospeso"). A
new request, a refusal of its own, a long utterance, or a model to hand: handled as before. The contract workshop:
Monday 2 March 2026, 08:00."""

from __future__ import annotations

from engine.fastpath import FastPath
from engine.fastpath.context import WRITES
from wp_api.contract import CallContext


async def test_a_day_not_caught_asks_the_day_again_and_the_next_answer_books(
    fast: FastPath, context: CallContext
) -> None:
    asked = await fast.handle("prenota un tagliando per la AB123CD", context, alone=True)
    question = asked.clarification
    assert question == "Che giorno per la Panda grigia AB123CD di Mario Rossi?", asked
    again = await fast.resume("Martediozzo", context, alone=True)
    assert again is not None and not again.handled and not again.tool_calls, again
    assert again.clarification == f"Non ho capito. {question}"
    done = await fast.resume("venerdì alle dieci", context, alone=True)
    assert done is not None and done.handled, done
    assert done.tool_calls[-1].name == "create_appointment" and done.tool_calls[-1].result.ok


async def test_a_yes_not_caught_to_a_write_said_back_asks_again_then_writes(
    fast: FastPath, context: CallContext
) -> None:
    back = await fast.handle(
        "sposta l'appuntamento di mercoledì della ZA987YE a martedì", context, alone=True
    )
    assert back.handled and back.clarification and not WRITES & {c.name for c in back.tool_calls}, back
    again = await fast.resume("Sotto zona", context, alone=True)
    assert again is not None and again.clarification == f"Non ho capito. {back.clarification}", again
    assert not WRITES & {c.name for c in again.tool_calls}
    done = await fast.resume("sì", context, alone=True)
    assert done is not None
    assert [c.name for c in done.tool_calls if c.name in WRITES] == ["reschedule_appointment"], done


async def test_what_is_no_answer_is_still_handled_as_itself(fast: FastPath, context: CallContext) -> None:
    for text in (
        "che tempo fa a Roma",  # a refusal of its own
        "allora senti quella cosa di prima boh",  # too long to be a short answer lost
        "prenota un cambio gomme per la EF456GH domani alle 9",  # a new request
    ):
        await fast.handle("prenota un tagliando per la AB123CD", context, alone=True)
        assert await fast.resume(text, context, alone=True) is None, text


async def test_with_a_model_to_hand_the_turn_is_the_models(fast: FastPath, context: CallContext) -> None:
    await fast.handle("prenota un tagliando per la AB123CD", context)
    assert await fast.resume("Martediozzo", context) is None
