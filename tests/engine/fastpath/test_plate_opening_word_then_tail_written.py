"""A plate whose two first letter names whisper wrote as one known word ("Gia" for gi a, "Dia" for di a) and whose
rest it wrote as letters: its digits and last two letters in one token ("GIA 833SF", set 42), or its last letter lost
into the sentence after ("Gia 244 X, imontiamo le termiche", "Gia 244X.", set 52, for GA 244 XA). The opening word is
read as the two letters only there; "già" before a number and a vowel, a unit or a word stays the word. On the
contract workshop (Monday 2 March 2026) with Davide Bruno's Renegade made the plate GA244XA."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import fast_on, seed_with
from tests.engine.fastpath.italian import booked, plates_in, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Tomazoni vuole fare la revisione alla Panda, GIA 833SF, dopodomani alle due", "GA833SF"),
        ("la Punto della Rossi, dia 417CN, tagliando", "DA417CN"),
        ("il signor Bruno con la Renegade, Gia 244 X, imontiamo le termiche", "GA244X"),
        ("spostamelo a venerdì alle 10, Gia 244X.", "GA244X"),
    ],
)  # fmt: skip
def test_opening_word_before_the_tail_written(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "ha già 100 e passa chilometri",
        "sono già 250 euro di ricambi",
        "l'ho già detto 3 volte",
    ],
)
def test_gia_before_a_number_and_no_letters_stays_the_word(text: str) -> None:
    assert plates_in(text) == []


def test_a_unit_written_after_the_number_takes_no_opening_letters() -> None:
    assert not any(p.startswith("GA") for p in plates_in("ne abbiamo fatti già 300km"))


@pytest.fixture
async def lark(tmp_path: Path) -> AsyncIterator[FastPath]:
    seed = seed_with({"ZA987YE": {"plate": "GA244XA"}})
    async for f in fast_on(tmp_path, seed):
        yield f


async def test_last_letter_lost_with_the_owner_and_car_said_books_it(lark: FastPath, context: CallContext) -> None:
    text = "C'è il signor Bruno con la Renegade verde. Gia 244 X, prenota il cambio gomme venerdì 6 marzo alle 10."
    out = await lark.handle(text, context, alone=True)
    said = out.clarification or out.reply_text
    assert "GA244XA" in said, said
    (made,) = booked(out)  # the car and its owner said make it the one plate on file near what was heard
    assert made.arguments["start"] == "2026-03-06T10:00", out


async def test_last_letter_lost_and_nothing_else_said_is_said_back(
    lark: FastPath, context: CallContext
) -> None:
    out = await lark.handle("Gia 244 Q, prenota il cambio gomme venerdì 6 marzo alle 10.", context, alone=True)
    assert wrote_nothing(out), out  # nothing else said of the car: said back for a yes
