"""A make on file that no table knows, spelt by whisper a sound off ("Warburg 353 color malva, FL 885 EK …", "la
Mosquic 412", "Tattra di Zucchelli", set 35; the sentences below are new): read as the make (engine.fastpath.on_file)
only where a car is surely named: right before that make's own number model on file (the very start of the utterance
too), right after a car's article, or opening the utterance with the plate or the owner's "di" right after it. The car
is then found by it, its plate and owner checked as any other's; with no plate, the write is said back whole. A word
a sound off elsewhere (a surname, after an owner's "della", after an article with no colour or plate after it), before
another make's number, heard like a model the tables know, or near no make on file is left as heard. On the contract workshop (Monday 2 March 2026) with Davide Bruno's Renegade (ZA987YE) made a Wartburg
353 malva, Luca Esposito's Punto (FT789MN) a Moskvich 412 verde, the Fiesta (DP321TB) a Tatra 613 nera, and a Dodge
and an Abarth on file (a sound from "Lodgi", the Lodgy, and "Aberto", a surname's piece, set 18)."""

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
    return seed_with({"ZA987YE": {"make": "Wartburg", "model": "353", "colour": "malva"},
                      "FT789MN": {"make": "Moskvich", "model": "412", "colour": "verde"},
                      "DP321TB": {"make": "Tatra", "model": "613", "colour": "nero"},
                      "GM555NP": {"make": "Dodge", "model": "Journey"},  # makes a sound from a surname, a model
                      "CX808BZ": {"make": "Abarth", "model": "124 Spider"}})  # fmt: skip


@pytest.fixture
async def makes(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, _seed()):
        yield f


def _make(fast: FastPath, text: str) -> object:
    return (fast.parse(text).slots.get("vehicle_description") or {}).get("make")


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Warburg 353 color malva, ZA 987 YE. Pastiglie dei freni, venerdì 6 marzo, ore 11.", "ZA987YE"),
        ("Vartburg 353 di Bruno, ZA 987 YE, cambio gomme venerdì 6 marzo alle 11.", "ZA987YE"),
        ("Prenota un tagliando per la Mosquic 412 verde, FT 789 MN, venerdì 6 marzo alle 11.", "FT789MN"),
        ("Mettimi la Moschvic, FT 789 MN, per la revisione venerdì 6 marzo alle 11.", "FT789MN"),
        ("Tattra, DP 321 TB: tagliando venerdì 6 marzo alle 11.", "DP321TB"),
    ],
)
async def test_a_make_heard_a_sound_off_where_a_car_is_named_finds_it(
    makes: FastPath, context: CallContext, text: str, plate: str
) -> None:
    out = await makes.handle(text, context, alone=True)
    (made,) = booked(out)
    assert made.arguments["start"] == "2026-03-06T11:00" and plate in out.reply_text, out


@pytest.mark.parametrize(
    ("text", "make"),
    [
        ("Tattra di Esposito, DP 321 TB: la revisione quando l'abbiamo fatta?", "Tatra"),
        ("Tatra di Esposito, DP 321 TB: la revisione quando l'abbiamo fatta?", "Tatra"),  # as written, opening too
        ("che lavori ha fatto da noi la Mosquic, FT 789 MN?", "Moskvich"),
        ("E la Mosquic verde quando ha fatto il tagliando?", "Moskvich"),
    ],
)
async def test_the_make_is_read_in_the_parse(makes: FastPath, context: CallContext, text: str, make: str) -> None:
    await makes.read_models(context)
    assert _make(makes, text) == make, makes.parse(text).slots


async def test_with_no_plate_the_write_is_said_back(makes: FastPath, context: CallContext) -> None:
    out = await makes.handle("Prenota un tagliando per la Mosquic verde venerdì 6 marzo alle 11.", context, alone=True)
    assert wrote_nothing(out) and out.clarification and "FT789MN" in out.clarification, out


@pytest.mark.parametrize(
    "text",
    [
        "Il signor Warburg ha chiamato per il tagliando.",  # a surname, no car named
        "Warburg 412, ZA 987 YE, tagliando venerdì 6 marzo alle 11.",  # the Moskvich's number, not the Wartburg's
        "Prenota un tagliando per la Panda della Mosquic venerdì 6 marzo alle 11.",  # an owner's "della"
        "Prenota un tagliando per la Trabbant venerdì 6 marzo alle 11.",  # near no make on file
        "Manda un SMS alla Tattra: la macchina è pronta.",  # whom a message goes to
        "Cancella il cambio olio di domani, l'Aberto Lazio l'ha fatto fare altrove.",  # a surname after "l'"
        "Prenota un tagliando per il Lodgi marrone, ZA 987 YE, venerdì 6 marzo alle 11.",  # the tables' Lodgy
    ],
)
async def test_a_word_a_sound_off_elsewhere_is_not_read(makes: FastPath, context: CallContext, text: str) -> None:
    await makes.read_models(context)
    assert _make(makes, text) not in ("Wartburg", "Moskvich", "Tatra", "Dodge", "Abarth"), makes.parse(text).slots


async def test_a_make_heard_is_checked_against_its_plate(makes: FastPath, context: CallContext) -> None:
    out = await makes.handle("Warburg 353, FT 789 MN, tagliando venerdì 6 marzo alle 11.", context, alone=True)
    assert wrote_nothing(out), out  # the plate is the Moskvich's
