"""A plate heard exactly and a model said that the tables read as another car's, though the words are the car's own: its
model written as one on file said in two words ("la XUV 500" for the XUV500, the tables reading a Fiat 500 in it), the
model said with the sounds of the one on file ("la scala" for a Zastava Skala, a Škoda Scala on file too), or a model
read out of the owner's surname ("della Torisi" read as a KGM Torres, the car being Pierina Torrisi's; "della buona
mini" for Bonannini). Each was asked "La X risulta la …, non …: quale intendi?" (about 60 turns of the kept
transcripts, sets 17 to 52); the car is taken. A model said that is another car's, or a surname not the owner's, is
still asked about. On the contract workshop (Monday 2 March 2026) with Davide Bruno's Renegade (ZA987YE) changed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import fast_on, seed_with
from tests.engine.fastpath.italian import booked, wrote_nothing
from wp_api.contract import CallContext

_BOOK = "cambio gomme venerdì 6 marzo alle 10"


def _with_owner(seed: dict[str, Any], full_name: str) -> dict[str, Any]:
    (owner,) = [c for c in seed["customers"] if c["id"] == 9]  # the Renegade's owner
    owner["full_name"] = full_name
    return seed


async def _booked_it(fast: FastPath, context: CallContext, text: str) -> None:
    out = await fast.handle(text, context, alone=True)
    made = (booked(out) or [None])[0]
    assert made is not None, (out.reason, out.clarification, out.reply_text)
    assert made.arguments["start"] == "2026-03-06T10:00", out


async def _asked(fast: FastPath, context: CallContext, text: str) -> None:
    out = await fast.handle(text, context, alone=True)
    assert wrote_nothing(out), out
    assert out.reason == "plate_description_mismatch", out


@pytest.fixture
async def xuv(tmp_path: Path) -> AsyncIterator[FastPath]:
    seed = seed_with({"ZA987YE": {"make": "Mahindra", "model": "XUV500", "colour": "bianco"}})
    async for f in fast_on(tmp_path, seed):
        yield f


@pytest.mark.parametrize(
    "text",
    [
        f"Prenota per la XUV 500 bianca, ZA 987 YE, {_BOOK}",
        f"Segna la XUV 500 bianca di Bruno, ZA 987 YE, {_BOOK}",
    ],
)
async def test_a_model_written_as_one_said_apart_is_the_car(xuv: FastPath, context: CallContext, text: str) -> None:
    await _booked_it(xuv, context, text)


async def test_another_model_said_is_still_asked(xuv: FastPath, context: CallContext) -> None:
    await _asked(xuv, context, f"Prenota per la Panda bianca, ZA 987 YE, {_BOOK}")


@pytest.fixture
async def skala(tmp_path: Path) -> AsyncIterator[FastPath]:
    seed = seed_with({
        "ZA987YE": {"make": "Zastava", "model": "Skala", "colour": "verde"},
        "FG112HH": {"make": "Škoda", "model": "Scala"},
    })  # fmt: skip
    async for f in fast_on(tmp_path, seed):
        yield f


async def test_a_model_said_with_the_sounds_of_the_one_on_file_is_the_car(
    skala: FastPath, context: CallContext
) -> None:
    await _booked_it(skala, context, f"Prenota per la scala verde, ZA 987 YE, {_BOOK}")


async def test_a_model_of_other_sounds_is_still_asked(skala: FastPath, context: CallContext) -> None:
    await _asked(skala, context, f"Prenota per la Sandero verde, ZA 987 YE, {_BOOK}")


@pytest.fixture
async def torrisi(tmp_path: Path) -> AsyncIterator[FastPath]:
    seed = seed_with({"FG112HH": {"make": "KGM", "model": "Torres"}})
    async for f in fast_on(tmp_path, _with_owner(seed, "Pierina Torrisi")):
        yield f


async def test_a_model_read_out_of_the_owners_name_is_no_other_car(torrisi: FastPath, context: CallContext) -> None:
    await _booked_it(torrisi, context, f"Prenota per la macchina della Torisi, ZA 987 YE, {_BOOK}")


@pytest.fixture
async def not_torrisi(tmp_path: Path) -> AsyncIterator[FastPath]:
    seed = seed_with({"FG112HH": {"make": "KGM", "model": "Torres"}})
    async for f in fast_on(tmp_path, seed):
        yield f


async def test_the_same_word_when_the_owner_is_another_is_still_asked(
    not_torrisi: FastPath, context: CallContext
) -> None:
    await _asked(not_torrisi, context, f"Prenota per la macchina della Torisi, ZA 987 YE, {_BOOK}")


@pytest.fixture
async def bonannini(tmp_path: Path) -> AsyncIterator[FastPath]:
    seed = seed_with({"ZA987YE": {"make": "Vespa", "model": "Mopetta", "colour": "rosso"}})
    async for f in fast_on(tmp_path, _with_owner(seed, "Marcellina Bonannini")):
        yield f


async def test_a_make_said_as_the_end_of_the_owners_name_is_no_other_car(
    bonannini: FastPath, context: CallContext
) -> None:
    await _booked_it(bonannini, context, f"Prenota per la moppetta della buona mini, ZA 987 YE, {_BOOK}")


async def test_the_make_said_alone_is_still_asked(bonannini: FastPath, context: CallContext) -> None:
    await _asked(bonannini, context, f"Prenota per la Mini rossa, ZA 987 YE, {_BOOK}")
