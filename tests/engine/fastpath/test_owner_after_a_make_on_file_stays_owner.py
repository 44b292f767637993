"""An owner's surname sounding like a model on file, said after a car named by a make or model on file only ("La
Togg blu della Zilocchi, FY 270 FP", set 38: "Zilocchi" sounds like the Scirocco on file) is whose car it is, as after
a car the tables know ("la Panda della Murano"): the Scirocco is not read, so the Togg's plate is not asked about
against a Scirocco. On the contract workshop with Davide Bruno (ZA987YE) renamed Rosanna Zilocchi and her Renegade
made a Togg T10X, and Luca Esposito's Punto (FT789MN) a Volkswagen Scirocco."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import fast_on, seed_with
from tests.engine.fastpath.italian import booked
from wp_api.contract import CallContext


def _seed() -> dict[str, Any]:
    seed = seed_with({"ZA987YE": {"make": "Togg", "model": "T10X", "colour": "blu oceano"},
                      "FT789MN": {"make": "Volkswagen", "model": "Scirocco", "colour": "verde lime"}})  # fmt: skip
    owner = next(c for c in seed["customers"] if c["id"] == 9)
    owner["full_name"] = "Rosanna Zilocchi"
    return seed


@pytest.fixture
async def togg(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, _seed()):
        yield f


@pytest.mark.parametrize(
    "text",
    [
        "La Togg blu della Zilocchi, ZA 987 YE. Cambio gomme venerdì 6 marzo alle 11.",
        "Cambio gomme per la Togg della Zilocchi, ZA 987 YE, venerdì 6 marzo alle 11.",
        "Mi prenoti un cambio gomme per la T10X della Zilocchi, ZA 987 YE, venerdì 6 marzo alle 11?",
        "Segnami la Togg blu oceano della signora Zilocchi, ZA 987 YE, per un cambio gomme venerdì 6 marzo alle 11.",
    ],
)
async def test_the_owner_after_a_make_on_file_is_not_a_model(togg: FastPath, context: CallContext, text: str) -> None:
    out = await togg.handle(text, context, alone=True)
    made = booked(out)
    assert len(made) == 1, (out.reply_text, out.reason)
    assert made[0].arguments["start"] == "2026-03-06T11:00" and "ZA987YE" in out.reply_text, out


@pytest.mark.parametrize(
    "text",
    [
        "Il cambio olio della Scirocco, FT 789 MN, venerdì 6 marzo alle 11.",  # no car before it: the model itself
        "Cambio olio per la Scirocco di Esposito, FT 789 MN, venerdì 6 marzo alle 11.",
    ],
)
async def test_a_model_on_file_after_della_with_no_car_before_is_still_read(
    togg: FastPath, context: CallContext, text: str
) -> None:
    await togg.read_models(context)
    assert (togg.parse(text).slots.get("vehicle_description") or {}).get("model") == "Scirocco"
    out = await togg.handle(text, context, alone=True)
    assert len(booked(out)) == 1 and "FT789MN" in out.reply_text, out
