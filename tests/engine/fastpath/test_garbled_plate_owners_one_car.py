"""A plate heard too garbled to be found, its owner said ("il signor Gerosa … anavara, 1650 p. 2 p. av." for DE 651
PW, held-out set 19; the sentences below are new): when that owner has one car on file and its plate shares most
characters with what was heard, that car is asked about ("Intendi la …?"), never written unasked. An owner with
two cars, or a plate heard wholly otherwise, is still not found (the plate is asked again)."""

from __future__ import annotations

from engine.fastpath import FastPath
from wp_api.contract import CallContext

_WRITES = ("create_appointment", "reschedule_appointment", "cancel_appointment")


def _written(out: object) -> list[object]:
    return [c for c in getattr(out, "tool_calls", []) if c.name in _WRITES]


async def test_the_owners_one_car_is_asked_about(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("il signor Bruno vuole fare il tagliando, targa 1987 ZE2, domani alle 9", context)
    said = out.clarification or out.reply_text
    assert said.startswith("Intendi la Renegade verde ZA987YE"), said
    assert not _written(out)
    done = await fast.resume("sì", context)  # a yes goes on with that car
    assert done is not None and "ZA987YE" in done.reply_text, done


async def test_an_owner_with_two_cars_is_not_guessed(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("il signor Rossi vuole fare il tagliando, targa 1123 CD2, domani alle 9", context)
    said = out.clarification or out.reply_text
    assert "Intendi" not in said and "AB123CD" not in said, said
    assert not _written(out)


async def test_a_plate_heard_wholly_otherwise_is_not_found(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("il signor Bruno vuole fare il tagliando, targa 1555 QQ2, domani alle 9", context)
    said = out.clarification or out.reply_text
    assert "ZA987YE" not in said, said
    assert not _written(out)
