"""A make on file said (or heard a sound off) is the car's make, never a model on file it sounds like ("Fammi un
appuntamento per la Spyker, EV 3 4 2 FK, …", set 39: the Spyker read as the workshop's Alfa Romeo Spider, a sound from
it, and the Spyker's own plate then asked about as "non Spider"; the sentences below are new). The model on file said
as written is still that model, and a plate said with another car's model is still asked about. On the contract
workshop (Monday 2 March 2026) with Davide Bruno's Renegade (ZA987YE) made a Spyker C8 and Luca Esposito's Punto
(FT789MN) an Alfa Romeo Spider."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import fast_on, seed_with
from tests.engine.fastpath.italian import booked, wrote_nothing
from wp_api.contract import CallContext


@pytest.fixture
async def spyker(tmp_path: Path) -> AsyncIterator[FastPath]:
    seed = seed_with({"ZA987YE": {"make": "Spyker", "model": "C8", "colour": "nero onice"},
                      "FT789MN": {"make": "Alfa Romeo", "model": "Spider", "colour": "rosso"}})  # fmt: skip
    async for f in fast_on(tmp_path, seed):
        yield f


@pytest.mark.parametrize(
    "text",
    [
        "Fammi un appuntamento per la Spyker, ZA 987 YE, per la revisione venerdì 6 marzo alle 11.",
        "La revisione della Spyker di Bruno, ZA 987 YE, mettila venerdì 6 marzo alle 11.",
        "Prenota la Spiker nera, ZA 987 YE, per una revisione venerdì 6 marzo alle 11.",  # the make a sound off
        "Mi segni una revisione sulla Spyker, ZA 987 YE, venerdì 6 marzo alle 11?",
    ],
)
async def test_the_make_said_with_its_plate_books_that_car(spyker: FastPath, context: CallContext, text: str) -> None:
    out = await spyker.handle(text, context, alone=True)
    (made,) = booked(out)
    assert made.arguments["start"] == "2026-03-06T11:00" and "ZA987YE" in out.reply_text, out
    assert "Spider" not in out.reply_text, out


@pytest.mark.parametrize(
    "text",
    [
        "Fammi un appuntamento per la Spyker, ZA 987 YE, per la revisione venerdì 6 marzo alle 11.",
        "Prenota la Spiker nera, ZA 987 YE, per una revisione venerdì 6 marzo alle 11.",
    ],
)
async def test_the_make_is_no_model_in_the_parse(spyker: FastPath, context: CallContext, text: str) -> None:
    await spyker.read_models(context)
    described = spyker.parse(text).slots.get("vehicle_description") or {}
    assert described.get("make") == "Spyker" and "model" not in described, described


async def test_the_model_as_written_is_still_the_model(spyker: FastPath, context: CallContext) -> None:
    out = await spyker.handle(
        "Prenota la Spider rossa di Esposito, FT 789 MN, per una revisione venerdì 6 marzo alle 11.", context, alone=True
    )
    assert len(booked(out)) == 1 and "FT789MN" in out.reply_text, out
    await spyker.read_models(context)
    described = spyker.parse("E la Spider rossa di Esposito quando ha fatto il tagliando?").slots["vehicle_description"]
    assert described["model"] == "Spider", described


async def test_another_cars_model_with_the_plate_is_asked(spyker: FastPath, context: CallContext) -> None:
    # the Spider named with the Spyker's plate: a plate or a name misheard, never written
    out = await spyker.handle(
        "Prenota la Spider, ZA 987 YE, per una revisione venerdì 6 marzo alle 11.", context, alone=True
    )
    assert wrote_nothing(out) and out.clarification and "Spider" in out.clarification, out


@pytest.fixture
async def kerry(tmp_path: Path) -> AsyncIterator[FastPath]:
    # a model said exactly as a make on file (set 35's Perodua Kerry beside the workshop's Chery): the model, as before
    seed = seed_with({"ZA987YE": {"make": "Perodua", "model": "Kerry", "colour": "blu marino"},
                      "FT789MN": {"make": "Chery", "model": "Tiggo", "colour": "rosso"}})  # fmt: skip
    async for f in fast_on(tmp_path, seed):
        yield f


async def test_a_model_said_exactly_as_a_make_is_still_the_model(kerry: FastPath, context: CallContext) -> None:
    await kerry.read_models(context)
    described = kerry.parse("Di chi è la Kerri blu?").slots.get("vehicle_description") or {}
    assert described.get("model") == "Kerry", described
