"""A booking said first, then asked to be set down politely and last ("… We'll fit a new one Thursday the 7th of
January at 10, if you'd put that in.", set 51): its "if" no condition. With more said after it ("if you'd put that in
the boot") the condition stays. Sentences are new; parsed on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import parse, taken_alone
from tests.engine.fastpath.italian import WEDNESDAY, parse_en


@pytest.mark.parametrize(
    "text",
    [
        "The Clio, AB 123 CD: the battery's dead. We'll fit a new one Friday the 4th of December at 10, if you'd put "
        "that in.",
        "Service on the Golf, FG 321 AB, Friday the 4th of December at 9, if you would pencil it in, thanks.",
        # its "'d" unheard
        "The Clio, AB 123 CD: the battery's dead. We'll fit a new one Friday the 4th of December at 10 if you put that in.",
    ],
)
def test_booking_set_down_politely(text: str) -> None:
    p = taken_alone(lambda t, **kw: parse(t, language="en", today=WEDNESDAY, **kw), text)[0]
    assert p.intent == "book" and p.handled, (p.intent, p.reason)
    assert p.slots.get("date") == "2026-12-04", p.slots


def test_more_said_after_it_stays_a_condition() -> None:
    p = parse_en("The Clio, AB 123 CD: new battery Friday the 4th of December at 10, if you'd put that in the boot.")
    assert not p.handled, (p.intent, p.reason)
