"""The car in focus, its request met with other times (the day closed, the hour taken), stays in focus: "no" to the
times offered, and the request said again without the plate is still about that car (uc40, speaking to the app: the
Giulietta said, "Prenotale una diagnosi venerdì 11 alle 15" met a taken hour, "No.", the same request again got "Per
quale veicolo? Dimmi la targa."). Another car named and not found for sure still drops it. On the contract workshop (a
real LocalBackend, Monday 2 March 2026; Thursday 5 closed): AB123CD is Mario Rossi's grey Panda."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext


@pytest.fixture
def counter(local_backend: Any) -> FastPath:
    return FastPath(local_backend, language="it", now=lambda: NOW)


async def _answer(counter: FastPath, text: str, context: CallContext) -> Any:
    """As the pipeline does: the answer to the open question, else a request of its own."""
    return await counter.resume(text, context, alone=True) or await counter.handle(text, context, alone=True)


@pytest.mark.parametrize(
    "first", ["Di chi è la AB 123 CD?", "Allora la Panda grigia AB 123 CD mi fa il coso giovedì"]
)
async def test_no_to_the_times_offered_keeps_the_car(counter: FastPath, context: CallContext, first: str) -> None:
    await _answer(counter, first, context)
    offered = await _answer(counter, "Prenotale un tagliando giovedì alle 10", context)
    assert offered.reason == "closed_day", offered
    assert (await _answer(counter, "No.", context)).reason == "declined"
    again = await _answer(counter, "Prenotale un tagliando martedì alle 11", context)
    assert again.reason == "say_back:focus" and "AB123CD" in again.reply_text, again


async def test_another_car_not_found_drops_it(counter: FastPath, context: CallContext) -> None:
    await _answer(counter, "Di chi è la AB 123 CD?", context)
    await _answer(counter, "Prenota un tagliando per la ZZ 999 ZZ martedì alle 11", context)
    again = await _answer(counter, "Prenotale un tagliando martedì alle 11", context)
    assert "AB123CD" not in (again.reply_text or again.clarification or ""), again


@pytest.mark.parametrize("first", ["Prenota la AB 123 CD per martedì alle 11", "Prenotale un tagliando per la AB 123 CD"])
async def test_a_new_request_after_the_question_naming_the_car_is_about_it(
    counter: FastPath, context: CallContext, first: str
) -> None:
    """A question that names the car ("Quale servizio per la Panda grigia AB123CD di Mario Rossi?") keeps it in focus
    as a write would: a new request instead of the answer, without the plate, is that car's, said back for a yes."""
    asked = await counter.handle(first, context, alone=True)
    assert "AB123CD" in (asked.clarification or ""), asked
    again = await counter.handle("Prenotale una diagnosi mercoledì alle 15", context, alone=True)
    assert again.reason == "say_back:focus" and "AB123CD" in again.reply_text, again
    assert again.pending is None


async def test_the_question_about_a_near_plate_keeps_no_car(counter: FastPath, context: CallContext) -> None:
    """A plate heard only nearly is asked about ("Intendi …?"): no car is in focus until it is said yes to."""
    asked = await counter.handle("Prenota un tagliando per la AB 123 CE martedì alle 11", context, alone=True)
    again = await counter.handle("Prenotale una diagnosi mercoledì alle 15", context, alone=True)
    assert again.reason != "say_back:focus" and "AB123CD" not in (again.reply_text or ""), (asked, again)
