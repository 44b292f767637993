"""The booking's verb lost or blurred opening an English request, right before "a"/"an" and a job: "Down an MOT
for …" ("put down", its "put" lost) and "Tensu in an aircon regas …" ("pencil in", heard a word no table knows).
A booking, the verb a guess: with no plate it asks for the vehicle, with one it is said back whole for a yes,
never written at once. "Down the road …" and such a word before anything but a job stay as said."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath import FastPath
from engine.fastpath.heard_en import guessed
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse
from wp_api.contract import CallContext

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    "said",
    [
        "Down an air con recharge for a silver estate on Friday at 9, please.",
        "Pensul in an MOT for a customer's Polo on Thursday the 5th of March at 3.",
    ],
)
def test_a_job_opening_the_request_is_a_booking_asked_about(said: str) -> None:
    p = parse(said, language="en", today=TODAY)
    assert p.intent == "book" and not p.handled and p.reason == "missing:vehicle", p.reason
    assert guessed(tokenize(said))


@pytest.mark.parametrize(
    "said",
    ["Down the road there's a new tyre place, you know.", "Pensul in the diary for Friday, would you?"],
)
def test_no_job_after_it_stays_as_said(said: str) -> None:
    assert not guessed(tokenize(said))
    assert parse(said, language="en", today=TODAY).intent != "book"


async def test_with_its_plate_the_booking_is_said_back(local_backend: object, context: CallContext) -> None:
    from tests.engine.fastpath.conftest import NOW

    fast = FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]
    out = await fast.handle("Down an MOT for the Panda AB 123 CD on Thursday at 10, please.", context)
    assert not [c for c in out.tool_calls if c.name == "create_appointment"], out
    assert out.clarification, out
