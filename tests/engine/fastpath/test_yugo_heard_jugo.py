"""The Yugo said as Italians say its Y and written "Jugo" by whisper ("per la Jugo rosso lampone, FB083LS", set 34;
the sentences below are new): the Yugo, not the Nissan Juke it sounds nearer to, so the car on file is no mismatch
and is booked at once. The Juke said plainly, or as whisper writes it ("giuche"), stays the Juke: with the Yugo's
plate it is still asked about. On the contract workshop with its Ypsilon (EM304RS, Chiara Gallo) made a Yugo Koral."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.conftest import fast_on
from tests.engine.fastpath.italian import booked, wrote_nothing
from wp_api.contract import CallContext


@pytest.fixture
async def koral(tmp_path: Path) -> AsyncIterator[FastPath]:
    from tests.contract.seed_data import TODAY, build_seed

    seed: dict[str, Any] = copy.deepcopy(build_seed(TODAY))
    (car,) = [v for v in seed["vehicles"] if v["plate"] == "EM304RS"]
    car.update(make="Yugo", model="Koral", colour="rosso lampone")
    async for f in fast_on(tmp_path, seed):
        yield f


def test_jugo_is_heard_as_the_yugo() -> None:
    assert "yugo" in heard_tokens("domani alle 4 un posto per la Jugo rossa di Bonaccorsi")
    assert "yugo" in heard_tokens("cambio gomme alla jugo bianca venerdì alle 9")


def test_the_juke_stays_the_juke() -> None:
    assert "juke" in heard_tokens("domani alle 4 un posto per la Juke rossa di Bonaccorsi")
    assert "juke" in heard_tokens("cambio gomme alla giuche bianca venerdì alle 9")


async def test_the_yugo_heard_jugo_is_booked(koral: FastPath, context: CallContext) -> None:
    out = await koral.handle(
        "Domani pomeriggio alle 4 mi serve un posto per la Jugo rosso lampone, EM304RS, per la diagnosi elettronica.",
        context, alone=True,
    )
    assert len(booked(out)) == 1, (out.reply_text, out.clarification)


async def test_the_juke_with_the_yugo_s_plate_is_asked(koral: FastPath, context: CallContext) -> None:
    out = await koral.handle(
        "Domani pomeriggio alle 4 mi serve un posto per la Juke rosso lampone, EM304RS, per la diagnosi elettronica.",
        context, alone=True,
    )
    assert wrote_nothing(out), (out.reply_text, out.clarification)
