"""A number model on file of three figures with a nought between ("806", "807") as whisper base writes it when said
"ottocentosei": its hundreds then its unit, "800-6", "800 6" or "8006" ("Dunque la 800-6 grigio cemento di Roncaglia,
…", set 34; "l'800-7 color champagne", set 32; the sentences below are new). Read as the model only where the model
itself is (right after its article or make): "alle 800 6", a plate's figures, or a model with no nought ("la 800-7"
for a 870 on file) stay as said. On the contract workshop (Monday 2 March 2026) with HK010LA made a Peugeot 807."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.on_file import ModelsOnFile
from tests.engine.fastpath.conftest import fast_on, seed_with
from tests.engine.fastpath.italian import booked
from wp_api.contract import CallContext


def _seed() -> dict[str, Any]:
    return seed_with({"HK010LA": {"make": "Peugeot", "model": "807", "colour": "champagne"}})


@pytest.fixture
async def eight_o_seven(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, _seed()):
        yield f


@pytest.mark.parametrize(
    "text",
    [
        "Senti, l'800-7 color champagne di Marino, HK 010 LA: cambio gomme venerdì 6 marzo alle 11.",
        "La 800 7 champagne, HK 010 LA, cambio gomme venerdì 6 marzo alle 11.",
        "Dunque la 8007 champagne di Marino, HK 010 LA, mi fai un cambio gomme venerdì 6 marzo alle 11?",
        "Prenota un cambio gomme per la Peugeot 800-7, HK 010 LA, venerdì 6 marzo alle 11.",
    ],
)
async def test_the_model_said_hundreds_then_unit_books(
    eight_o_seven: FastPath, context: CallContext, text: str
) -> None:
    out = await eight_o_seven.handle(text, context, alone=True)
    (made,) = booked(out)
    assert made.arguments["start"] == "2026-03-06T11:00" and "807" in out.reply_text, out


def test_only_where_the_model_is_said() -> None:
    models = ModelsOnFile.from_rows([{"make": "Peugeot", "model": "807"}, {"make": "Ferrari", "model": "870"}])
    for text in (
        "Alle 800 7 non ci arriviamo",  # no article
        "EF 800 7 HW: cambio gomme",  # a plate's figures
        "la 8070 bianca",  # another number
    ):
        assert models.stand_in(text) == (text, {}), text
    assert [m.model for m in models.stand_in("la 800-7 bianca")[1].values()] == ["807"]
    assert [m.model for m in models.stand_in("la 870 bianca")[1].values()] == ["870"]
    assert [m.model for m in models.stand_in("l'8007 bianca")[1].values()] == ["807"]
