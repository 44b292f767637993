"""Offline, a request whose action is not understood but whose plate is: the car found on file is said and what to do
asked, instead of "Questo non lo so fare senza il modello in cloud" (set 39's blind run: 25 of the 28 clean Italian
plates missed were lost in such turns, the plate itself heard right). The car stays in focus, so the request said again
needs no plate, and its write is said back for a yes naming that car. A read only: nothing is written or prepared. With
a model to take the request, an action understood and not done here (a price), a plate not on file, or two plates, it
is as before. A plate heard only nearly is asked about first ("Intendi la Panda grigia AB123CD?"); a yes says the car
and asks what to do. On the contract workshop (a real LocalBackend): AB123CD is Mario Rossi's grey Panda."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.context import WRITES
from engine.fastpath.parser import vehicle_named
from tests.engine.fastpath.conftest import NOW, fast_on, seed_with
from wp_api.contract import CallContext


@pytest.fixture
def counter(local_backend: Any) -> FastPath:
    return FastPath(local_backend, language="it", now=lambda: NOW)


@pytest.fixture
def counter_en(local_backend: Any) -> FastPath:
    return FastPath(local_backend, language="en", now=lambda: NOW)


NOT_UNDERSTOOD = [
    "La Panda di Rossi, AB 123 CD, ci fa un giretto giovedì alle 10.",  # with "per la diagnosi": a booking leant to
    "Allora la Panda grigia AB 123 CD mi fa il coso giovedì",
    "Se la AB 123 CD passa domani, ci pensi tu?",
    "Non toccare la AB 123 CD",
]


@pytest.mark.parametrize("said", NOT_UNDERSTOOD)
async def test_the_car_is_said_and_what_to_do_asked(counter: FastPath, context: CallContext, said: str) -> None:
    out = await counter.handle(said, context, alone=True)
    assert "AB123CD" in out.reply_text and "Mario Rossi" in out.reply_text, out.reply_text
    assert out.clarification == out.reply_text, out
    if out.reason == "missing:service":  # "mi fa il coso giovedì": the intent guesser may take it for a booking
        assert out.reply_text.startswith("Quale servizio per la Panda"), out.reply_text
    else:
        assert out.handled and out.reason == "vehicle_only", out
        assert "Non ho capito cosa devo fare" in out.reply_text
    assert out.pending is None and not [c for c in out.tool_calls if c.name in WRITES], out.tool_calls


async def test_english_too(counter_en: FastPath, context: CallContext) -> None:
    out = await counter_en.handle("Mario's grey Panda, AB 123 CD, is doing the thingy on Thursday", context, alone=True)
    # the car said, no second plate (offline its history may be answered: the oil "quella volta" asked)
    assert "AB123CD" in out.reply_text and "LF22" not in out.reply_text, out
    assert "didn't catch what to do" in out.reply_text, out.reply_text


async def test_said_again_without_the_plate_it_is_that_car_said_back(counter: FastPath, context: CallContext) -> None:
    await counter.handle(NOT_UNDERSTOOD[1], context, alone=True)
    out = await counter.handle("Prenotale un tagliando martedì alle 11", context, alone=True)
    assert out.reason == "say_back:focus" and "AB123CD" in out.reply_text, out  # said back for a yes, naming the car
    assert out.pending is None and not [c for c in out.tool_calls if c.name in WRITES], out.tool_calls


@pytest.mark.parametrize(
    "said",
    [
        "Quanto costa il tagliando della AB 123 CD?",  # understood, not done here: refused as before
        "La ZZ 999 ZZ mi fa un giretto giovedì",  # no such car
        "La AB 123 CD o la ZZ 999 ZZ, una delle due fa il coso",  # two plates
        "Il signor Rossi mi fa il coso giovedì",  # no plate: a name alone is no car found for sure
    ],
)
async def test_as_before(counter: FastPath, context: CallContext, said: str) -> None:
    out = await counter.handle(said, context, alone=True)
    assert out.reason != "vehicle_only" and "AB123CD" not in (out.reply_text or ""), out


async def test_with_a_model_the_request_is_left_to_it(counter: FastPath, context: CallContext) -> None:
    out = await counter.handle(NOT_UNDERSTOOD[0], context, alone=False)
    assert not out.handled and out.reason == "no_intent", out


async def test_a_plate_heard_nearly_is_asked_about_then_what_to_do(counter: FastPath, context: CallContext) -> None:
    said = "Allora la Panda AB 128 CD mi fa il coso giovedì"
    asked = await counter.handle(said, context, alone=True)
    assert "Intendi la Panda grigia AB123CD?" in (asked.clarification or ""), asked
    yes = await counter.resume("sì", context, alone=True)
    assert yes is not None and yes.reason == "vehicle_only" and "Mario Rossi" in yes.reply_text, yes
    assert "Non ho capito cosa devo fare" in yes.reply_text and yes.clarification == yes.reply_text
    again = await counter.handle("Prenotale un tagliando martedì alle 11", context, alone=True)
    assert again.reason == "say_back:focus" and "AB123CD" in again.reply_text, again
    assert not [c for c in [*asked.tool_calls, *yes.tool_calls, *again.tool_calls] if c.name in WRITES]


async def test_a_no_to_the_car_asked_about_does_nothing(counter: FastPath, context: CallContext) -> None:
    await counter.handle("Allora la Panda AB 128 CD mi fa il coso giovedì", context, alone=True)
    # as the pipeline does: the answer to the question, else a request of its own
    no = await counter.resume("no", context, alone=True) or await counter.handle("no", context, alone=True)
    assert no.reason == "declined" and "Mario Rossi" not in no.reply_text, no
    again = await counter.handle("Prenotale un tagliando martedì alle 11", context, alone=True)
    assert "AB123CD" not in (again.reply_text or again.clarification or ""), again  # no car in focus after a no


@pytest.fixture
async def f22(tmp_path: Path) -> AsyncIterator[FastPath]:
    async for f in fast_on(tmp_path, seed_with({"AB123CD": {"make": "Donkervoort", "model": "F22"}})):
        yield f


async def test_a_model_on_file_named_by_a_number_is_no_second_plate(f22: FastPath, context: CallContext) -> None:
    # set 39: "L'F22 di Uccellini, DH 830 YV, …" read "LF22D" as a plate beside the real one
    out = await f22.handle("L'F22 di Rossi, AB 123 CD, l'olio quella volta quand'era?", context, alone=True)
    # the car said, no second plate (offline its history may be answered: the oil "quella volta" asked)
    assert "AB123CD" in out.reply_text and "LF22" not in out.reply_text, out


def test_vehicle_named() -> None:
    assert vehicle_named("la Panda grigia AB 123 CD mi fa il coso")["plate"] == "AB123CD"
    assert vehicle_named("la Panda grigia di Rossi mi fa il coso") == {}
    assert vehicle_named("la AB 123 CD o la ZZ 999 ZZ") == {}
