"""A plate heard garbled, its owner said ("batteria da sostituire sulla Sehol di Manfrotto, di doppia vuoto 110 NG",
set 45 spoken, for DW 816 NG): the repair from the workshop's plates found another person's car (Mancini's VB161RG)
and said the booking back with it. For a write, when no word said sounds like that car's owner and the owner said has
one car sharing the heard plate's characters, that car is asked about instead ("Intendi …?"); nothing is written. The
repaired car stays the answer when its owner was the one said, or the owner said has no such car."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import fast_on, seed_with
from tests.engine.fastpath.italian import wrote_nothing
from wp_api.contract import CallContext


@pytest.fixture
async def fast_plates(tmp_path: Path) -> AsyncIterator[FastPath]:
    # Davide Bruno's one car DW816NG; Chiara Gallo's VB161RG, the plate the repair of "doppia vuoto 110 NG" finds
    seed = seed_with({"ZA987YE": {"plate": "DW816NG"}, "EM304RS": {"plate": "VB161RG", "model": "C3"}})
    async for f in fast_on(tmp_path, seed):
        yield f


async def test_the_owner_said_has_his_car_asked_about(fast_plates: FastPath, context: CallContext) -> None:
    out = await fast_plates.handle(
        "batteria da sostituire sulla Renegade di Bruno di doppia vuoto 110 NG, giovedì 5 marzo alle 14", context,
        alone=True,
    )  # fmt: skip
    said = out.clarification or out.reply_text
    assert said.startswith("Intendi") and "DW816NG" in said and "VB161RG" not in said, said
    assert wrote_nothing(out)


async def test_the_repaired_car_of_the_owner_said_stays(fast_plates: FastPath, context: CallContext) -> None:
    out = await fast_plates.handle(
        "batteria da sostituire sulla C3 di Gallo di doppia vuoto 110 NG, giovedì 5 marzo alle 14", context,
        alone=True,
    )  # fmt: skip
    said = out.clarification or out.reply_text
    assert "DW816NG" not in said, said
    assert wrote_nothing(out)
