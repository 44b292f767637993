"""A whole Italian plate spelt in the NATO alphabet with every word as whisper writes it ("Apri la scheda di
Foxtrot Echo 1 7 0 Mike Mike" heard "Foxtro, ecco 1.7.0 mic mic", set 39): the plate's shape, two spelling words,
its three digits, two more, is the spelling alphabet in use, so each is its letter though no NATO word was said
plainly beside it. "Ecco" or "mic" anywhere else stay the words they are."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_it, plates_in
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Apri la scheda di Foxtro, ecco 1.7.0 mic mic, per cortesia.", "FE170MM"),
        ("Apri la scheda di Foxtrot ecco 1 7 0 mic mic", "FE170MM"),
        ("Di chi è la Foxtro Echo 2 4 1 Yankee mic?", "FE241YM"),
        ("Cercami la Alpha Bravo 1 2 3 Charlie Delta", "AB123CD"),
    ],
)
def test_a_plate_spelt_in_heard_nato_is_read(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "Ecco, la Golf 1 2 3 mic mic",  # no plate's shape: a model, then three digits
        "ecco 1 7 0 euro",
        "Foxtro ecco 12 mic mic",  # two digits only
    ],
)
def test_heard_words_outside_a_plates_shape_stay(text: str) -> None:
    assert plates_in(text) == []


def test_the_card_asked_is_the_plates() -> None:
    assert_parsed(parse_it("Apri la scheda di Foxtro, ecco 1.7.0 mic mic, per cortesia."), "lookup_plate",
                  {"plate": "FE170MM"})  # fmt: skip


async def test_the_car_is_named(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Apri la scheda di Alfa Bravo 1 2 3 Charlie Delta, per cortesia.", context, alone=True)
    assert out.handled and "Panda" in out.reply_text, out
