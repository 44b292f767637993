"""Models on file written with figures (engine.fastpath.on_file): a short model of letters and figures ("la RX-8",
"la MR2") is read as written, never spaced like a plate's letters and first digit ("la RX 8 …"); a number model of
three figures or more is read after its article alone ("l'807 color champagne"), a short one only after its make
("la Rover 75"; "la 75" is an hour's). And "la Rover" fits a Rover on file as it fits a Land Rover, and a number model
is said with its make ("la Rover 75 blu", never "la 75 blu"). Set 32's and 33's typed rows refused these ("La RX-8
di Fracassi, …: cambio gomme …" no intent: its "8" a stray number). On the contract workshop (Monday 2 March 2026)
with three cars made these models: ZA987YE a Mazda RX-8, HK010LA a Peugeot 807, CX808BZ a Rover 75."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.on_file import ModelsOnFile
from i18n.fastpath import spoken_vehicle
from tests.engine.fastpath.conftest import fast_on, seed_with
from tests.engine.fastpath.italian import booked
from wp_api.contract import CallContext


def _seed() -> dict[str, Any]:
    return seed_with({"ZA987YE": {"make": "Mazda", "model": "RX-8", "colour": "blu ghiaccio"},
                      "HK010LA": {"make": "Peugeot", "model": "807", "colour": "champagne"},
                      "CX808BZ": {"make": "Rover", "model": "75", "colour": "blu"}})  # fmt: skip


@pytest.fixture
async def figures(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, _seed()):
        yield f



@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("La RX-8 di Bruno, ZA 987 YE, un cambio gomme venerdì 6 marzo alle 11.", "RX-8"),
        ("La rx8 di Bruno, ZA 987 YE: cambio gomme venerdì 6 marzo alle 11.", "RX-8"),
        ("La Mazda RX-8, ZA 987 YE, cambio gomme venerdì 6 marzo alle 11.", "RX-8"),
        ("Senti, l'807 color champagne di Marino, HK 010 LA: cambio gomme venerdì 6 marzo alle 11.", "807"),
        ("Prenota un cambio gomme per la Peugeot 807, HK 010 LA, venerdì 6 marzo alle 11.", "807"),
    ],
)
async def test_a_model_with_figures_on_file_books(
    figures: FastPath, context: CallContext, text: str, model: str
) -> None:
    out = await figures.handle(text, context, alone=True)
    (made,) = booked(out)
    assert made.arguments["start"] == "2026-03-06T11:00" and model in out.reply_text, out


async def test_rover_said_of_a_rover_on_file(figures: FastPath, context: CallContext) -> None:
    out = await figures.handle(
        "Prenota un cambio gomme per la Rover di Ricci, CX 808 BZ, venerdì 6 marzo alle 11.", context, alone=True
    )
    assert len(booked(out)) == 1 and "la Rover 75 blu CX808BZ" in out.reply_text, out


def test_a_spaced_model_short_number_or_plate_like_words_are_not_read() -> None:
    models = ModelsOnFile.from_rows(
        [{"make": "Mazda", "model": "RX-8"}, {"make": "Rover", "model": "75"}, {"make": "Peugeot", "model": "807"}]
    )
    for text in (
        "Prenota la RX 8 4 5 TT per venerdì",  # a plate's letters and its digits one by one
        "Sposta la 75 a venerdì",  # a short number without its make: an hour's, a day's
        "EF 807 HW: cambio gomme",  # a plate's figures, no article before them
        "Alle 807 non ci arriviamo",  # no article
    ):
        assert models.stand_in(text) == (text, {}), text
    assert models.stand_in("la Rover 75 blu")[1] and models.stand_in("l'807 bianca")[1]


def test_a_number_model_is_said_with_its_make() -> None:
    car = {"make": "Rover", "model": "75", "colour": "blu", "plate": "CX808BZ"}
    assert spoken_vehicle(car, "it") == "la Rover 75 blu CX808BZ"
    assert spoken_vehicle({**car, "make": "Fiat", "model": "Panda"}, "it") == "la Panda blu CX808BZ"
