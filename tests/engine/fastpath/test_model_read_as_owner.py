"""A model the tables do not know, said after "della" ("il tagliando della Korando, ZA 987 YE, …"), is read as whose
car: the name is no customer's, the lookup by plate and name finds nothing, and the plate alone was then only a
fuzzy match ("Non sono sicuro della targa") or the write was said back for an owner never said ("Il nome che ho
sentito non è quello del proprietario"). When the plate heard is on file exactly and the "owner" is that car's own
make or model, the car was named twice and agrees: the move is made. A name that is neither the owner's nor the
car's, or a plate only near, is said back as before. On the contract workshop with its Renegade (ZA987YE, Davide
Bruno, a tagliando on Wednesday 4 March at 10) made a SsangYong Korando."""

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


@pytest.fixture
async def korando(tmp_path: Path) -> AsyncIterator[FastPath]:
    from tests.contract.seed_data import TODAY, build_seed

    seed = copy.deepcopy(build_seed(TODAY))
    (car,) = [v for v in seed["vehicles"] if v["plate"] == "ZA987YE"]
    car.update(make="SsangYong", model="Korando", colour="verde salvia")
    async for f in fast_on(tmp_path, seed):
        yield f


def _moved(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name == "reschedule_appointment" and c.result.ok]


@pytest.mark.parametrize(
    "text",
    [
        "Sposta il tagliando della Korando, ZA 987 YE, da mercoledì a venerdì 6 marzo alle 11.",
        "Il tagliando della SsangYong, ZA 987 YE, spostalo da mercoledì a venerdì 6 marzo alle 11.",
    ],
)
async def test_the_cars_own_model_after_della_is_no_owner(korando: FastPath, context: CallContext, text: str) -> None:
    out = await korando.handle(text, context, alone=True)
    assert len(_moved(out)) == 1 and "Confermi" not in out.reply_text, out
    assert _moved(out)[0].arguments["new_start"] == "2026-03-06T11:00"


async def test_a_name_neither_owner_nor_car_is_still_said_back(korando: FastPath, context: CallContext) -> None:
    out = await korando.handle(
        "Sposta il tagliando della Bianchi, ZA 987 YE, da mercoledì a venerdì 6 marzo alle 11.", context, alone=True
    )
    assert wrote_nothing(out), out


async def test_another_model_after_della_is_still_said_back(korando: FastPath, context: CallContext) -> None:
    out = await korando.handle(
        "Sposta il tagliando della Fluence, ZA 987 YE, da mercoledì a venerdì 6 marzo alle 11.", context, alone=True
    )
    assert wrote_nothing(out), out


async def test_a_plate_only_near_is_still_said_back(korando: FastPath, context: CallContext) -> None:
    out = await korando.handle(
        "Sposta il tagliando della Korando, ZA 987 YF, da mercoledì a venerdì 6 marzo alle 11.", context, alone=True
    )
    assert wrote_nothing(out), out
