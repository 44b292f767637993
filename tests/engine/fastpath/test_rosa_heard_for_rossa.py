"""Whisper writes the colour "rossa" as the name "Rosa" after a model ("la Panda Rosa"): where the workshop has that
model in red, none pink and no owner named Rosa of one, it is the colour (a read says "rossa" back; a write is said
back whole for a yes, the colour only read out of a name). A pink one of that model, or a Rosa who owns one, keeps
it as heard (which car is asked)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import fast_on
from wp_api.contract import CallContext


def _seed(pink: bool = False, rosa: bool = False) -> dict[str, Any]:
    """The contract workshop (Mario Rossi's grey AB123CD and red LN777TT Pandas), with a pink Panda or a Panda of
    Rosa Galli's if asked."""
    from tests.contract.seed_data import TODAY, build_seed

    seed = build_seed(TODAY)
    panda = {"make": "Fiat", "model": "Panda", "year": 2016, "fuel": "petrol"}
    if pink:
        seed["vehicles"] = [
            *seed["vehicles"],
            {"id": 31, "customer_id": 5, "plate": "FR206PK", "colour": "rosa", **panda},
        ]
    if rosa:
        seed["customers"] = [
            *seed["customers"],
            {"id": 13, "full_name": "Rosa Galli", "phone": "+39 333 1000013", "email": "rosa.galli@example.it",
             "consent_whatsapp": True, "consent_email": True},
        ]  # fmt: skip
        seed["vehicles"] = [
            *seed["vehicles"],
            {"id": 32, "customer_id": 13, "plate": "GA417RG", "colour": "bianco", **panda},
        ]
    return seed


async def _fast(tmp_path: Path, **kwargs: bool) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, _seed(**kwargs)):
        yield f


@pytest.fixture
async def fast(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in _fast(tmp_path):
        yield f


@pytest.fixture
async def fast_pink(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in _fast(tmp_path, pink=True):
        yield f


@pytest.fixture
async def fast_rosa(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in _fast(tmp_path, rosa=True):
        yield f


def _said(out: Any) -> str:
    return (out.clarification or "") + out.reply_text


async def test_rosa_after_the_model_is_the_red_one(fast: FastPath) -> None:
    out = await fast.handle("senti, la Panda Rosa di chi è?", CallContext("a", "t"))
    assert "LN777TT" in _said(out) and "rossa" in _said(out) and "AB123CD" not in _said(out), out


async def test_a_write_on_rosa_read_as_red_is_said_back(fast: FastPath) -> None:
    out = await fast.handle("segnami la Panda Rosa per un tagliando mercoledì alle 10", CallContext("b", "t"))
    said = _said(out)
    assert "LN777TT" in said and "rossa" in said and out.reason == "say_back:rosa_red", out
    assert not [c for c in out.tool_calls if c.name == "book_appointment" and c.result.ok], out


async def test_a_pink_one_of_that_model_keeps_rosa_as_heard(fast_pink: FastPath) -> None:
    out = await fast_pink.handle("senti, la Panda Rosa di chi è?", CallContext("c", "t"))
    assert out.reason == "ambiguous_vehicle" and "FR206PK" in _said(out), out


async def test_an_owner_named_rosa_keeps_it_a_name(fast_rosa: FastPath) -> None:
    out = await fast_rosa.handle("senti, la Panda Rosa di chi è?", CallContext("d", "t"))
    assert out.reason == "ambiguous_vehicle" and "GA417RG" in _said(out), out  # which Panda: Rosa's is one


async def test_rosa_after_a_model_with_no_red_one_is_not_made_red(fast: FastPath) -> None:
    out = await fast.handle("senti, la Yaris Rosa di chi è?", CallContext("e", "t"))
    assert "rossa" not in _said(out), out
