"""The vehicle just shown stays the one a follow-up naming none means, for a few minutes (`FOCUS_S`).

Found speaking Italian to the app under Xvfb: after "fammi vedere la scheda della Aygo verde, targa …" the
card was shown, and the natural next question, "Quanti chilometri aveva quando gli abbiamo fatto l'ultimo
tagliando?", was refused offline, as was "prenotale un tagliando" ("Per quale veicolo?"). Reads answer
about the vehicle in focus, naming it; writes are said back whole with it for a yes, since the person may
mean another car. On the contract workshop (a real LocalBackend): AB123CD is Mario Rossi's grey Panda."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.front import FOCUS_S
from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext

WRITES = {"create_appointment", "reschedule_appointment", "cancel_appointment", "send_message", "schedule_reminder"}


def _writes(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name in WRITES]


class _Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> _Clock:
    return _Clock()


@pytest.fixture
def counter(local_backend: Any, clock: _Clock) -> FastPath:
    return FastPath(local_backend, language="it", now=clock)


async def _shown(counter: FastPath, context: CallContext) -> None:
    out = await counter.handle("Fammi vedere la scheda della Panda grigia, targa AB 123 CD", context)
    assert "AB123CD" in out.reply_text and "Rossi" in out.reply_text, out


async def test_a_history_question_after_the_card_is_about_that_vehicle(
    counter: FastPath, context: CallContext
) -> None:
    await _shown(counter, context)
    out = await counter.handle("E quanti chilometri aveva quando gli abbiamo fatto il tagliando?", context)
    assert out.handled and "AB123CD" in out.reply_text and "chilometri" in out.reply_text, out


async def test_whose_is_it_after_the_card_names_the_owner(counter: FastPath, context: CallContext) -> None:
    await _shown(counter, context)
    out = await counter.handle("Di chi è?", context)
    assert "Mario Rossi" in out.reply_text, out


async def test_a_booking_naming_no_vehicle_is_said_back_with_it_and_made_on_a_yes(
    counter: FastPath, context: CallContext
) -> None:
    await _shown(counter, context)
    out = await counter.handle("Allora prenotale un tagliando per mercoledì alle 11", context)
    assert not _writes(out), out
    assert out.clarification and "AB123CD" in out.clarification and "stessa" in out.clarification, out
    done = await counter.resume("sì", context)
    assert done is not None
    (booked,) = _writes(done)
    assert booked.result.ok and booked.arguments["vehicle_id"] == 1
    assert booked.arguments["start"] == "2026-03-04T11:00"


async def test_a_no_to_the_vehicle_in_focus_writes_nothing(counter: FastPath, context: CallContext) -> None:
    await _shown(counter, context)
    out = await counter.handle("segnale anche il cambio gomme mercoledì alle 15", context)
    assert not _writes(out) and out.clarification and "AB123CD" in out.clarification, out
    done = await counter.resume("no, lascia stare", context)
    assert done is not None and not _writes(done)


async def test_the_focus_runs_out(counter: FastPath, context: CallContext, clock: _Clock) -> None:
    await _shown(counter, context)
    clock.now = NOW + timedelta(seconds=FOCUS_S + 1)
    out = await counter.handle("prenotale un tagliando per mercoledì alle 11", context)
    assert not _writes(out) and out.clarification and "AB123CD" not in out.clarification, out


async def test_another_vehicle_named_and_not_found_ends_the_focus(counter: FastPath, context: CallContext) -> None:
    await _shown(counter, context)
    await counter.handle("fammi vedere la scheda della targa ZX 908 WY", context)
    out = await counter.handle("prenotale un tagliando per mercoledì alle 11", context)
    assert not _writes(out) and "AB123CD" not in (out.clarification or "") + out.reply_text, out


async def test_a_request_naming_its_vehicle_is_about_that_one(counter: FastPath, context: CallContext) -> None:
    await _shown(counter, context)
    out = await counter.handle("Di chi è la EF 456 GH?", context)
    assert "EF456GH" in out.reply_text and "AB123CD" not in out.reply_text, out


async def test_with_no_vehicle_shown_before_nothing_is_assumed(counter: FastPath, context: CallContext) -> None:
    out = await counter.handle("prenotale un tagliando per mercoledì alle 11", context)
    assert not _writes(out) and out.clarification, out
    asked = parse("quanti chilometri aveva quando gli abbiamo fatto il tagliando?", today=NOW.date())
    assert asked.reason == "missing:vehicle" and "plate" not in asked.slots  # the vehicle is asked, none assumed


async def test_a_booking_lacking_its_day_too_asks_the_day_naming_the_vehicle(
    counter: FastPath, context: CallContext
) -> None:
    await _shown(counter, context)
    out = await counter.handle("Va bene, allora prenotale un cambio gomme", context)
    assert not _writes(out), out
    assert out.clarification and "AB123CD" in out.clarification, out
    said = await counter.resume("mercoledì alle 15", context)
    assert said is not None and not _writes(said), said  # the vehicle was not said: the write is said back
    assert said.clarification and "AB123CD" in said.clarification, said
    done = await counter.resume("sì", context)
    assert done is not None
    (booked,) = _writes(done)
    assert booked.result.ok and booked.arguments["vehicle_id"] == 1 and booked.arguments["start"] == "2026-03-04T15:00"


def test_tagliando_heard_with_a_soft_g() -> None:
    p = parse("quando gli abbiamo fatto l'ultimo tagendo sulla AB 123 CD?", today=NOW.date())
    assert p.intent == "vehicle_history" and p.slots["service"]["name"] == "tagliando"
