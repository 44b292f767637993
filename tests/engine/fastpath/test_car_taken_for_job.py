"""The car taken in for its job on a day and hour ("prendi la Panda di Rossi per il tagliando venerdì 27 alle 9",
"prendimi la GA 415 TK per il cambio gomme domani alle 9"): "prendi" with the car right after it, then "per" and
the job, then the day and its hour, is a booking told. The car fetched ("prendi la Panda per il tagliando", no day),
or the same asked ("… venerdì?"), books nothing. Parses on the bench's Wednesday 25 November 2026; the write
through the fast path on the contract workshop."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import parse_it
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "service", "day", "time"),
    [
        ("Prendi la Micra di Ferrandi per il tagliando venerdì 27 alle 9.", "service", "2026-11-27", "09:00"),
        ("Prendimi la GA 415 TK per il cambio gomme domani alle 9.", "tyres", "2026-11-26", "09:00"),
        ("Prendiamo la Tipo bianca di Brambati per la revisione lunedì 30 alle 10 e mezza.", "inspection",
         "2026-11-30", "10:30"),
    ],
)
def test_the_car_taken_for_its_job_on_a_day_and_hour_is_booked(text: str, service: str, day: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.handled, (p.reason, p.slots)
    assert (p.slots["service"]["key"], p.slots["date"], p.slots["time"]) == (service, day, time), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Prendi la Micra di Ferrandi per il tagliando.",  # fetch it: no day, no hour
        "Prendi la Micra per il tagliando venerdì 27?",  # asked
        "Me la prendi la Micra venerdì 27 per il tagliando?",
        "Prendi il telefono per il tagliando di venerdì 27 alle 9.",  # no car taken
    ],
)
def test_the_car_fetched_or_asked_books_nothing(text: str) -> None:
    assert parse_it(text).intent != "book" or not parse_it(text).handled


async def test_the_fast_path_books_the_car_taken_in(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Prendi la Panda AB 123 CD per il cambio gomme mercoledì 4 marzo alle 9.", context)
    booked = [c for c in out.tool_calls if c.name == "create_appointment" and c.result.ok]
    assert len(booked) == 1, out
