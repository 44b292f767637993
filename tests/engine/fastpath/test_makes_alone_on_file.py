"""A make on file that no table knows, said alone ("la Mahindra", "the Maserati", sets 31 to 33): read as the make
(engine.fastpath.on_file), so the car is found by it, its plate and owner checked as any other's. Only as written, a
word of four letters or more no table knows, right after a car's article (its colour maybe between): after an
owner's "della", or "alla" (whom a message goes to), it stays a surname ("Innocenti" is one too); a make not on file
is not read. On the contract workshop with Davide Bruno's Renegade (ZA987YE) made a Mahindra XUV500, and Luca
Esposito's Punto (FT789MN) an Innocenti Elba."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.on_file import ModelsOnFile
from tests.engine.fastpath.conftest import fast_on, seed_with
from tests.engine.fastpath.italian import booked, wrote_nothing
from wp_api.contract import CallContext


def _seed() -> dict[str, Any]:
    return seed_with({"ZA987YE": {"make": "Mahindra", "model": "XUV500", "colour": "bianco ghiaccio"},
                      "FT789MN": {"make": "Innocenti", "model": "Elba"}})  # fmt: skip


@pytest.fixture
async def makes(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, _seed()):
        yield f



@pytest.mark.parametrize(
    "text",
    [
        "Prenota un cambio gomme per la Mahindra venerdì 6 marzo alle 11.",
        "Prenota un cambio gomme per la Mahindra di Bruno, ZA 987 YE, venerdì 6 marzo alle 11.",
        "Prenota un cambio gomme per la Mahindra bianca venerdì 6 marzo alle 11.",
        "Prenota un cambio gomme per la Mahindra XUV500 venerdì 6 marzo alle 11.",  # with its model on file
    ],
)
async def test_a_make_on_file_said_alone_finds_its_car(makes: FastPath, context: CallContext, text: str) -> None:
    out = await makes.handle(text, context, alone=True)
    if out.reason == "say_back:described":  # no plate nor owner said: the one car on file so described, for a yes
        assert "ZA987YE" in out.reply_text and "Davide Bruno" in out.reply_text and not booked(out), out
        out = await makes.resume("Sì", context, alone=True)
        assert out is not None
    (made,) = booked(out)
    assert made.arguments["start"] == "2026-03-06T11:00" and "ZA987YE" in out.reply_text, out


async def test_the_make_is_read_in_the_parse_in_english_too(makes: FastPath, context: CallContext) -> None:
    english = FastPath(makes.backend, language="en", now=makes.now)
    await english.read_models(context)
    described = english.parse("Book the white Mahindra in for a tyre change on Friday 6 March at 11.").slots
    assert (described.get("vehicle_description") or {}).get("make") == "Mahindra", described


@pytest.mark.parametrize(
    "text",
    [
        "Prenota un cambio gomme per la Mahindra, FT 789 MN, venerdì 6 marzo alle 11.",  # the plate is the Innocenti's
        "Prenota un cambio gomme per la Mahindra di Esposito venerdì 6 marzo alle 11.",  # not his car
        "Prenota un cambio gomme per la Mahindra rossa venerdì 6 marzo alle 11.",  # not its colour
        "Prenota un cambio gomme per la Trabant venerdì 6 marzo alle 11.",  # no Trabant on file
    ],
)
async def test_a_make_alone_is_checked_as_any_car(makes: FastPath, context: CallContext, text: str) -> None:
    out = await makes.handle(text, context, alone=True)
    assert wrote_nothing(out) and "ZA987YE" not in (out.reply_text or ""), out


@pytest.mark.parametrize(
    "text",
    [
        "Prenota un tagliando per la Panda della Innocenti venerdì 6 marzo alle 11.",  # an owner's "della"
        "Manda un SMS alla Innocenti: la macchina è pronta.",  # whom a message goes to
        "Il signor Innocenti ha chiamato per il tagliando.",
    ],
)
async def test_a_make_where_a_surname_goes_is_not_read(makes: FastPath, context: CallContext, text: str) -> None:
    await makes.read_models(context)
    described = makes.parse(text).slots.get("vehicle_description") or {}
    assert described.get("make") != "Innocenti", described


def test_only_makes_of_one_unknown_word_long_enough_are_taken() -> None:
    rows = [
        {"make": "Mahindra", "model": "XUV500", "vehicles": 1},
        {"make": "Fiat", "model": "Panda", "vehicles": 900},  # the tables know it
        {"make": "DS", "model": "DS 3", "vehicles": 2},  # too short: a plate's letters
        {"make": "Land Rover", "model": "Defender", "vehicles": 2},  # two words, the tables' own
        {"make": "Peugeot", "model": "Note", "vehicles": 1},
        {"make": "Domani", "model": "Bene", "vehicles": 1},  # "domani": a word of a sentence
    ]
    assert [m.make for m in ModelsOnFile.from_rows(rows).makes] == ["Mahindra"]
