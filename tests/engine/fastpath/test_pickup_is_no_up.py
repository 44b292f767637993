"""A pick-up said as such ("il pick-up giallo", "un pick up rosso") is the body of a vehicle, not a Volkswagen Up: set
52's it-ae35 ("Di chi è il pick-up giallo parcheggiato davanti al cancello? DB 940 NM") was asked "La DB940NM risulta
la … gialla, non Up gialla: quale intendi?". An Up said as the car ("la Up gialla") is still one; English "pick up" is
the verb too and is left as it was. On the contract workshop (Monday 2 March 2026) with Davide Bruno's Renegade
(ZA987YE) changed into a yellow Mitsubishi L200."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.fastpath import FastPath
from engine.fastpath.normalize import tokenize
from engine.fastpath.vehicles import find_vehicle_description
from tests.engine.fastpath.conftest import fast_on, seed_with
from tests.engine.fastpath.italian import wrote_nothing
from wp_api.contract import CallContext


@pytest.fixture
async def l200(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, seed_with({"ZA987YE": {"make": "Mitsubishi", "model": "L200", "colour": "giallo"}})):
        yield f


@pytest.mark.parametrize(
    "said",
    [
        "ZA 987 YE: di chi è il pick-up giallo parcheggiato davanti all'officina?",
        "Di chi è quel pick up giallo, ZA 987 YE?",
        "Il proprietario del pick-up, ZA 987 YE, chi è?",
    ],
)
async def test_the_pickup_is_the_car_the_plate_found(l200: FastPath, context: CallContext, said: str) -> None:
    out = await l200.handle(said, context, alone=True)
    assert out.reason != "plate_description_mismatch" and "Davide Bruno" in out.reply_text, out
    assert wrote_nothing(out)


async def test_an_up_said_as_the_car_is_still_asked_about(l200: FastPath, context: CallContext) -> None:
    out = await l200.handle("Di chi è la Up gialla, ZA 987 YE?", context, alone=True)
    assert out.reason == "plate_description_mismatch", out


@pytest.mark.parametrize(
    ("said", "body", "model"),
    [
        ("un pick up rosso", "pickup", None),
        ("il pick-up della Rossi", "pickup", None),
        ("he'll pick up the car at five", None, None),  # the English verb
        ("la Up bianca", None, "Up"),
    ],
)
def test_what_is_read(said: str, body: str | None, model: str | None) -> None:
    desc = find_vehicle_description(tokenize(said))
    assert (desc.body, desc.model) == (body, model), desc
