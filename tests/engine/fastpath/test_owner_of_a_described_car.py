"""The owner asked of a car told by its model and colour, no plate ("di chi è la Renegade verde?", whisper often
without its question mark): a read, so looked up as the history of a described car is, the one car answered with
its plate, several asked which, none said so. Before, "Quale targa?" was asked of a car the workshop had only one
of (uc32, spoken on the demo workshop). Nothing said of the car, no model said ("il furgone bianco"), a car
pointed at ("quella Golf": a car seen, maybe no customer's) or its plate spoken of and not given still asks for the
plate. New sentences."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from engine.fastpath.context import WRITES
from tests.engine.fastpath.italian import parse_it
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    "text", ["Di chi è la Renegade verde?", "di chi è la renegade verde", "A chi appartiene la Micra rossa?"]
)
def test_the_described_car_is_looked_up(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.handled, (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "di chi è?",
        "Di chi è la Renegade verde qui davanti? La targa è sporca, non la leggo.",
        "Di chi è quella Golf nera lì fuori?",
        "Di chi è il furgone bianco?",
    ],
)
def test_no_car_or_its_plate_spoken_of_and_not_given_still_asks_the_plate(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and not p.handled and p.reason == "missing:plate", p


async def test_the_one_car_is_answered_with_its_plate_and_owner(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("di chi è la Renegade verde", context)
    assert out.handled and "ZA987YE" in out.reply_text, out
    assert not WRITES & {c.name for c in out.tool_calls}


async def test_several_cars_are_asked_which(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("di chi è la Panda?", context)
    assert not out.handled and out.clarification and "AB123CD" in out.clarification, out
    assert "LN777TT" in out.clarification


async def test_a_car_the_workshop_lacks_is_said_not_found(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("di chi è la Golf viola?", context)
    assert out.reason == "vehicle_not_found", out


async def test_more_cars_than_a_question_names_ask_the_plate_and_take_it(
    fast: FastPath, context: CallContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "di chi è la Tipo grigia?" of a workshop with seventy: three named back is no help, the plate is asked and
    # the answer finishes the look-up (here the workshop's two Pandas stand for the many)
    from engine.fastpath.handlers import lookups

    monkeypatch.setattr(lookups, "_FEW_TO_NAME", 1)
    asked = await fast.handle("di chi è la Panda?", context)
    assert not asked.handled and asked.clarification == "Quale targa?", asked
    done = await fast.resume("LN 777 TT", context)
    assert done is not None and done.handled and "LN777TT" in done.reply_text, done
