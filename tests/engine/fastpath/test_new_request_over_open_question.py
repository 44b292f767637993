"""A question the fast path asked ("Intendi la Panda grigia AB123CD?") is answered by a choice, a yes, a day;
a whole new request said instead (with its own verb, for something else) is that new request, never taken as
the answer to the old one. CI met it: a look-up heard through the microphone asked about its plate, and the
booking said next ("Book a tyre change for AB123CD next Wednesday") was answered as that look-up's choice, so
nothing was booked nor said back. Writes through the fast path on the contract workshop (a real LocalBackend)."""

from __future__ import annotations

from engine.fastpath import FastPath
from wp_api.contract import CallContext

_WRITES = ("create_appointment", "reschedule_appointment", "cancel_appointment")


def _names(out: object) -> list[str]:
    return [c.name for c in getattr(out, "tool_calls", [])]


async def _asked_about_a_plate(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("il signor Bruno vuole sapere quando ha fatto il tagliando, targa 1987 ZE2", context)
    said = out.clarification or out.reply_text
    assert said.startswith("Intendi la Renegade verde ZA987YE"), said
    assert fast.said_back is None and not any(n in _WRITES for n in _names(out))


async def test_a_new_request_with_another_verb_is_not_the_answer(fast: FastPath, context: CallContext) -> None:
    await _asked_about_a_plate(fast, context)
    request = "prenota le gomme alla ZA 987 YE giovedì alle 10"  # short: a choice names its plate
    assert await fast.resume(request, context) is None  # not an answer: the pipeline hands it to handle()
    out = await fast.handle(request, context)
    assert out.handled and "create_appointment" in _names(out), (out.reply_text, out.reason)


async def test_the_plate_alone_still_answers_the_question(fast: FastPath, context: CallContext) -> None:
    await _asked_about_a_plate(fast, context)
    out = await fast.resume("sì, ZA 987 YE", context)
    assert out is not None and out.handled and "ZA987YE" in out.reply_text, out


async def test_the_same_request_said_again_whole_still_answers(fast: FastPath, context: CallContext) -> None:
    """The same question asked again in full with the plate right: the same request, answered."""
    await _asked_about_a_plate(fast, context)
    out = await fast.resume("sì, quando ha fatto il tagliando la ZA 987 YE", context)
    assert out is not None and out.handled and not any(n in _WRITES for n in _names(out)), out
