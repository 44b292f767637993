"""The workshop's own models read as models (engine.fastpath.on_file): a model no table knows but a car on file has
("la Korando") is read as any known model is, once the fast path has read the workshop's models
(`list_vehicle_models`): a booking dictated for it is taken, "il tagliando della Korando" is the car's, not an owner
called Korando, and a "non" telling why a move is asked ("Bruno non riesce mercoledì") no longer hides a model it
cannot place. Whisper's spelling of it ("corando") is read as that model too; with no plate to check it against, its
write is said back whole for a yes. A model that is not on file, a model after a car's owner's "della", and a
backend that cannot list its models leave the fast path as its tables alone make it. On the contract workshop with
its Renegade (ZA987YE, Davide Bruno, a tagliando on Wednesday 4 March at 10) made a SsangYong Korando."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.on_file import ModelsOnFile
from tests.engine.fastpath.conftest import fast_on
from tests.engine.fastpath.italian import wrote_nothing
from wp_api.contract import CallContext, ToolResult


def _seed() -> dict[str, Any]:
    from tests.contract.seed_data import TODAY, build_seed

    seed = copy.deepcopy(build_seed(TODAY))
    (car,) = [v for v in seed["vehicles"] if v["plate"] == "ZA987YE"]
    car.update(make="SsangYong", model="Korando", colour="verde salvia")
    return seed


@pytest.fixture
async def korando(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, _seed()):
        yield f


def _written(out: Any, tool: str) -> list[Any]:
    return [c for c in out.tool_calls if c.name == tool and c.result.ok]


@pytest.mark.parametrize(
    "text",
    [
        "La Korando di Bruno, ZA 987 YE: un cambio gomme venerdì 6 marzo alle 11.",  # dictated, no verb
        "Prenota un cambio gomme per la SsangYong Korando, ZA 987 YE, venerdì 6 marzo alle 11.",  # its make before it
        "Prenota un cambio gomme per la corando, ZA 987 YE, venerdì 6 marzo alle 11.",  # as whisper spells it
        "Prenota un cambio gomme per l'accorando, ZA 987 YE, venerdì 6 marzo alle 11.",  # its article run on
        "Prenota un cambio gomme per la Korando di Bruno venerdì 6 marzo alle 11.",  # no plate: the model on file
    ],
)
async def test_a_model_on_file_books(korando: FastPath, context: CallContext, text: str) -> None:
    out = await korando.handle(text, context, alone=True)
    (booked,) = _written(out, "create_appointment")
    assert booked.arguments["start"] == "2026-03-06T11:00" and "Korando" in out.reply_text, out


@pytest.mark.parametrize(
    "text",
    [
        "Sposta il tagliando della Korando, ZA 987 YE, da mercoledì a venerdì 6 marzo alle 11.",
        "Bruno non riesce mercoledì: il tagliando della Korando, ZA 987 YE, spostalo a venerdì 6 marzo alle 11.",
    ],
)
async def test_a_model_on_file_is_no_owner_nor_an_unplaced_negation(
    korando: FastPath, context: CallContext, text: str
) -> None:
    out = await korando.handle(text, context, alone=True)
    assert len(_written(out, "reschedule_appointment")) == 1, out


async def test_a_model_only_sounding_like_it_with_no_plate_is_said_back(
    korando: FastPath, context: CallContext
) -> None:
    out = await korando.handle(
        "Prenota un cambio gomme per la corando di Bruno venerdì 6 marzo alle 11.", context, alone=True
    )
    assert wrote_nothing(out) and out.reason == "say_back:model" and "Korando" in (out.clarification or ""), out


async def test_a_model_not_on_file_is_not_read_as_one(korando: FastPath, context: CallContext) -> None:
    out = await korando.handle(
        "La Fluence di Bruno, ZA 987 YE: un cambio gomme venerdì 6 marzo alle 11.", context, alone=True
    )
    assert wrote_nothing(out), out


async def test_a_model_after_a_cars_owner_is_the_owner(korando: FastPath, context: CallContext) -> None:
    out = await korando.handle(
        "Prenota un tagliando per la Panda della Korando venerdì 6 marzo alle 11.", context, alone=True
    )
    assert wrote_nothing(out) and "ZA987YE" not in (out.reply_text or out.clarification or ""), out


class _OlderPlugin:
    """A backend from before `list_vehicle_models` (an older plugin): the rest of the tools as they are."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def __getattr__(self, name: str) -> Any:
        return getattr(self._backend, name)

    async def call_tool(self, name: str, arguments: Mapping[str, Any], *, context: CallContext) -> ToolResult:
        if name == "list_vehicle_models":
            return ToolResult.failure("unknown_tool", f"There is no tool named '{name}'.")
        return await self._backend.call_tool(name, arguments, context=context)


