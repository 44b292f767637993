"""A car named by words no table knows — a model or shade the fast path was never taught ("la Nubira vinaccia",
"lo Spider rosso corsa") — with its plate heard exactly: the words are the car's own on file, so they are no words
unread. The write is made at once (not said back for "Non ho capito tutte le parole"), and a model the tables
misread ("Corsa" out of "rosso corsa") is no mismatch with the car on file when its model was said in so many words.
Names that are not the plate's car's are said back or asked as before; a plate only repaired is read as for a model
the tables know, now that the workshop's own models are read as models (engine.fastpath.on_file). On the contract
workshop with its Ypsilon (EM304RS, Chiara Gallo) made a car the tables do not know."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import fast_on
from tests.engine.fastpath.italian import wrote_nothing
from wp_api.contract import CallContext


async def _workshop(tmp_path: Path, make: str, model: str, colour: str) -> AsyncIterator[FastPath]:
    from tests.contract.seed_data import TODAY, build_seed

    seed = copy.deepcopy(build_seed(TODAY))  # its vehicles are the module's own list
    (car,) = [v for v in seed["vehicles"] if v["plate"] == "EM304RS"]
    car.update(make=make, model=model, colour=colour)
    async for f in fast_on(tmp_path, seed):
        yield f


@pytest.fixture
async def nubira(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in _workshop(tmp_path, "Daewoo", "Nubira", "vinaccia"):
        yield f


@pytest.fixture
async def spider(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in _workshop(tmp_path, "Alfa Romeo", "Spider", "rosso corsa"):
        yield f


def _booked(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name == "create_appointment" and c.result.ok]


async def test_the_cars_own_names_with_its_plate_book_at_once(nubira: FastPath, context: CallContext) -> None:
    out = await nubira.handle(
        "Prenota un tagliando per la Nubira vinaccia della Gallo, EM 304 RS, mercoledì 4 marzo alle 9.",
        context, alone=True,
    )
    assert len(_booked(out)) == 1 and "Confermi" not in out.reply_text, out


async def test_names_of_another_car_are_still_said_back(nubira: FastPath, context: CallContext) -> None:
    # the Panda's plate with the Nubira's names: a plate or a name misheard, never written unheard
    out = await nubira.handle(
        "Prenota un tagliando per la Nubira vinaccia, AB 123 CD, mercoledì 4 marzo alle 9.", context, alone=True
    )
    assert wrote_nothing(out), out


async def test_a_plate_only_repaired_is_as_for_a_model_the_tables_know(nubira: FastPath, context: CallContext) -> None:
    # the Nubira on file is read as a model (engine.fastpath.on_file): a plate heard one symbol short that its model,
    # colour and owner all confirm is booked, as "la Ypsilon nera della Gallo, EM 304 R" is; another owner's name
    # with it is said back
    out = await nubira.handle(
        "Prenota un tagliando per la Nubira vinaccia della Gallo, EM 304 R, mercoledì 4 marzo alle 9.",
        context, alone=True,
    )
    assert len(_booked(out)) == 1, out
    out = await nubira.handle(
        "Prenota un tagliando per la Nubira vinaccia della Bianchi, EM 304 R, mercoledì 4 marzo alle 9.",
        context, alone=True,
    )
    assert wrote_nothing(out), out


@pytest.mark.parametrize(
    "text",
    [
        "Cambio olio per lo Spider rosso corsa della Gallo, EM 304 RS, mercoledì 4 marzo alle 9.",
        "Cambio olio per lo Spider-Rosso Corsa della Gallo, EM 304 RS, mercoledì 4 marzo alle 9.",  # joined by whisper
    ],
)
async def test_a_model_said_in_so_many_words_is_no_mismatch(spider: FastPath, context: CallContext, text: str) -> None:
    # the tables read the Opel "Corsa" in "rosso corsa"; the car on file is the Spider said
    out = await spider.handle(text, context, alone=True)
    assert len(_booked(out)) == 1, out


async def test_another_model_said_is_still_a_mismatch(spider: FastPath, context: CallContext) -> None:
    out = await spider.handle("Cambio olio per la Corsa rossa, EM 304 RS, mercoledì 4 marzo alle 9.", context, alone=True)
    assert wrote_nothing(out) and "Spider" in (out.clarification or out.reply_text), out
