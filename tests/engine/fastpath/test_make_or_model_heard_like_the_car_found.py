"""A plate heard exactly, and the make or model of its car on file said with sounds the tables read as another car:
"alla gonda blu" for the Lagonda (read as a Honda), "il rancio" for the Matra Rancho (read as a Lancia), "la
epacenero" for the black E-Pace (read as an Espace). Each was asked "La X risulta la …, non Honda blu: quale
intendi?" (20 turns of the kept transcripts, sets 17 to 53, the car the plate found being the one meant each time); now
a read answers for that car, and a write is said back whole, the car named, for a yes ("Il modello non l'ho
capito."). A car the tables read said in so many words, or a word near no name of the car on file, is still asked
about. On the contract workshop (Monday 2 March 2026) with Davide Bruno's Renegade (ZA987YE) changed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import fast_on, seed_with
from tests.engine.fastpath.italian import booked, wrote_nothing
from wp_api.contract import CallContext

_BOOK = "cambio gomme venerdì 6 marzo alle 10"


async def _car(tmp_path: Path, make: str, model: str, colour: str) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, seed_with({"ZA987YE": {"make": make, "model": model, "colour": colour}})):
        yield f


@pytest.fixture
async def lagonda(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in _car(tmp_path, "Lagonda", "LG45", "blu"):
        yield f


@pytest.fixture
async def rancho(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in _car(tmp_path, "Matra", "Rancho", "rosso"):
        yield f


@pytest.fixture
async def epace(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in _car(tmp_path, "Jaguar", "E-Pace", "nero"):
        yield f


async def _said_back_then_booked(fast: FastPath, context: CallContext, text: str, model: str) -> None:
    out = await fast.handle(text, context, alone=True)
    assert wrote_nothing(out) and out.reason == "say_back:model", out
    assert model in out.reply_text and "ZA987YE" in out.reply_text, out.reply_text
    yes = await fast.resume("Sì", context, alone=True)
    assert yes is not None and len(booked(yes)) == 1, yes
    assert booked(yes)[0].arguments["start"] == "2026-03-06T10:00", yes


@pytest.mark.parametrize(
    "text",
    [f"Fissa alla gonda blu di Bruno, ZA 987 YE, {_BOOK}", f"Prenota per la gonda, ZA 987 YE, {_BOOK}"],
)
async def test_the_make_said_as_it_sounds_is_said_back(lagonda: FastPath, context: CallContext, text: str) -> None:
    await _said_back_then_booked(lagonda, context, text, "LG45")


async def test_the_model_said_as_it_sounds_is_said_back(rancho: FastPath, context: CallContext) -> None:
    await _said_back_then_booked(rancho, context, f"Il rancio di Bruno, ZA 987 YE, {_BOOK}", "Rancho")


async def test_a_read_answers_for_the_car(lagonda: FastPath, context: CallContext) -> None:
    out = await lagonda.handle("Di chi è la gonda blu, ZA 987 YE?", context, alone=True)
    assert out.reason != "plate_description_mismatch" and "Davide Bruno" in out.reply_text, out


async def test_the_model_run_into_its_colour(epace: FastPath, context: CallContext) -> None:
    out = await epace.handle("Di chi è la epacenero, ZA 987 YE?", context, alone=True)
    assert out.reason != "plate_description_mismatch" and "Davide Bruno" in out.reply_text, out


@pytest.mark.parametrize(
    "text",
    [
        f"Prenota per la Honda blu, ZA 987 YE, {_BOOK}",  # the car read said in so many words
        f"Prenota per la Panda blu, ZA 987 YE, {_BOOK}",  # a car near no name of the one on file
    ],
)
async def test_another_car_said_is_still_asked(lagonda: FastPath, context: CallContext, text: str) -> None:
    out = await lagonda.handle(text, context, alone=True)
    assert wrote_nothing(out) and out.reason == "plate_description_mismatch", out