async def test_a_backend_that_cannot_list_its_models_leaves_the_tables_alone(
    korando: FastPath, context: CallContext
) -> None:
    older = FastPath(_OlderPlugin(korando.backend), language="it", now=korando.now)  # type: ignore[arg-type]
    # its colour said between the model and the plate: with the plate right after it, one word no table knows is
    # placed as the vehicle's by the plate alone (set 41's "per le gomme della Keating, GM 483 MA: falla venire …")
    out = await older.handle(
        "Bruno non riesce mercoledì: il tagliando della Korando verde, ZA 987 YE, spostalo a venerdì 6 marzo alle 11.",
        context, alone=True,
    )  # fmt: skip
    assert wrote_nothing(out), out  # as before the models were read: a negation it cannot place
    assert not older.models_read  # and it says so (the speech bench refuses to score turns so)


async def test_the_models_read_are_told(korando: FastPath, context: CallContext) -> None:
    assert not korando.models_read
    await korando.read_models(context)
    assert korando.models_read


def test_only_one_word_models_no_table_knows_are_taken() -> None:
    rows = [
        {"make": "SsangYong", "model": "Korando", "vehicles": 3},
        {"make": "Fiat", "model": "Panda", "vehicles": 900},  # the tables know it
        {"make": "Nissan", "model": "Note", "vehicles": 5},  # a word of a sentence too
        {"make": "Peugeot", "model": "807", "vehicles": 2},  # a number: read only after its make
        {"make": "Audi", "model": "A2", "vehicles": 2},  # two symbols: a plate's
        {"make": "Rover", "model": "Serie 75", "vehicles": 1},  # two words
        {"make": "Mahindra", "model": "XUV500", "vehicles": 1},
    ]
    models = ModelsOnFile.from_rows(rows)
    assert [m.model for m in models.models] == ["Korando", "807", "XUV500"]
    assert models.stand_in("la Peugeot 807 di Rossi")[1] and not models.stand_in("alle 807 di Rossi")[1]


async def test_a_model_added_later_is_read_after_the_models_are_read_again(
    korando: FastPath, context: CallContext
) -> None:
    from datetime import timedelta

    from engine.fastpath.front import MODELS_ON_FILE_S

    clock = [korando.now()]
    fast = FastPath(korando.backend, language="it", now=lambda: clock[0])
    text = "Prenota un cambio gomme per la Rexton, GA 555 TV, venerdì 6 marzo alle 11."
    await fast.handle("Che appuntamenti ci sono oggi?", context, alone=True)  # the models read: no Rexton yet
    added = await korando.backend.call_tool(
        "add_vehicle",
        {"customer_id": 9, "plate": "GA555TV", "make": "SsangYong", "model": "Rexton", "colour": "bianco"},
        context=context,
    )
    assert added.ok, added.error
    assert (fast.parse(text).slots.get("vehicle_description") or {}).get("model") != "Rexton"  # not read again yet
    clock[0] += timedelta(seconds=MODELS_ON_FILE_S + 1)
    await fast.handle("Che appuntamenti ci sono oggi?", context, alone=True)  # read again, in the background
    for _ in range(20):
        if fast._reading is None:
            break
        await fast._reading
    described = fast.parse(text).slots.get("vehicle_description") or {}
    assert described.get("model") == "Rexton", described


@pytest.mark.parametrize("heard", ["la corando", "l'accorando", "la Korando", "la SsangYong Korando"])
async def test_the_model_on_file_is_read_in_the_parse(korando: FastPath, context: CallContext, heard: str) -> None:
    await korando.read_models(context)
    described = korando.parse(f"Prenota un cambio gomme per {heard} di Bruno venerdì 6 marzo alle 11.").slots
    assert (described.get("vehicle_description") or {}).get("model") == "Korando", described


async def test_a_word_only_near_a_model_on_file_is_not_read_as_it(korando: FastPath, context: CallContext) -> None:
    await korando.read_models(context)  # "accordando" is a sound more than "corando": no model read in it
    described = korando.parse("Prenota un cambio gomme per l'accordando di Bruno venerdì 6 marzo alle 11.").slots
    assert (described.get("vehicle_description") or {}).get("model") != "Korando", described
