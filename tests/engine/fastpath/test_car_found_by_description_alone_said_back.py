"""A write for a car found by its description alone, no plate nor owner said ("un cambio gomme per una 600 bianca domani
alle due, il cliente passa dopo con il libretto"): the one such car on file may be no car of this customer's (one new
to the workshop, set 31's it-uu20 booked set 54's look-alike white 600), so the write is said back whole for a yes,
its plate and owner named ("La targa non l'hai detta: in archivio c'è solo questa. Prenoto: …, Confermi?"); a no
writes nothing. With the plate or the owner said, it is written as before. On the contract workshop (Monday 2 March
2026): AB123CD is Mario Rossi's grey Panda, the only Panda on file."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import NOW
from tests.engine.fastpath.italian import booked, wrote_nothing
from wp_api.contract import CallContext


@pytest.fixture
def counter(local_backend: Any) -> FastPath:
    return FastPath(local_backend, language="it", now=lambda: NOW)


@pytest.fixture
def counter_en(local_backend: Any) -> FastPath:
    return FastPath(local_backend, language="en", now=lambda: NOW)


DESCRIBED = [
    "Prenotami un cambio gomme per una Panda grigia martedì alle 11, il cliente passa dopo con il libretto.",
    "Segna un tagliando per la Panda grigia martedì 3 marzo alle 11",
]


@pytest.mark.parametrize("said", DESCRIBED)
async def test_said_back_naming_plate_and_owner(counter: FastPath, context: CallContext, said: str) -> None:
    out = await counter.handle(said, context, alone=True)
    assert wrote_nothing(out) and out.reason == "say_back:described", out
    assert "in archivio c'è solo questa" in out.reply_text, out.reply_text
    assert "AB123CD" in out.reply_text and "Mario Rossi" in out.reply_text, out.reply_text
    yes = await counter.resume("Sì", context, alone=True)
    assert yes is not None and len(booked(yes)) == 1, yes
    assert booked(yes)[0].arguments["start"] == "2026-03-03T11:00"


async def test_a_no_writes_nothing(counter: FastPath, context: CallContext) -> None:
    await counter.handle(DESCRIBED[0], context, alone=True)
    no = await counter.resume("No", context, alone=True)
    assert no is not None and wrote_nothing(no), no


async def test_english_too(counter_en: FastPath, context: CallContext) -> None:
    out = await counter_en.handle("Book a tyre change for the grey Panda on Tuesday 3 March at 11", context, alone=True)
    assert wrote_nothing(out) and out.reason == "say_back:described", out
    assert "only one on file" in out.reply_text and "AB123CD" in out.reply_text, out.reply_text


@pytest.mark.parametrize(
    "said",
    [
        "Prenota un cambio gomme per la Panda grigia di Rossi martedì 3 marzo alle 11",  # the owner said
        "Prenota un cambio gomme per la Panda grigia, AB 123 CD, martedì 3 marzo alle 11",  # the plate said
    ],
)
async def test_with_the_plate_or_the_owner_written_as_before(counter: FastPath, context: CallContext, said: str) -> None:
    out = await counter.handle(said, context, alone=True)
    assert len(booked(out)) == 1, out
