"""Set 47 as whisper heard it: "la Mopetta rossa della Bonannini, FL 452 NL" written "la moppetta rossa" and, over the
noise, "la Moffetta Rossa": a sound from the make Mochet on file too (another car's), so the word was read as that
make, and the plate said plainly was asked about as "non Mochet rossa". A word that sounds like a model on file, or is
as near to it as to a make on file, is the model: the plate's car, booked at once when all else fits. A make said a
sound off, near no model on file, is still the make. On the contract workshop (Monday 2 March 2026) with Davide
Bruno's Renegade (ZA987YE) made a Brutsch Mopetta rossa and Luca Esposito's Punto (FT789MN) a Mochet Velocar gialla."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import fast_on, seed_with
from tests.engine.fastpath.italian import booked, wrote_nothing
from wp_api.contract import CallContext


def _seed() -> dict[str, Any]:
    return seed_with({"ZA987YE": {"make": "Brutsch", "model": "Mopetta", "colour": "rosso"},
                      "FT789MN": {"make": "Mochet", "model": "Velocar", "colour": "giallo"}})  # fmt: skip


@pytest.fixture
async def cars(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, _seed()):
        yield f


@pytest.mark.parametrize(
    "text",
    [
        "c'è la moppetta rossa di Bruno, ZA 987 YE: le facciamo un tagliando venerdì 6 marzo alle 11",
        "la Moffetta rossa di Bruno, ZA 987 YE, tagliando venerdì 6 marzo alle 11",
        "prenota un tagliando per la mopetta rossa, ZA 987 YE, venerdì 6 marzo alle 11",
    ],
)
async def test_the_model_on_file_heard_near_a_make_books_its_plate(
    cars: FastPath, context: CallContext, text: str
) -> None:
    out = await cars.handle(text, context, alone=True)
    booked_now = booked(out)
    if booked_now:  # written at once, the plate's car
        (made,) = booked_now
        assert made.arguments["start"] == "2026-03-06T11:00" and "ZA987YE" in out.reply_text, out
    else:  # or said back whole, over a word heard off: never asked as another car
        assert out.clarification and "ZA987YE" in out.clarification and "Mochet" not in out.clarification, out


async def test_the_make_said_a_sound_off_is_still_the_make(cars: FastPath, context: CallContext) -> None:
    await cars.read_models(context)
    p = cars.parse("che lavori ha fatto da noi la Moket gialla, FT 789 MN?")
    assert (p.slots.get("vehicle_description") or {}).get("make") == "Mochet", p.slots


async def test_a_model_heard_off_never_books_another_car(cars: FastPath, context: CallContext) -> None:
    out = await cars.handle("la moppetta rossa, FT 789 MN, tagliando venerdì 6 marzo alle 11", context, alone=True)
    assert wrote_nothing(out), out
