"""A model heard as a word a sound from two models on file ("la Karen's", set 22's it-d17, once set 42's batch put a
Hispano Suiza Carmen on file beside the Kia Carens): read as the Carmen, the plate's Carens was a mismatch and the
booking a question. When the plate's car's own model is a sound from a word said, the plate tells which of the two
was meant and the request goes on; a model said in so many words that is not the plate's car's still asks. On the
contract workshop with its Renegade (ZA987YE, Davide Bruno) made a Kia Carens and another car a Hispano Suiza Carmen."""

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


def _seed() -> dict[str, Any]:
    from tests.contract.seed_data import TODAY, build_seed

    seed = copy.deepcopy(build_seed(TODAY))
    (car,) = [v for v in seed["vehicles"] if v["plate"] == "ZA987YE"]
    car.update(make="Kia", model="Carens", colour="verde salvia")
    other = next(v for v in seed["vehicles"] if v["plate"] != "ZA987YE")
    other.update(make="Hispano Suiza", model="Carmen", colour="blu notte")
    return seed


@pytest.fixture
async def carens(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, _seed()):
        yield f


@pytest.mark.parametrize(
    "text",
    [
        "La Karen's verde salvia di Bruno, ZA 987 YE: un cambio gomme venerdì 6 marzo alle 11.",
        "Prenota un cambio gomme per la Karen di Bruno, ZA 987 YE, venerdì 6 marzo alle 11.",
        "Cambio gomme per la Carens di Bruno, ZA 987 YE, venerdì 6 marzo alle 11.",
    ],
)
async def test_the_plates_model_heard_alike_goes_on(carens: FastPath, context: CallContext, text: str) -> None:
    out = await carens.handle(text, context, alone=True)
    assert out.reason != "plate_description_mismatch", out
    booked = [c for c in out.tool_calls if c.name == "create_appointment" and c.result.ok]
    assert booked or "Carens" in out.reply_text, out
    if booked:
        assert booked[0].arguments["start"] == "2026-03-06T11:00", out


@pytest.mark.parametrize(
    "text",
    [
        "Prenota un cambio gomme per la Carmen di Bruno, ZA 987 YE, venerdì 6 marzo alle 11.",
        "Prenota un cambio gomme per la Panda di Bruno, ZA 987 YE, venerdì 6 marzo alle 11.",
    ],
)
async def test_another_model_said_still_asks(carens: FastPath, context: CallContext, text: str) -> None:
    out = await carens.handle(text, context, alone=True)
    assert out.reason == "plate_description_mismatch" and wrote_nothing(out), out


async def test_a_model_said_in_so_many_words_a_sound_from_the_plates_still_asks(
    carens: FastPath, context: CallContext
) -> None:
    # "Carmen" said exactly: one sound from nothing of the Carens, and what was said is the Carmen
    out = await carens.handle("Prenota un cambio gomme per la Carmen blu notte, ZA 987 YE, venerdì 6 marzo alle 11.", context, alone=True)
    assert out.reason == "plate_description_mismatch" and wrote_nothing(out), out
