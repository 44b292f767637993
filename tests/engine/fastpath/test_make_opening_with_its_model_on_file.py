"""A make on file no table knows opening the utterance with its own model on file right after it, the model a word of
a sentence too ("Lucid Air bianca di Pezzolato, DP 302 XF: pastiglie dei freni, lunedì 30 alle 2 del pomeriggio",
set 39; the sentences below are new): the make is read (engine.fastpath.on_file), its model and a colour between it
and the owner's "di" or the plate, so the dictated booking is read as with the make alone. Another make's model after
it, or nothing naming a car after the model, leaves it as it was. On the contract workshop (Monday 2 March 2026) with
Davide Bruno's Renegade (ZA987YE) made a Lucid Air bianca, Luca Esposito's Punto (FT789MN) a Zeekr One."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import fast_on, seed_with
from tests.engine.fastpath.italian import booked, wrote_nothing
from wp_api.contract import CallContext


def _seed() -> dict[str, Any]:
    return seed_with({"ZA987YE": {"make": "Lucid", "model": "Air", "colour": "bianco"},
                      "FT789MN": {"make": "Zeekr", "model": "One", "colour": "grigio"}})  # fmt: skip


@pytest.fixture
async def makes(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, _seed()):
        yield f


def _make(fast: FastPath, text: str) -> object:
    return (fast.parse(text).slots.get("vehicle_description") or {}).get("make")


@pytest.mark.parametrize(
    "text",
    [
        "Lucid Air bianca di Bruno, ZA 987 YE: pastiglie dei freni, venerdì 6 marzo alle 11.",
        "Lucid Air di Bruno, ZA 987 YE, cambio gomme venerdì 6 marzo alle 11.",
        "Lucid Air, ZA 987 YE: tagliando venerdì 6 marzo alle 11.",
        "Zeekr One grigia di Esposito, FT 789 MN: revisione venerdì 6 marzo alle 11.",
    ],
)
async def test_the_make_and_its_model_opening_a_dictated_booking_are_read(
    makes: FastPath, context: CallContext, text: str
) -> None:
    out = await makes.handle(text, context, alone=True)
    made = booked(out) or []
    said = out.clarification or out.reply_text
    assert made or ("6 marzo" in said and "11" in said), out
    plate = "FT789MN" if "Zeekr" in text else "ZA987YE"
    assert plate in said, out
    assert all(c.arguments["start"] == "2026-03-06T11:00" for c in made), out


@pytest.mark.parametrize(
    ("text", "make"),
    [
        ("Lucid Air bianca di Bruno, ZA 987 YE: la revisione quando l'abbiamo fatta?", "Lucid"),
        ("Zeekr One di Esposito, FT 789 MN: il tagliando quando l'abbiamo fatto?", "Zeekr"),
    ],
)
async def test_the_make_is_named_in_the_parse(makes: FastPath, context: CallContext, text: str, make: str) -> None:
    await makes.read_models(context)
    assert _make(makes, text) == make, makes.parse(text).slots


@pytest.mark.parametrize(
    "text",
    [
        "Lucid One bianca di Bruno: la revisione quando l'abbiamo fatta?",  # another make's model after it
        "Lucid Air e poi basta, grazie.",  # nothing naming a car after its model
        "Il signor Lucid Air di Bruno ha chiamato.",  # not opening the utterance
    ],
)
async def test_elsewhere_the_make_is_not_read(makes: FastPath, context: CallContext, text: str) -> None:
    await makes.read_models(context)
    assert _make(makes, text) != "Lucid", makes.parse(text).slots


async def test_the_make_read_is_checked_against_its_plate(makes: FastPath, context: CallContext) -> None:
    out = await makes.handle("Lucid Air di Bruno, FT 789 MN: tagliando venerdì 6 marzo alle 11.", context, alone=True)
    assert wrote_nothing(out), out  # the plate is the Zeekr's
