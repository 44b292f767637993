"""A model said by its first words ("la Yaris" for a Yaris Cross) and a make said as people call it ("la
Mercedes" for Mercedes-Benz) agree with the vehicle the plate finds: they are not a contradiction to ask
about. (Held-out set 8 asked "La GD694KT risulta la Yaris Cross bianca, non Yaris bianca: quale intendi?"
seven times.) Another model stays a contradiction: "la 500" is no 500X, "la Classe A" no Classe C. On the
contract seed's real SQLite workshop, with three vehicles of longer names added."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.plate_evidence import model_fits
from engine.fastpath.vehicles import VehicleDescription
from tests.contract.seed_data import TODAY, build_seed
from tests.engine.fastpath.conftest import fast_on
from wp_api.contract import CallContext

_ADDED = [
    {"plate": "GK314RT", "make": "Toyota", "model": "Yaris Cross", "colour": "bianco"},
    {"plate": "FN208LC", "make": "Citroen", "model": "C3 Aircross", "colour": "arancione"},
    {"plate": "HD771SA", "make": "Mercedes", "model": "Classe A", "colour": "grigio"},
]


@pytest.fixture
async def fast(tmp_path: Path) -> AsyncIterator[FastPath]:
    seed = build_seed(TODAY)
    seed["vehicles"] = list(seed["vehicles"])  # the seed's own list is shared between calls
    top = max(int(v["id"]) for v in seed["vehicles"])
    for n, vehicle in enumerate(_ADDED, start=1):
        seed["vehicles"].append({"id": top + n, "customer_id": n, "year": 2022, "fuel": "petrol", **vehicle})
    async for f in fast_on(tmp_path, seed):
        yield f


def _booked(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name == "create_appointment" and c.result.ok]


@pytest.mark.parametrize(
    "text",
    [
        "Prenota un tagliando per la Yaris bianca, GK 314 RT, domani alle 9.",
        "Mettimi la C3 arancione FN 208 LC per il cambio olio domani alle 11.",
        "Fissa la revisione della Mercedes grigia HD 771 SA per venerdì alle 10.",
        "Segna un cambio gomme alla Toyota GK314RT domani alle 15.",
    ],
)
async def test_a_name_said_shorter_books_the_vehicle(fast: FastPath, context: CallContext, text: str) -> None:
    out = await fast.handle(text, context)
    assert len(_booked(out)) == 1 and not out.clarification, out


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Prenota un tagliando per la Classe C grigia HD 771 SA domani alle 9.", "HD771SA"),
        ("Prenota un tagliando per la Punto bianca GK 314 RT domani alle 9.", "GK314RT"),
        ("Prenota un tagliando per la Renault FN 208 LC domani alle 9.", "FN208LC"),
    ],
)
async def test_another_model_or_make_is_still_asked_about(
    fast: FastPath, context: CallContext, text: str, plate: str
) -> None:
    out = await fast.handle(text, context)
    assert not _booked(out)
    assert out.clarification and plate in out.clarification, out


@pytest.mark.parametrize(
    ("said", "on_file", "fits"),
    [
        ({"model": "Yaris"}, {"make": "Toyota", "model": "Yaris Cross"}, True),
        ({"model": "Yaris Cross"}, {"make": "Toyota", "model": "Yaris"}, True),  # the file's short name
        ({"model": "500"}, {"make": "Fiat", "model": "500X"}, False),
        ({"model": "Classe A"}, {"make": "Mercedes-Benz", "model": "Classe C"}, False),
        ({"make": "Mercedes-Benz"}, {"make": "Mercedes", "model": "Classe C"}, True),
        ({"make": "Alfa Romeo"}, {"make": "Alfa", "model": "Giulia"}, True),
        ({"make": "Citroën"}, {"make": "Citroen", "model": "C3"}, True),
        ({"make": "Fiat"}, {"make": "Ford", "model": "Fiesta"}, False),
        ({"colour": "grey"}, {"make": "Fiat", "model": "Panda"}, None),
    ],
)
def test_model_fits(said: dict[str, str], on_file: dict[str, str], fits: bool | None) -> None:
    assert model_fits(VehicleDescription(**said), on_file) is fits
