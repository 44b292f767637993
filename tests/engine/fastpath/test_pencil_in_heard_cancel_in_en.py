"""Pencil in heard as "cancel in" (held-out set 48: "could you cancel in Mrs Yenazelli's yellow Wildfire? …, for its
inspection on Thursday"): before the customer or a car, with a job asked "for" later, a booking whose verb is a
guess, said back whole for a yes; such a turn never cancels. "Cancel in advance", "cancel in the system" and a plain
"cancel Mrs Rossi's service" stay cancels; NATO's Juliett heard as the Alfa's "Giulietta" is J only as one letter of a
plate spelt whole in NATO words; Tango heard "10-go" and X-ray cut to "Xe" only where they complete a NATO-spelt plate."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath import FastPath
from engine.fastpath.context import WRITES
from engine.fastpath.heard_en import english_heard, guessed
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import heard_tokens, parse
from engine.fastpath.plates_spoken import find_plates
from wp_api.contract import CallContext

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    "said",
    [
        "Morning, could you cancel in Mrs. Yenazelli's yellow wildfire? Echo Tango 375 Alpha Zulu, for its inspection "
        "on Thursday 5th March at half past 9.",
        "Can you cancel in her Panda for an oil change on Friday at 10?",
        "Cancel in Mr Rossi's Clio for a service on Monday the 9th of March at 8.",
    ],
)
def test_cancel_in_before_a_customer_and_a_job_is_a_booking_guessed(said: str) -> None:
    assert guessed(tokenize(said))
    assert parse(said, language="en", today=TODAY).intent == "book"


@pytest.mark.parametrize(
    "said",
    [
        "Cancel in advance the Panda's service for Friday.",
        "Could you cancel in the system the oil change for the Clio on Friday?",
        "Cancel Mrs Rossi's service for Friday.",
        "Cancel in Mrs Rossi's name, she's not coming.",
    ],
)
def test_other_cancels_stay_as_said(said: str) -> None:
    assert not guessed(tokenize(said)) or "pencil" not in english_heard(tokenize(said))
    assert parse(said, language="en", today=TODAY).intent != "book"


async def test_cancel_in_never_writes_at_once(local_backend: object, context: CallContext) -> None:
    from tests.engine.fastpath.conftest import NOW

    fast = FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]
    out = await fast.handle("Could you cancel in Mr Rossi's Panda AB 123 CD for an MOT on Thursday at 10?", context)
    assert not WRITES & {c.name for c in out.tool_calls if c.result.ok}, out
    assert not [c for c in out.tool_calls if c.name == "cancel_appointment"], out


@pytest.mark.parametrize(
    ("said", "plate"),
    [
        ("There's a car parked outside. Golf Kilo 343 Victor Giuliette, who's it?", "GK343VJ"),
        ("Golf Kilo 343 Victor Giulietta", "GK343VJ"),
    ],
)
def test_juliett_heard_giulietta_inside_a_nato_plate(said: str, plate: str) -> None:
    assert [m.plate for m in find_plates(english_heard(heard_tokens(said)))] == [plate]


@pytest.mark.parametrize("said", ["the Giulietta Bravo 343 for a service", "la Giulietta di Rossi, AB 123 CD"])
def test_giulietta_elsewhere_is_the_car(said: str) -> None:
    assert not any(m.plate.endswith("J") or "J" in m.plate for m in find_plates(english_heard(heard_tokens(said))))


@pytest.mark.parametrize(
    ("said", "plate"),
    [
        ("When did we last do the tyres on the Rajawali, Echo 10-go 245 Mic Xe?", "ET245MX"),
        ("Could you look up Echo 10 go 245 Mike Xe for me?", "ET245MX"),
        ("Who is the owner of Alpha 10-go 512 Bravo Charlie?", "AT512BC"),
    ],
)
def test_tango_heard_ten_go_and_xray_cut(said: str, plate: str) -> None:
    assert [m.plate for m in find_plates(english_heard(heard_tokens(said)))] == [plate]


@pytest.mark.parametrize(
    "said", ["at 10 go ahead with the Golf service", "book it at 10, go for the MOT on the Panda AB 123 CD"]
)
def test_ten_go_elsewhere_stays_as_said(said: str) -> None:
    assert "tango" not in english_heard(heard_tokens(said))
