"""A model on file heard a sound off the Italian way (sets 31 to 33: "la fuenza" the Fluence, "la fedra" the Phedra),
read as that model only where a car is named (right after its article; after an owner's "della" only with its colour
or plate after it) and only when the word can be nothing else: no word the tables know or put back ("pella" is
whisper's "per la", a sound from "Phedra"), no letter names run together, no two known words run together, long
enough, and a sound from that one model alone. Read by its sound, a write on it with no plate is said back whole for
a yes; with its plate, the car is checked against it as any other's. On the contract workshop with Davide Bruno's car
(ZA987YE) made a Renault Fluence and Chiara Gallo's (EM304RS) a Lancia Phedra."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.on_file import ModelsOnFile
from tests.engine.fastpath.conftest import fast_on
from tests.engine.fastpath.italian import wrote_nothing
from wp_api.contract import CallContext


def _seed() -> dict[str, Any]:
    from tests.contract.seed_data import TODAY, build_seed

    seed = copy.deepcopy(build_seed(TODAY))
    for car in seed["vehicles"]:
        if car["plate"] == "ZA987YE":
            car.update(make="Renault", model="Fluence", colour="marrone")
        if car["plate"] == "EM304RS":
            car.update(make="Lancia", model="Phedra", colour="blu")
    return seed


@pytest.fixture
async def workshop(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, _seed()):
        yield f


_ROWS = [
    {"make": "Renault", "model": "Fluence", "vehicles": 1},
    {"make": "Lancia", "model": "Phedra", "vehicles": 1},
    {"make": "Toyota", "model": "Hiace", "vehicles": 1},
    {"make": "Chevrolet", "model": "Kalos", "vehicles": 1},
]


@pytest.mark.parametrize(
    ("heard", "model"),
    [("la fuenza di Bruno", "Fluence"), ("per la fluenza marrone", "Fluence"), ("La fedra blu", "Phedra"),
     ("il tagliando della Fedra EM 304 RS", "Phedra")],
)  # fmt: skip
def test_a_word_a_sound_from_one_model_on_file_after_its_article(heard: str, model: str) -> None:
    _, standing = ModelsOnFile.from_rows(_ROWS).stand_in(heard)
    assert [m.model for m in standing.values()] == [model] and all(m.by_sound for m in standing.values()), standing


@pytest.mark.parametrize(
    "heard",
    [
        "Pella Grande, GV 360 BJ",  # whisper's "per la", a sound from "Phedra"
        "la iacca 990",  # a plate's H said by its name, near "Hiace"
        "fuenza alle 4",  # no article before it: no car named there
        "la fuance di Bruno",  # two sounds off
        "la dedra di Gallo",  # a model the tables know, a sound from "Phedra"
        "la vettura di Gallo",  # a word the tables know, a voiced sound or two from "Phedra"
        "il tagliando della Fedra di venerdì",  # after "della" with no colour nor plate after it: an owner
        "manda un SMS alla charezza",  # after "alla": whom it goes to, a sound from "Kalos"
    ],
)
def test_a_word_that_may_be_another_is_no_model_on_file(heard: str) -> None:
    assert ModelsOnFile.from_rows(_ROWS).stand_in(heard)[1] == {}


def test_two_models_as_near_read_neither() -> None:
    rows = [{"make": "Renault", "model": "Fluence", "vehicles": 1}, {"make": "Acme", "model": "Fluensi", "vehicles": 1}]
    assert ModelsOnFile.from_rows(rows).stand_in("la fluenza di Bruno")[1] == {}


async def test_a_booking_on_the_model_heard_with_no_plate_is_said_back(
    workshop: FastPath, context: CallContext
) -> None:
    await workshop.read_models(context)
    out = await workshop.handle(
        "Prenota un cambio gomme per la fuenza di Bruno venerdì 6 marzo alle 11.", context, alone=True
    )
    assert wrote_nothing(out) and out.reason == "say_back:model" and "Fluence" in (out.clarification or ""), out


async def test_a_booking_on_the_model_heard_with_its_plate_is_the_cars(workshop: FastPath, context: CallContext) -> None:
    await workshop.read_models(context)
    out = await workshop.handle(
        "Prenota un cambio gomme per la fedra di Gallo, EM 304 RS, venerdì 6 marzo alle 11.", context, alone=True
    )
    booked = [c for c in out.tool_calls if c.name == "create_appointment" and c.result.ok]
    assert len(booked) == 1 and "Phedra" in out.reply_text, out
