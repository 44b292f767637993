"""The customer made to come another day, the appointment named only by when it comes ("Quello che arriva domani
alle 10 fallo venire venerdì alle 10 e mezza", set 38): a move by its slot alone, said back whole (car and owner)
for a yes, never written at once; several at that slot, which one is asked. "Fallo venire venerdì per il tagliando"
with no appointment named before it is no move. On the contract workshop (Davide Bruno's Renegade, ZA987YE, booked
Wednesday 4 March at 10)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import fast_on, seed_with
from tests.engine.fastpath.italian import parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.fixture
async def desk(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, seed_with({})):
        yield f


@pytest.mark.parametrize(
    "text",
    [
        "Quello che arriva mercoledì 4 alle 10 fallo venire giovedì 5 alle 11.",
        "Quello di mercoledì 4 alle 10, fallo venire giovedì 5 alle 11.",
        "Quella che doveva arrivare mercoledì 4 alle 10 falla venire giovedì 5 alle 11.",
    ],
)
async def test_the_one_named_by_when_it_comes_is_said_back(desk: FastPath, context: CallContext, text: str) -> None:
    assert parse_it(text).intent == "move"
    out = await desk.handle(text, context, alone=True)
    assert wrote_nothing(out) and "ZA987YE" in out.reply_text, (out.reply_text, out.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Rossi fallo venire venerdì alle 10 per il tagliando della Panda, AB 123 CD.",
        "Falla venire giovedì 5 alle 11 per la revisione.",
    ],
)
def test_made_to_come_with_no_appointment_named_is_no_move(text: str) -> None:
    assert parse_it(text).intent != "move"
