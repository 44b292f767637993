"""A booking asked with "could we", its time still to come from the customer ("Could we take the Izhmash Orbita, …,
for a service on Friday the 8th of January? He'll ring back with a time.", set 51): the request itself, asked, its
time asked for before anything is written; no hypothetical. With its time said, or none said to come, "could we"
stays one. Sentences are new; parsed on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en


@pytest.mark.parametrize(
    "text",
    [
        "Could we book the Clio, AB 123 CD, in for a service on Friday the 4th of December? He'll ring back with a time.",
        "Could we get the Golf, FG 321 AB, in for an MOT on Friday? She'll confirm the time later.",
    ],
)
def test_booking_asked_with_its_time_to_come(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and p.reason == "missing:time", (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Could we book the Clio, AB 123 CD, in for a service on Friday the 4th of December at 9?",
        "Could we book the Clio, AB 123 CD, in for a service on Friday the 4th of December?",
    ],
)
def test_could_we_with_no_time_to_come_stays_a_hypothetical(text: str) -> None:
    p = parse_en(text)
    assert p.reason == "out_of_scope:hypothetical", (p.intent, p.reason)
