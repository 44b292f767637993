"""A plate heard too garbled to be found, the car's make or model said ("batteria per la Matra, 1698 ZL" for GC 698
ZL, held-out set 37; the sentences below are new): when exactly one vehicle of that model on file has a part of the
plate heard (its three digits, or its last two letters last) and shares most characters with it, that car is asked
about ("Intendi la …?"), never written unasked. A model with two such plates, a plate heard wholly otherwise, or a
colour alone, is still not found (the plate is asked again)."""

from __future__ import annotations

from engine.fastpath import FastPath
from wp_api.contract import CallContext

_WRITES = ("create_appointment", "reschedule_appointment", "cancel_appointment")


def _written(out: object) -> list[object]:
    return [c for c in getattr(out, "tool_calls", []) if c.name in _WRITES]


async def test_the_models_one_car_is_asked_about(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Il tagliando per la Giulietta, 246 KS 3, domani alle 9.", context)
    said = out.clarification or out.reply_text
    assert said.startswith("Intendi la Giulietta rossa BR246KS"), said
    assert not _written(out)
    done = await fast.resume("sì", context)  # a yes goes on with that car
    assert done is not None and "BR246KS" in done.reply_text, done


async def test_a_read_by_model_and_digits_asks_about_the_one_car(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Che lavori ha fatto la Giulietta 3 2 4 6 KS 9?", context)
    said = out.clarification or out.reply_text
    assert said.startswith("Intendi la Giulietta rossa BR246KS"), said


async def test_too_little_of_the_plate_shared_is_not_found(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Che lavori ha fatto la Micra, targa 5 9 9 FA?", context)  # SD512FA: only FA shared
    said = out.clarification or out.reply_text
    assert "SD512FA" not in said, said


async def test_a_plate_heard_wholly_otherwise_is_not_found(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Il tagliando per la Giulietta, 1555 QQ 3, domani alle 9.", context)
    said = out.clarification or out.reply_text
    assert "BR246KS" not in said, said
    assert not _written(out)


async def test_two_of_the_make_sharing_the_part_are_not_guessed(fast: FastPath, context: CallContext) -> None:
    # the Panda AB123CD and the 500 AP123CD, both Fiats, both have "123" and "CD" of what was heard
    out = await fast.handle("Il tagliando per la Fiat, 1 2 3 C D 9, domani alle 9.", context)
    said = out.clarification or out.reply_text
    assert not said.startswith(("Intendi la Panda", "Intendi la 500")), said
    assert not _written(out)


async def test_a_colour_alone_picks_no_car(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Il tagliando per quella rossa, 246 KS 3, domani alle 9.", context)
    said = out.clarification or out.reply_text
    assert not said.startswith("Intendi la Giulietta"), said
    assert not _written(out)
