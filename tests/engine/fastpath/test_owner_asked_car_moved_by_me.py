"""The owner asked of a car the one asking must move himself ("C'è qui fuori una macchina, DL 350 TH: di chi è,
che la devo spostare?", set 37) was read as a move of its appointment (its day asked): the car is moved in the yard,
a look-up. Only with the owner asked before the verb and no day after it: "il tagliando della Panda, che lo devo
spostare a giovedì" stays a move."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("C'è qui fuori una macchina, Delta Lima 3 5 0 Tango Hotel: di chi è, che la devo spostare?", "DL350TH"),
        ("Di chi è la Panda AB 123 CD in cortile, che la dobbiamo spostare?", "AB123CD"),
        ("A chi appartiene la FN 727 VW qui davanti? Che la devo spostare, blocca il ponte.", "FN727VW"),
        ("Chi è il proprietario della Punto AB 123 CD, che la devo spostare dal passo carraio?", "AB123CD"),
        ("Di chi è quella Panda in cortile, che la devo spostare? Targa AB 123 CD.", "AB123CD"),
    ],
)
def test_the_owner_of_a_car_to_move_is_looked_up(text: str, plate: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": plate})


def test_as_whisper_heard_it_no_move() -> None:
    p = parse_it("C'è qui fuori una macchina, Detali matre 5.0 tango hotel. Di chi è che la devo spostare.")
    assert p.intent == "lookup_plate", (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Il tagliando della Panda AB 123 CD, che lo devo spostare a giovedì alle 10.",
        "Di chi è la Panda AB 123 CD? Il tagliando, che lo devo spostare a giovedì 3.",
        "La revisione della AB 123 CD, che la devo spostare: quando?",
        "Di chi è la revisione della AB 123 CD, che la devo spostare al 10 alle 9?",
    ],
)
def test_an_appointment_i_must_move_stays_a_move(text: str) -> None:
    assert parse_it(text).intent == "move"


async def test_the_owner_is_named_and_nothing_written(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("C'è qui fuori una Panda, AB 123 CD: di chi è, che la devo spostare?", context)
    assert out.handled and "Mario Rossi" in out.reply_text, out.reply_text
    assert wrote_nothing(out)
