"""A model on file of two words heard as two words a sound off (set 51: the Flying Feather heard "la Flink Feather",
"della fling, fiatere"), read as that model right after a car's article or an owner's "della" when the two words said
together are one sound from that one model alone; read first, so an owner named right after it ("della Mattiuzzo")
stays the owner and is never read as a model it sounds like (the Matiz). And a city word of the spelling alphabet
heard a sound off inside the plate ("giolli": Jolly) is the plate's letter, never a model on file it sounds like (the
Ghibli). On the contract workshop with Luca Esposito's car (FT789MN) made a green Suminoe Flying Feather, Luca made
Luca Mattiuzzo, and Anna Romano's (DP321TB) a Daewoo Matiz."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.on_file import ModelsOnFile
from tests.engine.fastpath.conftest import fast_on
from tests.engine.fastpath.italian import plates_in, wrote_nothing
from wp_api.contract import CallContext

_ROWS = [
    {"make": "Suminoe", "model": "Flying Feather", "vehicles": 1},
    {"make": "Daewoo", "model": "Matiz", "vehicles": 1},
    {"make": "Maserati", "model": "Ghibli", "vehicles": 1},
    {"make": "Maruti", "model": "Gypsy", "vehicles": 1},
]


def _models(text: str) -> list[str]:
    _, standing = ModelsOnFile.from_rows(_ROWS).stand_in(text)
    return [getattr(m, "model", "") for m in standing.values()]


@pytest.mark.parametrize(
    "heard",
    [
        "Prenotami la Flink Feather, FC 715 VF, per lunedì",
        "la scheda lavori della fling, fiatere",
        "la flink feather verde",
    ],
)
def test_two_words_a_sound_from_the_model_after_its_article(heard: str) -> None:
    assert _models(heard) == ["Flying Feather"]


@pytest.mark.parametrize(
    "heard",
    [
        "ho visto flink feather ieri",  # no article before it: no car named there
        "la flinque feta verde",  # more than one sound from it
        "la fling bianca",  # one word only
    ],
)
def test_two_words_not_read_as_the_model(heard: str) -> None:
    assert "Flying Feather" not in _models(heard)


def test_the_owner_named_after_it_stays_the_owner() -> None:
    assert _models("la scheda della fling, fiatere della Mattiuzzo, FC 715 VF") == ["Flying Feather"]


def test_a_city_letter_inside_the_plate_is_no_model() -> None:
    text = "Le gomme della Gypsy domodosso la giolli sei nove sei Roma Empoli, posticipale al 24 maggio"
    said, _ = ModelsOnFile.from_rows(_ROWS).stand_in(text)
    assert "Ghibli" not in _models(text) and plates_in(said) == ["DJ696RE"]


def test_the_same_word_with_no_plate_is_still_the_model() -> None:
    assert _models("la giolli bianca di Rossi") == ["Ghibli"]


def _seed() -> dict[str, Any]:
    from tests.contract.seed_data import TODAY, build_seed

    seed = copy.deepcopy(build_seed(TODAY))
    for car in seed["vehicles"]:
        if car["plate"] == "FT789MN":
            car.update(make="Suminoe", model="Flying Feather", colour="verde")
        if car["plate"] == "DP321TB":
            car.update(make="Daewoo", model="Matiz", colour="rosso")
    for customer in seed["customers"]:
        if customer["full_name"] == "Luca Esposito":
            customer["full_name"] = "Luca Mattiuzzo"
    return seed


@pytest.fixture
async def workshop(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, _seed()):
        yield f


async def test_the_history_of_the_car_so_heard_is_read(workshop: FastPath, context: CallContext) -> None:
    await workshop.read_models(context)
    out = await workshop.handle(
        "Fammi vedere la scheda lavori della fling, fiatere della Mattiuzzo. FT 789 MN.", context, alone=True
    )
    assert out.handled and out.clarification is None and wrote_nothing(out), out
    assert "FT789MN" in out.reply_text and "Matiz" not in out.reply_text, out.reply_text
