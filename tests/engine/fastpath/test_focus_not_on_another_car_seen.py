"""A car seen whose plate cannot be read, or said by a colour the vehicle in focus is not, is another car: the
vehicle just shown is not taken for it (uc39, speaking to the app: "Chi è il titolare di quella rossa parcheggiata
davanti al cancello? La targa da qui non si legge." right after the blue Serie 1 was looked up answered with the
Serie 1). Its plate is asked. "Di chi è?" and a colour the car in focus has still mean the car in focus. On the
contract workshop (a real LocalBackend): AB123CD is Mario Rossi's grey Panda."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext


@pytest.fixture
def counter(local_backend: Any) -> FastPath:
    return FastPath(local_backend, language="it", now=lambda: NOW)


async def _shown(counter: FastPath, context: CallContext) -> None:
    out = await counter.handle("Di chi è la Panda grigia, targa AB 123 CD?", context)
    assert "AB123CD" in out.reply_text and "Rossi" in out.reply_text, out


@pytest.mark.parametrize(
    "said",
    [
        "Chi è il titolare di quella rossa parcheggiata davanti al cancello? La targa da qui non si legge.",
        "E quella bianca in fondo al cortile di chi è?",
        "Di chi è quella davanti all'officina? La targa è tutta sporca di fango e non si legge.",
    ],
)
async def test_another_car_seen_is_not_the_one_in_focus(counter: FastPath, context: CallContext, said: str) -> None:
    await _shown(counter, context)
    out = await counter.handle(said, context)
    assert "AB123CD" not in out.reply_text and "Rossi" not in out.reply_text, out
    assert out.clarification, out  # its plate is asked


@pytest.mark.parametrize("said", ["Di chi è?", "E quella grigia di chi è?"])
async def test_the_car_in_focus_is_still_meant(counter: FastPath, context: CallContext, said: str) -> None:
    await _shown(counter, context)
    out = await counter.handle(said, context)
    assert "Mario Rossi" in out.reply_text, out
